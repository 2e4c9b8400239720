import type { DutyAssignment, OnDuty, Shift, StaffSession } from "../../../common/contracts/roster.js";
import type { Duty } from "../../../common/permissions.js";
import { hhmm, minutesOf } from "../sites/local-time.js";
import type { ComputedSession } from "../sites/schedule.js";
import { covers, languagesCovered } from "./roster.policy.js";
import type { AssignmentWithStaff, DutyAssignmentRow } from "./roster.repository.js";

export function toDutyAssignment(row: DutyAssignmentRow, displayName: string): DutyAssignment {
  return {
    id: row.id,
    siteId: row.siteId,
    accountId: row.accountId,
    displayName,
    duty: row.duty as Duty,
    weeklyOpeningId: row.weeklyOpeningId,
    validFrom: row.validFrom,
    validTo: row.validTo,
    onDate: row.onDate,
    sessionStartsAt: row.sessionStartsAt ? hhmm(row.sessionStartsAt) : null,
  };
}

const toOnDuty = (a: AssignmentWithStaff): OnDuty => ({
  assignmentId: a.assignment.id,
  accountId: a.assignment.accountId,
  displayName: a.displayName,
  duty: a.assignment.duty as Duty,
  languages: a.languages,
  recurring: a.assignment.weeklyOpeningId !== null,
});

const overnight = (s: ComputedSession) => minutesOf(s.endsAt) <= minutesOf(s.startsAt);

/** A session with its roster; a closed session warns of nothing, it does not take place. */
export function toStaffSession(session: ComputedSession, roster: AssignmentWithStaff[]): StaffSession {
  const onDuty = roster.filter((a) => covers(a.assignment, session)).map(toOnDuty);
  return {
    key: session.key,
    date: session.date,
    startsAt: session.startsAt,
    endsAt: session.endsAt,
    overnight: overnight(session),
    startsAtInstant: session.startsAtInstant.toISOString(),
    endsAtInstant: session.endsAtInstant.toISOString(),
    weeklyOpeningId: session.weeklyOpeningId,
    oneOffOpeningId: session.oneOffOpeningId,
    label: session.label,
    pilot: session.pilot,
    closure: session.closure,
    activities: session.activities,
    onDuty,
    languages: languagesCovered(onDuty),
    unstaffed: session.closure === null && onDuty.length === 0,
  };
}

export function toShift(
  session: ComputedSession,
  site: { id: string; name: string },
  assignment: DutyAssignmentRow,
): Shift {
  return {
    assignmentId: assignment.id,
    siteId: site.id,
    siteName: site.name,
    duty: assignment.duty as Duty,
    recurring: assignment.weeklyOpeningId !== null,
    date: session.date,
    startsAt: session.startsAt,
    endsAt: session.endsAt,
    overnight: overnight(session),
    startsAtInstant: session.startsAtInstant.toISOString(),
    endsAtInstant: session.endsAtInstant.toISOString(),
    pilotLabel: session.pilot?.label ?? null,
    closure: session.closure ? { reason: session.closure.reason } : null,
    activities: session.activities,
  };
}
