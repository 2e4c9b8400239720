import { shortTime } from "./clinic-queue.logic";

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** "2025-03-18" → "Tuesday 18 March" in the interface language (a calendar date: no zone shifts it). */
export function formatDay(date: string, language: string, weekday: "long" | "short" = "long"): string {
  const key = `${language}|${weekday}`;
  let format = dayFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(language, { weekday, day: "numeric", month: "long", timeZone: "UTC" });
    dayFormats.set(key, format);
  }
  const [year = 1970, month = 1, day = 1] = date.split("-").map(Number);
  const text = format.format(new Date(Date.UTC(year, month - 1, day, 12)));
  return text.charAt(0).toLocaleUpperCase(language) + text.slice(1);
}

/** "18:00:00" → "18:00". */
export const formatTime = (time: string) => shortTime(time);
