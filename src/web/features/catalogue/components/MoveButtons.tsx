import { ActionIcon, Group } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Direction } from "../catalogue.logic";

interface MoveButtonsProps {
  name: string;
  first: boolean;
  last: boolean;
  onMove: (direction: Direction) => void;
  /** Lets the list put the keyboard back on the button after the row has moved. */
  buttonRef: (direction: Direction, element: HTMLButtonElement | null) => void;
}

function Arrow({ direction }: { direction: Direction }) {
  return (
    <svg
      width="20"
      height="20"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2.2"
      aria-hidden="true"
      focusable="false"
    >
      <path
        d={direction === "up" ? "M12 19V5M5 12l7-7 7 7" : "M12 5v14M5 12l7 7 7-7"}
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}

/** "Move up" and "Move down" for one row, with its name read aloud; big enough for a finger. */
export function MoveButtons({ name, first, last, onMove, buttonRef }: MoveButtonsProps) {
  const { t } = useTranslation("catalogue");
  return (
    <Group gap={4} wrap="nowrap">
      {(["up", "down"] as const).map((direction) => (
        <ActionIcon
          key={direction}
          ref={(element) => buttonRef(direction, element)}
          variant="default"
          size={44}
          aria-label={t(direction === "up" ? "order.up" : "order.down", { name })}
          disabled={direction === "up" ? first : last}
          onClick={() => onMove(direction)}
        >
          <Arrow direction={direction} />
        </ActionIcon>
      ))}
    </Group>
  );
}
