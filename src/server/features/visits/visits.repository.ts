import { and, asc, desc, eq, gte, inArray, isNull, lte, ne, or, sql } from "drizzle-orm";
import type { Queryable, Tx } from "../../db/client.js";
import { openingSessions, sites, visitorCodes, visitorFlags, visits } from "../../db/schema/index.js";

export type OpeningSessionRow = typeof openingSessions.$inferSelect;
export type VisitorCodeRow = typeof visitorCodes.$inferSelect;
export type VisitorFlagRow = typeof visitorFlags.$inferSelect;
export type VisitRow = typeof visits.$inferSelect;

// Sessions

/** A site's session rows of evenings [from, to], by the (site, date, start) index. */
export const listSessionRows = (db: Queryable, siteId: string, from: string, to: string) =>
  db
    .select()
    .from(openingSessions)
    .where(
      and(eq(openingSessions.siteId, siteId), gte(openingSessions.date, from), lte(openingSessions.date, to)),
    )
    .orderBy(asc(openingSessions.startsAtInstant));

/**
 * The open session whose check-in window (an hour before its start until its end) holds `now`: the
 * check-in's one-query path once the evening has been opened. `earliestDate` bounds the index scan.
 */
export const findOpenSessionAt = async (
  db: Queryable,
  siteId: string,
  now: Date,
  leadMinutes: number,
  earliestDate: string,
) =>
  (
    await db
      .select({ id: openingSessions.id })
      .from(openingSessions)
      .where(
        and(
          eq(openingSessions.siteId, siteId),
          gte(openingSessions.date, earliestDate),
          isNull(openingSessions.closedAt),
          sql`${openingSessions.startsAtInstant} - make_interval(mins => ${leadMinutes}) <= ${now}`,
          sql`${openingSessions.endsAtInstant} > ${now}`,
        ),
      )
      .orderBy(asc(openingSessions.startsAtInstant))
      .limit(1)
  )[0];

export const findSessionRow = async (db: Queryable, siteId: string, date: string, startsAt: string) =>
  (
    await db
      .select()
      .from(openingSessions)
      .where(
        and(
          eq(openingSessions.siteId, siteId),
          eq(openingSessions.date, date),
          eq(openingSessions.startsAt, startsAt),
        ),
      )
      .limit(1)
  )[0];

/** The row of one evening's session, locked for the rest of the transaction. */
export const lockSessionRow = async (tx: Tx, siteId: string, date: string, startsAt: string) =>
  (
    await tx
      .select()
      .from(openingSessions)
      .where(
        and(
          eq(openingSessions.siteId, siteId),
          eq(openingSessions.date, date),
          eq(openingSessions.startsAt, startsAt),
        ),
      )
      .for("update")
      .limit(1)
  )[0];

/** Writes the session's row unless another request just did; undefined when it already existed. */
export const insertSessionRow = async (db: Queryable, values: typeof openingSessions.$inferInsert) =>
  (
    await db
      .insert(openingSessions)
      .values(values)
      .onConflictDoNothing({
        target: [openingSessions.siteId, openingSessions.date, openingSessions.startsAt],
      })
      .returning()
  )[0];

export const updateSessionRow = async (
  db: Queryable,
  id: string,
  values: Partial<typeof openingSessions.$inferInsert>,
) =>
  (await db.update(openingSessions).set(values).where(eq(openingSessions.id, id)).returning())[0] as
    | OpeningSessionRow
    | undefined;

// Visits

/**
 * Her code's open flags, each kind once: what the door should tell her. The outer column is named
 * with its table: inside the subquery a bare "id" would mean the flag's.
 */
const openFlagKinds = (table: "visits" | "visitor_codes", column: "visitor_code_id" | "id") =>
  sql<
    string[]
  >`array(select distinct f.kind from visitor_flags f where f.visitor_code_id = ${sql.identifier(table)}.${sql.identifier(column)} and f.cleared_at is null order by 1)`;

/** A visit with the printed code and the open flags of her code. */
export interface VisitView {
  visit: VisitRow;
  code: string | null;
  flags: string[];
}

const visitView = {
  visit: visits,
  code: visitorCodes.code,
  flags: openFlagKinds("visits", "visitor_code_id"),
};

export const findVisitView = async (db: Queryable, id: string): Promise<VisitView | undefined> =>
  (
    await db
      .select(visitView)
      .from(visits)
      .leftJoin(visitorCodes, eq(visitorCodes.id, visits.visitorCodeId))
      .where(eq(visits.id, id))
      .limit(1)
  )[0];

/** A session's visits, newest first, by the session index: one query for the whole board. */
export const listVisitViewsOfSession = (db: Queryable, sessionId: string): Promise<VisitView[]> =>
  db
    .select(visitView)
    .from(visits)
    .leftJoin(visitorCodes, eq(visitorCodes.id, visits.visitorCodeId))
    .where(eq(visits.sessionId, sessionId))
    .orderBy(desc(visits.checkedInAt), desc(visits.id));

/** What the services feature needs to record use in a visit: its session's state and site's zone. */
export const findVisitForRecording = async (db: Queryable, id: string) =>
  (
    await db
      .select({
        id: visits.id,
        siteId: visits.siteId,
        sessionId: visits.sessionId,
        sessionClosedAt: openingSessions.closedAt,
        visitorCodeId: visits.visitorCodeId,
        checkedInAt: visits.checkedInAt,
        timeZone: sites.timeZone,
      })
      .from(visits)
      .innerJoin(openingSessions, eq(openingSessions.id, visits.sessionId))
      .innerJoin(sites, eq(sites.id, visits.siteId))
      .where(eq(visits.id, id))
      .limit(1)
  )[0];

/**
 * Inserts a visit unless the same code is already in the session or the staff member's
 * Idempotency-Key was used: a concurrent twin waits for the first and then writes nothing.
 */
export const insertVisit = async (db: Queryable, values: typeof visits.$inferInsert) =>
  (await db.insert(visits).values(values).onConflictDoNothing().returning())[0];

export const findVisitByIdempotencyKey = async (db: Queryable, accountId: string, key: string) =>
  (
    await db
      .select({ id: visits.id })
      .from(visits)
      .where(and(eq(visits.checkedInBy, accountId), eq(visits.idempotencyKey, key)))
      .limit(1)
  )[0];

export const findVisitOfCodeInSession = async (db: Queryable, sessionId: string, visitorCodeId: string) =>
  (
    await db
      .select({ id: visits.id })
      .from(visits)
      .where(and(eq(visits.sessionId, sessionId), eq(visits.visitorCodeId, visitorCodeId)))
      .limit(1)
  )[0];

export const lockVisit = async (tx: Tx, id: string) =>
  (await tx.select().from(visits).where(eq(visits.id, id)).for("update").limit(1))[0];

export const deleteVisit = (db: Queryable, id: string) => db.delete(visits).where(eq(visits.id, id));

/** Marks her as gone; the first time counts, a repeat changes nothing. */
export const markLeft = (db: Queryable, id: string, at: Date) =>
  db
    .update(visits)
    .set({ leftAt: sql`coalesce(${visits.leftAt}, ${at})` })
    .where(eq(visits.id, id));

export const markIntroduced = (db: Queryable, id: string, at: Date, by: string) =>
  db
    .update(visits)
    .set({
      introducedAt: sql`coalesce(${visits.introducedAt}, ${at})`,
      introducedBy: sql`coalesce(${visits.introducedBy}, ${by}::uuid)`,
    })
    .where(eq(visits.id, id));

/** The site's most frequent nationalities since an instant, by the (site, time) index; "XX" aside. */
export const frequentNationalities = async (db: Queryable, siteId: string, since: Date, limit: number) =>
  (
    await db
      .select({ nationality: visits.nationality, count: sql<number>`count(*)::int` })
      .from(visits)
      .where(and(eq(visits.siteId, siteId), gte(visits.checkedInAt, since), ne(visits.nationality, "XX")))
      .groupBy(visits.nationality)
      .orderBy(sql`count(*) desc`, asc(visits.nationality))
      .limit(limit)
  ).map((r) => r.nationality);

// Visitor codes

/** A code with its open flags' kinds (for the door at check-in). */
export const findCodeByCode = async (db: Queryable, code: string) =>
  (
    await db
      .select({ row: visitorCodes, flags: openFlagKinds("visitor_codes", "id") })
      .from(visitorCodes)
      .where(eq(visitorCodes.code, code))
      .limit(1)
  )[0];

export const findCodeById = async (db: Queryable, id: string) =>
  (
    await db
      .select({ row: visitorCodes, flags: openFlagKinds("visitor_codes", "id") })
      .from(visitorCodes)
      .where(eq(visitorCodes.id, id))
      .limit(1)
  )[0];

/** Locks codes in id order, so two merges of the same pair cannot deadlock. */
export const lockCodes = (tx: Tx, ids: string[]) =>
  tx
    .select()
    .from(visitorCodes)
    .where(inArray(visitorCodes.id, ids))
    .orderBy(asc(visitorCodes.id))
    .for("update");

/** A new code unless its characters are taken (then undefined, and the caller draws again). */
export const insertCode = async (db: Queryable, values: typeof visitorCodes.$inferInsert) =>
  (
    await db
      .insert(visitorCodes)
      .values(values)
      .onConflictDoNothing({ target: visitorCodes.code })
      .returning()
  )[0];

export const updateCode = async (
  db: Queryable,
  id: string,
  values: Partial<typeof visitorCodes.$inferInsert>,
) => (await db.update(visitorCodes).set(values).where(eq(visitorCodes.id, id)).returning())[0];

/**
 * Fills what her profile does not know yet from a check-in (or a merged code): a known nationality
 * over "XX", languages over none, how she heard, the age check. What staff recorded is kept.
 */
export const fillBlanks = (
  db: Queryable,
  id: string,
  from: { nationality: string; languages: string[]; heardFrom: string | null; adultConfirmed: boolean },
  at: Date,
) =>
  db
    .update(visitorCodes)
    .set({
      nationality: sql`case when ${visitorCodes.nationality} = 'XX' then ${from.nationality} else ${visitorCodes.nationality} end`,
      languages: sql`case when cardinality(${visitorCodes.languages}) = 0 then ${sql.param(from.languages)}::text[] else ${visitorCodes.languages} end`,
      heardFrom: sql`coalesce(${visitorCodes.heardFrom}, ${from.heardFrom})`,
      adultConfirmed: sql`${visitorCodes.adultConfirmed} or ${from.adultConfirmed}`,
      updatedAt: at,
    })
    .where(
      and(
        eq(visitorCodes.id, id),
        or(
          from.nationality !== "XX" ? eq(visitorCodes.nationality, "XX") : undefined,
          from.languages.length > 0 ? sql`cardinality(${visitorCodes.languages}) = 0` : undefined,
          from.heardFrom !== null ? isNull(visitorCodes.heardFrom) : undefined,
          from.adultConfirmed ? eq(visitorCodes.adultConfirmed, false) : undefined,
          sql`false`,
        ),
      ),
    );

/**
 * Her visits (through her code and the codes merged into it): how many, and the first and last
 * evening as each site's local date.
 */
export const codeVisitStats = async (db: Queryable, id: string) =>
  (
    await db
      .select({
        count: sql<number>`count(*)::int`,
        first: sql<string | null>`min((${visits.checkedInAt} at time zone ${sites.timeZone})::date)::text`,
        last: sql<string | null>`max((${visits.checkedInAt} at time zone ${sites.timeZone})::date)::text`,
      })
      .from(visits)
      .innerJoin(sites, eq(sites.id, visits.siteId))
      .where(
        or(
          eq(visits.visitorCodeId, id),
          inArray(
            visits.visitorCodeId,
            db.select({ id: visitorCodes.id }).from(visitorCodes).where(eq(visitorCodes.mergedIntoId, id)),
          ),
        ),
      )
  )[0] ?? { count: 0, first: null, last: null };

export const listOpenFlags = (db: Queryable, visitorCodeId: string) =>
  db
    .select()
    .from(visitorFlags)
    .where(and(eq(visitorFlags.visitorCodeId, visitorCodeId), isNull(visitorFlags.clearedAt)))
    .orderBy(asc(visitorFlags.raisedAt), asc(visitorFlags.id));

export const listMergedCodes = async (db: Queryable, id: string) =>
  (
    await db
      .select({ code: visitorCodes.code })
      .from(visitorCodes)
      .where(eq(visitorCodes.mergedIntoId, id))
      .orderBy(asc(visitorCodes.issuedAt), asc(visitorCodes.code))
  ).map((r) => r.code);

export const deleteCode = (db: Queryable, id: string) =>
  db.delete(visitorCodes).where(eq(visitorCodes.id, id));

// Flags

export const findFlag = async (db: Queryable, visitorCodeId: string, flagId: string) =>
  (
    await db
      .select()
      .from(visitorFlags)
      .where(and(eq(visitorFlags.id, flagId), eq(visitorFlags.visitorCodeId, visitorCodeId)))
      .limit(1)
  )[0];

/** An open flag of the same kind from the same source (and record), so raising twice adds nothing. */
export const findOpenFlagLike = async (
  db: Queryable,
  flag: { visitorCodeId: string; kind: string; source: string; sourceId: string | null },
) =>
  (
    await db
      .select({ id: visitorFlags.id })
      .from(visitorFlags)
      .where(
        and(
          eq(visitorFlags.visitorCodeId, flag.visitorCodeId),
          eq(visitorFlags.kind, flag.kind as VisitorFlagRow["kind"]),
          eq(visitorFlags.source, flag.source as VisitorFlagRow["source"]),
          flag.sourceId === null ? isNull(visitorFlags.sourceId) : eq(visitorFlags.sourceId, flag.sourceId),
          isNull(visitorFlags.clearedAt),
        ),
      )
      .limit(1)
  )[0];

export const insertFlag = async (db: Queryable, values: typeof visitorFlags.$inferInsert) =>
  (await db.insert(visitorFlags).values(values).returning())[0] as VisitorFlagRow;

/** Clears open flags by id; returns the ids cleared now. */
export const clearFlagsById = async (db: Queryable, ids: string[], by: string | null, at: Date | null) =>
  ids.length === 0
    ? []
    : db
        .update(visitorFlags)
        .set({ clearedAt: at ?? sql`now()`, clearedBy: by })
        .where(and(inArray(visitorFlags.id, ids), isNull(visitorFlags.clearedAt)))
        .returning({ id: visitorFlags.id });

/** Open flags that a clinic test or follow-up raised. */
export const listOpenFlagsOfSource = async (db: Queryable, source: string, sourceId: string) =>
  (
    await db
      .select({ id: visitorFlags.id })
      .from(visitorFlags)
      .where(
        and(
          eq(visitorFlags.source, source as VisitorFlagRow["source"]),
          eq(visitorFlags.sourceId, sourceId),
          isNull(visitorFlags.clearedAt),
        ),
      )
  ).map((r) => r.id);

// Merging two codes

/** Pairs of visits of the two codes in the same session: the other's visit folds into this one's. */
export const sameSessionVisits = (tx: Tx, thisId: string, otherId: string) =>
  tx.execute<{ from_id: string; to_id: string }>(sql`
    select o.id as from_id, t.id as to_id
    from ${visits} o
    join ${visits} t on t.session_id = o.session_id and t.visitor_code_id = ${thisId}
    where o.visitor_code_id = ${otherId}`);

/**
 * One visit takes in its same-session twin: the earlier arrival, still here if either is, an
 * introduction if either had one, her languages if it had none.
 */
export const absorbVisit = (tx: Tx, fromId: string, toId: string) =>
  tx.execute(sql`
    update ${visits} t set
      checked_in_at = least(t.checked_in_at, o.checked_in_at),
      left_at = case when t.left_at is null or o.left_at is null then null else greatest(t.left_at, o.left_at) end,
      introduced_at = coalesce(t.introduced_at, o.introduced_at),
      introduced_by = coalesce(t.introduced_by, o.introduced_by),
      first_visit = coalesce(t.first_visit, o.first_visit),
      heard_from = coalesce(t.heard_from, o.heard_from),
      adult_confirmed = coalesce(t.adult_confirmed, o.adult_confirmed),
      languages = case when cardinality(t.languages) = 0 then o.languages else t.languages end
    from ${visits} o
    where t.id = ${toId} and o.id = ${fromId}`);

export const moveVisits = (tx: Tx, fromCodeId: string, toCodeId: string) =>
  tx.update(visits).set({ visitorCodeId: toCodeId }).where(eq(visits.visitorCodeId, fromCodeId));

export const moveFlags = (tx: Tx, fromCodeId: string, toCodeId: string) =>
  tx.update(visitorFlags).set({ visitorCodeId: toCodeId }).where(eq(visitorFlags.visitorCodeId, fromCodeId));

/** Codes merged into the other earlier now point straight at this one: one hop always resolves. */
export const repointAliases = (tx: Tx, fromCodeId: string, toCodeId: string) =>
  tx.update(visitorCodes).set({ mergedIntoId: toCodeId }).where(eq(visitorCodes.mergedIntoId, fromCodeId));

export function codesOfIds(db: Queryable, ids: readonly string[]) {
  return db
    .select({ id: visitorCodes.id, code: visitorCodes.code })
    .from(visitorCodes)
    .where(inArray(visitorCodes.id, [...ids]));
}
