import { HEARD_FROM, type HeardFrom } from "../../../common/contracts/visits";
import { UNKNOWN_COUNTRY } from "../../../common/countries";

export const isHeardFrom = (key: string): key is HeardFrom => (HEARD_FROM as readonly string[]).includes(key);

const regionNames = new Map<string, Intl.DisplayNames>();

/** A country's name in the reader's language from the browser; null for "not known" (XX). */
export function countryNameOrNull(code: string, language: string): string | null {
  if (code === UNKNOWN_COUNTRY) return null;
  let names = regionNames.get(language);
  if (!names) {
    names = new Intl.DisplayNames([language], { type: "region", fallback: "none" });
    regionNames.set(language, names);
  }
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

/** A share of a whole, 0–1; 0 when the whole is nothing. */
export const shareOf = (part: number, whole: number) => (whole > 0 ? part / whole : 0);

/** "43 %", or "0.4 %" for small shares, so that a few visits do not read as none. */
export function formatShare(share: number, language: string): string {
  const digits = share > 0 && share < 0.1 ? 1 : 0;
  return new Intl.NumberFormat(language, { style: "percent", maximumFractionDigits: digits }).format(share);
}
