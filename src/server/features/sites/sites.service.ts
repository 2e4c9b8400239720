import type { z } from "zod";
import type { AuditEvent } from "../../../common/audit-events.js";
import type { PublicOpeningHours } from "../../../common/contracts/public.js";
import { SESSION_RANGE_MAX_DAYS } from "../../../common/contracts/roster.js";
import type {
  ActivityBody,
  ClosureBody,
  CreateSiteBody,
  OneOffOpeningBody,
  PilotPeriodBody,
  Site,
  UpdateActivityBodySchema,
  UpdateClosureBodySchema,
  UpdateOneOffOpeningBodySchema,
  UpdatePilotPeriodBodySchema,
  UpdateSiteBody,
  UpdateWeeklyOpeningBodySchema,
  Week,
  WeeklyOpeningBody,
} from "../../../common/contracts/sites.js";
import { can, type Permission } from "../../../common/permissions.js";
import { recordAudit } from "../../audit/audit-log.js";
import type { Actor, AppContext } from "../../context.js";
import type { Queryable, Tx } from "../../db/client.js";
import { AppError, fieldError, forbidden, notFound } from "../../errors.js";
import { ensureDefaultCatalogue } from "../services/services.service.js";
import { addDays, dayNumber, localDateTime } from "./local-time.js";
import {
  type ComputedSession,
  computeSessions,
  fitsInSession,
  type OpeningRule,
  oneOffRule,
  openingRules,
  type ScheduleSnapshot,
  weeklyRule,
} from "./schedule.js";
import * as map from "./sites.mapper.js";
import {
  type FieldProblem,
  maySeeSite,
  outsideSessionProblem,
  overlapProblem,
  rangeProblem,
  seesEverySite,
  siteCapabilities,
  timesProblem,
  timeZoneProblem,
} from "./sites.policy.js";
import * as repo from "./sites.repository.js";

type Input<S extends z.ZodType> = z.output<S>;

function requirePermission(actor: Actor, permission: Permission) {
  if (!can(actor.role, permission)) throw forbidden();
}

/** Refuses with the first problem found; all of a check's problems are sent together. */
function refuse(problems: (FieldProblem | null)[]) {
  const found = problems.filter((p): p is FieldProblem => p !== null);
  const first = found[0];
  if (first) throw new AppError(first.code, first.message, found);
}

function uniqueViolation(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  if ((error as { code?: string }).code === "23505") return true;
  return "cause" in error && uniqueViolation((error as { cause: unknown }).cause);
}

const todayAt = (ctx: AppContext, timeZone: string) => localDateTime(ctx.clock.now(), timeZone).date;

// Sites

async function readableSite(db: Queryable, actor: Actor, siteId: string) {
  // A site the staff member does not work at answers as if it did not exist.
  if (!maySeeSite(actor, siteId)) throw notFound();
  const row = await repo.findSite(db, siteId);
  if (!row) throw notFound();
  return row;
}

export async function listSites(ctx: AppContext, actor: Actor, query: { limit: number; cursor?: string }) {
  requirePermission(actor, "site.read");
  const rows = await repo.listSitesPage(ctx.db, {
    limit: query.limit,
    afterSlug: query.cursor,
    memberOf: seesEverySite(actor) ? undefined : actor.accountId,
  });
  const page = rows.slice(0, query.limit);
  const can = siteCapabilities(actor);
  return {
    items: page.map((row) => map.toSite(row, can)),
    nextCursor: rows.length > query.limit ? (page.at(-1)?.slug ?? null) : null,
  };
}

export async function getSite(ctx: AppContext, actor: Actor, siteId: string): Promise<Site> {
  requirePermission(actor, "site.read");
  return map.toSite(await readableSite(ctx.db, actor, siteId), siteCapabilities(actor));
}

const slugTaken = () => fieldError("slug", "SLUG_TAKEN", "Another site already uses this address.");

export async function createSite(ctx: AppContext, actor: Actor, input: CreateSiteBody): Promise<Site> {
  requirePermission(actor, "site.manage");
  refuse([timeZoneProblem(input.timeZone)]);
  try {
    return await ctx.db.transaction(async (tx) => {
      if (await repo.findSiteBySlug(tx, input.slug)) throw slugTaken();
      const now = ctx.clock.now();
      const row = await repo.insertSite(tx, { ...input, createdAt: now, updatedAt: now });
      // A new site starts with the default services and supplies, which managers then adapt.
      await ensureDefaultCatalogue(tx, row.id);
      await audit(tx, ctx, actor, "SITE_CREATED", row.id, "site", row.id);
      return map.toSite(row, siteCapabilities(actor));
    });
  } catch (error) {
    if (uniqueViolation(error)) throw slugTaken();
    throw error;
  }
}

export async function updateSite(
  ctx: AppContext,
  actor: Actor,
  siteId: string,
  input: UpdateSiteBody,
): Promise<Site> {
  requirePermission(actor, "site.manage");
  refuse([timeZoneProblem(input.timeZone)]);
  try {
    return await ctx.db.transaction(async (tx) => {
      const row = await lockedSite(tx, actor, siteId);
      if (input.slug && input.slug !== row.slug && (await repo.findSiteBySlug(tx, input.slug)))
        throw slugTaken();
      const now = ctx.clock.now();
      const updated = await repo.updateSiteRow(tx, siteId, { ...definedOnly(input), updatedAt: now });
      await audit(tx, ctx, actor, "SITE_UPDATED", siteId, "site", siteId);
      return map.toSite(updated ?? row, siteCapabilities(actor));
    });
  } catch (error) {
    if (uniqueViolation(error)) throw slugTaken();
    throw error;
  }
}

function definedOnly<T extends object>(input: T): Partial<T> {
  return Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function audit(
  tx: Tx,
  ctx: AppContext,
  actor: Actor,
  event: AuditEvent,
  siteId: string,
  entityType: string,
  entityId: string,
) {
  return recordAudit(tx, {
    event,
    occurredAt: ctx.clock.now(),
    actorAccountId: actor.accountId,
    organisationId: actor.organisationId,
    siteId,
    entityType,
    entityId,
    address: actor.address,
  });
}

/** The site's row, locked for this transaction, so changes to one site's week are checked one at a time. */
async function lockedSite(tx: Tx, actor: Actor, siteId: string) {
  if (!maySeeSite(actor, siteId)) throw notFound();
  const row = await repo.lockSite(tx, siteId);
  if (!row) throw notFound();
  return row;
}

// The week, read

/** The site's schedule with the dated entries that touch [from, to] (either end open). */
async function loadSchedule(
  db: Queryable,
  site: repo.SiteRow,
  range: { from?: string; to?: string },
): Promise<ScheduleSnapshot> {
  // One after another: inside a transaction they share one connection.
  return {
    timeZone: site.timeZone,
    weeklyOpenings: (await repo.listWeeklyOpenings(db, site.id)).map(map.weeklyInput),
    oneOffOpenings: (await repo.listOneOffOpenings(db, site.id, range)).map(map.oneOffInput),
    closures: (await repo.listClosures(db, site.id, range)).map(map.closureInput),
    pilotPeriods: (await repo.listPilotPeriods(db, site.id)).map(map.pilotInput),
    activities: (await repo.listActivities(db, site.id, range)).map(map.activityInput),
  };
}

export async function getWeek(
  ctx: AppContext,
  actor: Actor,
  siteId: string,
  query: { since?: string },
): Promise<Week> {
  requirePermission(actor, "site.read");
  const site = await readableSite(ctx.db, actor, siteId);
  const today = todayAt(ctx, site.timeZone);
  // Dated entries of the last month stay in view, so a just-passed closure can still be checked.
  const since = query.since ?? addDays(today, -31);
  const schedule = await loadSchedule(ctx.db, site, { from: since });
  return {
    site: map.toSite(site, siteCapabilities(actor)),
    today,
    since,
    weeklyOpenings: schedule.weeklyOpenings.map(map.toWeeklyOpening),
    oneOffOpenings: schedule.oneOffOpenings.map(map.toOneOffOpening),
    closures: schedule.closures.map(map.toClosure),
    pilotPeriods: schedule.pilotPeriods.map(map.toPilotPeriod),
    activities: schedule.activities.map(map.toActivity),
  };
}

/** Checks a requested range of evenings: in order, and not longer than one request computes. */
export function assertSessionRange(range: { from: string; to: string }) {
  refuse([rangeProblem(range.from, range.to, "to")]);
  if (dayNumber(range.to) - dayNumber(range.from) + 1 > SESSION_RANGE_MAX_DAYS) {
    throw fieldError("to", "VALIDATION_FAILED", `Ask for at most ${SESSION_RANGE_MAX_DAYS} days at a time.`);
  }
}

/** For the roster: the concrete sessions of a site the actor may see, closures applied. */
export async function sessionsOfSite(
  ctx: AppContext,
  actor: Actor,
  siteId: string,
  range: { from: string; to: string },
): Promise<{ site: Site; sessions: ComputedSession[] }> {
  requirePermission(actor, "site.read");
  assertSessionRange(range);
  const row = await readableSite(ctx.db, actor, siteId);
  const schedule = await loadSchedule(ctx.db, row, range);
  return { site: map.toSite(row, siteCapabilities(actor)), sessions: computeSessions(schedule, range) };
}

/**
 * For the roster: sessions of sites the caller already decided the actor may see through their own
 * shifts (a staff member's shifts are theirs, whatever sites they still belong to).
 */
export async function sessionsOfSites(
  ctx: AppContext,
  siteIds: string[],
  range: { from: string; to: string },
) {
  assertSessionRange(range);
  const result: { site: { id: string; name: string }; sessions: ComputedSession[] }[] = [];
  for (const siteId of siteIds) {
    const row = await repo.findSite(ctx.db, siteId);
    if (!row) continue;
    const schedule = await loadSchedule(ctx.db, row, range);
    result.push({ site: { id: row.id, name: row.name }, sessions: computeSessions(schedule, range) });
  }
  return result;
}

/** For the roster: a weekly opening of this site, or undefined. */
export async function findWeeklyOpening(db: Queryable, siteId: string, id: string) {
  const row = await repo.findWeeklyOpening(db, siteId, id);
  return row ? map.weeklyInput(row) : undefined;
}

/** For the roster: the session of a site's evening that starts at a time, closures ignored. */
export async function findSession(db: Queryable, siteId: string, date: string, startsAt: string) {
  const site = await repo.findSite(db, siteId);
  if (!site) return undefined;
  const schedule = await loadSchedule(db, site, { from: date, to: date });
  return computeSessions(schedule, { from: date, to: date }).find((s) => s.startsAt === startsAt);
}

// The week, changed. Each change is written, then the site's stored schedule is checked again
// inside the same transaction; a refusal rolls the change back, so nothing saved before changes.

/** Every opening rule that could meet a session on dates [from, to]. */
async function rulesAround(tx: Tx, siteId: string, from: string, to: string | null): Promise<OpeningRule[]> {
  const around = { from: addDays(from, -1), to: to === null ? undefined : addDays(to, 1) };
  return openingRules({
    weeklyOpenings: (await repo.listWeeklyOpenings(tx, siteId)).map(map.weeklyInput),
    oneOffOpenings: (await repo.listOneOffOpenings(tx, siteId, around)).map(map.oneOffInput),
    pilotPeriods: (await repo.listPilotPeriods(tx, siteId)).map(map.pilotInput),
  });
}

async function assertNoOverlap(tx: Tx, siteId: string, candidate: OpeningRule) {
  refuse([overlapProblem(candidate, await rulesAround(tx, siteId, candidate.from, candidate.to))]);
}

async function assertPilot(tx: Tx, siteId: string, pilotPeriodId: string | null, onDate?: string) {
  if (pilotPeriodId === null) return null;
  const pilot = await repo.findPilotPeriod(tx, siteId, pilotPeriodId);
  if (!pilot) throw fieldError("pilotPeriodId", "VALIDATION_FAILED", "Choose a pilot period of this site.");
  if (onDate && (onDate < pilot.startsOn || onDate > pilot.endsOn)) {
    throw fieldError(
      "onDate",
      "VALIDATION_FAILED",
      `The date must lie within the pilot period (${pilot.startsOn} to ${pilot.endsOn}).`,
    );
  }
  return map.pilotInput(pilot);
}

/** A weekly opening's activities must still fit inside it after a change of its times. */
async function assertActivitiesFit(tx: Tx, opening: { id: string; startsAt: string; endsAt: string }) {
  for (const row of await repo.listActivitiesOfOpening(tx, opening.id)) {
    const activity = map.activityInput(row);
    if (!fitsInSession(opening, activity)) {
      throw fieldError(
        "endsAt",
        "OUTSIDE_SESSION",
        `An activity (${activity.startsAt}–${activity.endsAt}) would lie outside the opening; change or remove it first.`,
      );
    }
  }
}

type Ok = { ok: true };
const OK: Ok = { ok: true };

export async function createWeeklyOpening(
  ctx: AppContext,
  actor: Actor,
  siteId: string,
  input: WeeklyOpeningBody,
) {
  requirePermission(actor, "schedule.manage");
  refuse([timesProblem(input), rangeProblem(input.validFrom, input.validTo, "validTo")]);
  return ctx.db.transaction(async (tx) => {
    await lockedSite(tx, actor, siteId);
    const pilot = await assertPilot(tx, siteId, input.pilotPeriodId);
    const now = ctx.clock.now();
    const row = await repo.insertWeeklyOpening(tx, { siteId, ...input, createdAt: now, updatedAt: now });
    const opening = map.weeklyInput(row);
    await assertNoOverlap(tx, siteId, weeklyRule(opening, pilot ? [pilot] : []));
    await audit(tx, ctx, actor, "WEEKLY_OPENING_CREATED", siteId, "weekly_opening", row.id);
    return map.toWeeklyOpening(opening);
  });
}

export async function updateWeeklyOpening(
  ctx: AppContext,
  actor: Actor,
  params: { siteId: string; id: string },
  input: Input<typeof UpdateWeeklyOpeningBodySchema>,
) {
  requirePermission(actor, "schedule.manage");
  return ctx.db.transaction(async (tx) => {
    await lockedSite(tx, actor, params.siteId);
    const existing = await repo.findWeeklyOpening(tx, params.siteId, params.id);
    if (!existing) throw notFound();
    const next = { ...map.weeklyInput(existing), ...definedOnly(input) };
    refuse([timesProblem(next), rangeProblem(next.validFrom, next.validTo, "validTo")]);
    const pilot = await assertPilot(tx, params.siteId, next.pilotPeriodId);
    const row = await repo.updateWeeklyOpeningRow(tx, params.id, {
      ...definedOnly(input),
      updatedAt: ctx.clock.now(),
    });
    const opening = map.weeklyInput(row);
    await assertNoOverlap(tx, params.siteId, weeklyRule(opening, pilot ? [pilot] : []));
    await assertActivitiesFit(tx, opening);
    await audit(tx, ctx, actor, "WEEKLY_OPENING_UPDATED", params.siteId, "weekly_opening", params.id);
    return map.toWeeklyOpening(opening);
  });
}

export async function deleteWeeklyOpening(
  ctx: AppContext,
  actor: Actor,
  params: { siteId: string; id: string },
): Promise<Ok> {
  requirePermission(actor, "schedule.manage");
  return ctx.db.transaction(async (tx) => {
    await lockedSite(tx, actor, params.siteId);
    if (!(await repo.findWeeklyOpening(tx, params.siteId, params.id))) throw notFound();
    // Its weekly activities and weekly duty assignments go with it (foreign keys cascade).
    await repo.deleteWeeklyOpening(tx, params.id);
    await audit(tx, ctx, actor, "WEEKLY_OPENING_DELETED", params.siteId, "weekly_opening", params.id);
    return OK;
  });
}

export async function createOneOffOpening(
  ctx: AppContext,
  actor: Actor,
  siteId: string,
  input: OneOffOpeningBody,
) {
  requirePermission(actor, "schedule.manage");
  refuse([timesProblem(input)]);
  return ctx.db.transaction(async (tx) => {
    await lockedSite(tx, actor, siteId);
    await assertPilot(tx, siteId, input.pilotPeriodId, input.onDate);
    const now = ctx.clock.now();
    const row = await repo.insertOneOffOpening(tx, { siteId, ...input, createdAt: now, updatedAt: now });
    const opening = map.oneOffInput(row);
    await assertNoOverlap(tx, siteId, oneOffRule(opening));
    await audit(tx, ctx, actor, "ONE_OFF_OPENING_CREATED", siteId, "one_off_opening", row.id);
    return map.toOneOffOpening(opening);
  });
}

export async function updateOneOffOpening(
  ctx: AppContext,
  actor: Actor,
  params: { siteId: string; id: string },
  input: Input<typeof UpdateOneOffOpeningBodySchema>,
) {
  requirePermission(actor, "schedule.manage");
  return ctx.db.transaction(async (tx) => {
    await lockedSite(tx, actor, params.siteId);
    const existing = await repo.findOneOffOpening(tx, params.siteId, params.id);
    if (!existing) throw notFound();
    const next = { ...map.oneOffInput(existing), ...definedOnly(input) };
    refuse([timesProblem(next)]);
    await assertPilot(tx, params.siteId, next.pilotPeriodId, next.onDate);
    const row = await repo.updateOneOffOpeningRow(tx, params.id, {
      ...definedOnly(input),
      updatedAt: ctx.clock.now(),
    });
    const opening = map.oneOffInput(row);
    await assertNoOverlap(tx, params.siteId, oneOffRule(opening));
    await audit(tx, ctx, actor, "ONE_OFF_OPENING_UPDATED", params.siteId, "one_off_opening", params.id);
    return map.toOneOffOpening(opening);
  });
}

export async function deleteOneOffOpening(
  ctx: AppContext,
  actor: Actor,
  params: { siteId: string; id: string },
): Promise<Ok> {
  requirePermission(actor, "schedule.manage");
  return ctx.db.transaction(async (tx) => {
    await lockedSite(tx, actor, params.siteId);
    if (!(await repo.findOneOffOpening(tx, params.siteId, params.id))) throw notFound();
    await repo.deleteOneOffOpening(tx, params.id);
    await audit(tx, ctx, actor, "ONE_OFF_OPENING_DELETED", params.siteId, "one_off_opening", params.id);
    return OK;
  });
}

export async function createClosure(ctx: AppContext, actor: Actor, siteId: string, input: ClosureBody) {
  requirePermission(actor, "schedule.manage");
  refuse([rangeProblem(input.startsOn, input.endsOn, "endsOn")]);
  return ctx.db.transaction(async (tx) => {
    await lockedSite(tx, actor, siteId);
    const now = ctx.clock.now();
    const row = await repo.insertClosure(tx, { siteId, ...input, createdAt: now, updatedAt: now });
    await audit(tx, ctx, actor, "CLOSURE_CREATED", siteId, "closure", row.id);
    return map.toClosure(map.closureInput(row));
  });
}

export async function updateClosure(
  ctx: AppContext,
  actor: Actor,
  params: { siteId: string; id: string },
  input: Input<typeof UpdateClosureBodySchema>,
) {
  requirePermission(actor, "schedule.manage");
  return ctx.db.transaction(async (tx) => {
    await lockedSite(tx, actor, params.siteId);
    const existing = await repo.findClosure(tx, params.siteId, params.id);
    if (!existing) throw notFound();
    const next = { ...map.closureInput(existing), ...definedOnly(input) };
    refuse([rangeProblem(next.startsOn, next.endsOn, "endsOn")]);
    const row = await repo.updateClosureRow(tx, params.id, {
      ...definedOnly(input),
      updatedAt: ctx.clock.now(),
    });
    await audit(tx, ctx, actor, "CLOSURE_UPDATED", params.siteId, "closure", params.id);
    return map.toClosure(map.closureInput(row));
  });
}

export async function deleteClosure(
  ctx: AppContext,
  actor: Actor,
  params: { siteId: string; id: string },
): Promise<Ok> {
  requirePermission(actor, "schedule.manage");
  return ctx.db.transaction(async (tx) => {
    await lockedSite(tx, actor, params.siteId);
    if (!(await repo.findClosure(tx, params.siteId, params.id))) throw notFound();
    await repo.deleteClosure(tx, params.id);
    await audit(tx, ctx, actor, "CLOSURE_DELETED", params.siteId, "closure", params.id);
    return OK;
  });
}

export async function createPilotPeriod(
  ctx: AppContext,
  actor: Actor,
  siteId: string,
  input: PilotPeriodBody,
) {
  requirePermission(actor, "schedule.manage");
  refuse([rangeProblem(input.startsOn, input.endsOn, "endsOn")]);
  return ctx.db.transaction(async (tx) => {
    await lockedSite(tx, actor, siteId);
    const now = ctx.clock.now();
    const row = await repo.insertPilotPeriod(tx, { siteId, ...input, createdAt: now, updatedAt: now });
    await audit(tx, ctx, actor, "PILOT_PERIOD_CREATED", siteId, "pilot_period", row.id);
    return map.toPilotPeriod(map.pilotInput(row));
  });
}

/**
 * New dates for a pilot move its weekly openings with it, so they are checked for overlaps again;
 * its one-off openings must stay inside it.
 */
export async function updatePilotPeriod(
  ctx: AppContext,
  actor: Actor,
  params: { siteId: string; id: string },
  input: Input<typeof UpdatePilotPeriodBodySchema>,
) {
  requirePermission(actor, "schedule.manage");
  return ctx.db.transaction(async (tx) => {
    await lockedSite(tx, actor, params.siteId);
    const existing = await repo.findPilotPeriod(tx, params.siteId, params.id);
    if (!existing) throw notFound();
    const next = { ...map.pilotInput(existing), ...definedOnly(input) };
    refuse([rangeProblem(next.startsOn, next.endsOn, "endsOn")]);
    const row = await repo.updatePilotPeriodRow(tx, params.id, {
      ...definedOnly(input),
      updatedAt: ctx.clock.now(),
    });
    const pilot = map.pilotInput(row);
    const linked = await repo.listOpeningsOfPilot(tx, params.siteId, params.id);
    for (const opening of linked.oneOff) {
      if (opening.onDate < pilot.startsOn || opening.onDate > pilot.endsOn) {
        const path = opening.onDate < pilot.startsOn ? "startsOn" : "endsOn";
        throw fieldError(
          path,
          "VALIDATION_FAILED",
          `A one-off opening of this pilot (${opening.onDate}) would lie outside it.`,
        );
      }
    }
    for (const opening of linked.weekly) {
      const rule = weeklyRule(map.weeklyInput(opening), [pilot]);
      const problem = overlapProblem(rule, await rulesAround(tx, params.siteId, rule.from, rule.to));
      if (problem) refuse([{ ...problem, path: "endsOn" }]);
    }
    await audit(tx, ctx, actor, "PILOT_PERIOD_UPDATED", params.siteId, "pilot_period", params.id);
    return map.toPilotPeriod(pilot);
  });
}

export async function deletePilotPeriod(
  ctx: AppContext,
  actor: Actor,
  params: { siteId: string; id: string },
): Promise<Ok> {
  requirePermission(actor, "schedule.manage");
  return ctx.db.transaction(async (tx) => {
    await lockedSite(tx, actor, params.siteId);
    if (!(await repo.findPilotPeriod(tx, params.siteId, params.id))) throw notFound();
    // Without its pilot a pilot's weekly opening would run on without end: refuse instead.
    const linked = await repo.listOpeningsOfPilot(tx, params.siteId, params.id);
    if (linked.weekly.length + linked.oneOff.length > 0) {
      throw new AppError(
        "CONFLICT",
        "Openings belong to this pilot period. Remove them or move them out of it first.",
      );
    }
    await repo.deletePilotPeriod(tx, params.id);
    await audit(tx, ctx, actor, "PILOT_PERIOD_DELETED", params.siteId, "pilot_period", params.id);
    return OK;
  });
}

type ActivityFields = Omit<ActivityBody, "kind" | "title"> & { startsAt: string; endsAt: string };

/** An activity recurs in a weekly opening or happens on one date, and lies within its session. */
async function assertActivityPlace(tx: Tx, siteId: string, activity: ActivityFields) {
  if ((activity.weeklyOpeningId === null) === (activity.onDate === null)) {
    throw fieldError(
      "weeklyOpeningId",
      "VALIDATION_FAILED",
      "Choose a weekly opening, or a date for a one-time activity.",
    );
  }
  refuse([timesProblem(activity)]);
  if (activity.weeklyOpeningId !== null) {
    refuse([rangeProblem(activity.validFrom, activity.validTo, "validTo")]);
    const opening = await repo.findWeeklyOpening(tx, siteId, activity.weeklyOpeningId);
    if (!opening)
      throw fieldError("weeklyOpeningId", "VALIDATION_FAILED", "Choose a weekly opening of this site.");
    refuse([outsideSessionProblem(map.weeklyInput(opening), activity)]);
    return;
  }
  if (activity.validFrom !== null || activity.validTo !== null) {
    throw fieldError("validFrom", "VALIDATION_FAILED", "Valid from and to are for weekly activities only.");
  }
  const date = activity.onDate as string;
  const site = (await repo.findSite(tx, siteId)) as repo.SiteRow;
  const sessions = computeSessions(await loadSchedule(tx, site, { from: date, to: date }), {
    from: date,
    to: date,
  });
  if (sessions.length === 0)
    throw fieldError("onDate", "OUTSIDE_SESSION", "The site has no session on this date.");
  if (!sessions.some((s) => fitsInSession(s, activity))) {
    const times = sessions.map((s) => `${s.startsAt}–${s.endsAt}`).join(", ");
    throw fieldError(
      "startsAt",
      "OUTSIDE_SESSION",
      `The activity must lie within a session of that date (${times}).`,
    );
  }
}

export async function createActivity(ctx: AppContext, actor: Actor, siteId: string, input: ActivityBody) {
  requirePermission(actor, "schedule.manage");
  return ctx.db.transaction(async (tx) => {
    await lockedSite(tx, actor, siteId);
    await assertActivityPlace(tx, siteId, input);
    const now = ctx.clock.now();
    const row = await repo.insertActivity(tx, { siteId, ...input, createdAt: now, updatedAt: now });
    await audit(tx, ctx, actor, "ACTIVITY_CREATED", siteId, "activity", row.id);
    return map.toActivity(map.activityInput(row));
  });
}

export async function updateActivity(
  ctx: AppContext,
  actor: Actor,
  params: { siteId: string; id: string },
  input: Input<typeof UpdateActivityBodySchema>,
) {
  requirePermission(actor, "schedule.manage");
  return ctx.db.transaction(async (tx) => {
    await lockedSite(tx, actor, params.siteId);
    const existing = await repo.findActivity(tx, params.siteId, params.id);
    if (!existing) throw notFound();
    const next = { ...map.activityInput(existing), ...definedOnly(input) };
    await assertActivityPlace(tx, params.siteId, next);
    const row = await repo.updateActivityRow(tx, params.id, {
      ...definedOnly(input),
      updatedAt: ctx.clock.now(),
    });
    await audit(tx, ctx, actor, "ACTIVITY_UPDATED", params.siteId, "activity", params.id);
    return map.toActivity(map.activityInput(row));
  });
}

export async function deleteActivity(
  ctx: AppContext,
  actor: Actor,
  params: { siteId: string; id: string },
): Promise<Ok> {
  requirePermission(actor, "schedule.manage");
  return ctx.db.transaction(async (tx) => {
    await lockedSite(tx, actor, params.siteId);
    if (!(await repo.findActivity(tx, params.siteId, params.id))) throw notFound();
    await repo.deleteActivity(tx, params.id);
    await audit(tx, ctx, actor, "ACTIVITY_DELETED", params.siteId, "activity", params.id);
    return OK;
  });
}

// Public: no sign-in, no staff, no reasons

export async function listPublicSites(ctx: AppContext) {
  return { items: (await repo.listAllSites(ctx.db)).map(map.toPublicSite) };
}

/** How far ahead "the next session" is looked for when the coming week has none. */
const NEXT_SESSION_HORIZON_DAYS = 60;
const PUBLIC_WEEK_DAYS = 7;

export async function openingHours(ctx: AppContext, slug: string): Promise<PublicOpeningHours> {
  const site = await repo.findSiteBySlug(ctx.db, slug);
  if (!site) throw notFound();
  const now = ctx.clock.now();
  const today = todayAt(ctx, site.timeZone);
  const weekEnd = addDays(today, PUBLIC_WEEK_DAYS - 1);
  // From yesterday: last night's session may still be running after midnight.
  const range = { from: addDays(today, -1), to: addDays(today, NEXT_SESSION_HORIZON_DAYS) };
  const schedule = await loadSchedule(ctx.db, site, range);
  const open = computeSessions(schedule, range).filter((s) => s.closure === null);
  const running = open.find((s) => s.startsAtInstant <= now && now < s.endsAtInstant);
  const next = open.find((s) => s.startsAtInstant > now);
  const current = running ?? next;
  return {
    site: map.toPublicSite(site),
    openNow: running !== undefined,
    current: current ? map.toPublicSession(current) : null,
    week: open.filter((s) => s.date >= today && s.date <= weekEnd).map(map.toPublicSession),
    closures: schedule.closures
      .filter((c) => c.endsOn >= today && c.startsOn <= weekEnd)
      .map((c) => ({ startsOn: c.startsOn, endsOn: c.endsOn })),
  };
}
