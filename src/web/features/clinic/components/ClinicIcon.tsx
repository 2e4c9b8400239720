import type { ReactNode } from "react";

/** The clinic's pictures: what a tired nurse would rather see than read. */
export type ClinicIconName =
  | "consultation"
  | "record"
  | "test"
  | "taken"
  | "sent"
  | "result_in"
  | "told"
  | "medicine"
  | "referral"
  | "accompaniment"
  | "cost"
  | "statistics"
  | "diagnosis"
  | "positive"
  | "negative"
  | "inconclusive"
  | "warning"
  | "add"
  | "remove"
  | "search"
  | "clock";

interface ClinicIconProps {
  icon: ClinicIconName;
  /** Pixels; 20 by default. */
  size?: number;
  /** A name for the picture when it stands alone; without one it is decorative and hidden from screen readers. */
  title?: string;
}

// One simple line drawing per icon on a 24×24 grid, drawn with the text colour so it follows the theme.
const DRAWINGS: Record<ClinicIconName, ReactNode> = {
  consultation: (
    <>
      <path d="M6 3v6a4 4 0 0 0 8 0V3" />
      <path d="M10 13v2a5 5 0 0 0 10 0v-3" />
      <circle cx="20" cy="10" r="2" />
    </>
  ),
  record: (
    <>
      <rect x="5" y="4" width="14" height="17" rx="2" />
      <path d="M9 4V3h6v1M9 10h6M9 14h6M9 18h3" />
    </>
  ),
  test: (
    <>
      <path d="M9 3h6M10 3v13a2 2 0 0 0 4 0V3" />
      <path d="M10 11h4" />
    </>
  ),
  taken: (
    <>
      <path d="M12 3c-3 4-5 7-5 10a5 5 0 0 0 10 0c0-3-2-6-5-10z" />
    </>
  ),
  sent: (
    <>
      <path d="M3 11 21 3l-7 18-3-7z" />
      <path d="m11 14 10-11" />
    </>
  ),
  result_in: (
    <>
      <path d="M6 3h9l4 4v14H6z" />
      <path d="M15 3v4h4" />
      <path d="m9 14 2 2 4-4" />
    </>
  ),
  told: (
    <>
      <path d="M4 5h16v11H10l-4 4v-4H4z" />
      <path d="m9 10 2 2 4-4" />
    </>
  ),
  medicine: (
    <>
      <rect x="3" y="9" width="18" height="7" rx="3.5" transform="rotate(-45 12 12.5)" />
      <path d="m9.5 10 5 5" />
    </>
  ),
  referral: (
    <>
      <path d="M4 12h12" />
      <path d="m12 7 5 5-5 5" />
      <path d="M20 4v16" />
    </>
  ),
  accompaniment: (
    <>
      <circle cx="8" cy="7" r="3" />
      <circle cx="16.5" cy="8" r="2.5" />
      <path d="M3 20v-2a5 5 0 0 1 10 0v2M14 20v-2.5a4 4 0 0 1 7 0V20" />
    </>
  ),
  cost: (
    <>
      <circle cx="12" cy="12" r="9" />
      <path d="M9 7v10M9 12l5-5M10.5 11 15 17" />
    </>
  ),
  statistics: (
    <>
      <path d="M4 20h16" />
      <path d="M6 20v-6M11 20V8M16 20v-9" />
    </>
  ),
  diagnosis: (
    <>
      <circle cx="11" cy="11" r="6" />
      <path d="m20 20-4.5-4.5M11 8v6M8 11h6" />
    </>
  ),
  positive: (
    <>
      <circle cx="12" cy="12" r="9" />
      <path d="M12 7v10M7 12h10" />
    </>
  ),
  negative: (
    <>
      <circle cx="12" cy="12" r="9" />
      <path d="M7 12h10" />
    </>
  ),
  inconclusive: (
    <>
      <circle cx="12" cy="12" r="9" />
      <path d="M9.5 9.5a2.5 2.5 0 1 1 3.5 2.3c-.7.3-1 .9-1 1.7" />
      <path d="M12 17h.01" />
    </>
  ),
  warning: (
    <>
      <path d="M12 3 2 21h20z" />
      <path d="M12 10v5M12 18h.01" />
    </>
  ),
  add: <path d="M12 5v14M5 12h14" />,
  remove: <path d="M6 6l12 12M18 6 6 18" />,
  search: (
    <>
      <circle cx="11" cy="11" r="6" />
      <path d="m20 20-4.5-4.5" />
    </>
  ),
  clock: (
    <>
      <circle cx="12" cy="12" r="9" />
      <path d="M12 7v5l3 2" />
    </>
  ),
};

/** A line drawing in the current text colour. */
export function ClinicIcon({ icon, size = 20, title }: ClinicIconProps) {
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
