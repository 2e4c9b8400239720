/**
 * Simple line pictures, drawn inline (no requests, no icon font). They carry the meaning for a
 * woman who cannot read, always beside the words for those who can: decorative to a screen reader.
 */
const CIRCLE = "M22 12a10 10 0 1 1-20 0 10 10 0 1 1 20 0Z";

const ICONS = {
  language: [CIRCLE, "M2 12h20", "M12 2c2.7 2.8 4 6.1 4 10s-1.3 7.2-4 10c-2.7-2.8-4-6.1-4-10s1.3-7.2 4-10Z"],
  exit: ["M13 4H5v16h8", "M10 12h11", "M17 8l4 4-4 4"],
  listen: ["M3 9h4l5-4v14l-5-4H3Z", "M15.5 8.5a5 5 0 0 1 0 7", "M18.5 5.5a9 9 0 0 1 0 13"],
  stop: ["M7 7h10v10H7Z"],
  open: ["M2 21h20", "M5 21V3h14v18", "M5 3l9 3v15"],
  closed: ["M2 21h20", "M5 21V3h14v18", "M15 11v2"],
  clock: [CIRCLE, "M12 6v6l4 2"],
  clinic_gynaecology: ["M17 8a5 5 0 1 1-10 0 5 5 0 1 1 10 0Z", "M12 13v9", "M8.5 18h7"],
  clinic_general_practice: ["M9 3h6v6h6v6h-6v6H9v-6H3V9h6Z"],
  class: ["M2 5c3-1.5 7-1.5 10 1v14c-3-2.5-7-2.5-10-1Z", "M22 5c-3-1.5-7-1.5-10 1v14c3-2.5 7-2.5 10-1Z"],
  legal_counselling: ["M12 3v17", "M8 21h8", "M4 7h16", "M4 7 1 14h6Z", "M20 7l-3 7h6Z"],
  theme_day: ["M3 4h18v12H10l-6 5v-5H3Z", "M7 8h10", "M7 12h6"],
  other: ["M12 3l2.7 5.6 6.1.9-4.4 4.3 1 6.1L12 17l-5.4 2.9 1-6.1-4.4-4.3 6.1-.9Z"],
  place: [
    "M12 22s7-6.5 7-12a7 7 0 0 0-14 0c0 5.5 7 12 7 12Z",
    "M14.5 10a2.5 2.5 0 1 1-5 0 2.5 2.5 0 1 1 5 0Z",
  ],
  closure: ["M3 5h18v16H3Z", "M3 10h18", "M8 3v4", "M16 3v4", "M10 13l4 4", "M14 13l-4 4"],
  retry: ["M20 12a8 8 0 1 1-2.3-5.7", "M20 4v5h-5"],
  check: ["M5 12l5 5 9-10"],
  ticket: ["M3 6h18v4a2 2 0 0 0 0 4v4H3v-4a2 2 0 0 0 0-4Z", "M9 6v12"],
  warning: ["M12 3 2 20h20Z", "M12 10v4", "M12 17v.5"],
} as const;

export type IconName = keyof typeof ICONS;

export function Icon({ name, size = 24 }: { name: IconName; size?: number }) {
  return (
    <svg className="icon" viewBox="0 0 24 24" width={size} height={size} aria-hidden="true" focusable="false">
      {ICONS[name].map((d) => (
        <path key={d} d={d} />
      ))}
    </svg>
  );
}
