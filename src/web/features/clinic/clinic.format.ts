const dateFormats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(language: string, timeZone: string | undefined, options: Intl.DateTimeFormatOptions) {
  const key = `${language}|${timeZone ?? ""}|${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(language, { ...options, ...(timeZone ? { timeZone } : {}) });
    dateFormats.set(key, format);
  }
  return format;
}

/** "1 Mar 2010": the day an instant falls on at the site. */
export function formatDateAt(instant: string, timeZone: string | undefined, language: string): string {
  return dateFormat(language, timeZone, { day: "numeric", month: "short", year: "numeric" }).format(
    new Date(instant),
  );
}

/** "20:14": the wall-clock time of an instant at the site. */
export function formatClockAt(instant: string, timeZone: string | undefined, language: string): string {
  return dateFormat(language, timeZone, { hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(
    new Date(instant),
  );
}

/** "1 Mar 2010, 20:14". */
export function formatDateTimeAt(instant: string, timeZone: string | undefined, language: string): string {
  return `${formatDateAt(instant, timeZone, language)}, ${formatClockAt(instant, timeZone, language)}`;
}

/** "March 2010" of a "2010-03" month. */
export function formatMonth(month: string, language: string): string {
  return dateFormat(language, "UTC", { month: "long", year: "numeric" }).format(
    new Date(`${month.slice(0, 7)}-01T00:00:00Z`),
  );
}

/** A share 0–1 as "12 %", or "0.4 %" for small shares. */
export function formatRate(rate: number, language: string): string {
  const digits = rate > 0 && rate < 0.1 ? 1 : 0;
  return new Intl.NumberFormat(language, { style: "percent", maximumFractionDigits: digits }).format(rate);
}

/** A number of hours with at most one decimal ("2,5" in Danish). */
export function formatNumber(value: number, language: string, maximumFractionDigits = 1): string {
  return new Intl.NumberFormat(language, { maximumFractionDigits }).format(value);
}
