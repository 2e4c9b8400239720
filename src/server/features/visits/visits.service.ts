import type { z } from "zod";
import type { AuditEvent } from "../../../common/audit-events.js";
import type {
  CheckInBodySchema,
  DoorSession,
  FlagKind,
  IssueCodeBodySchema,
  Tonight,
  UpdateCodeBodySchema,
  Visit,
  VisitorProfile,
} from "../../../common/contracts/visits.js";
import { isCountryCode } from "../../../common/countries.js";
import { can, type Permission } from "../../../common/permissions.js";
import { normaliseVisitorCode, visitorCodeFrom } from "../../../common/visitor-code.js";
import { recordAudit } from "../../audit/audit-log.js";
import type { Actor, AppContext } from "../../context.js";
import type { Queryable, Tx } from "../../db/client.js";
import type { visitorCodes } from "../../db/schema/index.js";
import { AppError, fieldError, forbidden, notFound } from "../../errors.js";
import { requireValidIdempotencyKey } from "../../idempotency.js";
import { requireFreshSecondFactor } from "../accounts/accounts.service.js";
import * as clinic from "../clinic/clinic.service.js";
import * as roster from "../roster/roster.service.js";
import * as services from "../services/services.service.js";
import { addDays, localDateTime } from "../sites/local-time.js";
import type { ComputedSession } from "../sites/schedule.js";
import { maySeeSite } from "../sites/sites.policy.js";
import * as sites from "../sites/sites.service.js";
import {
  candidateOfRow,
  NO_USAGE,
  type ProfileParts,
  toDoorSession,
  toVisit,
  toVisitorProfile,
} from "./visits.mapper.js";
import {
  CHECK_IN_LEAD_MINUTES,
  candidatesOf,
  checkInDecision,
  chooseSession,
  type DoorCandidate,
  FREQUENT_NATIONALITIES,
  FREQUENT_NATIONALITY_DAYS,
  fillsBlanks,
  languageMatch,
  mergeProblem,
} from "./visits.policy.js";
import * as repo from "./visits.repository.js";

type CheckInInput = z.output<typeof CheckInBodySchema>;
type IssueCodeInput = z.output<typeof IssueCodeBodySchema>;
type UpdateCodeInput = z.output<typeof UpdateCodeBodySchema>;
type CodeValues = typeof visitorCodes.$inferInsert;

const DAY_MS = 86_400_000;

function requirePermission(actor: Actor, permission: Permission) {
  if (!can(actor.role, permission)) throw forbidden();
}

/** A site the staff member does not work at answers exactly like one that does not exist. */
function requireSite(actor: Actor, siteId: string) {
  if (!maySeeSite(actor, siteId)) throw notFound();
}

function audit(
  tx: Tx,
  ctx: AppContext,
  actor: Actor,
  event: AuditEvent,
  entity: { siteId?: string | null; type: string; id: string },
) {
  return recordAudit(tx, {
    event,
    occurredAt: ctx.clock.now(),
    actorAccountId: actor.accountId,
    organisationId: actor.organisationId,
    siteId: entity.siteId ?? null,
    entityType: entity.type,
    entityId: entity.id,
    address: actor.address,
  });
}

const unknownCountry = () =>
  fieldError("nationality", "UNKNOWN_COUNTRY", "Choose a country from the list, or XX when not known.");

/** The code as typed, normalised; a code that cannot be one (a typo the check character caught) is refused. */
function typedCode(path: string, typed: string) {
  const code = normaliseVisitorCode(typed);
  if (code === null) {
    throw fieldError(
      path,
      "MALFORMED_VISITOR_CODE",
      "This is not a visitor code. A code has 8 characters, without 0, O, 1 or I: check each one.",
    );
  }
  return code;
}

const unknownCode = (path: string) =>
  fieldError(path, "UNKNOWN_VISITOR_CODE", "This code is not known. Check it against her card.");

/** A code row and the code it was merged into, if any: one hop, as merges keep it (a few more at most). */
async function rootOf(db: Queryable, found: NonNullable<Awaited<ReturnType<typeof repo.findCodeById>>>) {
  let current = found;
  for (let hops = 0; current.row.mergedIntoId !== null && hops < 8; hops++) {
    const next = await repo.findCodeById(db, current.row.mergedIntoId);
    if (!next) break;
    current = next;
  }
  return current;
}

/** The code (already normalised) and the code it was merged into; unknown codes are refused on the field. */
async function codeByNormalised(db: Queryable, path: string, code: string) {
  const found = await repo.findCodeByCode(db, code);
  if (!found) throw unknownCode(path);
  return rootOf(db, found);
}

async function codeById(db: Queryable, id: string) {
  const found = await repo.findCodeById(db, id);
  if (!found) throw notFound();
  return rootOf(db, found);
}

// Tonight's session

type Candidate = DoorCandidate<repo.OpeningSessionRow>;

interface DoorDay {
  today: string;
  candidates: Candidate[];
  session: Candidate | null;
}

/**
 * Tonight's session among the scheduled ones of yesterday evening and today, with their rows. Both
 * lists may hold more dates (loaded around UTC's date before the site's zone was known).
 */
function doorDay(
  now: Date,
  timeZone: string,
  scheduled: Omit<DoorCandidate, "row">[],
  rows: repo.OpeningSessionRow[],
): DoorDay {
  const today = localDateTime(now, timeZone).date;
  const from = addDays(today, -1);
  const inDay = (s: { date: string }) => s.date >= from && s.date <= today;
  const candidates = candidatesOf(scheduled.filter(inDay), rows.filter(inDay), candidateOfRow);
  return { today, candidates, session: chooseSession(candidates, now, today) };
}

/** The dates whose sessions can be tonight's wherever the site is: its local date is within a day of UTC's. */
function aroundUtc(now: Date) {
  const utc = now.toISOString().slice(0, 10);
  return { from: addDays(utc, -2), to: addDays(utc, 1) };
}

const asScheduled = (s: ComputedSession): Omit<DoorCandidate, "row"> => ({
  date: s.date,
  startsAt: s.startsAt,
  endsAt: s.endsAt,
  startsAtInstant: s.startsAtInstant,
  endsAtInstant: s.endsAtInstant,
  weeklyOpeningId: s.weeklyOpeningId,
  oneOffOpeningId: s.oneOffOpeningId,
  label: s.label,
  pilot: s.pilot,
  closure: s.closure,
});

async function tonightOf(ctx: AppContext, actor: Actor, siteId: string) {
  const now = ctx.clock.now();
  const range = aroundUtc(now);
  const [{ site, sessions }, rows] = await Promise.all([
    sites.sessionsOfSite(ctx, actor, siteId, range),
    repo.listSessionRows(ctx.db, siteId, range.from, range.to),
  ]);
  return { site, now, ...doorDay(now, site.timeZone, sessions.map(asScheduled), rows) };
}

const noSessionTonight = () =>
  fieldError("siteId", "NO_SESSION_TONIGHT", "No session is scheduled at this site tonight.");

function sessionValues(session: Candidate, siteId: string) {
  return {
    siteId,
    date: session.date,
    startsAt: session.startsAt,
    endsAt: session.endsAt,
    startsAtInstant: session.startsAtInstant,
    endsAtInstant: session.endsAtInstant,
    weeklyOpeningId: session.weeklyOpeningId,
    oneOffOpeningId: session.oneOffOpeningId,
    pilotPeriodId: session.pilot?.id ?? null,
  };
}

const sessionChanged = () => new AppError("CONFLICT", "The session changed meanwhile. Try again.");

/** Opens tonight's session; opening it again changes nothing, opening a closed one reopens it. */
export async function openSession(ctx: AppContext, actor: Actor, siteId: string): Promise<DoorSession> {
  requirePermission(actor, "visit.record");
  requireSite(actor, siteId);
  const { session } = await tonightOf(ctx, actor, siteId);
  if (!session) throw noSessionTonight();
  return ctx.db.transaction(async (tx) => {
    const now = ctx.clock.now();
    let row = await repo.insertSessionRow(tx, {
      ...sessionValues(session, siteId),
      openedAt: now,
      openedBy: actor.accountId,
    });
    let changed = row !== undefined;
    if (!row) {
      const existing = await repo.lockSessionRow(tx, siteId, session.date, session.startsAt);
      if (!existing) throw sessionChanged();
      row = existing;
      if (existing.closedAt !== null) {
        row = (await repo.updateSessionRow(tx, existing.id, { closedAt: null, closedBy: null })) ?? existing;
        changed = true;
      }
    }
    if (changed)
      await audit(tx, ctx, actor, "SESSION_OPENED", { siteId, type: "opening_session", id: row.id });
    return toDoorSession({ ...session, row });
  });
}

/**
 * Closes tonight's session: no more check-ins until it is opened again. Closing it again changes
 * nothing; closing one never opened writes it down closed, so no check-in opens it by itself.
 */
export async function closeSession(ctx: AppContext, actor: Actor, siteId: string): Promise<DoorSession> {
  requirePermission(actor, "visit.record");
  requireSite(actor, siteId);
  const { session } = await tonightOf(ctx, actor, siteId);
  if (!session) throw noSessionTonight();
  return ctx.db.transaction(async (tx) => {
    const now = ctx.clock.now();
    let row: repo.OpeningSessionRow | undefined;
    let changed = false;
    const existing = await repo.lockSessionRow(tx, siteId, session.date, session.startsAt);
    if (existing && existing.closedAt !== null) {
      row = existing;
    } else if (existing) {
      row = await repo.updateSessionRow(tx, existing.id, { closedAt: now, closedBy: actor.accountId });
      changed = true;
    } else {
      row = await repo.insertSessionRow(tx, {
        ...sessionValues(session, siteId),
        openedAt: now,
        openedBy: actor.accountId,
        closedAt: now,
        closedBy: actor.accountId,
      });
      changed = true;
    }
    // Another request wrote the row between the look and the write: the next try sees it.
    if (!row) throw sessionChanged();
    if (changed)
      await audit(tx, ctx, actor, "SESSION_CLOSED", { siteId, type: "opening_session", id: row.id });
    return toDoorSession({ ...session, row });
  });
}

/**
 * The session a check-in goes into: the open one whose window holds now (one indexed query), else
 * tonight's as the board sees it, opened by this first check-in when it is in progress.
 */
async function sessionForCheckIn(ctx: AppContext, actor: Actor, siteId: string): Promise<string> {
  const now = ctx.clock.now();
  const open = await repo.findOpenSessionAt(ctx.db, siteId, now, CHECK_IN_LEAD_MINUTES, aroundUtc(now).from);
  if (open) return open.id;
  const { session } = await tonightOf(ctx, actor, siteId);
  const decision = checkInDecision(session, now);
  if (decision.kind === "use") return decision.row.id;
  if (decision.kind === "refuse" || !session) {
    throw decision.kind === "refuse"
      ? fieldError("siteId", decision.code, decision.message)
      : noSessionTonight();
  }
  return ctx.db.transaction(async (tx) => {
    const inserted = await repo.insertSessionRow(tx, {
      ...sessionValues(session, siteId),
      openedAt: now,
      openedBy: actor.accountId,
    });
    if (inserted) {
      await audit(tx, ctx, actor, "SESSION_OPENED", { siteId, type: "opening_session", id: inserted.id });
      return inserted.id;
    }
    const existing = await repo.findSessionRow(tx, siteId, session.date, session.startsAt);
    if (!existing) throw sessionChanged();
    const again = checkInDecision({ ...session, row: existing }, now);
    if (again.kind === "refuse") throw fieldError("siteId", again.code, again.message);
    return existing.id;
  });
}

// The board

/** Tonight's board: the session, who is here, who is on duty and speaks whose language, low stock. */
export async function tonight(ctx: AppContext, actor: Actor, siteId: string): Promise<Tonight> {
  requirePermission(actor, "visit.record");
  requireSite(actor, siteId);
  const now = ctx.clock.now();
  const range = aroundUtc(now);
  const since = new Date(now.getTime() - FREQUENT_NATIONALITY_DAYS * DAY_MS);
  // One round of independent reads (the roster's is the longest), then the visits, then their use.
  const [site, list, rows, frequentNationalities, lowStock] = await Promise.all([
    sites.getSite(ctx, actor, siteId),
    roster.listSessions(ctx, actor, siteId, range),
    repo.listSessionRows(ctx.db, siteId, range.from, range.to),
    repo.frequentNationalities(ctx.db, siteId, since, FREQUENT_NATIONALITIES),
    services.lowStockOfSite(ctx.db, siteId),
  ]);
  const scheduled = list.items.map((s) => ({
    ...s,
    startsAtInstant: new Date(s.startsAtInstant),
    endsAtInstant: new Date(s.endsAtInstant),
  }));
  const { session } = doorDay(now, site.timeZone, scheduled, rows);
  const staffSession = session
    ? list.items.find((s) => s.date === session.date && s.startsAt === session.startsAt)
    : undefined;
  const onDuty = staffSession?.onDuty ?? [];
  const views = session?.row ? await repo.listVisitViewsOfSession(ctx.db, session.row.id) : [];
  const usage = await services.usageOfVisits(
    ctx.db,
    views.map((v) => v.visit.id),
  );
  const seen = session?.row
    ? await clinic.seenTonight(ctx.db, session.row.id)
    : { visitIds: new Set<string>(), visitorCodeIds: new Set<string>() };
  const languageMatches: Tonight["languageMatches"] = [];
  for (const view of views) {
    if (view.visit.leftAt !== null) continue;
    const match = languageMatch(view.visit.languages, onDuty);
    if (!match) continue;
    const visit = toVisit(view, NO_USAGE);
    languageMatches.push({
      visitId: visit.id,
      visitorCode: visit.visitorCode,
      nationality: visit.nationality,
      languages: match.languages,
      staff: match.staff,
      introducedAt: visit.introducedAt,
    });
  }
  return {
    site: { id: site.id, name: site.name, timeZone: site.timeZone, roomCapacity: site.roomCapacity },
    session: session ? toDoorSession(session) : null,
    headcount: views.filter((v) => v.visit.leftAt === null).length,
    visits: views.length,
    firstVisits: views.filter((v) => v.visit.firstVisit === true).length,
    anonymousVisits: views.filter((v) => v.visit.visitorCodeId === null).length,
    onDuty: onDuty.map((d) => ({
      accountId: d.accountId,
      displayName: d.displayName,
      duty: d.duty,
      languages: d.languages,
    })),
    activities: staffSession?.activities ?? [],
    frequentNationalities,
    languageMatches,
    lowStock,
    recentVisits: views.map((v) => ({
      ...toVisit(v, usage.get(v.visit.id) ?? NO_USAGE),
      seenByClinic:
        seen.visitIds.has(v.visit.id) ||
        (v.visit.visitorCodeId !== null && seen.visitorCodeIds.has(v.visit.visitorCodeId)),
    })),
  };
}

// Visits

async function presentVisit(db: Queryable, visitId: string): Promise<Visit> {
  const view = await repo.findVisitView(db, visitId);
  if (!view) throw notFound();
  const usage = await services.usageOfVisits(db, [visitId]);
  return toVisit(view, usage.get(visitId) ?? NO_USAGE);
}

/** Stops a transaction that found the visit already written (a retry raced the first request). */
class AlreadyCheckedIn extends Error {}

/**
 * Checks a woman in. Answers the visit and whether it was written now: the same code twice in a
 * session, or a retry with the same Idempotency-Key by the same staff member, answers the first
 * visit (the unique indexes decide, so concurrent twins write one row).
 */
export async function checkIn(
  ctx: AppContext,
  actor: Actor,
  input: CheckInInput,
  idempotencyHeader: string | string[] | undefined,
): Promise<{ visit: Visit; created: boolean }> {
  requirePermission(actor, "visit.record");
  requireSite(actor, input.siteId);
  const key = requireValidIdempotencyKey(idempotencyHeader);
  if (!isCountryCode(input.nationality)) throw unknownCountry();
  if (input.visitorCode !== undefined && input.issueCode) {
    throw fieldError("issueCode", "VALIDATION_FAILED", "Enter her code or give her a new one, not both.");
  }
  const typed = input.visitorCode === undefined ? null : typedCode("visitorCode", input.visitorCode);
  if (key !== null) {
    const earlier = await repo.findVisitByIdempotencyKey(ctx.db, actor.accountId, key);
    if (earlier) return { visit: await presentVisit(ctx.db, earlier.id), created: false };
  }
  const code = typed === null ? null : await codeByNormalised(ctx.db, "visitorCode", typed);
  const sessionId = await sessionForCheckIn(ctx, actor, input.siteId);
  const now = ctx.clock.now();
  const values = {
    sessionId,
    siteId: input.siteId,
    visitorCodeId: code?.row.id ?? null,
    nationality: input.nationality,
    firstVisit: input.firstVisit,
    heardFrom: input.heardFrom ?? null,
    // A returning woman's languages come from her code when the door did not ask again.
    languages: input.languages?.length ? input.languages : (code?.row.languages ?? []),
    adultConfirmed: input.adultConfirmed ?? null,
    checkedInAt: now,
    checkedInBy: actor.accountId,
    idempotencyKey: key,
  };

  if (input.issueCode) {
    try {
      const visit = await ctx.db.transaction(async (tx) => {
        const issued = await insertNewCode(tx, {
          nationality: input.nationality,
          languages: input.languages ?? [],
          heardFrom: input.heardFrom ?? null,
          adultConfirmed: input.adultConfirmed ?? false,
          issuedSiteId: input.siteId,
          issuedBy: actor.accountId,
          issuedAt: now,
          updatedAt: now,
        });
        const inserted = await repo.insertVisit(tx, { ...values, visitorCodeId: issued.id });
        // Only the Idempotency-Key can collide with a new code: roll the code back with it.
        if (!inserted) throw new AlreadyCheckedIn();
        await audit(tx, ctx, actor, "VISITOR_CODE_ISSUED", {
          siteId: input.siteId,
          type: "visitor_code",
          id: issued.id,
        });
        return toVisit({ visit: inserted, code: issued.code, flags: [] }, NO_USAGE);
      });
      return { visit, created: true };
    } catch (error) {
      if (!(error instanceof AlreadyCheckedIn)) throw error;
    }
  } else {
    const inserted = await repo.insertVisit(ctx.db, values);
    if (inserted) {
      const known = {
        nationality: input.nationality,
        languages: input.languages ?? [],
        heardFrom: input.heardFrom ?? null,
        adultConfirmed: input.adultConfirmed === true,
      };
      if (code && fillsBlanks(code.row, known)) await repo.fillBlanks(ctx.db, code.row.id, known, now);
      return {
        visit: toVisit({ visit: inserted, code: code?.row.code ?? null, flags: code?.flags ?? [] }, NO_USAGE),
        created: true,
      };
    }
  }
  const existing =
    (key !== null ? await repo.findVisitByIdempotencyKey(ctx.db, actor.accountId, key) : undefined) ??
    (code ? await repo.findVisitOfCodeInSession(ctx.db, sessionId, code.row.id) : undefined);
  if (!existing)
    throw new AppError("CONFLICT", "The check-in met another one at the same moment. Try again.");
  return { visit: await presentVisit(ctx.db, existing.id), created: false };
}

/** A visit the actor may see, for reading or changing. */
async function visibleVisit(db: Queryable, actor: Actor, visitId: string) {
  const view = await repo.findVisitView(db, visitId);
  if (!view || !maySeeSite(actor, view.visit.siteId)) throw notFound();
  return view;
}

export async function getVisit(ctx: AppContext, actor: Actor, visitId: string): Promise<Visit> {
  requirePermission(actor, "visit.record");
  const view = await visibleVisit(ctx.db, actor, visitId);
  const usage = await services.usageOfVisits(ctx.db, [visitId]);
  return toVisit(view, usage.get(visitId) ?? NO_USAGE);
}

/**
 * For the services feature: the visit a tick or handout goes into, with its session's state and its
 * site's time zone (for weekly limits). Unknown, or on a site the actor does not work at: not found.
 */
export async function visitForRecording(
  db: Queryable,
  actor: Actor,
  visitId: string,
): Promise<{
  id: string;
  siteId: string;
  sessionId: string;
  sessionOpen: boolean;
  visitorCodeId: string | null;
  checkedInAt: Date;
  timeZone: string;
}> {
  const row = await repo.findVisitForRecording(db, visitId);
  if (!row || !maySeeSite(actor, row.siteId)) throw notFound();
  return {
    id: row.id,
    siteId: row.siteId,
    sessionId: row.sessionId,
    sessionOpen: row.sessionClosedAt === null,
    visitorCodeId: row.visitorCodeId,
    checkedInAt: row.checkedInAt,
    timeZone: row.timeZone,
  };
}

/**
 * Undoes a mistaken check-in while its session is open. A visit in which supplies were handed out
 * stays: the stock left the shelf, and the handout is its only record.
 */
export async function removeVisit(ctx: AppContext, actor: Actor, visitId: string) {
  requirePermission(actor, "visit.record");
  return ctx.db.transaction(async (tx) => {
    const visit = await repo.lockVisit(tx, visitId);
    if (!visit || !maySeeSite(actor, visit.siteId)) throw notFound();
    const recording = await visitForRecording(tx, actor, visitId);
    if (!recording.sessionOpen) {
      throw new AppError("SESSION_CLOSED", "The session is closed: its visits can no longer be undone.");
    }
    const usage = (await services.usageOfVisits(tx, [visitId])).get(visitId);
    if (usage && usage.supplies.length > 0) {
      throw new AppError(
        "CONFLICT",
        "Supplies were handed out in this visit, so it cannot be undone. Mark her as left instead.",
      );
    }
    await repo.deleteVisit(tx, visitId);
    await audit(tx, ctx, actor, "VISIT_REMOVED", { siteId: visit.siteId, type: "visit", id: visitId });
    return { ok: true as const };
  });
}

export async function markLeft(ctx: AppContext, actor: Actor, visitId: string): Promise<Visit> {
  requirePermission(actor, "visit.record");
  await visibleVisit(ctx.db, actor, visitId);
  await repo.markLeft(ctx.db, visitId, ctx.clock.now());
  return presentVisit(ctx.db, visitId);
}

export async function markIntroduced(ctx: AppContext, actor: Actor, visitId: string): Promise<Visit> {
  requirePermission(actor, "visit.record");
  await visibleVisit(ctx.db, actor, visitId);
  await repo.markIntroduced(ctx.db, visitId, ctx.clock.now(), actor.accountId);
  return presentVisit(ctx.db, visitId);
}

// Visitor codes

/** A code nobody has: seven random characters and the check character, drawn again on a collision. */
async function insertNewCode(tx: Tx, values: Omit<CodeValues, "code">) {
  for (let attempt = 0; attempt < 10; attempt++) {
    const code = visitorCodeFrom(crypto.getRandomValues(new Uint8Array(7)));
    const inserted = await repo.insertCode(tx, { ...values, code });
    if (inserted) return inserted;
  }
  throw new Error("Could not draw an unused visitor code in ten attempts.");
}

const cardUrlOf = (ctx: AppContext, code: string) => `${ctx.publicUrl.replace(/\/+$/, "")}/#c=${code}`;

/**
 * A code's profile as this staff member may see it. The nickname goes only to those who counsel
 * her, and each answer that carries it is written to the audit log in the same transaction.
 */
async function presentProfile(
  tx: Tx,
  ctx: AppContext,
  actor: Actor,
  codeId: string,
  options: { withNickname: boolean } = { withNickname: true },
): Promise<VisitorProfile> {
  const found = await repo.findCodeById(tx, codeId);
  if (!found) throw notFound();
  const row = found.row;
  const readNickname = can(actor.role, "visitor.nickname");
  const nickname =
    options.withNickname && readNickname && row.nickname ? ctx.cipher.decrypt(row.nickname) : null;
  const parts: ProfileParts = {
    row,
    nickname,
    stats: await repo.codeVisitStats(tx, row.id),
    flags: await repo.listOpenFlags(tx, row.id),
    mergedCodes: await repo.listMergedCodes(tx, row.id),
    cardUrl: cardUrlOf(ctx, row.code),
    can: { manage: can(actor.role, "visitor.manage"), readNickname },
  };
  if (nickname !== null) {
    await audit(tx, ctx, actor, "VISITOR_NICKNAME_READ", { type: "visitor_code", id: row.id });
  }
  return toVisitorProfile(parts);
}

/** Finds a profile by the code as typed (in the body, never in a URL); an old merged code answers hers. */
export async function lookupCode(ctx: AppContext, actor: Actor, typed: string): Promise<VisitorProfile> {
  requirePermission(actor, "visit.record");
  const normalised = typedCode("code", typed);
  return ctx.db.transaction(async (tx) => {
    const root = await codeByNormalised(tx, "code", normalised);
    // The door looks codes up all evening and never shows the nickname: only the profile page reads it.
    return presentProfile(tx, ctx, actor, root.row.id, { withNickname: false });
  });
}

export async function issueCode(
  ctx: AppContext,
  actor: Actor,
  input: IssueCodeInput,
): Promise<VisitorProfile> {
  requirePermission(actor, "visit.record");
  if (!isCountryCode(input.nationality)) throw unknownCountry();
  return ctx.db.transaction(async (tx) => {
    const now = ctx.clock.now();
    const issued = await insertNewCode(tx, {
      nationality: input.nationality,
      languages: input.languages,
      heardFrom: input.heardFrom ?? null,
      adultConfirmed: input.adultConfirmed,
      issuedSiteId: actor.siteIds.length === 1 ? actor.siteIds[0] : null,
      issuedBy: actor.accountId,
      issuedAt: now,
      updatedAt: now,
    });
    await audit(tx, ctx, actor, "VISITOR_CODE_ISSUED", { type: "visitor_code", id: issued.id });
    return presentProfile(tx, ctx, actor, issued.id);
  });
}

/** A code's profile by id; the id of a code merged into another answers the other's. */
export async function getCode(ctx: AppContext, actor: Actor, codeId: string): Promise<VisitorProfile> {
  requirePermission(actor, "visit.record");
  return ctx.db.transaction(async (tx) => {
    const root = await codeById(tx, codeId);
    return presentProfile(tx, ctx, actor, root.row.id);
  });
}

export async function updateCode(
  ctx: AppContext,
  actor: Actor,
  codeId: string,
  input: UpdateCodeInput,
): Promise<VisitorProfile> {
  requirePermission(actor, "visitor.manage");
  if (input.nationality !== undefined && !isCountryCode(input.nationality)) throw unknownCountry();
  return ctx.db.transaction(async (tx) => {
    const root = await codeById(tx, codeId);
    await repo.lockCodes(tx, [root.row.id]);
    const values: Partial<CodeValues> = {};
    if (input.nationality !== undefined) values.nationality = input.nationality;
    if (input.languages !== undefined) values.languages = input.languages;
    if (input.heardFrom !== undefined) values.heardFrom = input.heardFrom;
    if (input.adultConfirmed !== undefined) values.adultConfirmed = input.adultConfirmed;
    if (input.nickname !== undefined) {
      values.nickname = input.nickname === "" ? null : ctx.cipher.encrypt(input.nickname);
    }
    if (Object.keys(values).length > 0) {
      await repo.updateCode(tx, root.row.id, { ...values, updatedAt: ctx.clock.now() });
      await audit(tx, ctx, actor, "VISITOR_CODE_UPDATED", { type: "visitor_code", id: root.row.id });
    }
    return presentProfile(tx, ctx, actor, root.row.id);
  });
}

/** Staff tell the door to ask her something; raising the same kind again adds nothing. */
export async function raiseStaffFlag(
  ctx: AppContext,
  actor: Actor,
  codeId: string,
  kind: FlagKind,
): Promise<VisitorProfile> {
  requirePermission(actor, "visit.record");
  return ctx.db.transaction(async (tx) => {
    const root = await codeById(tx, codeId);
    const like = { visitorCodeId: root.row.id, kind, source: "staff", sourceId: null };
    if (!(await repo.findOpenFlagLike(tx, like))) {
      const flag = await repo.insertFlag(tx, {
        visitorCodeId: root.row.id,
        kind,
        source: "staff",
        raisedBy: actor.accountId,
        raisedAt: ctx.clock.now(),
      });
      await audit(tx, ctx, actor, "VISITOR_FLAG_RAISED", { type: "visitor_flag", id: flag.id });
    }
    return presentProfile(tx, ctx, actor, root.row.id);
  });
}

/** The door has told her: the flag is cleared, whoever raised it. Clearing it again changes nothing. */
export async function clearStaffFlag(
  ctx: AppContext,
  actor: Actor,
  params: { id: string; flagId: string },
): Promise<VisitorProfile> {
  requirePermission(actor, "visit.record");
  return ctx.db.transaction(async (tx) => {
    const root = await codeById(tx, params.id);
    const flag = await repo.findFlag(tx, root.row.id, params.flagId);
    if (!flag) throw notFound();
    const cleared = await repo.clearFlagsById(tx, [flag.id], actor.accountId, ctx.clock.now());
    if (cleared.length > 0) {
      await audit(tx, ctx, actor, "VISITOR_FLAG_CLEARED", { type: "visitor_flag", id: flag.id });
    }
    return presentProfile(tx, ctx, actor, root.row.id);
  });
}

/**
 * Merges another code of the same woman into this one: her visits, flags and older cards come
 * along; two visits of one session become one (services and supplies moved onto the kept visit).
 */
export async function mergeCodes(
  ctx: AppContext,
  actor: Actor,
  codeId: string,
  otherTyped: string,
): Promise<VisitorProfile> {
  requirePermission(actor, "visitor.manage");
  const otherCode = typedCode("otherCode", otherTyped);
  return ctx.db.transaction(async (tx) => {
    const selfFound = await repo.findCodeById(tx, codeId);
    if (!selfFound) throw notFound();
    const self = await rootOf(tx, selfFound);
    const otherFound = await repo.findCodeByCode(tx, otherCode);
    if (!otherFound) throw unknownCode("otherCode");
    const other = await rootOf(tx, otherFound);
    const problem = mergeProblem(
      { id: selfFound.row.id, rootId: self.row.id },
      { id: otherFound.row.id, rootId: other.row.id },
    );
    if (problem) throw fieldError("otherCode", "VALIDATION_FAILED", problem);
    const locked = await repo.lockCodes(tx, [self.row.id, other.row.id]);
    const keep = locked.find((r) => r.id === self.row.id);
    const gone = locked.find((r) => r.id === other.row.id);
    if (!keep || !gone || keep.mergedIntoId !== null || gone.mergedIntoId !== null) {
      throw new AppError("CONFLICT", "One of the codes changed meanwhile. Try again.");
    }
    const now = ctx.clock.now();
    for (const pair of (await repo.sameSessionVisits(tx, keep.id, gone.id)).rows) {
      await services.moveUsage(tx, pair.from_id, pair.to_id);
      await repo.absorbVisit(tx, pair.from_id, pair.to_id);
      await repo.deleteVisit(tx, pair.from_id);
    }
    await repo.moveVisits(tx, gone.id, keep.id);
    await repo.moveFlags(tx, gone.id, keep.id);
    await repo.repointAliases(tx, gone.id, keep.id);
    await repo.updateCode(tx, gone.id, { mergedIntoId: keep.id, updatedAt: now });
    await repo.fillBlanks(
      tx,
      keep.id,
      {
        nationality: gone.nationality,
        languages: gone.languages,
        heardFrom: gone.heardFrom,
        adultConfirmed: gone.adultConfirmed,
      },
      now,
    );
    if (keep.nickname === null && gone.nickname !== null) {
      await repo.updateCode(tx, keep.id, { nickname: gone.nickname });
    }
    await audit(tx, ctx, actor, "VISITOR_CODES_MERGED", { type: "visitor_code", id: keep.id });
    return presentProfile(tx, ctx, actor, keep.id);
  });
}

/**
 * Erases a code on her request: the row goes, with the codes merged into it and its flags; her
 * visits stay as anonymous counts. The audit row names the code's id only.
 */
export async function eraseCode(ctx: AppContext, actor: Actor, codeId: string) {
  requirePermission(actor, "visitor.manage");
  // Erasure cannot be undone: the person at the keyboard proves again that they are who signed in.
  await requireFreshSecondFactor(ctx, actor);
  return ctx.db.transaction(async (tx) => {
    const root = await codeById(tx, codeId);
    await repo.lockCodes(tx, [root.row.id]);
    await repo.deleteCode(tx, root.row.id);
    await audit(tx, ctx, actor, "VISITOR_CODE_ERASED", { type: "visitor_code", id: root.row.id });
    return { ok: true as const };
  });
}

// For the clinic and follow-ups

/**
 * Raises a flag on her code (the code it was merged into, if any) for a clinic test or a
 * follow-up; the same flag for the same record is raised once. The caller audits its own action.
 * `at` defaults to the database's clock.
 */
export async function raiseFlag(
  tx: Tx,
  visitorCodeId: string,
  kind: FlagKind,
  source: "clinic" | "follow_up",
  sourceId: string,
  byAccountId: string | null,
  at?: Date,
): Promise<void> {
  const root = await codeById(tx, visitorCodeId);
  if (await repo.findOpenFlagLike(tx, { visitorCodeId: root.row.id, kind, source, sourceId })) return;
  await repo.insertFlag(tx, {
    visitorCodeId: root.row.id,
    kind,
    source,
    sourceId,
    raisedBy: byAccountId,
    ...(at ? { raisedAt: at } : {}),
  });
}

/** Clears the open flags a clinic test or follow-up raised (it is done). `at` defaults to the database's clock. */
export async function clearFlagsOf(
  tx: Tx,
  source: "clinic" | "follow_up",
  sourceId: string,
  byAccountId: string | null,
  at?: Date,
): Promise<void> {
  const ids = await repo.listOpenFlagsOfSource(tx, source, sourceId);
  await repo.clearFlagsById(tx, ids, byAccountId, at ?? null);
}

/**
 * Her code as typed in another feature's form (a follow-up, a clinic ticket, an appointment): the
 * id of the code it resolves to (an old merged code answers hers), and the code itself. Refuses a
 * malformed or unknown code with a field error on `path`. For features that check their own permission.
 */
export async function resolveTypedCode(
  db: Queryable,
  path: string,
  typed: string,
): Promise<{ id: string; code: string }> {
  const root = await codeByNormalised(db, path, typedCode(path, typed));
  return { id: root.row.id, code: root.row.code };
}

/**
 * Her nationality as her code knows it ("XX" when not known); an old merged code answers the one it
 * was merged into. Null for a code that was erased. For the clinic, which counts consultations by it.
 */
export async function nationalityOfCode(db: Queryable, codeId: string): Promise<string | null> {
  const found = await repo.findCodeById(db, codeId);
  if (!found) return null;
  return (await rootOf(db, found)).row.nationality;
}

/** The codes of these ids as she carries them (formatted by the caller); erased codes are missing. */
export async function codesOfIds(db: Queryable, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await repo.codesOfIds(db, ids);
  return new Map(rows.map((r) => [r.id, r.code]));
}
