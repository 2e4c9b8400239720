import { formatShortDate } from "../sites/format";

/** A calendar day of her visits ("2010-03-01", no time zone) as "1 Mar 2010". */
export const formatVisitDay = (date: string, language: string) => formatShortDate(date, language);

const instantFormatters = new Map<string, Intl.DateTimeFormat>();

/** The day of an instant (a code given, a flag raised) in this browser's time zone: "1 Mar 2010". */
export function formatInstantDay(instant: string, language: string): string {
  let format = instantFormatters.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(language, { day: "numeric", month: "short", year: "numeric" });
    instantFormatters.set(language, format);
  }
  return format.format(new Date(instant));
}
