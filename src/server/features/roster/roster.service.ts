import type { AssignDutyBody, DutyAssignment, SessionList, Shift } from "../../../common/contracts/roster.js";
import { can, type Permission, type Role } from "../../../common/permissions.js";
import { recordAudit } from "../../audit/audit-log.js";
import type { Actor, AppContext } from "../../context.js";
import { fieldError, forbidden, notFound } from "../../errors.js";
import * as sites from "../sites/sites.service.js";
import { toDutyAssignment, toShift, toStaffSession } from "./roster.mapper.js";
import { covers, rangesMeet } from "./roster.policy.js";
import * as repo from "./roster.repository.js";

function requirePermission(actor: Actor, permission: Permission) {
  if (!can(actor.role, permission)) throw forbidden();
}

/** A site's sessions for a range of evenings, with who is on duty and the languages they cover. */
export async function listSessions(
  ctx: AppContext,
  actor: Actor,
  siteId: string,
  range: { from: string; to: string },
): Promise<SessionList> {
  requirePermission(actor, "roster.read");
  const { site, sessions } = await sites.sessionsOfSite(ctx, actor, siteId, range);
  const roster = await repo.listAssignmentsOfSite(ctx.db, siteId, range);
  return {
    site: { id: site.id, name: site.name, timeZone: site.timeZone, can: site.can },
    from: range.from,
    to: range.to,
    items: sessions.map((s) => toStaffSession(s, roster)),
  };
}

export async function listSiteStaff(ctx: AppContext, actor: Actor, siteId: string) {
  requirePermission(actor, "roster.manage");
  await sites.getSite(ctx, actor, siteId);
  const rows = await repo.listSiteMembers(ctx.db, siteId);
  return { items: rows.map((r) => ({ ...r, role: r.role as Role })) };
}

const alreadyOnDuty = () =>
  fieldError("accountId", "CONFLICT", "This staff member is already on duty in this session.");

export async function assignDuty(
  ctx: AppContext,
  actor: Actor,
  siteId: string,
  input: AssignDutyBody,
): Promise<DutyAssignment> {
  requirePermission(actor, "roster.manage");
  await sites.getSite(ctx, actor, siteId);
  return ctx.db.transaction(async (tx) => {
    const member = await repo.findSiteMember(tx, siteId, input.accountId);
    if (!member)
      throw fieldError("accountId", "VALIDATION_FAILED", "Choose a staff member who works at this site.");
    const existing = await repo.listAssignmentsOfAccountAtSite(tx, siteId, input.accountId);
    if ((input.weeklyOpeningId === null) === (input.onDate === null)) {
      throw fieldError(
        "weeklyOpeningId",
        "VALIDATION_FAILED",
        "Choose a weekly opening, or a date and a session.",
      );
    }
    if (input.weeklyOpeningId !== null) {
      if (input.validFrom && input.validTo && input.validTo < input.validFrom) {
        throw fieldError("validTo", "END_BEFORE_START", "The last date must be on or after the first.");
      }
      if (!(await sites.findWeeklyOpening(tx, siteId, input.weeklyOpeningId))) {
        throw fieldError("weeklyOpeningId", "VALIDATION_FAILED", "Choose a weekly opening of this site.");
      }
      if (existing.some((a) => a.weeklyOpeningId === input.weeklyOpeningId && rangesMeet(a, input)))
        throw alreadyOnDuty();
    } else {
      if (input.validFrom !== null || input.validTo !== null) {
        throw fieldError("validFrom", "VALIDATION_FAILED", "Valid from and to are for weekly duties only.");
      }
      if (input.sessionStartsAt === null)
        throw fieldError("sessionStartsAt", "VALIDATION_FAILED", "Choose the session.");
      const session = await sites.findSession(tx, siteId, input.onDate as string, input.sessionStartsAt);
      if (!session) {
        throw fieldError(
          "sessionStartsAt",
          "OUTSIDE_SESSION",
          "No session of this site starts at that time on that date.",
        );
      }
      if (existing.some((a) => covers(a, session))) throw alreadyOnDuty();
    }
    const now = ctx.clock.now();
    const row = await repo.insertAssignment(tx, { siteId, ...input, createdAt: now, updatedAt: now });
    await recordAudit(tx, {
      event: "DUTY_ASSIGNED",
      occurredAt: now,
      actorAccountId: actor.accountId,
      organisationId: actor.organisationId,
      siteId,
      entityType: "duty_assignment",
      entityId: row.id,
      address: actor.address,
    });
    return toDutyAssignment(row, member.displayName);
  });
}

export async function removeDuty(ctx: AppContext, actor: Actor, params: { siteId: string; id: string }) {
  requirePermission(actor, "roster.manage");
  await sites.getSite(ctx, actor, params.siteId);
  return ctx.db.transaction(async (tx) => {
    if (!(await repo.findAssignment(tx, params.siteId, params.id))) throw notFound();
    await repo.deleteAssignment(tx, params.id);
    await recordAudit(tx, {
      event: "DUTY_REMOVED",
      occurredAt: ctx.clock.now(),
      actorAccountId: actor.accountId,
      organisationId: actor.organisationId,
      siteId: params.siteId,
      entityType: "duty_assignment",
      entityId: params.id,
      address: actor.address,
    });
    return { ok: true as const };
  });
}

/** Your own shifts: each session of the range that one of your assignments puts you on, in time order. */
export async function myShifts(ctx: AppContext, actor: Actor, range: { from: string; to: string }) {
  sites.assertSessionRange(range);
  const mine = await repo.listAssignmentsOfAccount(ctx.db, actor.accountId, range);
  const siteIds = [...new Set(mine.map((a) => a.siteId))];
  const shifts: Shift[] = [];
  for (const { site, sessions } of await sites.sessionsOfSites(ctx, siteIds, range)) {
    const here = mine.filter((a) => a.siteId === site.id);
    for (const session of sessions) {
      for (const assignment of here)
        if (covers(assignment, session)) shifts.push(toShift(session, site, assignment));
    }
  }
  shifts.sort((a, b) => a.startsAtInstant.localeCompare(b.startsAtInstant));
  return { from: range.from, to: range.to, items: shifts };
}
