/**
 * Pure can-do rules and input rules of the sites feature. The schedule's own rules (overlaps,
 * sessions) are in schedule.ts; this file turns them into refusals with a field and a code.
 */
import type { Site } from "../../../common/contracts/sites.js";
import type { ErrorCode, FieldError } from "../../../common/errors.js";
import { can } from "../../../common/permissions.js";
import type { Actor } from "../../context.js";
import { isKnownTimeZone, spanMinutes } from "./local-time.js";
import { describeRule, findOverlap, fitsInSession, type OpeningRule } from "./schedule.js";

/** Those who manage sites (managers, administrators) see every site; other staff the sites they work at. */
export const seesEverySite = (actor: Pick<Actor, "role">) => can(actor.role, "site.manage");

export const maySeeSite = (actor: Pick<Actor, "role" | "siteIds">, siteId: string) =>
  seesEverySite(actor) || actor.siteIds.includes(siteId);

export function siteCapabilities(actor: Pick<Actor, "role">): Site["can"] {
  return {
    update: can(actor.role, "site.manage"),
    editSchedule: can(actor.role, "schedule.manage"),
    manageRoster: can(actor.role, "roster.manage"),
  };
}

/** A refusal of one field, with a code from the closed list. */
export type FieldProblem = FieldError & { code: ErrorCode };

const problem = (path: string, code: ErrorCode, message: string): FieldProblem => ({ path, code, message });

export function timeZoneProblem(zone: string | undefined): FieldProblem | null {
  if (zone === undefined || isKnownTimeZone(zone)) return null;
  return problem(
    "timeZone",
    "UNKNOWN_TIME_ZONE",
    "Choose a time zone from the list, e.g. Europe/Copenhagen.",
  );
}

/**
 * A session or activity runs from its start to its end, past midnight when the end comes first; the
 * same time twice would be no time at all (or a whole day), which is never meant.
 */
export function timesProblem(times: { startsAt: string; endsAt: string }): FieldProblem | null {
  if (spanMinutes(times.startsAt, times.endsAt) > 0) return null;
  return problem(
    "endsAt",
    "END_BEFORE_START",
    "The end must differ from the start (an end before the start runs past midnight).",
  );
}

/** An inclusive date range whose end (if any) is not before its start. */
export function rangeProblem(from: string | null, to: string | null, toPath: string): FieldProblem | null {
  if (from === null || to === null || to >= from) return null;
  return problem(toPath, "END_BEFORE_START", "The last date must be on or after the first.");
}

export function overlapProblem(candidate: OpeningRule, others: OpeningRule[]): FieldProblem | null {
  const found = findOverlap(candidate, others);
  if (!found) return null;
  return problem(
    "startsAt",
    "SCHEDULE_OVERLAP",
    `Overlaps the opening ${describeRule(found.other)} (first on ${found.date}).`,
  );
}

export function outsideSessionProblem(
  session: { startsAt: string; endsAt: string },
  activity: { startsAt: string; endsAt: string },
): FieldProblem | null {
  if (fitsInSession(session, activity)) return null;
  return problem(
    "startsAt",
    "OUTSIDE_SESSION",
    `The activity must lie within its session, ${session.startsAt}–${session.endsAt}.`,
  );
}
