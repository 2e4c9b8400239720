/** Pure roster rules: which assignments put whom on duty in a session, and what that covers. */
import type { ComputedSession } from "../sites/schedule.js";

export interface AssignmentRule {
  weeklyOpeningId: string | null;
  validFrom: string | null;
  validTo: string | null;
  onDate: string | null;
  sessionStartsAt: string | null;
}

const inRange = (date: string, from: string | null, to: string | null) =>
  (from === null || date >= from) && (to === null || date <= to);

/**
 * Whether an assignment covers a session: a weekly one on every session of its opening within its
 * validity; a one-off on the session of its date that starts at its time.
 */
export function covers(
  assignment: AssignmentRule,
  session: Pick<ComputedSession, "date" | "startsAt" | "weeklyOpeningId">,
) {
  if (assignment.weeklyOpeningId !== null) {
    return (
      assignment.weeklyOpeningId === session.weeklyOpeningId &&
      inRange(session.date, assignment.validFrom, assignment.validTo)
    );
  }
  return assignment.onDate === session.date && assignment.sessionStartsAt?.slice(0, 5) === session.startsAt;
}

/** Whether two date ranges (open ends allowed) share a date. */
export function rangesMeet(
  a: { validFrom: string | null; validTo: string | null },
  b: { validFrom: string | null; validTo: string | null },
) {
  return (
    (a.validFrom === null || b.validTo === null || a.validFrom <= b.validTo) &&
    (b.validFrom === null || a.validTo === null || b.validFrom <= a.validTo)
  );
}

/** The languages the staff on duty speak between them, each once, sorted. */
export const languagesCovered = (onDuty: { languages: string[] }[]) =>
  [...new Set(onDuty.flatMap((d) => d.languages))].sort();
