import type { ActivityKind, PublicOpeningHours } from "../../../common/contracts/public.js";
import type {
  Activity,
  Closure,
  OneOffOpening,
  PilotPeriod,
  Site,
  WeeklyOpening,
} from "../../../common/contracts/sites.js";
import { hhmm, minutesOf } from "./local-time.js";
import type {
  ActivityInput,
  ClosureInput,
  ComputedSession,
  OneOffOpeningInput,
  PilotPeriodInput,
  WeeklyOpeningInput,
} from "./schedule.js";
import type {
  ActivityRow,
  ClosureRow,
  OneOffOpeningRow,
  PilotPeriodRow,
  SiteRow,
  WeeklyOpeningRow,
} from "./sites.repository.js";

const overnight = (startsAt: string, endsAt: string) => minutesOf(endsAt) <= minutesOf(startsAt);

/** A site as staff see it, with what this staff member may do with it. */
export function toSite(row: SiteRow, can: Site["can"]): Site {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    address: row.address,
    timeZone: row.timeZone,
    roomCapacity: row.roomCapacity,
    can,
  };
}

export const toPublicSite = (row: SiteRow): PublicOpeningHours["site"] => ({
  slug: row.slug,
  name: row.name,
  address: row.address,
  timeZone: row.timeZone,
});

// Rows → the schedule's pure inputs (PostgreSQL gives times as "HH:MM:SS")

export const weeklyInput = (row: WeeklyOpeningRow): WeeklyOpeningInput => ({
  id: row.id,
  weekday: row.weekday,
  startsAt: hhmm(row.startsAt),
  endsAt: hhmm(row.endsAt),
  validFrom: row.validFrom,
  validTo: row.validTo,
  pilotPeriodId: row.pilotPeriodId,
});

export const oneOffInput = (row: OneOffOpeningRow): OneOffOpeningInput => ({
  id: row.id,
  onDate: row.onDate,
  startsAt: hhmm(row.startsAt),
  endsAt: hhmm(row.endsAt),
  label: row.label,
  pilotPeriodId: row.pilotPeriodId,
});

export const closureInput = (row: ClosureRow): ClosureInput => ({
  id: row.id,
  startsOn: row.startsOn,
  endsOn: row.endsOn,
  reason: row.reason,
});

export const pilotInput = (row: PilotPeriodRow): PilotPeriodInput => ({
  id: row.id,
  label: row.label,
  startsOn: row.startsOn,
  endsOn: row.endsOn,
});

export const activityInput = (row: ActivityRow): ActivityInput => ({
  id: row.id,
  kind: row.kind as ActivityKind,
  title: row.title,
  startsAt: hhmm(row.startsAt),
  endsAt: hhmm(row.endsAt),
  weeklyOpeningId: row.weeklyOpeningId,
  validFrom: row.validFrom,
  validTo: row.validTo,
  onDate: row.onDate,
});

// Pure inputs → responses

export const toWeeklyOpening = (o: WeeklyOpeningInput): WeeklyOpening => ({
  id: o.id,
  weekday: o.weekday,
  startsAt: o.startsAt,
  endsAt: o.endsAt,
  overnight: overnight(o.startsAt, o.endsAt),
  validFrom: o.validFrom,
  validTo: o.validTo,
  pilotPeriodId: o.pilotPeriodId,
});

export const toOneOffOpening = (o: OneOffOpeningInput): OneOffOpening => ({
  id: o.id,
  onDate: o.onDate,
  startsAt: o.startsAt,
  endsAt: o.endsAt,
  overnight: overnight(o.startsAt, o.endsAt),
  label: o.label,
  pilotPeriodId: o.pilotPeriodId,
});

export const toClosure = (c: ClosureInput): Closure => ({
  id: c.id,
  startsOn: c.startsOn,
  endsOn: c.endsOn,
  reason: c.reason,
});

export const toPilotPeriod = (p: PilotPeriodInput): PilotPeriod => ({
  id: p.id,
  label: p.label,
  startsOn: p.startsOn,
  endsOn: p.endsOn,
});

export const toActivity = (a: ActivityInput): Activity => ({
  id: a.id,
  kind: a.kind,
  title: a.title,
  startsAt: a.startsAt,
  endsAt: a.endsAt,
  weeklyOpeningId: a.weeklyOpeningId,
  validFrom: a.validFrom,
  validTo: a.validTo,
  onDate: a.onDate,
});

/** A session for anyone, signed in or not: times, pilot or not, activity kinds. No staff, no reasons. */
export function toPublicSession(s: ComputedSession): PublicOpeningHours["week"][number] {
  return {
    date: s.date,
    startsAt: s.startsAt,
    endsAt: s.endsAt,
    startsAtInstant: s.startsAtInstant.toISOString(),
    endsAtInstant: s.endsAtInstant.toISOString(),
    pilot: s.pilot !== null,
    activities: s.activities.map((a) => ({
      kind: a.kind,
      title: a.title,
      startsAt: a.startsAt,
      endsAt: a.endsAt,
    })),
  };
}
