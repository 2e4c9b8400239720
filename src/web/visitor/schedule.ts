/**
 * What the opening-hours page shows, worked out on the device from the API's answer and the
 * clock, so "open now" stays true while the page stays open (no need to fetch again each minute).
 */
import type { PublicOpeningHours } from "../../common/contracts/public";

export type Session = PublicOpeningHours["week"][number];
export type Closure = PublicOpeningHours["closures"][number];

export interface Status {
  openNow: boolean;
  /** The session open now, or else the next one to come; null when none is known. */
  session: Session | null;
}

export interface Day {
  date: string;
  sessions: Session[];
  /** A closure covers the day: the centre is shut whatever the usual week says. */
  closed: boolean;
}

/** The calendar date ("2025-03-14") at an instant, in a time zone. */
export function localDate(timeZone: string, at: Date): string {
  let parts: Intl.DateTimeFormatPart[];
  try {
    parts = new Intl.DateTimeFormat("en-US", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
    }).formatToParts(at);
  } catch {
    // An unknown zone: the device's own is the best guess.
    parts = new Intl.DateTimeFormat("en-US", {
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
    }).formatToParts(at);
  }
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "";
  return `${part("year")}-${part("month")}-${part("day")}`;
}

export function addDays(date: string, days: number): string {
  const [year = 1970, month = 1, day = 1] = date.split("-").map(Number);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

const time = (instant: string) => Date.parse(instant);

/** Every known session once, in order (the answer's `current` may also be in its `week`). */
function sessionsOf(hours: PublicOpeningHours): Session[] {
  const all = hours.current ? [hours.current, ...hours.week] : [...hours.week];
  const seen = new Set<string>();
  return all
    .filter((session) => {
      if (seen.has(session.startsAtInstant)) return false;
      seen.add(session.startsAtInstant);
      return true;
    })
    .sort((a, b) => time(a.startsAtInstant) - time(b.startsAtInstant));
}

const isClosedOn = (closures: readonly Closure[], date: string) =>
  closures.some((closure) => closure.startsOn <= date && date <= closure.endsOn);

export function statusAt(hours: PublicOpeningHours, now: Date): Status {
  const at = now.getTime();
  const sessions = sessionsOf(hours).filter((s) => !isClosedOn(hours.closures, s.date));
  const open = sessions.find((s) => time(s.startsAtInstant) <= at && at < time(s.endsAtInstant));
  if (open) return { openNow: true, session: open };
  return { openNow: false, session: sessions.find((s) => time(s.startsAtInstant) > at) ?? null };
}

/**
 * The coming seven days from today (site time), each with its sessions. A night session past
 * midnight stays under the evening it started on, and while it runs that evening is listed first.
 */
export function weekAt(hours: PublicOpeningHours, now: Date): Day[] {
  const today = localDate(hours.site.timeZone, now);
  const sessions = sessionsOf(hours);
  const running = statusAt(hours, now);
  const first =
    running.openNow && running.session && running.session.date < today ? running.session.date : today;
  const days: Day[] = [];
  for (let date = first; date < addDays(today, 7); date = addDays(date, 1)) {
    const closed = isClosedOn(hours.closures, date);
    days.push({ date, closed, sessions: closed ? [] : sessions.filter((s) => s.date === date) });
  }
  return days;
}
