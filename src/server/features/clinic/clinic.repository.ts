/**
 * Queries of the clinic's records. Drizzle only; no rules. The statistics also read the door's
 * opening_sessions (read-only, as the reports feature does) to place consultations in their evening.
 */
import { and, asc, count, desc, eq, gte, inArray, lt, lte, ne, or, sql } from "drizzle-orm";
import { TEST_TYPES } from "../../../common/contracts/clinic.js";
import type { Queryable, Tx } from "../../db/client.js";
import {
  accounts,
  clinicCosts,
  clinicReferrals,
  clinicTests,
  consultations,
  medicineAdjustments,
  medicineDispensings,
  medicines,
  openingSessions,
} from "../../db/schema/index.js";

export type ConsultationRow = typeof consultations.$inferSelect;
export type TestRow = typeof clinicTests.$inferSelect;
export type ReferralRow = typeof clinicReferrals.$inferSelect;
export type MedicineRow = typeof medicines.$inferSelect;
export type CostRow = typeof clinicCosts.$inferSelect;

// Staff names

export async function staffNames(db: Queryable, ids: readonly (string | null)[]) {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (wanted.length === 0) return new Map<string, string>();
  const rows = await db
    .select({ id: accounts.id, displayName: accounts.displayName })
    .from(accounts)
    .where(inArray(accounts.id, wanted));
  return new Map(rows.map((r) => [r.id, r.displayName]));
}

// Sessions (the door's, read-only)

/**
 * The door's session of a site in progress at `now`, or just over (a consultation written up after
 * closing still belongs to the evening): started at most an hour ahead, ended at most four hours ago.
 */
export const sessionAround = async (db: Queryable, siteId: string, now: Date, earliestDate: string) =>
  (
    await db
      .select({ id: openingSessions.id })
      .from(openingSessions)
      .where(
        and(
          eq(openingSessions.siteId, siteId),
          gte(openingSessions.date, earliestDate),
          sql`${openingSessions.startsAtInstant} - interval '1 hour' <= ${now}`,
          sql`${openingSessions.endsAtInstant} + interval '4 hours' > ${now}`,
        ),
      )
      .orderBy(desc(openingSessions.startsAtInstant))
      .limit(1)
  )[0];

export const findSessionOfSite = async (db: Queryable, sessionId: string) =>
  (
    await db
      .select({ id: openingSessions.id, siteId: openingSessions.siteId })
      .from(openingSessions)
      .where(eq(openingSessions.id, sessionId))
      .limit(1)
  )[0];

// Consultations

export const insertConsultation = async (tx: Tx, values: typeof consultations.$inferInsert) =>
  (await tx.insert(consultations).values(values).returning())[0] as ConsultationRow;

export const findConsultation = async (db: Queryable, id: string) =>
  (await db.select().from(consultations).where(eq(consultations.id, id)).limit(1))[0];

export const lockConsultation = async (tx: Tx, id: string) =>
  (await tx.select().from(consultations).where(eq(consultations.id, id)).for("update").limit(1))[0];

export const updateConsultation = async (
  tx: Tx,
  id: string,
  values: Partial<typeof consultations.$inferInsert>,
) => (await tx.update(consultations).set(values).where(eq(consultations.id, id)).returning())[0];

const testCount = sql<number>`(select count(*)::int from ${clinicTests} where ${clinicTests.consultationId} = ${consultations.id})`;
const referralCount = sql<number>`(select count(*)::int from ${clinicReferrals} where ${clinicReferrals.consultationId} = ${consultations.id})`;

/** A page of a site's consultations, newest first, keyed by (seen_at, id). */
export const listConsultations = (
  db: Queryable,
  query: { siteId: string; sessionId?: string; limit: number; after?: { at: Date; id: string } },
) =>
  db
    .select({
      id: consultations.id,
      siteId: consultations.siteId,
      sessionId: consultations.sessionId,
      visitorCodeId: consultations.visitorCodeId,
      nationality: consultations.nationality,
      clinicKind: consultations.clinicKind,
      seenAt: consultations.seenAt,
      seenBy: consultations.seenBy,
      tests: testCount,
      referrals: referralCount,
    })
    .from(consultations)
    .where(
      and(
        eq(consultations.siteId, query.siteId),
        query.sessionId ? eq(consultations.sessionId, query.sessionId) : undefined,
        query.after
          ? or(
              lt(consultations.seenAt, query.after.at),
              and(eq(consultations.seenAt, query.after.at), lt(consultations.id, query.after.id)),
            )
          : undefined,
      ),
    )
    .orderBy(desc(consultations.seenAt), desc(consultations.id))
    .limit(query.limit + 1);

export const consultationsOfCode = (db: Queryable, visitorCodeId: string, limit: number) =>
  db
    .select()
    .from(consultations)
    .where(eq(consultations.visitorCodeId, visitorCodeId))
    .orderBy(desc(consultations.seenAt), desc(consultations.id))
    .limit(limit + 1);

export async function countConsultationsOfSession(db: Queryable, sessionId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(consultations)
    .where(eq(consultations.sessionId, sessionId));
  return row?.n ?? 0;
}

export const seenInSession = (db: Queryable, sessionId: string) =>
  db
    .select({ visitId: consultations.visitId, visitorCodeId: consultations.visitorCodeId })
    .from(consultations)
    .where(eq(consultations.sessionId, sessionId));

// Tests

export const insertTests = (tx: Tx, values: (typeof clinicTests.$inferInsert)[]) =>
  values.length === 0 ? Promise.resolve([] as TestRow[]) : tx.insert(clinicTests).values(values).returning();

export const findTest = async (db: Queryable, id: string) =>
  (await db.select().from(clinicTests).where(eq(clinicTests.id, id)).limit(1))[0];

export const lockTest = async (tx: Tx, id: string) =>
  (await tx.select().from(clinicTests).where(eq(clinicTests.id, id)).for("update").limit(1))[0];

export const updateTest = async (tx: Tx, id: string, values: Partial<typeof clinicTests.$inferInsert>) =>
  (await tx.update(clinicTests).set(values).where(eq(clinicTests.id, id)).returning())[0] as TestRow;

/** Tests taken together are listed in the form's order of test types. */
const testTypeOrder = sql`array_position(array[${sql.join(
  TEST_TYPES.map((t) => sql`${t}`),
  sql`, `,
)}]::text[], ${clinicTests.testType}::text)`;

export const testsOfConsultations = (db: Queryable, ids: readonly string[]) =>
  ids.length === 0
    ? Promise.resolve([] as TestRow[])
    : db
        .select()
        .from(clinicTests)
        .where(inArray(clinicTests.consultationId, [...ids]))
        .orderBy(asc(clinicTests.takenAt), testTypeOrder, asc(clinicTests.id));

/** Results waiting to be told first, then sent, then taken, then told (newest told first). */
const boardRank = sql<number>`(case ${clinicTests.state} when 'result_in' then 0 when 'sent' then 1 when 'taken' then 2 else 3 end)`;
const boardKey = sql<number>`(case when ${clinicTests.state} = 'told' then -extract(epoch from ${clinicTests.toldAt}) else extract(epoch from coalesce(${clinicTests.resultAt}, ${clinicTests.sentAt}, ${clinicTests.takenAt})) end)::float8`;

export interface BoardCursor {
  rank: number;
  key: number;
  id: string;
}

export const testBoard = (
  db: Queryable,
  query: { siteId: string; state?: string; limit: number; after?: BoardCursor },
) =>
  db
    .select({ test: clinicTests, rank: boardRank, key: boardKey })
    .from(clinicTests)
    .where(
      and(
        eq(clinicTests.siteId, query.siteId),
        query.state ? sql`${clinicTests.state} = ${query.state}` : undefined,
        query.after
          ? sql`(${boardRank}, ${boardKey}, ${clinicTests.id}) > (${query.after.rank}, ${query.after.key}::float8, ${query.after.id}::uuid)`
          : undefined,
      ),
    )
    .orderBy(boardRank, boardKey, clinicTests.id)
    .limit(query.limit + 1);

export const countTestsByState = (db: Queryable, siteId: string) =>
  db
    .select({ state: clinicTests.state, n: count() })
    .from(clinicTests)
    .where(eq(clinicTests.siteId, siteId))
    .groupBy(clinicTests.state);

// Referrals

export const insertReferral = async (tx: Tx, values: typeof clinicReferrals.$inferInsert) =>
  (await tx.insert(clinicReferrals).values(values).returning())[0] as ReferralRow;

export const setAccompaniment = (tx: Tx, id: string, accompanimentId: string) =>
  tx.update(clinicReferrals).set({ accompanimentId }).where(eq(clinicReferrals.id, id));

export const referralsOfConsultations = (db: Queryable, ids: readonly string[]) =>
  ids.length === 0
    ? Promise.resolve([] as ReferralRow[])
    : db
        .select()
        .from(clinicReferrals)
        .where(inArray(clinicReferrals.consultationId, [...ids]))
        .orderBy(asc(clinicReferrals.createdAt), asc(clinicReferrals.id));

export const listReferrals = (
  db: Queryable,
  query: { siteId: string; needsAccompaniment?: boolean; limit: number; after?: { at: Date; id: string } },
) =>
  db
    .select({ referral: clinicReferrals, visitorCodeId: consultations.visitorCodeId })
    .from(clinicReferrals)
    .innerJoin(consultations, eq(consultations.id, clinicReferrals.consultationId))
    .where(
      and(
        eq(clinicReferrals.siteId, query.siteId),
        query.needsAccompaniment === undefined
          ? undefined
          : eq(clinicReferrals.needsAccompaniment, query.needsAccompaniment),
        query.after
          ? or(
              lt(clinicReferrals.createdAt, query.after.at),
              and(eq(clinicReferrals.createdAt, query.after.at), lt(clinicReferrals.id, query.after.id)),
            )
          : undefined,
      ),
    )
    .orderBy(desc(clinicReferrals.createdAt), desc(clinicReferrals.id))
    .limit(query.limit + 1);

// Medicine

export const listMedicines = (db: Queryable, siteId: string, includeInactive: boolean) =>
  db
    .select()
    .from(medicines)
    .where(and(eq(medicines.siteId, siteId), includeInactive ? undefined : eq(medicines.active, true)))
    .orderBy(asc(sql`lower(${medicines.name})`));

export const findMedicine = async (db: Queryable, id: string) =>
  (await db.select().from(medicines).where(eq(medicines.id, id)).limit(1))[0];

export const medicinesByIds = (db: Queryable, ids: readonly string[]) =>
  ids.length === 0
    ? Promise.resolve([] as MedicineRow[])
    : db
        .select()
        .from(medicines)
        .where(inArray(medicines.id, [...ids]));

export const findMedicineByName = async (db: Queryable, siteId: string, name: string, exceptId?: string) =>
  (
    await db
      .select({ id: medicines.id })
      .from(medicines)
      .where(
        and(
          eq(medicines.siteId, siteId),
          sql`lower(${medicines.name}) = lower(${name})`,
          exceptId ? ne(medicines.id, exceptId) : undefined,
        ),
      )
      .limit(1)
  )[0];

/** Inserts a medicine; undefined when the site already has one of that name (the unique index decides). */
export const insertMedicine = async (tx: Tx, values: typeof medicines.$inferInsert) =>
  (await tx.insert(medicines).values(values).onConflictDoNothing().returning())[0];

export const updateMedicine = async (tx: Tx, id: string, values: Partial<typeof medicines.$inferInsert>) =>
  (await tx.update(medicines).set(values).where(eq(medicines.id, id)).returning())[0];

/**
 * Takes `quantity` from the stock in one statement: the row lock makes parallel dispensing wait, and
 * the condition refuses to go below zero. Undefined when there is not enough.
 */
export const takeFromStock = async (tx: Tx, id: string, quantity: number, now: Date) =>
  (
    await tx
      .update(medicines)
      .set({ stock: sql`${medicines.stock} - ${quantity}`, updatedAt: now })
      .where(and(eq(medicines.id, id), gte(medicines.stock, quantity)))
      .returning()
  )[0];

/** Adds `delta` (negative for a count that found fewer) unless the stock would go below zero or over the cap. */
export const changeStock = async (tx: Tx, id: string, delta: number, max: number, now: Date) =>
  (
    await tx
      .update(medicines)
      .set({ stock: sql`${medicines.stock} + ${delta}`, updatedAt: now })
      .where(
        and(
          eq(medicines.id, id),
          sql`${medicines.stock} + ${delta} >= 0`,
          sql`${medicines.stock} + ${delta} <= ${max}`,
        ),
      )
      .returning()
  )[0];

export const insertAdjustment = (tx: Tx, values: typeof medicineAdjustments.$inferInsert) =>
  tx.insert(medicineAdjustments).values(values);

export const insertDispensing = async (tx: Tx, values: typeof medicineDispensings.$inferInsert) =>
  (
    await tx.insert(medicineDispensings).values(values).returning()
  )[0] as typeof medicineDispensings.$inferSelect;

export const dispensingsOfConsultations = (db: Queryable, ids: readonly string[]) =>
  ids.length === 0
    ? Promise.resolve([])
    : db
        .select({
          id: medicineDispensings.id,
          consultationId: medicineDispensings.consultationId,
          medicineId: medicineDispensings.medicineId,
          name: medicines.name,
          unit: medicines.unit,
          stock: medicines.stock,
          quantity: medicineDispensings.quantity,
          dispensedAt: medicineDispensings.dispensedAt,
        })
        .from(medicineDispensings)
        .innerJoin(medicines, eq(medicines.id, medicineDispensings.medicineId))
        .where(inArray(medicineDispensings.consultationId, [...ids]))
        .orderBy(asc(medicineDispensings.dispensedAt), asc(medicineDispensings.id));

// Costs

export const insertCost = async (tx: Tx, values: typeof clinicCosts.$inferInsert) =>
  (await tx.insert(clinicCosts).values(values).returning())[0] as CostRow;

export const costsOfConsultations = (db: Queryable, ids: readonly string[]) =>
  ids.length === 0
    ? Promise.resolve([] as CostRow[])
    : db
        .select()
        .from(clinicCosts)
        .where(inArray(clinicCosts.consultationId, [...ids]))
        .orderBy(asc(clinicCosts.createdAt), asc(clinicCosts.id));

const costsInRange = (query: { siteId: string; from: string; to: string }) =>
  and(
    eq(clinicCosts.siteId, query.siteId),
    gte(clinicCosts.incurredOn, query.from),
    lte(clinicCosts.incurredOn, query.to),
  );

export const listCosts = (
  db: Queryable,
  query: { siteId: string; from: string; to: string; limit: number; after?: { on: string; id: string } },
) =>
  db
    .select()
    .from(clinicCosts)
    .where(
      and(
        costsInRange(query),
        query.after
          ? or(
              lt(clinicCosts.incurredOn, query.after.on),
              and(eq(clinicCosts.incurredOn, query.after.on), lt(clinicCosts.id, query.after.id)),
            )
          : undefined,
      ),
    )
    .orderBy(desc(clinicCosts.incurredOn), desc(clinicCosts.id))
    .limit(query.limit + 1);

export async function totalCosts(db: Queryable, query: { siteId: string; from: string; to: string }) {
  const [row] = await db
    .select({ total: sql<number>`coalesce(sum(${clinicCosts.amountOre}), 0)::bigint` })
    .from(clinicCosts)
    .where(costsInRange(query));
  return Number(row?.total ?? 0);
}

// Statistics

export interface StatisticsRange {
  siteId: string;
  /** Local dates, both inclusive. */
  from: string;
  to: string;
  /** The instants of the first date's start and the day after the last date's start, in the site's zone. */
  fromInstant: Date;
  toInstant: Date;
}

const testsInRange = (range: StatisticsRange) =>
  and(
    eq(clinicTests.siteId, range.siteId),
    gte(clinicTests.takenAt, range.fromInstant),
    lt(clinicTests.takenAt, range.toInstant),
  );

/** date_part gives float8 (extract gives numeric, which sorts at half the speed over ten years of tests). */
const medianHours = (from: unknown, to: unknown) =>
  sql<
    number | null
  >`(percentile_cont(0.5) within group (order by date_part('epoch', ${to} - ${from})) filter (where ${to} is not null)) / 3600.0`;

/** Per test type: how many were taken, medians of each leg in hours, and how many still wait. */
export const turnaroundByType = (db: Queryable, range: StatisticsRange) =>
  db
    .select({
      testType: clinicTests.testType,
      taken: sql<number>`count(*)::int`,
      takenToResult: medianHours(clinicTests.takenAt, clinicTests.resultAt),
      resultToTold: medianHours(clinicTests.resultAt, clinicTests.toldAt),
      takenToTold: medianHours(clinicTests.takenAt, clinicTests.toldAt),
      waitingForResult: sql<number>`(count(*) filter (where ${clinicTests.state} in ('taken', 'sent')))::int`,
      waitingToBeTold: sql<number>`(count(*) filter (where ${clinicTests.state} = 'result_in'))::int`,
      withResult: sql<number>`(count(*) filter (where ${clinicTests.resultAt} is not null and ${clinicTests.outcome} <> 'inconclusive'))::int`,
      positives: sql<number>`(count(*) filter (where ${clinicTests.outcome} = 'positive'))::int`,
    })
    .from(clinicTests)
    .where(testsInRange(range))
    .groupBy(clinicTests.testType);

const consultationsInRange = (range: StatisticsRange) =>
  and(
    eq(consultations.siteId, range.siteId),
    gte(consultations.seenAt, range.fromInstant),
    lt(consultations.seenAt, range.toInstant),
  );

export const consultationsByKind = (db: Queryable, range: StatisticsRange) =>
  db
    .select({ clinicKind: consultations.clinicKind, n: sql<number>`count(*)::int` })
    .from(consultations)
    .where(consultationsInRange(range))
    .groupBy(consultations.clinicKind);

export const consultationsByNationality = (db: Queryable, range: StatisticsRange) =>
  db
    .select({ nationality: consultations.nationality, n: sql<number>`count(*)::int` })
    .from(consultations)
    .where(consultationsInRange(range))
    .groupBy(consultations.nationality)
    .orderBy(desc(sql`count(*)`), asc(consultations.nationality));

/** The door's sessions of the range with their consultations (sessions without any count zero). */
export const sessionsWithConsultations = (db: Queryable, range: StatisticsRange) =>
  db
    .select({
      sessionId: openingSessions.id,
      date: openingSessions.date,
      startsAt: openingSessions.startsAt,
      consultations: sql<number>`count(${consultations.id})::int`,
    })
    .from(openingSessions)
    .leftJoin(consultations, eq(consultations.sessionId, openingSessions.id))
    .where(
      and(
        eq(openingSessions.siteId, range.siteId),
        gte(openingSessions.date, range.from),
        lte(openingSessions.date, range.to),
      ),
    )
    .groupBy(openingSessions.id)
    .orderBy(asc(openingSessions.date), asc(openingSessions.startsAt));

export const costsByMonth = (db: Queryable, range: StatisticsRange) =>
  db
    .select({
      month: sql<string>`to_char(${clinicCosts.incurredOn}, 'YYYY-MM')`,
      kind: clinicCosts.kind,
      amountOre: sql<number>`sum(${clinicCosts.amountOre})::bigint`,
      n: sql<number>`count(*)::int`,
    })
    .from(clinicCosts)
    .where(costsInRange(range))
    .groupBy(sql`1`, clinicCosts.kind)
    .orderBy(sql`1`, clinicCosts.kind);
