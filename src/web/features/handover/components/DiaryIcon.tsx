import type { ReactNode } from "react";

export type DiaryIconName =
  | "message"
  | "pin"
  | "clock"
  | "check"
  | "person"
  | "people"
  | "flag"
  | "calendar"
  | "handover"
  | "walk"
  | "comment";

// One simple line drawing per icon on a 24×24 grid, drawn with the text colour (as CatalogueIcon).
const DRAWINGS: Record<DiaryIconName, ReactNode> = {
  message: (
    <>
      <rect x="3" y="5" width="18" height="14" rx="2" />
      <path d="m3 7 9 6 9-6" />
    </>
  ),
  pin: (
    <>
      <path d="M9 3h6l-1 6 3 3v2H7v-2l3-3z" />
      <path d="M12 14v7" />
    </>
  ),
  clock: (
    <>
      <circle cx="12" cy="12" r="9" />
      <path d="M12 7v5l3 2" />
    </>
  ),
  check: <path d="m4 12 5 5L20 6" />,
  person: (
    <>
      <circle cx="12" cy="8" r="4" />
      <path d="M4 21a8 8 0 0 1 16 0" />
    </>
  ),
  people: (
    <>
      <circle cx="9" cy="8" r="3.5" />
      <path d="M2 20a7 7 0 0 1 14 0" />
      <path d="M16 4.5a3.5 3.5 0 0 1 0 7M18 13.5a7 7 0 0 1 4 6.5" />
    </>
  ),
  flag: (
    <>
      <path d="M5 21V4" />
      <path d="M5 4h11l-2 4 2 4H5" />
    </>
  ),
  calendar: (
    <>
      <rect x="3" y="5" width="18" height="16" rx="2" />
      <path d="M3 10h18M8 3v4M16 3v4" />
    </>
  ),
  handover: (
    <>
      <path d="M4 4h12l4 4v12H4z" />
      <path d="M8 10h8M8 14h8M8 18h5" />
    </>
  ),
  walk: (
    <>
      <circle cx="13" cy="4" r="2" />
      <path d="m9 21 3-7 3 3v4M7 11l3-4h4l2 4 3 1M12 14l-1-4" />
    </>
  ),
  comment: <path d="M4 5h16v11H9l-5 4z" />,
};

interface DiaryIconProps {
  icon: DiaryIconName;
  /** Pixels; 20 by default. */
  size?: number;
  /** A name when the picture stands alone; without one it is decorative and hidden from screen readers. */
  title?: string;
}

/** A small picture beside words staff would rather see than read: messages, pins, due dates. */
export function DiaryIcon({ icon, size = 20, title }: DiaryIconProps) {
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.8}
      strokeLinecap="round"
      strokeLinejoin="round"
      role={title ? "img" : undefined}
      aria-hidden={title ? undefined : true}
      aria-label={title}
      focusable="false"
      style={{ flexShrink: 0 }}
    >
      {DRAWINGS[icon]}
    </svg>
  );
}
