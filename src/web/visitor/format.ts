/**
 * Dates and times in her language, with Intl. The schedule arrives as the site's own wall-clock
 * times ("23:00") and calendar dates ("2025-03-14"); they are formatted as such (in UTC, so the
 * device's own time zone and summer time never shift them). The 24-hour clock everywhere: it is
 * what the centre's street signs, and the night pilot's "23:00 – 05:00", use.
 */
const cache = new Map<string, Intl.DateTimeFormat>();

function formatter(language: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${language}|${JSON.stringify(options)}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(language, { ...options, timeZone: "UTC" });
    cache.set(key, format);
  }
  return format;
}

function dateOf(localDate: string): Date {
  const [year = 1970, month = 1, day = 1] = localDate.split("-").map(Number);
  return new Date(Date.UTC(year, month - 1, day, 12));
}

const capitalise = (text: string, language: string) =>
  text.charAt(0).toLocaleUpperCase(language) + text.slice(1);

/** "23:00" → "23:00" in her language's digits and separators. */
export function formatTime(language: string, localTime: string): string {
  const [hour = 0, minute = 0] = localTime.split(":").map(Number);
  return formatter(language, { hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(
    new Date(Date.UTC(2000, 0, 1, hour, minute)),
  );
}

/** "23:00 – 05:00": a night past midnight stays one range under the evening it starts on. */
export const formatTimeRange = (language: string, startsAt: string, endsAt: string): string =>
  `${formatTime(language, startsAt)} – ${formatTime(language, endsAt)}`;

/** "Friday", capitalised for a list. */
export const formatWeekday = (language: string, localDate: string): string =>
  capitalise(formatter(language, { weekday: "long" }).format(dateOf(localDate)), language);

/** "14 March", or "14 Mar" where space is short. */
export const formatDayMonth = (
  language: string,
  localDate: string,
  month: "long" | "short" = "long",
): string => formatter(language, { day: "numeric", month }).format(dateOf(localDate));
