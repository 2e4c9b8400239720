import type { ReactNode } from "react";
import type { ClinicKind, TicketSource } from "../../../../common/contracts/clinic-queue";

/** The queue's pictures, drawn with the text colour: what a tired nurse would rather see than read. */
export type QueueIconName =
  | ClinicKind
  | TicketSource
  | "ticket"
  | "call"
  | "done"
  | "noShow"
  | "turnAway"
  | "screen"
  | "language"
  | "calendar"
  | "fullScreen";

const DRAWINGS: Record<QueueIconName, ReactNode> = {
  clinic_gynaecology: (
    <>
      <circle cx="12" cy="8" r="5" />
      <path d="M12 13v9M8.5 18h7" />
    </>
  ),
  clinic_general_practice: <path d="M9 3h6v6h6v6h-6v6H9v-6H3V9h6z" />,
  door: (
    <>
      <path d="M4 21h16M6 21V3h12v18" />
      <path d="M14 12h.5" />
    </>
  ),
  visitor: (
    <>
      <rect x="7" y="2" width="10" height="20" rx="2" />
      <path d="M11 18h2" />
    </>
  ),
  appointment: (
    <>
      <rect x="3" y="5" width="18" height="16" rx="1.5" />
      <path d="M3 10h18M8 3v4M16 3v4M12 13v3l2 1" />
    </>
  ),
  calendar: (
    <>
      <rect x="3" y="5" width="18" height="16" rx="1.5" />
      <path d="M3 10h18M8 3v4M16 3v4" />
    </>
  ),
  ticket: (
    <>
      <path d="M3 6h18v4a2 2 0 0 0 0 4v4H3v-4a2 2 0 0 0 0-4z" />
      <path d="M9 6v12" />
    </>
  ),
  call: (
    <>
      <path d="M3 10v4h3l6 4V6L6 10z" />
      <path d="M15.5 9a4 4 0 0 1 0 6M18.5 6.5a8 8 0 0 1 0 11" />
    </>
  ),
  done: <path d="M5 12l5 5 9-10" />,
  noShow: (
    <>
      <circle cx="9" cy="7" r="3.5" />
      <path d="M3 20c0-3.5 2.5-6 6-6 1.5 0 2.8.4 3.8 1.2M16 15l5 5M21 15l-5 5" />
    </>
  ),
  turnAway: (
    <>
      <circle cx="12" cy="12" r="9" />
      <path d="M12 7v5l3 2M5.5 5.5l13 13" />
    </>
  ),
  screen: (
    <>
      <rect x="2" y="4" width="20" height="13" rx="1.5" />
      <path d="M8 21h8M12 17v4" />
    </>
  ),
  language: (
    <>
      <path d="M3 5h10v7H8l-3 3v-3H3z" />
      <path d="M16 9h5v7h-2v3l-3-3h-4v-2" />
    </>
  ),
  fullScreen: <path d="M4 9V4h5M15 4h5v5M20 15v5h-5M9 20H4v-5" />,
};

export function QueueIcon({ icon, size = 20 }: { icon: QueueIconName; size?: number }) {
  return (
    <svg
      viewBox="0 0 24 24"
      width={size}
      height={size}
      fill="none"
      stroke="currentColor"
      strokeWidth={2}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
      style={{ flex: "none" }}
    >
      {DRAWINGS[icon]}
    </svg>
  );
}
