import type { ReactNode } from "react";
import type { z } from "zod";
import type { CatalogueIconSchema } from "../../common/contracts/services";

export type CatalogueIconName = z.infer<typeof CatalogueIconSchema>;

interface CatalogueIconProps {
  icon: CatalogueIconName;
  /** Pixels; 24 by default. */
  size?: number;
  /** A name for the picture when it stands alone; without one it is decorative and hidden from screen readers. */
  title?: string;
}

// One simple line drawing per icon on a 24×24 grid, drawn with the text colour so it follows the theme.
const DRAWINGS: Record<CatalogueIconName, ReactNode> = {
  tea: (
    <>
      <path d="M4 10h12v5a5 5 0 0 1-5 5H9a5 5 0 0 1-5-5z" />
      <path d="M16 11h1.5a2.5 2.5 0 0 1 0 5H16" />
      <path d="M8 3c-.7 1 .7 2 0 3M12 3c-.7 1 .7 2 0 3" />
    </>
  ),
  food: (
    <>
      <path d="M3 12h18a9 9 0 0 1-18 0z" />
      <path d="M8 7c0-1.5 1.5-1.5 1.5-3M13 7c0-1.5 1.5-1.5 1.5-3" />
    </>
  ),
  languages: (
    <>
      <path d="M3 5h10v7H8l-3 3v-3H3z" />
      <path d="M16 9h5v7h-2v3l-3-3h-4v-2" />
    </>
  ),
  computer: (
    <>
      <rect x="3" y="4" width="18" height="12" rx="1.5" />
      <path d="M8 20h8M12 16v4" />
    </>
  ),
  entertainment: (
    <>
      <path d="M9 18V5l11-2v13" />
      <circle cx="6.5" cy="18" r="2.5" />
      <circle cx="17.5" cy="16" r="2.5" />
    </>
  ),
  leaflet: (
    <>
      <path d="M6 3h9l4 4v14H6z" />
      <path d="M15 3v4h4M9 11h7M9 14h7M9 17h5" />
    </>
  ),
  clothes: <path d="M8 3 3 6l2 4 2-1v12h10V9l2 1 2-4-5-3a4 4 0 0 1-8 0z" />,
  condom: (
    <>
      <rect x="3" y="3" width="18" height="18" rx="2" />
      <circle cx="12" cy="12" r="5" />
      <circle cx="12" cy="12" r="2" />
    </>
  ),
  lubricant: (
    <>
      <path d="M9 3h6v3l2 3v12H7V9l2-3z" />
      <path d="M12 12c-1.5 2-2 3-2 4a2 2 0 0 0 4 0c0-1-.5-2-2-4z" />
    </>
  ),
  shower: (
    <>
      <path d="M4 21V8a4 4 0 0 1 8 0" />
      <path d="M8 8h8l-1 3H9z" />
      <path d="M10 14v1M12 14v1M14 14v1M10 18v1M12 18v1M14 18v1" />
    </>
  ),
  clinic: (
    <>
      <rect x="3" y="3" width="18" height="18" rx="3" />
      <path d="M12 7v10M7 12h10" />
    </>
  ),
  payment: (
    <>
      <rect x="2" y="6" width="20" height="12" rx="2" />
      <circle cx="12" cy="12" r="2.5" />
      <path d="M6 9v6M18 9v6" />
    </>
  ),
  counselling: (
    <>
      <path d="M4 4h16v12h-9l-4 4v-4H4z" />
      <path d="M12 13s-3-1.8-3-3.6A1.6 1.6 0 0 1 12 8.6a1.6 1.6 0 0 1 3 .8c0 1.8-3 3.6-3 3.6z" />
    </>
  ),
  class: (
    <>
      <path d="M12 6c-2-1.5-5-2-9-2v14c4 0 7 .5 9 2 2-1.5 5-2 9-2V4c-4 0-7 .5-9 2z" />
      <path d="M12 6v14" />
    </>
  ),
  test: (
    <>
      <path d="M9 3h6M10 3v14a2 2 0 0 0 4 0V3" />
      <path d="M10 11h4" />
    </>
  ),
  support: <path d="M12 20s-8-4.6-8-10.2A4.3 4.3 0 0 1 12 7a4.3 4.3 0 0 1 8 2.8C20 15.4 12 20 12 20z" />,
  legal: (
    <>
      <path d="M12 3v18M8 21h8M5 7h14" />
      <path d="M5 7 2.5 13a2.5 2.5 0 0 0 5 0zM19 7l-2.5 6a2.5 2.5 0 0 0 5 0z" />
    </>
  ),
  hygiene: (
    <>
      <path d="M8 10h8v10a1 1 0 0 1-1 1H9a1 1 0 0 1-1-1z" />
      <path d="M12 10V6M12 6h4M10 3h4" />
    </>
  ),
  other: (
    <>
      <circle cx="12" cy="12" r="9" />
      <path d="M8 12h.01M12 12h.01M16 12h.01" strokeWidth="3" />
    </>
  ),
};

/** The picture of a service or supply item: decorative beside its name unless given a title. */
export function CatalogueIcon({ icon, size = 24, title }: CatalogueIconProps) {
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.8}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden={title ? undefined : true}
      role={title ? "img" : undefined}
      aria-label={title}
      focusable="false"
      style={{ flexShrink: 0 }}
    >
      {DRAWINGS[icon] ?? DRAWINGS.other}
    </svg>
  );
}
