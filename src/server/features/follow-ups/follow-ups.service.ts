import type { z } from "zod";
import type { AuditEvent } from "../../../common/audit-events.js";
import type {
  ColleagueListSchema,
  CompleteFollowUpBody,
  CreateFollowUpBodySchema,
  FollowUp,
  FollowUpList,
  FollowUpListQuerySchema,
  UpdateFollowUpBodySchema,
} from "../../../common/contracts/follow-ups.js";
import { can } from "../../../common/permissions.js";
import { recordAudit } from "../../audit/audit-log.js";
import type { Actor, AppContext } from "../../context.js";
import type { Queryable, Tx } from "../../db/client.js";
import { forbidden, notFound } from "../../errors.js";
import { localDateTime } from "../sites/local-time.js";
import { maySeeSite } from "../sites/sites.policy.js";
import * as visits from "../visits/visits.service.js";
import { accountIdsOf, toColleague, toComment, toFollowUp } from "./follow-ups.mapper.js";
import {
  alreadyOpen,
  countsAsSocialWorker,
  dropReasonRequired,
  dueDateProblem,
  notAnAccompaniment,
  notOpen,
  outcomeRequired,
  statusesOf,
  unknownAssignee,
} from "./follow-ups.policy.js";
import type { FollowUpRow, FollowUpValues } from "./follow-ups.repository.js";
import * as repo from "./follow-ups.repository.js";

type CreateInput = z.output<typeof CreateFollowUpBodySchema>;
type UpdateInput = z.output<typeof UpdateFollowUpBodySchema>;
type ListQuery = z.output<typeof FollowUpListQuerySchema>;

function requireWriter(actor: Actor) {
  if (!can(actor.role, "diary.write")) throw forbidden();
}

function audit(
  tx: Tx,
  ctx: AppContext,
  actor: Actor,
  event: AuditEvent,
  entity: { siteId: string; id: string; type?: string },
) {
  return recordAudit(tx, {
    event,
    occurredAt: ctx.clock.now(),
    actorAccountId: actor.accountId,
    organisationId: actor.organisationId,
    siteId: entity.siteId,
    entityType: entity.type ?? "follow_up",
    entityId: entity.id,
    address: actor.address,
  });
}

/** The site's local date now; a site the staff member does not work at answers like an unknown one. */
export async function siteToday(ctx: AppContext, actor: Actor, siteId: string): Promise<string> {
  if (!maySeeSite(actor, siteId)) throw notFound();
  const zone = await repo.siteTimeZone(ctx.db, siteId);
  if (!zone) throw notFound();
  return localDateTime(ctx.clock.now(), zone).date;
}

/** Names, codes and comment counts for a page of follow-ups, in three queries. */
async function present(db: Queryable, rows: FollowUpRow[], today: string): Promise<FollowUp[]> {
  const codeIds = rows.map((r) => r.visitorCodeId).filter((id): id is string => id !== null);
  const [names, codes, commentCounts] = await Promise.all([
    repo.displayNames(db, accountIdsOf(rows)),
    visits.codesOfIds(db, codeIds),
    repo.commentCounts(
      db,
      rows.map((r) => r.id),
    ),
  ]);
  return rows.map((row) => toFollowUp(row, { names, codes, commentCounts, today }));
}

/** One follow-up with its thread. */
async function presentOne(db: Queryable, row: FollowUpRow, today: string): Promise<FollowUp> {
  const comments = await repo.listComments(db, row.id);
  const [names, codes] = await Promise.all([
    repo.displayNames(db, [
      ...accountIdsOf([row]),
      ...comments.flatMap((c) => (c.authorId ? [c.authorId] : [])),
    ]),
    visits.codesOfIds(db, row.visitorCodeId ? [row.visitorCodeId] : []),
  ]);
  return toFollowUp(
    row,
    { names, codes, commentCounts: new Map([[row.id, comments.length]]), today },
    comments.map((c) => toComment(c, names)),
  );
}

/** A follow-up of a site the actor works at, or 404. */
async function readable(db: Queryable, actor: Actor, id: string) {
  const row = await repo.findFollowUp(db, id);
  if (!row || !maySeeSite(actor, row.siteId)) throw notFound();
  return row;
}

async function lockedReadable(tx: Tx, actor: Actor, id: string) {
  const row = await repo.lockFollowUp(tx, id);
  if (!row || !maySeeSite(actor, row.siteId)) throw notFound();
  return row;
}

async function todayOfSite(ctx: AppContext, siteId: string) {
  const zone = (await repo.siteTimeZone(ctx.db, siteId)) ?? "UTC";
  return localDateTime(ctx.clock.now(), zone).date;
}

/** The assignee's columns: a colleague of the site, or any social worker. */
async function assigneeValues(db: Queryable, siteId: string, assignee: CreateInput["assignee"]) {
  if (assignee.kind === "any_social_worker") return { assigneeId: null, anySocialWorker: true };
  const [colleague] = await repo.listColleagues(db, siteId, assignee.accountId);
  if (!colleague) throw unknownAssignee();
  return { assigneeId: colleague.accountId, anySocialWorker: false };
}

// Reading

export async function listFollowUps(
  ctx: AppContext,
  actor: Actor,
  siteId: string,
  query: ListQuery,
): Promise<FollowUpList> {
  requireWriter(actor);
  const today = await siteToday(ctx, actor, siteId);
  const rows = await repo.listFollowUps(ctx.db, {
    siteId,
    scope: query.scope,
    accountId: actor.accountId,
    includeAnySocialWorker: countsAsSocialWorker(actor),
    statuses: statusesOf(query.status),
    kind: query.kind,
    limit: query.limit,
  });
  const page = rows.slice(0, query.limit);
  return { items: await present(ctx.db, page, today), more: rows.length > query.limit };
}

/**
 * Open follow-ups due today or before that are mine (and "any social worker"'s if I am one), oldest
 * due first: the handover's list.
 */
export async function dueFollowUpsOf(
  db: Queryable,
  actor: Actor,
  siteId: string,
  today: string,
  limit: number,
): Promise<FollowUp[]> {
  const rows = await repo.listFollowUps(db, {
    siteId,
    scope: "mine",
    accountId: actor.accountId,
    includeAnySocialWorker: countsAsSocialWorker(actor),
    statuses: ["open"],
    dueBy: today,
    limit,
  });
  return present(db, rows.slice(0, limit), today);
}

export async function getFollowUp(ctx: AppContext, actor: Actor, id: string): Promise<FollowUp> {
  requireWriter(actor);
  const row = await readable(ctx.db, actor, id);
  return presentOne(ctx.db, row, await todayOfSite(ctx, row.siteId));
}

export async function colleagues(
  ctx: AppContext,
  actor: Actor,
  siteId: string,
): Promise<z.input<typeof ColleagueListSchema>> {
  requireWriter(actor);
  await siteToday(ctx, actor, siteId);
  return { items: (await repo.listColleagues(ctx.db, siteId)).map(toColleague) };
}

// Writing

export async function createFollowUp(ctx: AppContext, actor: Actor, input: CreateInput): Promise<FollowUp> {
  requireWriter(actor);
  const today = await siteToday(ctx, actor, input.siteId);
  const tooFar = dueDateProblem(input.dueOn, today);
  if (tooFar) throw tooFar;
  const now = ctx.clock.now();
  const row = await ctx.db.transaction(async (tx) => {
    const assignee = await assigneeValues(tx, input.siteId, input.assignee);
    const code = input.visitorCode
      ? await visits.resolveTypedCode(tx, "visitorCode", input.visitorCode)
      : null;
    const created = await repo.insertFollowUp(tx, {
      siteId: input.siteId,
      kind: input.accompaniment ? "accompaniment" : "task",
      title: input.title,
      body: input.body,
      ...assignee,
      dueOn: input.dueOn,
      visitorCodeId: code?.id ?? null,
      ...(input.accompaniment
        ? {
            appointmentAt: new Date(input.accompaniment.appointmentAt),
            place: input.accompaniment.place,
            languageNeeded: input.accompaniment.languageNeeded,
          }
        : {}),
      createdBy: actor.accountId,
      createdAt: now,
      updatedAt: now,
    });
    if (code)
      await visits.raiseFlag(tx, code.id, "talk_to_colleague", "follow_up", created.id, actor.accountId, now);
    await audit(tx, ctx, actor, "FOLLOW_UP_CREATED", { siteId: created.siteId, id: created.id });
    return created;
  });
  return presentOne(ctx.db, row, today);
}

export async function updateFollowUp(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: UpdateInput,
): Promise<FollowUp> {
  requireWriter(actor);
  const now = ctx.clock.now();
  const row = await ctx.db.transaction(async (tx) => {
    const current = await lockedReadable(tx, actor, id);
    if (current.status !== "open") throw notOpen();
    const values: Partial<FollowUpValues> = { updatedAt: now };
    if (input.title !== undefined) values.title = input.title;
    if (input.body !== undefined) values.body = input.body;
    if (input.dueOn !== undefined) {
      const tooFar = dueDateProblem(input.dueOn, await todayOfSite(ctx, current.siteId));
      if (tooFar) throw tooFar;
      values.dueOn = input.dueOn;
    }
    if (input.assignee !== undefined)
      Object.assign(values, await assigneeValues(tx, current.siteId, input.assignee));
    if (input.accompaniment !== undefined) {
      if (current.kind !== "accompaniment") throw notAnAccompaniment();
      const a = input.accompaniment;
      if (a.appointmentAt !== undefined) values.appointmentAt = new Date(a.appointmentAt);
      if (a.place !== undefined) values.place = a.place;
      if (a.languageNeeded !== undefined) values.languageNeeded = a.languageNeeded;
    }
    if (input.visitorCode !== undefined) {
      const code =
        input.visitorCode === null
          ? null
          : await visits.resolveTypedCode(tx, "visitorCode", input.visitorCode);
      if ((code?.id ?? null) !== current.visitorCodeId) {
        await visits.clearFlagsOf(tx, "follow_up", current.id, actor.accountId, now);
        if (code)
          await visits.raiseFlag(
            tx,
            code.id,
            "talk_to_colleague",
            "follow_up",
            current.id,
            actor.accountId,
            now,
          );
        values.visitorCodeId = code?.id ?? null;
      }
    }
    const updated = await repo.updateFollowUp(tx, id, values);
    await audit(tx, ctx, actor, "FOLLOW_UP_UPDATED", { siteId: updated.siteId, id });
    return updated;
  });
  return presentOne(ctx.db, row, await todayOfSite(ctx, row.siteId));
}

/** Done: the door's flag is cleared. An accompaniment needs its outcome; a task's note joins the thread. */
export async function completeFollowUp(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: CompleteFollowUpBody,
): Promise<FollowUp> {
  requireWriter(actor);
  const now = ctx.clock.now();
  const outcome = input.outcome?.trim() ?? "";
  const row = await ctx.db.transaction(async (tx) => {
    const current = await lockedReadable(tx, actor, id);
    if (current.status !== "open") throw notOpen();
    if (current.kind === "accompaniment" && outcome === "") throw outcomeRequired();
    const updated = await repo.updateFollowUp(tx, id, {
      status: "done",
      closedAt: now,
      closedBy: actor.accountId,
      updatedAt: now,
      ...(current.kind === "accompaniment" ? { outcome } : {}),
    });
    if (current.kind === "task" && outcome !== "") {
      await repo.insertComment(tx, {
        followUpId: id,
        authorId: actor.accountId,
        body: outcome,
        createdAt: now,
      });
    }
    await visits.clearFlagsOf(tx, "follow_up", id, actor.accountId, now);
    await audit(tx, ctx, actor, "FOLLOW_UP_COMPLETED", { siteId: updated.siteId, id });
    return updated;
  });
  return presentOne(ctx.db, row, await todayOfSite(ctx, row.siteId));
}

/** Dropped, with the reason why: the door's flag is cleared. */
export async function dropFollowUp(
  ctx: AppContext,
  actor: Actor,
  id: string,
  reason: string,
): Promise<FollowUp> {
  requireWriter(actor);
  const why = reason.trim();
  if (why === "") throw dropReasonRequired();
  const now = ctx.clock.now();
  const row = await ctx.db.transaction(async (tx) => {
    const current = await lockedReadable(tx, actor, id);
    if (current.status !== "open") throw notOpen();
    const updated = await repo.updateFollowUp(tx, id, {
      status: "dropped",
      dropReason: why,
      closedAt: now,
      closedBy: actor.accountId,
      updatedAt: now,
    });
    await visits.clearFlagsOf(tx, "follow_up", id, actor.accountId, now);
    await audit(tx, ctx, actor, "FOLLOW_UP_DROPPED", { siteId: updated.siteId, id });
    return updated;
  });
  return presentOne(ctx.db, row, await todayOfSite(ctx, row.siteId));
}

/** Closed by mistake: open again, and tied to a code the door's flag is raised again. */
export async function reopenFollowUp(ctx: AppContext, actor: Actor, id: string): Promise<FollowUp> {
  requireWriter(actor);
  const now = ctx.clock.now();
  const row = await ctx.db.transaction(async (tx) => {
    const current = await lockedReadable(tx, actor, id);
    if (current.status === "open") throw alreadyOpen();
    const updated = await repo.updateFollowUp(tx, id, {
      status: "open",
      dropReason: null,
      closedAt: null,
      closedBy: null,
      updatedAt: now,
    });
    if (updated.visitorCodeId) {
      await visits.raiseFlag(
        tx,
        updated.visitorCodeId,
        "talk_to_colleague",
        "follow_up",
        id,
        actor.accountId,
        now,
      );
    }
    await audit(tx, ctx, actor, "FOLLOW_UP_REOPENED", { siteId: updated.siteId, id });
    return updated;
  });
  return presentOne(ctx.db, row, await todayOfSite(ctx, row.siteId));
}

export async function addComment(ctx: AppContext, actor: Actor, id: string, body: string): Promise<FollowUp> {
  requireWriter(actor);
  const now = ctx.clock.now();
  const row = await ctx.db.transaction(async (tx) => {
    const current = await lockedReadable(tx, actor, id);
    const comment = await repo.insertComment(tx, {
      followUpId: id,
      authorId: actor.accountId,
      body,
      createdAt: now,
    });
    await repo.updateFollowUp(tx, id, { updatedAt: now });
    await audit(tx, ctx, actor, "FOLLOW_UP_COMMENTED", {
      siteId: current.siteId,
      id: comment.id,
      type: "follow_up_comment",
    });
    return current;
  });
  return presentOne(ctx.db, row, await todayOfSite(ctx, row.siteId));
}

// For the clinic

export interface AccompanimentInput {
  siteId: string;
  visitorCodeId: string | null;
  appointmentAt: Date;
  place: string;
  /** ISO 639 code, or null when no interpreter is needed. */
  languageNeeded: string | null;
  sourceReferralId: string;
  createdBy: string;
  /** When it happened; the database's clock when not given. */
  at?: Date;
}

/**
 * A social worker to go with her to the appointment a clinic referral made: assigned to any social
 * worker, due on the appointment's local date, titled by its place; no medical detail is written
 * here. Tied to her code it raises the door's flag. Runs in the caller's transaction, with its own
 * audit event (FOLLOW_UP_CREATED, actor `createdBy`); the caller audits the referral.
 */
export async function createAccompaniment(tx: Tx, input: AccompanimentInput): Promise<{ id: string }> {
  const at = input.at ?? (await repo.databaseNow(tx));
  const zone = (await repo.siteTimeZone(tx, input.siteId)) ?? "UTC";
  const row = await repo.insertFollowUp(tx, {
    siteId: input.siteId,
    kind: "accompaniment",
    title: input.place,
    body: "",
    assigneeId: null,
    anySocialWorker: true,
    dueOn: localDateTime(input.appointmentAt, zone).date,
    visitorCodeId: input.visitorCodeId,
    appointmentAt: input.appointmentAt,
    place: input.place,
    languageNeeded: input.languageNeeded,
    sourceReferralId: input.sourceReferralId,
    createdBy: input.createdBy,
    createdAt: at,
    updatedAt: at,
  });
  if (input.visitorCodeId) {
    await visits.raiseFlag(
      tx,
      input.visitorCodeId,
      "talk_to_colleague",
      "follow_up",
      row.id,
      input.createdBy,
      at,
    );
  }
  await recordAudit(tx, {
    event: "FOLLOW_UP_CREATED",
    occurredAt: at,
    actorAccountId: input.createdBy,
    siteId: input.siteId,
    entityType: "follow_up",
    entityId: row.id,
  });
  return { id: row.id };
}

/** The accompaniment each of these referrals asked for (the latest, when there are several). */
export async function accompanimentsOfReferrals(
  db: Queryable,
  referralIds: readonly string[],
): Promise<Map<string, { followUpId: string; status: "open" | "done" | "dropped"; outcome: string | null }>> {
  const result = new Map<
    string,
    { followUpId: string; status: "open" | "done" | "dropped"; outcome: string | null }
  >();
  if (referralIds.length === 0) return result;
  for (const row of await repo.accompanimentsOfReferrals(db, referralIds)) {
    if (row.sourceReferralId === null) continue;
    result.set(row.sourceReferralId, { followUpId: row.id, status: row.status, outcome: row.outcome });
  }
  return result;
}

// For messages and the handover

/** Active staff of a site who write the diary (its workers and the managers), by name. */
export const colleaguesOfSite = (db: Queryable, siteId: string, onlyAccountId?: string) =>
  repo.listColleagues(db, siteId, onlyAccountId);

/** Display names of these accounts; removed ones are missing. */
export const displayNamesOf = (db: Queryable, ids: readonly string[]) => repo.displayNames(db, ids);
