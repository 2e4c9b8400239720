/**
 * The week of a site as pure rules: when two openings collide, whether an activity fits its session,
 * and the concrete sessions of a date range. No database, no clock: everything comes in as values.
 *
 * A session belongs to the local date of the evening it starts; an end at or before the start means
 * it runs past midnight (Friday 23:00–05:00 ends on Saturday morning). Times are the site's wall
 * clock; instants are computed in the site's time zone.
 */
import type { ActivityKind } from "../../../common/contracts/public.js";
import {
  addDays,
  dateOfDayNumber,
  dayNumber,
  isoWeekday,
  MINUTES_PER_DAY,
  minutesOf,
  spanMinutes,
  zonedInstant,
} from "./local-time.js";

export interface WeeklyOpeningInput {
  id: string;
  weekday: number;
  startsAt: string;
  endsAt: string;
  validFrom: string;
  validTo: string | null;
  pilotPeriodId: string | null;
}

export interface OneOffOpeningInput {
  id: string;
  onDate: string;
  startsAt: string;
  endsAt: string;
  label: string;
  pilotPeriodId: string | null;
}

export interface ClosureInput {
  id: string;
  startsOn: string;
  endsOn: string;
  reason: string;
}

export interface PilotPeriodInput {
  id: string;
  label: string;
  startsOn: string;
  endsOn: string;
}

export interface ActivityInput {
  id: string;
  kind: ActivityKind;
  title: string;
  startsAt: string;
  endsAt: string;
  weeklyOpeningId: string | null;
  validFrom: string | null;
  validTo: string | null;
  onDate: string | null;
}

export interface ScheduleSnapshot {
  timeZone: string;
  weeklyOpenings: WeeklyOpeningInput[];
  oneOffOpenings: OneOffOpeningInput[];
  closures: ClosureInput[];
  pilotPeriods: PilotPeriodInput[];
  activities: ActivityInput[];
}

export interface SessionActivity {
  id: string;
  kind: ActivityKind;
  title: string;
  startsAt: string;
  endsAt: string;
  recurring: boolean;
}

export interface ComputedSession {
  /** "<date>@<start>": a session's identity, which a one-off duty assignment names. */
  key: string;
  date: string;
  startsAt: string;
  endsAt: string;
  startsAtInstant: Date;
  endsAtInstant: Date;
  weeklyOpeningId: string | null;
  oneOffOpeningId: string | null;
  label: string;
  pilot: { id: string; label: string } | null;
  closure: { id: string; reason: string } | null;
  activities: SessionActivity[];
}

/** An opening as a rule in time: a weekday, times, and the dates on which it happens. */
export interface OpeningRule {
  id: string;
  kind: "weekly" | "once";
  weekday: number;
  startsAt: string;
  endsAt: string;
  from: string;
  /** Inclusive; null runs on without end. */
  to: string | null;
}

export const sessionKey = (date: string, startsAt: string) => `${date}@${startsAt}`;

const minDate = (a: string | null, b: string | null) => (a === null ? b : b === null ? a : a < b ? a : b);
const maxDate = (a: string, b: string) => (a > b ? a : b);

/**
 * A weekly opening that points at a pilot period happens only inside it: extending the pilot
 * extends the sessions, and the night pilot ends when the pilot does.
 */
export function weeklyRule(opening: WeeklyOpeningInput, pilots: PilotPeriodInput[]): OpeningRule {
  const pilot = opening.pilotPeriodId ? pilots.find((p) => p.id === opening.pilotPeriodId) : undefined;
  return {
    id: opening.id,
    kind: "weekly",
    weekday: opening.weekday,
    startsAt: opening.startsAt,
    endsAt: opening.endsAt,
    from: pilot ? maxDate(opening.validFrom, pilot.startsOn) : opening.validFrom,
    to: pilot ? minDate(opening.validTo, pilot.endsOn) : opening.validTo,
  };
}

/** A one-off opening is a weekly rule valid on a single date. */
export function oneOffRule(opening: OneOffOpeningInput): OpeningRule {
  return {
    id: opening.id,
    kind: "once",
    weekday: isoWeekday(opening.onDate),
    startsAt: opening.startsAt,
    endsAt: opening.endsAt,
    from: opening.onDate,
    to: opening.onDate,
  };
}

export const openingRules = (
  schedule: Pick<ScheduleSnapshot, "weeklyOpenings" | "oneOffOpenings" | "pilotPeriods">,
) => [
  ...schedule.weeklyOpenings.map((o) => weeklyRule(o, schedule.pilotPeriods)),
  ...schedule.oneOffOpenings.map(oneOffRule),
];

/**
 * The first local date on which a session of `a` collides with a session of `b`, or null. Sessions
 * are at most a day long, so a session can only meet one that starts the day before, the same day or
 * the day after; past-midnight parts count on the next weekday. Touching ends (22:00 and 22:00) do
 * not collide.
 */
export function firstOverlap(a: OpeningRule, b: OpeningRule): string | null {
  const lengthA = spanMinutes(a.startsAt, a.endsAt);
  const lengthB = spanMinutes(b.startsAt, b.endsAt);
  if (lengthA === 0 || lengthB === 0) return null;
  for (const shift of [-1, 0, 1]) {
    if (((a.weekday - 1 + shift + 7) % 7) + 1 !== b.weekday) continue;
    const startA = minutesOf(a.startsAt);
    const startB = shift * MINUTES_PER_DAY + minutesOf(b.startsAt);
    if (!(startA < startB + lengthB && startB < startA + lengthA)) continue;
    // A date D of `a` (its weekday) such that D is in a's range and D + shift in b's.
    const low = Math.max(dayNumber(a.from), dayNumber(b.from) - shift);
    const high = Math.min(
      a.to === null ? Number.POSITIVE_INFINITY : dayNumber(a.to),
      b.to === null ? Number.POSITIVE_INFINITY : dayNumber(b.to) - shift,
    );
    const lowDate = dateOfDayNumber(low);
    const first = low + ((a.weekday - isoWeekday(lowDate) + 7) % 7);
    if (first <= high) return dateOfDayNumber(first);
  }
  return null;
}

/** The first other opening that collides with `candidate`, and where. */
export function findOverlap(
  candidate: OpeningRule,
  others: OpeningRule[],
): { other: OpeningRule; date: string } | null {
  for (const other of others) {
    if (other.id === candidate.id) continue;
    const date = firstOverlap(candidate, other);
    if (date) return { other, date };
  }
  return null;
}

/**
 * Whether an activity lies inside its session. Both may run past midnight; the activity is measured
 * from the session's start, so 01:00–02:00 fits inside 23:00–05:00.
 */
export function fitsInSession(
  session: { startsAt: string; endsAt: string },
  activity: { startsAt: string; endsAt: string },
) {
  const sessionLength = spanMinutes(session.startsAt, session.endsAt);
  const activityLength = spanMinutes(activity.startsAt, activity.endsAt);
  if (sessionLength === 0 || activityLength === 0) return false;
  const offset =
    (minutesOf(activity.startsAt) - minutesOf(session.startsAt) + MINUTES_PER_DAY) % MINUTES_PER_DAY;
  return offset + activityLength <= sessionLength;
}

const inRange = (date: string, from: string | null, to: string | null) =>
  (from === null || date >= from) && (to === null || date <= to);

function sessionActivity(activity: ActivityInput): SessionActivity {
  return {
    id: activity.id,
    kind: activity.kind,
    title: activity.title,
    startsAt: activity.startsAt,
    endsAt: activity.endsAt,
    recurring: activity.weeklyOpeningId !== null,
  };
}

const byStart = (a: { startsAt: string }, b: { startsAt: string }) =>
  a.startsAt < b.startsAt ? -1 : a.startsAt > b.startsAt ? 1 : 0;

/**
 * The concrete sessions whose evening date lies in [from, to], in time order: weekly openings on
 * their weekday inside their (pilot-limited) validity, one-off openings on their date. A closure does
 * not remove a session; it marks it closed, so staff see what was cancelled and why.
 */
export function computeSessions(
  schedule: ScheduleSnapshot,
  range: { from: string; to: string },
): ComputedSession[] {
  const sessions: ComputedSession[] = [];
  const pilotsById = new Map(schedule.pilotPeriods.map((p) => [p.id, p]));
  const weekly = schedule.weeklyOpenings.map((o) => ({
    opening: o,
    rule: weeklyRule(o, schedule.pilotPeriods),
  }));
  const last = dayNumber(range.to);
  for (let day = dayNumber(range.from); day <= last; day++) {
    const date = dateOfDayNumber(day);
    const weekday = isoWeekday(date);
    const closure = schedule.closures.find((c) => date >= c.startsOn && date <= c.endsOn);
    const make = (
      source: { startsAt: string; endsAt: string; pilotPeriodId: string | null },
      ids: { weeklyOpeningId: string | null; oneOffOpeningId: string | null; label: string },
    ): ComputedSession => {
      const pilot = source.pilotPeriodId ? pilotsById.get(source.pilotPeriodId) : undefined;
      const overnight = minutesOf(source.endsAt) <= minutesOf(source.startsAt);
      return {
        key: sessionKey(date, source.startsAt),
        date,
        startsAt: source.startsAt,
        endsAt: source.endsAt,
        startsAtInstant: zonedInstant(date, source.startsAt, schedule.timeZone),
        endsAtInstant: zonedInstant(overnight ? addDays(date, 1) : date, source.endsAt, schedule.timeZone),
        ...ids,
        pilot:
          pilot && date >= pilot.startsOn && date <= pilot.endsOn
            ? { id: pilot.id, label: pilot.label }
            : null,
        closure: closure ? { id: closure.id, reason: closure.reason } : null,
        activities: [],
      };
    };
    const today: ComputedSession[] = [];
    for (const { opening, rule } of weekly) {
      if (opening.weekday !== weekday || !inRange(date, rule.from, rule.to)) continue;
      const session = make(opening, { weeklyOpeningId: opening.id, oneOffOpeningId: null, label: "" });
      session.activities = schedule.activities
        .filter((a) => a.weeklyOpeningId === opening.id && inRange(date, a.validFrom, a.validTo))
        .map(sessionActivity);
      today.push(session);
    }
    for (const opening of schedule.oneOffOpenings) {
      if (opening.onDate !== date) continue;
      today.push(make(opening, { weeklyOpeningId: null, oneOffOpeningId: opening.id, label: opening.label }));
    }
    for (const activity of schedule.activities) {
      if (activity.onDate !== date) continue;
      const home = today.find((s) => fitsInSession(s, activity));
      home?.activities.push(sessionActivity(activity));
    }
    for (const session of today) {
      const start = minutesOf(session.startsAt);
      // Order by the activity's place inside the evening, so 00:30 comes after 23:30.
      session.activities.sort(
        (a, b) =>
          ((minutesOf(a.startsAt) - start + MINUTES_PER_DAY) % MINUTES_PER_DAY) -
            ((minutesOf(b.startsAt) - start + MINUTES_PER_DAY) % MINUTES_PER_DAY) || byStart(a, b),
      );
    }
    sessions.push(...today);
  }
  return sessions.sort((a, b) => a.startsAtInstant.getTime() - b.startsAtInstant.getTime());
}

/** The session of an evening that starts at a time: what a one-off duty assignment names. */
export const findSession = (sessions: ComputedSession[], date: string, startsAt: string) =>
  sessions.find((s) => s.date === date && s.startsAt === startsAt);

export const WEEKDAY_NAMES = [
  "Monday",
  "Tuesday",
  "Wednesday",
  "Thursday",
  "Friday",
  "Saturday",
  "Sunday",
] as const;

/** "Friday 23:00–05:00" or "2010-03-05 23:00–05:00", for a refusal that names the other opening. */
export function describeRule(rule: OpeningRule): string {
  const when = rule.kind === "weekly" ? WEEKDAY_NAMES[rule.weekday - 1] : rule.from;
  return `${when} ${rule.startsAt}–${rule.endsAt}`;
}
