import { type ReactNode, useId } from "react";
import { Icon, type IconName } from "./Icon";
import { ListenButton } from "./ListenButton";

/** A titled block of the page (a landmark region), with its listen button. */
export function Block({
  title,
  icon,
  speech,
  className,
  children,
}: {
  title: string;
  /** A large picture before the title, for the blocks that matter most. */
  icon?: IconName;
  /** What the listen button reads: the block's words, as one would say them. */
  speech: string;
  className?: string;
  children: ReactNode;
}) {
  const headingId = useId();
  return (
    <section className={className ? `block ${className}` : "block"} aria-labelledby={headingId}>
      <div className="block-head">
        {icon && (
          <span className="block-icon">
            <Icon name={icon} size={40} />
          </span>
        )}
        <h2 id={headingId}>{title}</h2>
        <ListenButton text={`${title}. ${speech}`} labelledBy={headingId} />
      </div>
      {children}
    </section>
  );
}
