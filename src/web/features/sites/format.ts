/**
 * Dates of the schedule as people read them. A schedule date ("2010-03-05") is a calendar day with no
 * time zone: it is formatted as that day in UTC, so it never shifts by the browser's zone.
 */

const DAY_MS = 86_400_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(language: string, options: Intl.DateTimeFormatOptions) {
  const key = `${language}|${JSON.stringify(options)}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(language, { ...options, timeZone: "UTC" });
    formatters.set(key, format);
  }
  return format;
}

const asUtcDate = (date: string) => new Date(`${date}T00:00:00Z`);

/** "Monday 1 March" (or with the year when it is not this one). */
export function formatDay(date: string, language: string, options: { year?: boolean } = {}) {
  return formatter(language, {
    weekday: "long",
    day: "numeric",
    month: "long",
    ...(options.year ? { year: "numeric" } : {}),
  }).format(asUtcDate(date));
}

/** "1 Mar 2010". */
export function formatShortDate(date: string, language: string) {
  return formatter(language, { day: "numeric", month: "short", year: "numeric" }).format(asUtcDate(date));
}

export function addDays(date: string, days: number): string {
  return new Date(asUtcDate(date).getTime() + days * DAY_MS).toISOString().slice(0, 10);
}

/** ISO weekday of a date: 1 Monday … 7 Sunday. */
export function isoWeekday(date: string): number {
  const day = asUtcDate(date).getUTCDay();
  return day === 0 ? 7 : day;
}

/** Today's date in a time zone (a site's), as "YYYY-MM-DD". */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  })
    .formatToParts(now)
    .reduce<Record<string, string>>((acc, p) => {
      acc[p.type] = p.value;
      return acc;
    }, {});
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/** IANA time zones this browser knows, for the site settings (the server checks again). */
export function timeZoneOptions(current?: string): string[] {
  const zones = typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : [];
  const all = new Set(["UTC", ...zones]);
  if (current) all.add(current);
  return [...all].sort();
}
