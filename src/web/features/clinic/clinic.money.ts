/**
 * Kroner as people type them, and øre as the API keeps them. Amounts travel as whole øre (integers),
 * so no sum is ever off by a rounding; the form reads what the nurse typed and says what it made of it.
 */

export type KronerProblem = "notANumber" | "negative" | "tooManyDecimals" | "tooLarge";

export type ReadKroner =
  | { kind: "empty" }
  | { kind: "valid"; ore: number }
  | { kind: "invalid"; problem: KronerProblem };

/** A currency word around the figure ("kr", "kr.", "DKK") is allowed and dropped. */
const CURRENCY = /^(?:dkk|kr\.?)\s*|\s*(?:dkk|kr\.?)$/gi;

/**
 * "1.234,50", "1 234,5", "1234.50", "200 kr." → øre. The last "," or "." followed by one or two digits
 * is the decimal mark; any other separators group thousands (groups of three digits). With three
 * digits after the only separator, it groups thousands when it is the language's grouping mark
 * ("1.234" is 1234 kr in Danish) and is refused otherwise ("1,234" in Danish has too many decimals).
 */
export function readKroner(typed: string, language: string, maxOre = Number.MAX_SAFE_INTEGER): ReadKroner {
  const text = typed
    .trim()
    .replace(CURRENCY, "")
    .replace(/[\s\u00a0\u202f']/g, "");
  if (text === "") return { kind: "empty" };
  if (/^[-\u2212]/.test(text)) return { kind: "invalid", problem: "negative" };
  if (!/^\d[\d.,]*$/.test(text) || /[.,]$/.test(text) || /[.,]{2}/.test(text)) {
    return { kind: "invalid", problem: "notANumber" };
  }
  const lastMark = Math.max(text.lastIndexOf(","), text.lastIndexOf("."));
  const after = lastMark >= 0 ? text.slice(lastMark + 1) : "";
  const decimal = lastMark >= 0 && after.length <= 2;
  const whole = decimal ? text.slice(0, lastMark) : text;
  const fraction = decimal ? after : "";
  const groupMarks = new Set(whole.replace(/\d/g, ""));
  if (groupMarks.size > 0) {
    const [mark = ""] = [...groupMarks];
    const grouped = groupMarks.size === 1 && new RegExp(`^\\d{1,3}(?:\\${mark}\\d{3})+$`).test(whole);
    const groups = whole.split(mark).length - 1;
    // One mark with three or more digits after it, that cannot be grouping here: decimals, too many.
    if (!decimal && groups === 1 && (!grouped || mark !== groupingMark(language))) {
      return { kind: "invalid", problem: "tooManyDecimals" };
    }
    if (!grouped || (decimal && mark === text[lastMark])) return { kind: "invalid", problem: "notANumber" };
  }
  const digits = whole.replace(/[.,]/g, "");
  if (digits.length > 13) return { kind: "invalid", problem: "tooLarge" };
  const ore = Number(digits) * 100 + Number(fraction.padEnd(2, "0"));
  if (!Number.isSafeInteger(ore) || ore > maxOre) return { kind: "invalid", problem: "tooLarge" };
  return { kind: "valid", ore };
}

function groupingMark(language: string): string {
  const part = new Intl.NumberFormat(language).formatToParts(12345).find((p) => p.type === "group");
  return part?.value === "." ? "." : ",";
}

const currencyFormats = new Map<string, Intl.NumberFormat>();

/** 123450 → "1.234,50 kr." (Danish) or "DKK 1,234.50" (English). */
export function formatKroner(ore: number, language: string): string {
  let format = currencyFormats.get(language);
  if (!format) {
    format = new Intl.NumberFormat(language, {
      style: "currency",
      currency: "DKK",
      minimumFractionDigits: 2,
      maximumFractionDigits: 2,
    });
    currencyFormats.set(language, format);
  }
  return format.format(ore / 100);
}

/** 123450 → "1234,50" (Danish) or "1234.50" (English); whole kroner without decimals: how an amount is put back into a field. */
export function kronerForInput(ore: number, language: string): string {
  const decimals = ore % 100 === 0 ? 0 : 2;
  return new Intl.NumberFormat(language, {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
    useGrouping: false,
  }).format(ore / 100);
}
