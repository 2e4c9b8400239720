/**
 * Local calendar dates ("YYYY-MM-DD"), wall-clock times ("HH:MM") and time zones, without Temporal.
 * A date is handled as its day number since 1970-01-01, which has no time zone and no DST; only the
 * step from a local date and time to an instant looks at the zone's rules (through Intl).
 */

const DAY_MS = 86_400_000;
export const MINUTES_PER_DAY = 1440;

/** Days since 1970-01-01 of a local date. */
export function dayNumber(date: string): number {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return Math.round(Date.UTC(y, m - 1, d) / DAY_MS);
}

export function dateOfDayNumber(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export const addDays = (date: string, days: number) => dateOfDayNumber(dayNumber(date) + days);

/** ISO weekday: 1 Monday … 7 Sunday. 1970-01-01 was a Thursday. */
export function isoWeekday(date: string): number {
  return ((((dayNumber(date) + 3) % 7) + 7) % 7) + 1;
}

/** Minutes since midnight of "HH:MM" (or "HH:MM:SS", as PostgreSQL returns a time). */
export function minutesOf(time: string): number {
  const [h, m] = time.split(":").map(Number) as [number, number];
  return h * 60 + m;
}

export function timeOfMinutes(minutes: number): string {
  const m = ((minutes % MINUTES_PER_DAY) + MINUTES_PER_DAY) % MINUTES_PER_DAY;
  return `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;
}

/** "16:00:00" → "16:00". */
export const hhmm = (time: string) => time.slice(0, 5);

/**
 * Length in minutes from a start to an end time; an end at or before the start runs past midnight.
 * Equal times give 0: a session of no length (or of a whole day) is never meant.
 */
export function spanMinutes(startsAt: string, endsAt: string): number {
  return (minutesOf(endsAt) - minutesOf(startsAt) + MINUTES_PER_DAY) % MINUTES_PER_DAY;
}

/** Whether a time zone name is one this runtime knows (the IANA names, and UTC). */
export function isKnownTimeZone(zone: string): boolean {
  return zone === "UTC" || knownZones().has(zone);
}

let zones: Set<string> | undefined;
function knownZones() {
  zones ??= new Set(Intl.supportedValuesOf("timeZone"));
  return zones;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatterFor(zone: string) {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone: zone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formatters.set(zone, f);
  }
  return f;
}

/** The wall clock in a zone at an instant, as milliseconds of a UTC date with the same fields. */
function wallClockMs(instantMs: number, zone: string): number {
  const parts: Record<string, number> = {};
  for (const p of formatterFor(zone).formatToParts(new Date(instantMs))) {
    if (p.type !== "literal") parts[p.type] = Number(p.value);
  }
  const { year = 1970, month = 1, day = 1, hour = 0, minute = 0, second = 0 } = parts;
  return Date.UTC(year, month - 1, day, hour, minute, second);
}

/** The zone's offset from UTC at an instant, in milliseconds (Copenhagen in summer: +7 200 000). */
export function offsetMs(instant: Date | number, zone: string): number {
  const ms = typeof instant === "number" ? instant : instant.getTime();
  const whole = Math.floor(ms / 1000) * 1000;
  return wallClockMs(whole, zone) - whole;
}

/** The local date and time in a zone at an instant. */
export function localDateTime(instant: Date, zone: string): { date: string; time: string; minutes: number } {
  const wall = new Date(wallClockMs(instant.getTime(), zone));
  const iso = wall.toISOString();
  return {
    date: iso.slice(0, 10),
    time: iso.slice(11, 16),
    minutes: wall.getUTCHours() * 60 + wall.getUTCMinutes(),
  };
}

/**
 * The instant at which a zone's clocks show a local date and time. As Temporal's "compatible"
 * choice: a time that happens twice (the autumn hour) is its first, earlier occurrence; a time that
 * never happens (the spring gap) is moved later by the gap, so 02:30 on 2010-03-28 in Copenhagen is
 * 03:30 summer time.
 */
export function zonedInstant(date: string, time: string, zone: string): Date {
  const wall = dayNumber(date) * DAY_MS + minutesOf(time) * 60_000;
  const before = offsetMs(wall - DAY_MS, zone);
  const after = offsetMs(wall + DAY_MS, zone);
  const candidates = [...new Set([before, after])]
    .map((offset) => wall - offset)
    .filter((instant) => wallClockMs(instant, zone) === wall)
    .sort((a, b) => a - b);
  const first = candidates[0];
  if (first !== undefined) return new Date(first);
  // The gap: clocks jumped from the offset before, so that offset puts the time after the jump.
  return new Date(wall - before);
}
