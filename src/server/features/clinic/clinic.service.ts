/**
 * The clinic's records under medical confidentiality: consultations, tests and their results,
 * referrals, medicine, costs, and the statistics. Every function checks its permission and the
 * actor's sites first (another site answers as not found); clinical text is encrypted with
 * `ctx.cipher` before it reaches the database, and every read of it writes an audit row in the same
 * transaction as the read.
 */
import type { z } from "zod";
import type { AuditEvent } from "../../../common/audit-events.js";
import type {
  ClinicRecord,
  ClinicStatistics,
  ClinicTest,
  ClinicTestSchema,
  Consultation,
  ConsultationListSchema,
  Cost,
  CostInputSchema,
  CostListSchema,
  CreateConsultationBodySchema,
  CreateCostBodySchema,
  CreateMedicineBodySchema,
  Dispensing,
  Medicine,
  Referral,
  ReferralInputSchema,
  ReferralListSchema,
  TestBoard,
  TestInputSchema,
  TestTransitionBodySchema,
  Turnaround,
  UpdateConsultationBodySchema,
  UpdateMedicineBodySchema,
} from "../../../common/contracts/clinic.js";
import { TEST_TYPES } from "../../../common/contracts/clinic.js";
import { isCountryCode, UNKNOWN_COUNTRY } from "../../../common/countries.js";
import type { FieldError } from "../../../common/errors.js";
import { LIMITS } from "../../../common/limits.js";
import { can, type Permission } from "../../../common/permissions.js";
import { formatVisitorCode } from "../../../common/visitor-code.js";
import { recordAudit } from "../../audit/audit-log.js";
import type { Actor, AppContext } from "../../context.js";
import type { Queryable, Tx } from "../../db/client.js";
import { AppError, fieldError, forbidden, notFound } from "../../errors.js";
import * as clinicQueue from "../clinic-queue/clinic-queue.service.js";
import * as followUps from "../follow-ups/follow-ups.service.js";
import { addDays, dayNumber, localDateTime, zonedInstant } from "../sites/local-time.js";
import { computeSessions, type ScheduleSnapshot } from "../sites/schedule.js";
import { maySeeSite } from "../sites/sites.policy.js";
import * as sites from "../sites/sites.service.js";
import * as visits from "../visits/visits.service.js";
import { STATISTICS_CONTENT_TYPES, statisticsCsv, statisticsXlsx } from "./clinic.export.js";
import {
  type ConsultationParts,
  codeOf,
  decodeCursor,
  encodeCursor,
  type Lookups,
  toBoardItem,
  toClinicTest,
  toConsultation,
  toConsultationSummary,
  toCost,
  toDispensing,
  toMedicine,
  toReferral,
} from "./clinic.mapper.js";
import {
  clinicHoursOf,
  normaliseDiagnoses,
  positiveRate,
  roundHours,
  suppressCounts,
  transitionProblem,
} from "./clinic.policy.js";
import * as repo from "./clinic.repository.js";

type CreateConsultationInput = z.output<typeof CreateConsultationBodySchema>;
type UpdateConsultationInput = z.output<typeof UpdateConsultationBodySchema>;
type TestInput = z.output<typeof TestInputSchema>;
type ReferralInput = z.output<typeof ReferralInputSchema>;
type CostInput = z.output<typeof CostInputSchema>;
type CreateCostInput = z.output<typeof CreateCostBodySchema>;
type CreateMedicineInput = z.output<typeof CreateMedicineBodySchema>;
type UpdateMedicineInput = z.output<typeof UpdateMedicineBodySchema>;
type TransitionInput = z.output<typeof TestTransitionBodySchema>;

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
  entity: { siteId: string | null; type: string; id: string },
) {
  return recordAudit(tx, {
    event,
    occurredAt: ctx.clock.now(),
    actorAccountId: actor.accountId,
    organisationId: actor.organisationId,
    siteId: entity.siteId,
    entityType: entity.type,
    entityId: entity.id,
    address: actor.address,
  });
}

/** Every problem of a request at once, so the form shows them all. */
function refuse(problems: FieldError[]) {
  const [first] = problems;
  if (!first) return;
  throw new AppError(first.code as never, first.message, problems);
}

const sealOrNull = (ctx: AppContext, text: string | undefined | null) =>
  text === undefined || text === null || text === "" ? null : ctx.cipher.encrypt(text);

// Presenting

async function lookupsFor(
  db: Queryable,
  accountIds: readonly (string | null)[],
  codeIds: readonly (string | null)[],
): Promise<Lookups> {
  const wanted = [...new Set(codeIds.filter((id): id is string => id !== null))];
  return { names: await repo.staffNames(db, accountIds), codes: await visits.codesOfIds(db, wanted) };
}

/** Consultations with everything recorded in them, decrypted (the caller audits the read). */
async function presentConsultations(
  ctx: AppContext,
  db: Queryable,
  rows: repo.ConsultationRow[],
): Promise<Consultation[]> {
  const ids = rows.map((r) => r.id);
  // One after another: inside a transaction there is one connection.
  const tests = await repo.testsOfConsultations(db, ids);
  const dispensed = await repo.dispensingsOfConsultations(db, ids);
  const referrals = await repo.referralsOfConsultations(db, ids);
  const costs = await repo.costsOfConsultations(db, ids);
  const accompaniments = await followUps.accompanimentsOfReferrals(
    db,
    referrals.map((r) => r.id),
  );
  const lookups = await lookupsFor(
    db,
    [
      ...rows.map((r) => r.seenBy),
      ...tests.map((t) => t.takenBy),
      ...referrals.map((r) => r.createdBy),
      ...costs.map((c) => c.createdBy),
    ],
    [...rows.map((r) => r.visitorCodeId), ...tests.map((t) => t.visitorCodeId)],
  );
  return rows.map((row) => {
    const parts: ConsultationParts = {
      row,
      tests: tests.filter((t) => t.consultationId === row.id),
      dispensed: dispensed.filter((d) => d.consultationId === row.id),
      referrals: referrals.filter((r) => r.consultationId === row.id),
      costs: costs.filter((c) => c.consultationId === row.id),
      accompaniments,
    };
    return toConsultation(parts, ctx.cipher, lookups);
  });
}

async function presentConsultation(ctx: AppContext, db: Queryable, row: repo.ConsultationRow) {
  const [consultation] = await presentConsultations(ctx, db, [row]);
  return consultation as Consultation;
}

async function presentTest(ctx: AppContext, db: Queryable, row: repo.TestRow): Promise<ClinicTest> {
  const lookups = await lookupsFor(db, [row.takenBy], [row.visitorCodeId]);
  return toClinicTest(row, ctx.cipher, lookups);
}

// Where she came from

interface Origin {
  sessionId: string | null;
  visitId: string | null;
  ticketId: string | null;
  visitorCodeId: string | null;
  nationality: string;
}

/**
 * Her session, visit, code and nationality, from the ticket she was called with, her visit, and the
 * code as typed (which must agree with them). Her nationality is her code's; when she has no code (or
 * it knows none) her visit's, else the form's, else "XX". Without a visit or ticket, the door's
 * session of the site in progress (or just over) holds the consultation, so the diary counts it.
 */
async function originOf(ctx: AppContext, actor: Actor, input: CreateConsultationInput): Promise<Origin> {
  const origin: Origin = {
    sessionId: null,
    visitId: input.visitId ?? null,
    ticketId: input.ticketId ?? null,
    visitorCodeId: null,
    nationality: input.nationality ?? UNKNOWN_COUNTRY,
  };
  if (!isCountryCode(origin.nationality)) {
    throw fieldError(
      "nationality",
      "UNKNOWN_COUNTRY",
      "Choose a country from the list, or XX when not known.",
    );
  }
  if (input.ticketId) {
    const ticket = await clinicQueue.ticketOf(ctx.db, input.ticketId);
    if (!ticket || ticket.siteId !== input.siteId) {
      throw fieldError("ticketId", "NOT_FOUND", "This ticket is not one of this site's.");
    }
    origin.sessionId = ticket.sessionId;
    origin.visitorCodeId = ticket.visitorCodeId ?? null;
    origin.visitId ??= ticket.visitId ?? null;
  }
  if (origin.visitId) {
    const visit = await visits.getVisit(ctx, actor, origin.visitId).catch((error: unknown) => {
      if (error instanceof AppError && error.code === "NOT_FOUND") {
        throw fieldError("visitId", "NOT_FOUND", "This visit is not one of this site's.");
      }
      throw error;
    });
    if (visit.siteId !== input.siteId) {
      throw fieldError("visitId", "NOT_FOUND", "This visit is not one of this site's.");
    }
    origin.sessionId = visit.sessionId;
    if (visit.nationality !== UNKNOWN_COUNTRY) origin.nationality = visit.nationality;
    origin.visitorCodeId ??= visit.visitorCodeId;
  }
  if (input.visitorCode !== undefined) {
    const typed = await visits.resolveTypedCode(ctx.db, "visitorCode", input.visitorCode);
    if (origin.visitorCodeId !== null && origin.visitorCodeId !== typed.id) {
      // The visit or ticket may still name an older code that was merged into this one.
      const same = await visits
        .resolveTypedCode(
          ctx.db,
          "visitorCode",
          (await visits.codesOfIds(ctx.db, [origin.visitorCodeId])).get(origin.visitorCodeId) ?? "",
        )
        .catch(() => null);
      if (same?.id !== typed.id) {
        throw fieldError(
          "visitorCode",
          "VALIDATION_FAILED",
          "This code is not the one of her visit or ticket. Check it against her card.",
        );
      }
    }
    origin.visitorCodeId = typed.id;
  }
  // She is counted by the nationality her code knows; the visit's or the form's only when it knows none.
  if (origin.visitorCodeId !== null) {
    const ofCode = await visits.nationalityOfCode(ctx.db, origin.visitorCodeId);
    if (ofCode !== null && ofCode !== UNKNOWN_COUNTRY) origin.nationality = ofCode;
  }
  if (origin.sessionId === null) {
    const now = ctx.clock.now();
    const earliest = addDays(now.toISOString().slice(0, 10), -2);
    origin.sessionId = (await repo.sessionAround(ctx.db, input.siteId, now, earliest))?.id ?? null;
  }
  return origin;
}

// Checks of the parts of a consultation (all problems at once, before anything is written)

function testProblems(tests: readonly TestInput[], path: string): FieldError[] {
  return tests.flatMap((t, i) =>
    t.testType === "other" && !t.otherName
      ? [{ path: `${path}.${i}.otherName`, code: "VALIDATION_FAILED", message: "Name the test." }]
      : [],
  );
}

function referralProblems(referral: ReferralInput, path: string): FieldError[] {
  const problems: FieldError[] = [];
  const hasDate = referral.appointmentOn !== undefined;
  const hasTime = referral.appointmentTime !== undefined;
  if (hasDate !== hasTime) {
    problems.push({
      path: `${path}.${hasDate ? "appointmentTime" : "appointmentOn"}`,
      code: "VALIDATION_FAILED",
      message: "Give both the date and the time of her appointment, or neither.",
    });
  } else if (referral.needsAccompaniment && !hasDate) {
    problems.push({
      path: `${path}.appointmentOn`,
      code: "VALIDATION_FAILED",
      message: "Give the date and time of her appointment: the colleague who goes with her needs them.",
    });
  }
  return problems;
}

async function medicineProblems(
  db: Queryable,
  siteId: string,
  dispense: readonly { medicineId: string }[],
  path: string,
): Promise<FieldError[]> {
  const found = new Map(
    (
      await repo.medicinesByIds(
        db,
        dispense.map((d) => d.medicineId),
      )
    ).map((m) => [m.id, m]),
  );
  return dispense.flatMap((d, i) => {
    const medicine = found.get(d.medicineId);
    if (medicine && medicine.siteId === siteId && medicine.active) return [];
    return [
      {
        path: `${path}.${i}.medicineId`,
        code: "VALIDATION_FAILED",
        message: "Choose a medicine from this clinic's list.",
      },
    ];
  });
}

// Writing the parts (inside the caller's transaction)

interface Written {
  consultation: repo.ConsultationRow;
  timeZone: string;
}

async function writeTests(
  tx: Tx,
  ctx: AppContext,
  actor: Actor,
  written: Written,
  tests: readonly TestInput[],
) {
  const { consultation } = written;
  const rows = await repo.insertTests(
    tx,
    tests.map((t) => ({
      consultationId: consultation.id,
      siteId: consultation.siteId,
      visitorCodeId: consultation.visitorCodeId,
      takenWithCode: consultation.visitorCodeId !== null,
      testType: t.testType,
      otherName: t.testType === "other" ? sealOrNull(ctx, t.otherName) : null,
      takenAt: ctx.clock.now(),
      takenBy: actor.accountId,
    })),
  );
  for (const row of rows) {
    await audit(tx, ctx, actor, "CLINIC_TEST_TAKEN", { siteId: row.siteId, type: "clinic_test", id: row.id });
  }
  return rows;
}

/** Takes the medicine from the stock in one conditional update: parallel dispensing never goes below zero. */
async function writeDispensing(
  tx: Tx,
  ctx: AppContext,
  actor: Actor,
  consultation: repo.ConsultationRow,
  item: { medicineId: string; quantity: number },
  path: string,
) {
  const now = ctx.clock.now();
  const taken = await repo.takeFromStock(tx, item.medicineId, item.quantity, now);
  if (!taken) {
    const medicine = await repo.findMedicine(tx, item.medicineId);
    const left = medicine?.stock ?? 0;
    throw fieldError(
      path,
      "OUT_OF_STOCK",
      `Only ${left} ${medicine?.unit ?? "piece"} of ${medicine?.name ?? "this medicine"} left in the clinic's stock.`,
    );
  }
  const row = await repo.insertDispensing(tx, {
    consultationId: consultation.id,
    medicineId: item.medicineId,
    quantity: item.quantity,
    dispensedAt: now,
    dispensedBy: actor.accountId,
  });
  await audit(tx, ctx, actor, "MEDICINE_DISPENSED", {
    siteId: consultation.siteId,
    type: "medicine_dispensing",
    id: row.id,
  });
  return toDispensing({ ...row, name: taken.name, unit: taken.unit, stock: taken.stock });
}

/**
 * A referral; when someone should go with her, the social workers' accompaniment task is created in
 * the same transaction, with the date, place and language only: no kind, no note, nothing medical.
 */
async function writeReferral(tx: Tx, ctx: AppContext, actor: Actor, written: Written, input: ReferralInput) {
  const { consultation, timeZone } = written;
  const appointmentAt =
    input.appointmentOn && input.appointmentTime
      ? zonedInstant(input.appointmentOn, input.appointmentTime, timeZone)
      : null;
  const now = ctx.clock.now();
  const row = await repo.insertReferral(tx, {
    consultationId: consultation.id,
    siteId: consultation.siteId,
    kind: input.kind,
    place: ctx.cipher.encrypt(input.place),
    note: ctx.cipher.encrypt(input.note),
    appointmentAt,
    needsAccompaniment: input.needsAccompaniment,
    languageNeeded: input.languageNeeded ?? null,
    createdAt: now,
    createdBy: actor.accountId,
  });
  await audit(tx, ctx, actor, "REFERRAL_CREATED", { siteId: row.siteId, type: "referral", id: row.id });
  if (input.needsAccompaniment && appointmentAt) {
    const task = await followUps.createAccompaniment(tx, {
      siteId: consultation.siteId,
      visitorCodeId: consultation.visitorCodeId,
      appointmentAt,
      place: input.place,
      languageNeeded: input.languageNeeded ?? null,
      sourceReferralId: row.id,
      createdBy: actor.accountId,
      at: now,
    });
    await repo.setAccompaniment(tx, row.id, task.id);
    return { ...row, accompanimentId: task.id };
  }
  return row;
}

async function writeCost(
  tx: Tx,
  ctx: AppContext,
  actor: Actor,
  target: { siteId: string; consultationId: string | null; timeZone: string },
  input: CostInput,
) {
  const now = ctx.clock.now();
  const row = await repo.insertCost(tx, {
    siteId: target.siteId,
    consultationId: target.consultationId,
    kind: input.kind,
    amountOre: input.amountOre,
    incurredOn: input.incurredOn ?? localDateTime(now, target.timeZone).date,
    note: sealOrNull(ctx, input.note),
    createdAt: now,
    createdBy: actor.accountId,
  });
  await audit(tx, ctx, actor, "CLINIC_COST_RECORDED", {
    siteId: row.siteId,
    type: "clinic_cost",
    id: row.id,
  });
  return row;
}

// Consultations

/**
 * Records a consultation with everything done in it, in one transaction: a refusal of any part
 * (a malformed ICD-10 code, medicine out of stock) saves nothing, and the form keeps what she typed.
 */
export async function createConsultation(
  ctx: AppContext,
  actor: Actor,
  input: CreateConsultationInput,
): Promise<Consultation> {
  requirePermission(actor, "clinic.record");
  requireSite(actor, input.siteId);
  const site = await sites.getSite(ctx, actor, input.siteId);
  const origin = await originOf(ctx, actor, input);
  const { diagnoses, problems } = normaliseDiagnoses(input.diagnoses, "diagnoses");
  refuse([
    ...problems,
    ...testProblems(input.tests, "tests"),
    ...input.referrals.flatMap((r, i) => referralProblems(r, `referrals.${i}`)),
    ...(await medicineProblems(ctx.db, input.siteId, input.dispense, "dispense")),
  ]);
  return ctx.db.transaction(async (tx) => {
    const now = ctx.clock.now();
    const consultation = await repo.insertConsultation(tx, {
      siteId: input.siteId,
      sessionId: origin.sessionId,
      visitId: origin.visitId,
      ticketId: origin.ticketId,
      visitorCodeId: origin.visitorCodeId,
      nationality: origin.nationality,
      clinicKind: input.clinicKind,
      seenAt: now,
      seenBy: actor.accountId,
      reason: ctx.cipher.encrypt(input.reason),
      notes: ctx.cipher.encrypt(input.notes),
      diagnoses: ctx.cipher.encrypt(JSON.stringify(diagnoses)),
      updatedAt: now,
      updatedBy: actor.accountId,
    });
    await audit(tx, ctx, actor, "CONSULTATION_RECORDED", {
      siteId: consultation.siteId,
      type: "consultation",
      id: consultation.id,
    });
    const written: Written = { consultation, timeZone: site.timeZone };
    await writeTests(tx, ctx, actor, written, input.tests);
    for (const [i, item] of input.dispense.entries()) {
      await writeDispensing(tx, ctx, actor, consultation, item, `dispense.${i}.quantity`);
    }
    for (const referral of input.referrals) await writeReferral(tx, ctx, actor, written, referral);
    for (const cost of input.costs) {
      await writeCost(
        tx,
        ctx,
        actor,
        { siteId: consultation.siteId, consultationId: consultation.id, timeZone: site.timeZone },
        cost,
      );
    }
    return presentConsultation(ctx, tx, consultation);
  });
}

/** A consultation the actor may see (her site), for reading or adding to; others answer not found. */
async function visibleConsultation(db: Queryable, actor: Actor, id: string) {
  const row = await repo.findConsultation(db, id);
  if (!row || !maySeeSite(actor, row.siteId)) throw notFound();
  return row;
}

/** One consultation with its clinical text; the read is audited in the same transaction. */
export async function getConsultation(ctx: AppContext, actor: Actor, id: string): Promise<Consultation> {
  requirePermission(actor, "clinic.record");
  return ctx.db.transaction(async (tx) => {
    const row = await visibleConsultation(tx, actor, id);
    await audit(tx, ctx, actor, "CONSULTATION_READ", {
      siteId: row.siteId,
      type: "consultation",
      id: row.id,
    });
    return presentConsultation(ctx, tx, row);
  });
}

/** Changes the reason, notes or diagnoses; an edit of a stale copy is refused with the current one. */
export async function updateConsultation(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: UpdateConsultationInput,
): Promise<Consultation> {
  requirePermission(actor, "clinic.record");
  const normalised = input.diagnoses ? normaliseDiagnoses(input.diagnoses, "diagnoses") : null;
  refuse(normalised?.problems ?? []);
  return ctx.db
    .transaction(async (tx) => {
      const row = await repo.lockConsultation(tx, id);
      if (!row || !maySeeSite(actor, row.siteId)) throw notFound();
      if (row.version !== input.version) {
        const error = new AppError(
          "STALE_VERSION",
          "A colleague changed this consultation meanwhile. Compare her version with yours and save again.",
        );
        error.current = await presentConsultation(ctx, tx, row);
        throw new StaleWithAudit(error);
      }
      const now = ctx.clock.now();
      const updated = await repo.updateConsultation(tx, id, {
        ...(input.reason !== undefined ? { reason: ctx.cipher.encrypt(input.reason) } : {}),
        ...(input.notes !== undefined ? { notes: ctx.cipher.encrypt(input.notes) } : {}),
        ...(normalised ? { diagnoses: ctx.cipher.encrypt(JSON.stringify(normalised.diagnoses)) } : {}),
        version: row.version + 1,
        updatedAt: now,
        updatedBy: actor.accountId,
      });
      if (!updated) throw notFound();
      await audit(tx, ctx, actor, "CONSULTATION_UPDATED", {
        siteId: row.siteId,
        type: "consultation",
        id: row.id,
      });
      return presentConsultation(ctx, tx, updated);
    })
    .catch(async (error: unknown) => {
      if (!(error instanceof StaleWithAudit)) throw error;
      // The refusal shows her the current version: that is a read, audited on its own once the
      // transaction that found it has ended.
      await ctx.db.transaction((tx) =>
        audit(tx, ctx, actor, "CONSULTATION_READ", {
          siteId: (error.problem.current as Consultation).siteId,
          type: "consultation",
          id,
        }),
      );
      throw error.problem;
    });
}

class StaleWithAudit extends Error {
  constructor(readonly problem: AppError) {
    super(problem.message);
  }
}

/** A page of a site's consultations without clinical text; who listed them is audited all the same. */
export async function listConsultations(
  ctx: AppContext,
  actor: Actor,
  query: { siteId: string; sessionId?: string | undefined; limit: number; cursor?: string | undefined },
): Promise<z.input<typeof ConsultationListSchema>> {
  requirePermission(actor, "clinic.record");
  requireSite(actor, query.siteId);
  const cursor = decodeCursor(query.cursor, 2);
  const after = cursor ? { at: new Date(cursor[0] as string), id: cursor[1] as string } : undefined;
  if (after && Number.isNaN(after.at.getTime()))
    throw fieldError("cursor", "VALIDATION_FAILED", "Start again from the first page.");
  return ctx.db.transaction(async (tx) => {
    const rows = await repo.listConsultations(tx, {
      siteId: query.siteId,
      limit: query.limit,
      ...(query.sessionId ? { sessionId: query.sessionId } : {}),
      ...(after ? { after } : {}),
    });
    const page = rows.slice(0, query.limit);
    const last = page.at(-1);
    await audit(tx, ctx, actor, "CONSULTATIONS_LISTED", {
      siteId: query.siteId,
      type: "site",
      id: query.siteId,
    });
    const lookups = await lookupsFor(
      tx,
      page.map((r) => r.seenBy),
      page.map((r) => r.visitorCodeId),
    );
    return {
      items: page.map((r) => toConsultationSummary(r, lookups)),
      nextCursor: rows.length > query.limit && last ? encodeCursor(last.seenAt.toISOString(), last.id) : null,
    };
  });
}

/**
 * A woman's clinic record by her code as typed: her consultations on the actor's sites, newest
 * first. The read is audited under her code's id.
 */
export async function clinicRecord(ctx: AppContext, actor: Actor, typedCode: string): Promise<ClinicRecord> {
  requirePermission(actor, "clinic.record");
  const code = await visits.resolveTypedCode(ctx.db, "code", typedCode);
  return ctx.db.transaction(async (tx) => {
    const rows = (await repo.consultationsOfCode(tx, code.id, LIMITS.pageSizeMax)).filter((r) =>
      maySeeSite(actor, r.siteId),
    );
    await audit(tx, ctx, actor, "CLINIC_RECORD_READ", { siteId: null, type: "visitor_code", id: code.id });
    const page = rows.slice(0, LIMITS.pageSizeMax);
    return {
      visitorCodeId: code.id,
      visitorCode: formatVisitorCode(code.code),
      consultations: await presentConsultations(ctx, tx, page),
      more: rows.length > LIMITS.pageSizeMax,
    };
  });
}

// Tests

export async function addTest(ctx: AppContext, actor: Actor, consultationId: string, input: TestInput) {
  requirePermission(actor, "clinic.record");
  refuse(testProblems([input], "tests").map((p) => ({ ...p, path: "otherName" })));
  return ctx.db.transaction(async (tx) => {
    const consultation = await visibleConsultation(tx, actor, consultationId);
    const site = await sites.getSite(ctx, actor, consultation.siteId);
    const [row] = await writeTests(tx, ctx, actor, { consultation, timeZone: site.timeZone }, [input]);
    return presentTest(ctx, tx, row as repo.TestRow);
  });
}

export async function getTest(ctx: AppContext, actor: Actor, id: string): Promise<ClinicTest> {
  requirePermission(actor, "clinic.record");
  return ctx.db.transaction(async (tx) => {
    const row = await repo.findTest(tx, id);
    if (!row || !maySeeSite(actor, row.siteId)) throw notFound();
    await audit(tx, ctx, actor, "CLINIC_TEST_READ", { siteId: row.siteId, type: "clinic_test", id: row.id });
    return presentTest(ctx, tx, row);
  });
}

/**
 * The tests board of a site: results waiting to be told first, then tests at the lab, then tests
 * taken, then those told. No outcome or note on the board; the list is audited.
 */
export async function testBoard(
  ctx: AppContext,
  actor: Actor,
  query: { siteId: string; state?: string | undefined; limit: number; cursor?: string | undefined },
): Promise<TestBoard> {
  requirePermission(actor, "clinic.record");
  requireSite(actor, query.siteId);
  const cursor = decodeCursor(query.cursor, 3);
  const after = cursor
    ? { rank: Number(cursor[0]), key: Number(cursor[1]), id: cursor[2] as string }
    : undefined;
  if (after && (!Number.isFinite(after.rank) || !Number.isFinite(after.key))) {
    throw fieldError("cursor", "VALIDATION_FAILED", "Start again from the first page.");
  }
  return ctx.db.transaction(async (tx) => {
    const rows = await repo.testBoard(tx, {
      siteId: query.siteId,
      limit: query.limit,
      ...(query.state ? { state: query.state } : {}),
      ...(after ? { after } : {}),
    });
    const counts = { taken: 0, sent: 0, result_in: 0, told: 0 };
    for (const c of await repo.countTestsByState(tx, query.siteId)) counts[c.state] = c.n;
    await audit(tx, ctx, actor, "CLINIC_TESTS_LISTED", {
      siteId: query.siteId,
      type: "site",
      id: query.siteId,
    });
    const page = rows.slice(0, query.limit);
    const last = page.at(-1);
    const lookups = await lookupsFor(
      tx,
      [],
      page.map((r) => r.test.visitorCodeId),
    );
    return {
      items: page.map((r) => toBoardItem(r.test, lookups)),
      nextCursor: rows.length > query.limit && last ? encodeCursor(last.rank, last.key, last.test.id) : null,
      counts,
    };
  });
}

/**
 * Moves a test one step. A result in raises the door's "ask her to see the nurse" on her code (and
 * nothing more); told clears it. A result for a code erased since the test was taken is refused.
 */
export async function transitionTest(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: TransitionInput,
): Promise<z.input<typeof ClinicTestSchema>> {
  requirePermission(actor, "clinic.record");
  return ctx.db.transaction(async (tx) => {
    const row = await repo.lockTest(tx, id);
    if (!row || !maySeeSite(actor, row.siteId)) throw notFound();
    const problem = transitionProblem(row.state, input.to);
    if (problem) throw new AppError("INVALID_TRANSITION", problem);
    const now = ctx.clock.now();
    const entity = { siteId: row.siteId, type: "clinic_test", id: row.id };
    let updated: repo.TestRow;
    if (input.to === "sent") {
      updated = await repo.updateTest(tx, id, { state: "sent", sentAt: now, sentBy: actor.accountId });
      await audit(tx, ctx, actor, "CLINIC_TEST_SENT", entity);
    } else if (input.to === "result_in") {
      if (row.takenWithCode && row.visitorCodeId === null) {
        throw new AppError(
          "CODE_ERASED",
          "The code this test was taken under has been erased, so the result cannot be recorded against it. Tell her in person if she comes back.",
        );
      }
      updated = await repo.updateTest(tx, id, {
        state: "result_in",
        outcome: input.outcome,
        resultNote: sealOrNull(ctx, input.note),
        resultAt: now,
        resultBy: actor.accountId,
      });
      if (row.visitorCodeId) {
        await visits.raiseFlag(tx, row.visitorCodeId, "see_nurse", "clinic", row.id, actor.accountId, now);
      }
      await audit(tx, ctx, actor, "CLINIC_TEST_RESULT_RECORDED", entity);
    } else {
      updated = await repo.updateTest(tx, id, { state: "told", toldAt: now, toldBy: actor.accountId });
      await visits.clearFlagsOf(tx, "clinic", row.id, actor.accountId, now);
      await audit(tx, ctx, actor, "CLINIC_TEST_TOLD", entity);
    }
    return presentTest(ctx, tx, updated);
  });
}

// Referrals

export async function addReferral(
  ctx: AppContext,
  actor: Actor,
  consultationId: string,
  input: ReferralInput,
): Promise<Referral> {
  requirePermission(actor, "clinic.record");
  refuse(referralProblems(input, "referral").map((p) => ({ ...p, path: p.path.replace(/^referral\./, "") })));
  return ctx.db.transaction(async (tx) => {
    const consultation = await visibleConsultation(tx, actor, consultationId);
    const site = await sites.getSite(ctx, actor, consultation.siteId);
    const row = await writeReferral(tx, ctx, actor, { consultation, timeZone: site.timeZone }, input);
    const accompaniments = await followUps.accompanimentsOfReferrals(tx, [row.id]);
    const lookups = await lookupsFor(tx, [row.createdBy], []);
    return toReferral(row, ctx.cipher, lookups, accompaniments.get(row.id) ?? null);
  });
}

/** A site's referrals with their accompaniment's status; no place or note (those are read in the consultation). */
export async function listReferrals(
  ctx: AppContext,
  actor: Actor,
  query: {
    siteId: string;
    needsAccompaniment?: boolean | undefined;
    limit: number;
    cursor?: string | undefined;
  },
): Promise<z.input<typeof ReferralListSchema>> {
  requirePermission(actor, "clinic.record");
  requireSite(actor, query.siteId);
  const cursor = decodeCursor(query.cursor, 2);
  const after = cursor ? { at: new Date(cursor[0] as string), id: cursor[1] as string } : undefined;
  if (after && Number.isNaN(after.at.getTime()))
    throw fieldError("cursor", "VALIDATION_FAILED", "Start again from the first page.");
  return ctx.db.transaction(async (tx) => {
    const rows = await repo.listReferrals(tx, {
      siteId: query.siteId,
      limit: query.limit,
      ...(query.needsAccompaniment !== undefined ? { needsAccompaniment: query.needsAccompaniment } : {}),
      ...(after ? { after } : {}),
    });
    const page = rows.slice(0, query.limit);
    const last = page.at(-1);
    await audit(tx, ctx, actor, "REFERRALS_LISTED", { siteId: query.siteId, type: "site", id: query.siteId });
    const accompaniments = await followUps.accompanimentsOfReferrals(
      tx,
      page.map((r) => r.referral.id),
    );
    const lookups = await lookupsFor(
      tx,
      [],
      page.map((r) => r.visitorCodeId),
    );
    return {
      items: page.map(({ referral, visitorCodeId }) => ({
        id: referral.id,
        consultationId: referral.consultationId,
        visitorCode: codeOf(lookups, visitorCodeId),
        kind: referral.kind,
        appointmentAt: referral.appointmentAt?.toISOString() ?? null,
        needsAccompaniment: referral.needsAccompaniment,
        languageNeeded: referral.languageNeeded,
        accompaniment: accompaniments.get(referral.id) ?? null,
        createdAt: referral.createdAt.toISOString(),
      })),
      nextCursor:
        rows.length > query.limit && last
          ? encodeCursor(last.referral.createdAt.toISOString(), last.referral.id)
          : null,
    };
  });
}

// Medicine

export async function dispense(
  ctx: AppContext,
  actor: Actor,
  consultationId: string,
  item: { medicineId: string; quantity: number },
): Promise<Dispensing> {
  requirePermission(actor, "clinic.record");
  return ctx.db.transaction(async (tx) => {
    const consultation = await visibleConsultation(tx, actor, consultationId);
    refuse(await medicineProblems(tx, consultation.siteId, [item], "dispense"));
    return writeDispensing(tx, ctx, actor, consultation, item, "quantity");
  });
}

export async function listMedicines(
  ctx: AppContext,
  actor: Actor,
  query: { siteId: string; includeInactive: boolean },
): Promise<{ medicines: Medicine[] }> {
  requirePermission(actor, "clinic.record");
  requireSite(actor, query.siteId);
  const rows = await repo.listMedicines(ctx.db, query.siteId, query.includeInactive);
  return { medicines: rows.map(toMedicine) };
}

const medicineNameTaken = () =>
  fieldError("name", "MEDICINE_NAME_TAKEN", "The clinic already has a medicine with this name.");

export async function createMedicine(
  ctx: AppContext,
  actor: Actor,
  input: CreateMedicineInput,
): Promise<Medicine> {
  requirePermission(actor, "clinic.record");
  requireSite(actor, input.siteId);
  await sites.getSite(ctx, actor, input.siteId);
  return ctx.db.transaction(async (tx) => {
    const now = ctx.clock.now();
    const row = await repo.insertMedicine(tx, { ...input, createdAt: now, updatedAt: now });
    if (!row) throw medicineNameTaken();
    await audit(tx, ctx, actor, "MEDICINE_CREATED", { siteId: row.siteId, type: "medicine", id: row.id });
    if (row.stock > 0) {
      await repo.insertAdjustment(tx, {
        medicineId: row.id,
        delta: row.stock,
        reason: "",
        adjustedBy: actor.accountId,
        adjustedAt: now,
      });
    }
    return toMedicine(row);
  });
}

async function visibleMedicine(db: Queryable, actor: Actor, id: string) {
  const row = await repo.findMedicine(db, id);
  if (!row || !maySeeSite(actor, row.siteId)) throw notFound();
  return row;
}

export async function updateMedicine(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: UpdateMedicineInput,
): Promise<Medicine> {
  requirePermission(actor, "clinic.record");
  return ctx.db.transaction(async (tx) => {
    const row = await visibleMedicine(tx, actor, id);
    if (input.name !== undefined && (await repo.findMedicineByName(tx, row.siteId, input.name, row.id))) {
      throw medicineNameTaken();
    }
    const values = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
    const updated = await repo.updateMedicine(tx, id, { ...values, updatedAt: ctx.clock.now() });
    if (!updated) throw notFound();
    await audit(tx, ctx, actor, "MEDICINE_UPDATED", { siteId: row.siteId, type: "medicine", id: row.id });
    return toMedicine(updated);
  });
}

/** A delivery or a count, in one conditional update: stock never goes below zero. */
export async function adjustMedicineStock(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: { delta: number; reason: string },
): Promise<Medicine> {
  requirePermission(actor, "clinic.record");
  return ctx.db.transaction(async (tx) => {
    const row = await visibleMedicine(tx, actor, id);
    const now = ctx.clock.now();
    const updated = await repo.changeStock(tx, id, input.delta, LIMITS.medicineStockMax, now);
    if (!updated) {
      const current = (await repo.findMedicine(tx, id))?.stock ?? row.stock;
      throw fieldError(
        "delta",
        "OUT_OF_STOCK",
        input.delta < 0
          ? `Only ${current} ${row.unit} in stock: the stock cannot go below zero.`
          : `The stock cannot go over ${LIMITS.medicineStockMax}.`,
      );
    }
    await repo.insertAdjustment(tx, {
      medicineId: id,
      delta: input.delta,
      reason: input.reason,
      adjustedBy: actor.accountId,
      adjustedAt: now,
    });
    await audit(tx, ctx, actor, "MEDICINE_STOCK_ADJUSTED", { siteId: row.siteId, type: "medicine", id });
    return toMedicine(updated);
  });
}

// Costs

export async function addCost(ctx: AppContext, actor: Actor, input: CreateCostInput): Promise<Cost> {
  requirePermission(actor, "clinic.record");
  requireSite(actor, input.siteId);
  const site = await sites.getSite(ctx, actor, input.siteId);
  return ctx.db.transaction(async (tx) => {
    if (input.consultationId) {
      const consultation = await repo.findConsultation(tx, input.consultationId);
      if (!consultation || consultation.siteId !== input.siteId) {
        throw fieldError("consultationId", "NOT_FOUND", "This consultation is not one of this site's.");
      }
    }
    const row = await writeCost(
      tx,
      ctx,
      actor,
      { siteId: input.siteId, consultationId: input.consultationId ?? null, timeZone: site.timeZone },
      input,
    );
    const lookups = await lookupsFor(tx, [row.createdBy], []);
    return toCost(row, ctx.cipher, lookups);
  });
}

function assertRange(query: { from: string; to: string }, maxDays: number) {
  if (query.to < query.from)
    throw fieldError("to", "END_BEFORE_START", "The last date must be on or after the first.");
  const days = dayNumber(query.to) - dayNumber(query.from) + 1;
  if (days > maxDays) {
    throw fieldError(
      "to",
      "VALIDATION_FAILED",
      `Ask for at most ${maxDays} days at a time (this is ${days}).`,
    );
  }
}

export async function listCosts(
  ctx: AppContext,
  actor: Actor,
  query: { siteId: string; from: string; to: string; limit: number; cursor?: string | undefined },
): Promise<z.input<typeof CostListSchema>> {
  requirePermission(actor, "clinic.record");
  requireSite(actor, query.siteId);
  assertRange(query, LIMITS.clinicStatisticsMaxDays);
  const cursor = decodeCursor(query.cursor, 2);
  const after = cursor ? { on: cursor[0] as string, id: cursor[1] as string } : undefined;
  if (after && !/^\d{4}-\d{2}-\d{2}$/.test(after.on)) {
    throw fieldError("cursor", "VALIDATION_FAILED", "Start again from the first page.");
  }
  return ctx.db.transaction(async (tx) => {
    const range = { siteId: query.siteId, from: query.from, to: query.to };
    const rows = await repo.listCosts(tx, { ...range, limit: query.limit, ...(after ? { after } : {}) });
    const page = rows.slice(0, query.limit);
    const last = page.at(-1);
    await audit(tx, ctx, actor, "CLINIC_COSTS_LISTED", {
      siteId: query.siteId,
      type: "site",
      id: query.siteId,
    });
    const lookups = await lookupsFor(
      tx,
      page.map((r) => r.createdBy),
      [],
    );
    return {
      items: page.map((r) => toCost(r, ctx.cipher, lookups)),
      nextCursor: rows.length > query.limit && last ? encodeCursor(last.incurredOn, last.id) : null,
      totalOre: await repo.totalCosts(tx, range),
    };
  });
}

// For other features

/** For the diary: how many consultations the clinic recorded in a door session (a count, nothing more). */
export function consultationCountOfSession(db: Queryable, sessionId: string): Promise<number> {
  return repo.countConsultationsOfSession(db, sessionId);
}

/**
 * For the door's board: the visits and codes the clinic saw in a session. "Seen by the clinic
 * tonight" is all the door learns: no reason, no test, no result.
 */
export async function seenTonight(
  db: Queryable,
  sessionId: string,
): Promise<{ visitIds: Set<string>; visitorCodeIds: Set<string> }> {
  const rows = await repo.seenInSession(db, sessionId);
  const visitIds = new Set<string>();
  const visitorCodeIds = new Set<string>();
  for (const r of rows) {
    if (r.visitId) visitIds.add(r.visitId);
    if (r.visitorCodeId) visitorCodeIds.add(r.visitorCodeId);
  }
  return { visitIds, visitorCodeIds };
}

// Statistics

export interface StatisticsQuery {
  siteId: string;
  from: string;
  to: string;
}

/** The site (visible to the actor) and the period as instants in its time zone. */
async function statisticsRange(ctx: AppContext, actor: Actor, query: StatisticsQuery) {
  requirePermission(actor, "clinic.statistics");
  requireSite(actor, query.siteId);
  assertRange(query, LIMITS.clinicStatisticsMaxDays);
  const site = await sites.getSite(ctx, actor, query.siteId);
  const range: repo.StatisticsRange = {
    siteId: site.id,
    from: query.from,
    to: query.to,
    fromInstant: zonedInstant(query.from, "00:00", site.timeZone),
    toInstant: zonedInstant(addDays(query.to, 1), "00:00", site.timeZone),
  };
  return { site, range };
}

function toTurnaroundRows(rows: Awaited<ReturnType<typeof repo.turnaroundByType>>) {
  const byType = new Map(rows.map((r) => [r.testType, r]));
  return TEST_TYPES.map((testType) => {
    const r = byType.get(testType);
    return {
      testType,
      taken: r?.taken ?? 0,
      medianHoursTakenToResult: roundHours(r?.takenToResult ?? null),
      medianHoursResultToTold: roundHours(r?.resultToTold ?? null),
      medianHoursTakenToTold: roundHours(r?.takenToTold ?? null),
      waitingForResult: r?.waitingForResult ?? 0,
      waitingToBeTold: r?.waitingToBeTold ?? 0,
    };
  });
}

/**
 * Turnaround per test type of the tests taken in the period: medians of taken → result in, result
 * in → told and taken → told, in hours, and how many still wait. One grouped query.
 */
export async function turnaround(ctx: AppContext, actor: Actor, query: StatisticsQuery): Promise<Turnaround> {
  const { site, range } = await statisticsRange(ctx, actor, query);
  const rows = await repo.turnaroundByType(ctx.db, range);
  return {
    site: { id: site.id, name: site.name },
    from: query.from,
    to: query.to,
    byType: toTurnaroundRows(rows),
  };
}

/**
 * Clinic hours of the door's sessions (date@start), from the schedule's clinic activities of each
 * session's date. The schedule is read once for the whole period, and only the dates the door was
 * open are computed: ten years in 62-day windows cost 59 schedule reads and every scheduled evening.
 */
async function clinicHoursOfSessions(
  ctx: AppContext,
  actor: Actor,
  site: { id: string; timeZone: string },
  from: string,
  doorSessions: readonly { date: string }[],
) {
  const hours = new Map<string, number>();
  if (doorSessions.length === 0) return hours;
  const week = await sites.getWeek(ctx, actor, site.id, { since: from });
  const schedule: ScheduleSnapshot = {
    timeZone: site.timeZone,
    weeklyOpenings: week.weeklyOpenings,
    oneOffOpenings: week.oneOffOpenings,
    closures: week.closures,
    pilotPeriods: week.pilotPeriods,
    activities: week.activities,
  };
  for (const date of new Set(doorSessions.map((s) => s.date))) {
    for (const s of computeSessions(schedule, { from: date, to: date }))
      hours.set(`${s.date}@${s.startsAt}`, clinicHoursOf(s.activities));
  }
  return hours;
}

/**
 * The clinic's figures for a period: consultations per session and per clinic hour, women turned
 * away and no-shows (the queue's), tests by type with positive rates, turnaround, costs per month,
 * consultations by nationality. Health counts under the threshold are suppressed.
 */
export async function statistics(
  ctx: AppContext,
  actor: Actor,
  query: StatisticsQuery,
): Promise<ClinicStatistics> {
  const { site, range } = await statisticsRange(ctx, actor, query);
  const rows = await ctx.db.transaction(
    async (tx) => ({
      sessions: await repo.sessionsWithConsultations(tx, range),
      byKind: await repo.consultationsByKind(tx, range),
      byNationality: await repo.consultationsByNationality(tx, range),
      tests: await repo.turnaroundByType(tx, range),
      costs: await repo.costsByMonth(tx, range),
    }),
    { isolationLevel: "repeatable read", accessMode: "read only" },
  );
  const hours = await clinicHoursOfSessions(ctx, actor, site, query.from, rows.sessions);
  const queue = await clinicQueue.queueCountsOfSessions(
    ctx.db,
    rows.sessions.map((s) => s.sessionId),
  );
  const appointmentNoShows = new Map<string, number>();
  for (const a of await clinicQueue.appointmentCountsOf(ctx.db, site.id, query)) {
    if (a.status === "no_show")
      appointmentNoShows.set(a.date, (appointmentNoShows.get(a.date) ?? 0) + a.count);
  }
  const sessions: ClinicStatistics["sessions"] = [];
  const datesCounted = new Set<string>();
  for (const s of rows.sessions) {
    const clinicHours = hours.get(`${s.date}@${s.startsAt.slice(0, 5)}`) ?? 0;
    const q = queue.get(s.sessionId);
    // An appointment belongs to a date: its no-shows go to the first session of that date.
    const noShowsOfDate = datesCounted.has(s.date) ? 0 : (appointmentNoShows.get(s.date) ?? 0);
    datesCounted.add(s.date);
    const row = {
      sessionId: s.sessionId,
      date: s.date,
      clinicHours,
      consultations: s.consultations,
      turnedAway: q?.turnedAway ?? 0,
      noShows: (q?.noShow ?? 0) + noShowsOfDate,
    };
    if (row.clinicHours > 0 || row.consultations > 0 || row.turnedAway > 0 || row.noShows > 0)
      sessions.push(row);
  }
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
  const consultations = sum(rows.byKind.map((k) => k.n));
  const clinicHours = Math.round(sum(sessions.map((s) => s.clinicHours)) * 100) / 100;
  const costs = rows.costs.map((c) => ({
    month: c.month,
    kind: c.kind,
    amountOre: Number(c.amountOre),
    count: c.n,
  }));
  const suppressed = suppressCounts(rows.byNationality.map((n) => n.n));
  return {
    site: { id: site.id, name: site.name },
    from: query.from,
    to: query.to,
    threshold: LIMITS.healthDisclosureThreshold,
    totals: {
      sessions: sessions.length,
      consultations,
      clinicHours,
      consultationsPerHour: clinicHours > 0 ? Math.round((consultations / clinicHours) * 100) / 100 : null,
      turnedAway: sum(sessions.map((s) => s.turnedAway)),
      noShows: sum(sessions.map((s) => s.noShows)),
      tests: sum(rows.tests.map((t) => t.taken)),
      costsOre: sum(costs.map((c) => c.amountOre)),
    },
    sessions,
    byClinicKind: rows.byKind.map((k) => ({ clinicKind: k.clinicKind, consultations: k.n })),
    tests: TEST_TYPES.map((testType) => {
      const t = rows.tests.find((r) => r.testType === testType);
      const rate = positiveRate(t?.withResult ?? 0, t?.positives ?? 0);
      return {
        testType,
        taken: t?.taken ?? 0,
        withResult: t?.withResult ?? 0,
        positives: rate.positives,
        positiveRate: rate.rate,
        suppressed: rate.suppressed,
      };
    }),
    turnaround: toTurnaroundRows(rows.tests),
    costs,
    byNationality: rows.byNationality.map((n, i) => ({
      nationality: n.nationality,
      consultations: suppressed[i] ?? null,
      suppressed: suppressed[i] === null,
    })),
  };
}

export type StatisticsFormat = "csv" | "xlsx";

/**
 * The statistics as a file, headed in the actor's language. A file leaves the app, so the export is
 * audited before it is handed over; if the audit row cannot be written, no file leaves.
 */
export async function exportStatistics(
  ctx: AppContext,
  actor: Actor,
  query: StatisticsQuery,
  format: StatisticsFormat,
): Promise<{ filename: string; contentType: string; body: string | Buffer }> {
  const report = await statistics(ctx, actor, query);
  const body =
    format === "csv"
      ? statisticsCsv(report, actor.locale)
      : await statisticsXlsx(report, actor.locale, ctx.clock.now());
  await ctx.db.transaction((tx) =>
    audit(tx, ctx, actor, "CLINIC_STATISTICS_EXPORTED", {
      siteId: report.site.id,
      type: "clinic_statistics",
      id: `${format}:${query.from}/${query.to}`,
    }),
  );
  return {
    filename: `clinic-${query.from}-${query.to}.${format}`,
    contentType: STATISTICS_CONTENT_TYPES[format],
    body,
  };
}
