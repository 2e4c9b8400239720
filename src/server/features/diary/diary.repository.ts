import { and, asc, desc, eq, inArray, isNull, type SQL, sql } from "drizzle-orm";
import type { Queryable, Tx } from "../../db/client.js";
import {
  accounts,
  diaryEntries,
  diaryEntryVersions,
  diaryKeywordRules,
  diaryParagraphCodes,
  diaryParagraphs,
  diaryParagraphVersions,
  diaryThemes,
  openingSessions,
  organisations,
  sites,
} from "../../db/schema/index.js";

/**
 * The diary's queries. The session facts read the door's tables (visits, supply handouts) as the
 * reports feature does: a read model of counts, never a change.
 */

export type ThemeRow = typeof diaryThemes.$inferSelect;
export type KeywordRuleRow = typeof diaryKeywordRules.$inferSelect;
export type ParagraphVersionRow = typeof diaryParagraphVersions.$inferSelect;
export type EntryVersionRow = typeof diaryEntryVersions.$inferSelect;

const rowsOf = async <T>(db: Queryable, query: SQL) => (await db.execute(query)).rows as T[];

// Sessions

export interface SessionRow {
  id: string;
  siteId: string;
  siteName: string;
  timeZone: string;
  date: string;
  startsAt: string;
  endsAt: string;
  closedAt: Date | null;
}

const sessionColumns = {
  id: openingSessions.id,
  siteId: openingSessions.siteId,
  siteName: sites.name,
  timeZone: sites.timeZone,
  date: openingSessions.date,
  startsAt: openingSessions.startsAt,
  endsAt: openingSessions.endsAt,
  closedAt: openingSessions.closedAt,
};

export const findSession = async (db: Queryable, sessionId: string): Promise<SessionRow | undefined> =>
  (
    await db
      .select(sessionColumns)
      .from(openingSessions)
      .innerJoin(sites, eq(sites.id, openingSessions.siteId))
      .where(eq(openingSessions.id, sessionId))
      .limit(1)
  )[0];

/** The session in progress, or the latest that started within the last day (an hour's lead allowed). */
export const findLatestStartedSession = async (
  db: Queryable,
  siteId: string,
  now: Date,
): Promise<SessionRow | undefined> =>
  (
    await db
      .select(sessionColumns)
      .from(openingSessions)
      .innerJoin(sites, eq(sites.id, openingSessions.siteId))
      .where(
        and(
          eq(openingSessions.siteId, siteId),
          sql`${openingSessions.date} >= (${now}::timestamptz - interval '2 days')::date`,
          sql`${openingSessions.startsAtInstant} - interval '1 hour' <= ${now}`,
          sql`${openingSessions.startsAtInstant} > ${now}::timestamptz - interval '1 day'`,
        ),
      )
      .orderBy(desc(openingSessions.startsAtInstant))
      .limit(1)
  )[0];

export const findSite = async (db: Queryable, siteId: string) =>
  (
    await db
      .select({ id: sites.id, name: sites.name, timeZone: sites.timeZone })
      .from(sites)
      .where(eq(sites.id, siteId))
      .limit(1)
  )[0];

export interface EntryListRow {
  session_id: string;
  date: string;
  starts_at: string;
  ends_at: string;
  closed_at: Date | null;
  entry_id: string | null;
  summary: string | null;
  updated_at: Date | null;
  theme_ids: string[];
  paragraphs: number;
  restricted: number;
  authors: string[];
}

/** A site's sessions newest first, with their entries, from a keyset cursor ("date|start|id"). */
export function listEntries(
  db: Queryable,
  options: {
    siteId: string;
    from?: string;
    to?: string;
    limit: number;
    after?: { date: string; startsAt: string; id: string };
  },
) {
  const after = options.after;
  return rowsOf<EntryListRow>(
    db,
    sql`
    select s.id as session_id, s.date, s.starts_at, s.ends_at, s.closed_at,
      e.id as entry_id, e.summary, e.updated_at,
      coalesce(array(select t.theme_id from diary_entry_themes t where t.entry_id = e.id order by t.theme_id), '{}') as theme_ids,
      (select count(*)::int from diary_paragraphs p where p.entry_id = e.id and p.removed_at is null) as paragraphs,
      (select count(*)::int from diary_paragraphs p where p.entry_id = e.id and p.removed_at is null and p.restriction <> 'none') as restricted,
      coalesce(array(select distinct a.display_name from diary_paragraphs p join accounts a on a.id = p.author_id
        where p.entry_id = e.id and p.removed_at is null order by 1), '{}') as authors
    from opening_sessions s
    left join diary_entries e on e.session_id = s.id
    where s.site_id = ${options.siteId}
      ${options.from ? sql`and s.date >= ${options.from}` : sql``}
      ${options.to ? sql`and s.date <= ${options.to}` : sql``}
      ${after ? sql`and (s.date, s.starts_at, s.id) < (${after.date}::date, ${after.startsAt}::time, ${after.id}::uuid)` : sql``}
    order by s.date desc, s.starts_at desc, s.id desc
    limit ${options.limit + 1}`,
  );
}

// Session facts (read model over the door's tables)

export interface VisitFactsRow {
  visits: number;
  first_visits: number;
  anonymous_visits: number;
  distinct_codes: number;
}

export const visitFacts = async (db: Queryable, sessionId: string) =>
  (
    await rowsOf<VisitFactsRow>(
      db,
      sql`select count(*)::int as visits,
        count(*) filter (where first_visit)::int as first_visits,
        count(*) filter (where visitor_code_id is null)::int as anonymous_visits,
        count(distinct visitor_code_id)::int as distinct_codes
      from visits where session_id = ${sessionId}`,
    )
  )[0] ?? { visits: 0, first_visits: 0, anonymous_visits: 0, distinct_codes: 0 };

export const nationalitiesOfSession = (db: Queryable, sessionId: string) =>
  rowsOf<{ country: string; count: number }>(
    db,
    sql`select nationality as country, count(*)::int as count from visits where session_id = ${sessionId}
      group by nationality order by count(*) desc, nationality`,
  );

export const suppliesOfSession = (db: Queryable, sessionId: string) =>
  rowsOf<{
    item_id: string;
    names: Record<string, string>;
    quantity: number;
    handouts: number;
    overrides: number;
  }>(
    db,
    sql`select i.id as item_id, i.names, sum(h.quantity)::int as quantity, count(*)::int as handouts,
        count(*) filter (where h.over_limit_reason is not null)::int as overrides
      from supply_handouts h
      join visits v on v.id = h.visit_id
      join supply_items i on i.id = h.item_id
      where v.session_id = ${sessionId}
      group by i.id, i.names, i.position
      order by i.position, i.id`,
  );

// Entries

const entryColumns = {
  id: diaryEntries.id,
  siteId: diaryEntries.siteId,
  sessionId: diaryEntries.sessionId,
  sessionDate: diaryEntries.sessionDate,
  summary: diaryEntries.summary,
  themeIds: diaryEntries.themeIds,
  version: diaryEntries.version,
  createdBy: diaryEntries.createdBy,
  createdAt: diaryEntries.createdAt,
  updatedBy: diaryEntries.updatedBy,
  updatedAt: diaryEntries.updatedAt,
};
export type EntryRow = {
  id: string;
  siteId: string;
  sessionId: string;
  sessionDate: string;
  summary: string;
  themeIds: string[];
  version: number;
  createdBy: string | null;
  createdAt: Date;
  updatedBy: string | null;
  updatedAt: Date;
};

export const findEntryOfSession = async (db: Queryable, sessionId: string): Promise<EntryRow | undefined> =>
  (await db.select(entryColumns).from(diaryEntries).where(eq(diaryEntries.sessionId, sessionId)).limit(1))[0];

export const lockEntryOfSession = async (tx: Tx, sessionId: string): Promise<EntryRow | undefined> =>
  (
    await tx
      .select(entryColumns)
      .from(diaryEntries)
      .where(eq(diaryEntries.sessionId, sessionId))
      .for("update")
      .limit(1)
  )[0];

/** Writes the session's entry unless another request just did (then undefined). */
export const insertEntry = async (tx: Tx, values: typeof diaryEntries.$inferInsert) =>
  (
    await tx
      .insert(diaryEntries)
      .values(values)
      .onConflictDoNothing({ target: diaryEntries.sessionId })
      .returning(entryColumns)
  )[0] as EntryRow | undefined;

export const updateEntry = async (
  tx: Tx,
  id: string,
  values: Partial<
    Pick<typeof diaryEntries.$inferInsert, "summary" | "themeIds" | "version" | "updatedAt" | "updatedBy">
  >,
) =>
  (
    await tx.update(diaryEntries).set(values).where(eq(diaryEntries.id, id)).returning(entryColumns)
  )[0] as EntryRow;

export const insertEntryVersion = (tx: Tx, values: typeof diaryEntryVersions.$inferInsert) =>
  tx.insert(diaryEntryVersions).values(values);

export const listEntryVersions = (db: Queryable, entryId: string) =>
  db
    .select()
    .from(diaryEntryVersions)
    .where(eq(diaryEntryVersions.entryId, entryId))
    .orderBy(asc(diaryEntryVersions.version));

/**
 * The themes an entry carries for the themes page: its own and those of its paragraphs still shown.
 * Rewritten whole on every change of the entry or a paragraph (a few rows).
 */
export async function refreshEntryThemes(tx: Tx, entryId: string) {
  await tx.execute(sql`delete from diary_entry_themes where entry_id = ${entryId}`);
  await tx.execute(sql`
    insert into diary_entry_themes (entry_id, theme_id, site_id, session_date)
    select distinct e.id, t.id, e.site_id, e.session_date
    from diary_entries e
    join lateral (
      select unnest(e.theme_ids) as theme_id
      union
      select unnest(p.theme_ids) from diary_paragraphs p where p.entry_id = e.id and p.removed_at is null
    ) x on true
    join diary_themes t on t.id = x.theme_id
    where e.id = ${entryId}`);
}

// Paragraphs

export interface ParagraphView {
  id: string;
  entryId: string;
  sessionId: string;
  siteId: string;
  version: number;
  authorId: string | null;
  authorName: string | null;
  authorOrganisationId: string;
  writtenAt: Date;
  updatedAt: Date;
  updatedBy: string | null;
  updatedByName: string | null;
  body: string | null;
  bodySealed: Buffer | null;
  restriction: "none" | "organisation" | "role";
  restrictedOrganisationId: string | null;
  restrictedOrganisationName: string | null;
  restrictedRole: string | null;
  themeIds: string[];
  removedAt: Date | null;
  removedBy: string | null;
  removedByName: string | null;
  codes: string[];
}

const author = sql.raw("author");
const editor = sql.raw("editor");
const remover = sql.raw("remover");

function paragraphViews(db: Queryable, where: SQL) {
  return db
    .select({
      id: diaryParagraphs.id,
      entryId: diaryParagraphs.entryId,
      sessionId: diaryEntries.sessionId,
      siteId: diaryParagraphs.siteId,
      version: diaryParagraphs.version,
      authorId: diaryParagraphs.authorId,
      authorName: sql<
        string | null
      >`(select ${author}.display_name from accounts ${author} where ${author}.id = ${diaryParagraphs.authorId})`,
      authorOrganisationId: diaryParagraphs.authorOrganisationId,
      writtenAt: diaryParagraphs.writtenAt,
      updatedAt: diaryParagraphs.updatedAt,
      updatedBy: diaryParagraphs.updatedBy,
      updatedByName: sql<
        string | null
      >`(select ${editor}.display_name from accounts ${editor} where ${editor}.id = ${diaryParagraphs.updatedBy})`,
      body: diaryParagraphs.body,
      bodySealed: diaryParagraphs.bodySealed,
      restriction: diaryParagraphs.restriction,
      restrictedOrganisationId: diaryParagraphs.restrictedOrganisationId,
      restrictedOrganisationName: organisations.name,
      restrictedRole: diaryParagraphs.restrictedRole,
      themeIds: diaryParagraphs.themeIds,
      removedAt: diaryParagraphs.removedAt,
      removedBy: diaryParagraphs.removedBy,
      removedByName: sql<
        string | null
      >`(select ${remover}.display_name from accounts ${remover} where ${remover}.id = ${diaryParagraphs.removedBy})`,
      codes: sql<
        string[]
      >`array(select vc.code from diary_paragraph_codes pc join visitor_codes vc on vc.id = pc.visitor_code_id
        where pc.paragraph_id = ${diaryParagraphs.id} order by vc.code)`,
    })
    .from(diaryParagraphs)
    .innerJoin(diaryEntries, eq(diaryEntries.id, diaryParagraphs.entryId))
    .leftJoin(organisations, eq(organisations.id, diaryParagraphs.restrictedOrganisationId))
    .where(where)
    .orderBy(asc(diaryParagraphs.writtenAt), asc(diaryParagraphs.id));
}

/** The paragraphs of an entry in writing order; removed ones only when asked (the history). */
export const listParagraphs = (db: Queryable, entryId: string, options: { removed: boolean }) =>
  paragraphViews(
    db,
    options.removed
      ? eq(diaryParagraphs.entryId, entryId)
      : (and(eq(diaryParagraphs.entryId, entryId), isNull(diaryParagraphs.removedAt)) as SQL),
  ) as Promise<ParagraphView[]>;

export const findParagraph = async (db: Queryable, id: string) =>
  ((await paragraphViews(db, eq(diaryParagraphs.id, id))) as ParagraphView[])[0];

export const lockParagraph = async (tx: Tx, id: string) =>
  (
    await tx
      .select({
        id: diaryParagraphs.id,
        entryId: diaryParagraphs.entryId,
        siteId: diaryParagraphs.siteId,
        version: diaryParagraphs.version,
        authorId: diaryParagraphs.authorId,
        authorOrganisationId: diaryParagraphs.authorOrganisationId,
        body: diaryParagraphs.body,
        bodySealed: diaryParagraphs.bodySealed,
        restriction: diaryParagraphs.restriction,
        restrictedOrganisationId: diaryParagraphs.restrictedOrganisationId,
        restrictedRole: diaryParagraphs.restrictedRole,
        themeIds: diaryParagraphs.themeIds,
        removedAt: diaryParagraphs.removedAt,
      })
      .from(diaryParagraphs)
      .where(eq(diaryParagraphs.id, id))
      .for("update")
      .limit(1)
  )[0];
export type LockedParagraph = NonNullable<Awaited<ReturnType<typeof lockParagraph>>>;

/** Writes a paragraph; undefined when the author's Idempotency-Key was already used (a twin waits, then writes nothing). */
export const insertParagraph = async (tx: Tx, values: typeof diaryParagraphs.$inferInsert) =>
  (
    await tx
      .insert(diaryParagraphs)
      .values(values)
      .onConflictDoNothing()
      .returning({ id: diaryParagraphs.id })
  )[0];

export const findParagraphByIdempotencyKey = async (db: Queryable, authorId: string, key: string) =>
  (
    await db
      .select({ id: diaryParagraphs.id })
      .from(diaryParagraphs)
      .where(and(eq(diaryParagraphs.authorId, authorId), eq(diaryParagraphs.idempotencyKey, key)))
      .limit(1)
  )[0];

export const updateParagraph = (
  tx: Tx,
  id: string,
  values: Partial<Omit<typeof diaryParagraphs.$inferInsert, "id" | "entryId" | "search">>,
) => tx.update(diaryParagraphs).set(values).where(eq(diaryParagraphs.id, id));

export const insertParagraphVersion = (tx: Tx, values: typeof diaryParagraphVersions.$inferInsert) =>
  tx.insert(diaryParagraphVersions).values(values);

export const listParagraphVersions = (db: Queryable, paragraphIds: string[]) =>
  paragraphIds.length === 0
    ? Promise.resolve([] as (ParagraphVersionRow & { editedByName: string | null })[])
    : db
        .select({
          id: diaryParagraphVersions.id,
          paragraphId: diaryParagraphVersions.paragraphId,
          version: diaryParagraphVersions.version,
          bodySealed: diaryParagraphVersions.bodySealed,
          restriction: diaryParagraphVersions.restriction,
          restrictedOrganisationId: diaryParagraphVersions.restrictedOrganisationId,
          restrictedRole: diaryParagraphVersions.restrictedRole,
          themeIds: diaryParagraphVersions.themeIds,
          removed: diaryParagraphVersions.removed,
          editedBy: diaryParagraphVersions.editedBy,
          editedAt: diaryParagraphVersions.editedAt,
          editedByName: accounts.displayName,
        })
        .from(diaryParagraphVersions)
        .leftJoin(accounts, eq(accounts.id, diaryParagraphVersions.editedBy))
        .where(inArray(diaryParagraphVersions.paragraphId, paragraphIds))
        .orderBy(asc(diaryParagraphVersions.paragraphId), asc(diaryParagraphVersions.version));

export async function replaceParagraphCodes(tx: Tx, paragraphId: string, codeIds: string[]) {
  await tx.delete(diaryParagraphCodes).where(eq(diaryParagraphCodes.paragraphId, paragraphId));
  if (codeIds.length > 0) {
    await tx
      .insert(diaryParagraphCodes)
      .values(codeIds.map((visitorCodeId) => ({ paragraphId, visitorCodeId })))
      .onConflictDoNothing();
  }
}

export const displayNames = async (db: Queryable, ids: string[]) => {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map<string, string>();
  const rows = await db
    .select({ id: accounts.id, name: accounts.displayName })
    .from(accounts)
    .where(inArray(accounts.id, unique));
  return new Map(rows.map((r) => [r.id, r.name]));
};

// Themes and keyword rules

export const listThemes = (db: Queryable) =>
  db.select().from(diaryThemes).orderBy(asc(diaryThemes.createdAt));

export const listRules = (db: Queryable) =>
  db
    .select()
    .from(diaryKeywordRules)
    .orderBy(asc(diaryKeywordRules.createdAt), asc(diaryKeywordRules.keyword));

export const findTheme = async (db: Queryable, id: string) =>
  (await db.select().from(diaryThemes).where(eq(diaryThemes.id, id)).limit(1))[0];

export const findThemes = (db: Queryable, ids: string[]) =>
  ids.length === 0
    ? Promise.resolve([] as ThemeRow[])
    : db.select().from(diaryThemes).where(inArray(diaryThemes.id, ids));

/** Inserts built-in themes missing from the table; answers those written now (their rules follow). */
export const insertBuiltInThemes = (db: Queryable, values: (typeof diaryThemes.$inferInsert)[]) =>
  db
    .insert(diaryThemes)
    .values(values)
    .onConflictDoNothing()
    .returning({ id: diaryThemes.id, key: diaryThemes.key });

/** A new theme unless its name is taken (then undefined). */
export const insertTheme = async (db: Queryable, values: typeof diaryThemes.$inferInsert) =>
  (await db.insert(diaryThemes).values(values).onConflictDoNothing().returning())[0];

export const updateTheme = async (
  db: Queryable,
  id: string,
  values: Partial<typeof diaryThemes.$inferInsert>,
) => (await db.update(diaryThemes).set(values).where(eq(diaryThemes.id, id)).returning())[0];

export const rulesOfTheme = (db: Queryable, themeId: string) =>
  db
    .select()
    .from(diaryKeywordRules)
    .where(eq(diaryKeywordRules.themeId, themeId))
    .orderBy(asc(diaryKeywordRules.createdAt), asc(diaryKeywordRules.keyword));

export const insertRules = (db: Queryable, values: (typeof diaryKeywordRules.$inferInsert)[]) =>
  values.length === 0 ? Promise.resolve() : db.insert(diaryKeywordRules).values(values).onConflictDoNothing();

/** A new rule unless the theme already has the keyword in that language (then undefined). */
export const insertRule = async (db: Queryable, values: typeof diaryKeywordRules.$inferInsert) =>
  (await db.insert(diaryKeywordRules).values(values).onConflictDoNothing().returning())[0];

export const findRule = async (db: Queryable, id: string) =>
  (await db.select().from(diaryKeywordRules).where(eq(diaryKeywordRules.id, id)).limit(1))[0];

export const updateRule = async (
  db: Queryable,
  id: string,
  values: Partial<typeof diaryKeywordRules.$inferInsert>,
) => (await db.update(diaryKeywordRules).set(values).where(eq(diaryKeywordRules.id, id)).returning())[0];

export const deleteRule = (db: Queryable, id: string) =>
  db.delete(diaryKeywordRules).where(eq(diaryKeywordRules.id, id));

// The themes page

export const themeCounts = (db: Queryable, siteId: string, fromDate: string, toDate: string) =>
  rowsOf<{ theme_id: string; month: string; count: number }>(
    db,
    // Counted per (theme, first of the month) from the index alone; the month's name is written
    // once per group, not once per row (ten years are 100,000 rows and more).
    sql`select theme_id, to_char(month, 'YYYY-MM') as month, count::int as count from (
        select theme_id, date_trunc('month', session_date)::date as month, count(*) as count
        from diary_entry_themes
        where site_id = ${siteId} and session_date >= ${fromDate}::date and session_date <= ${toDate}::date
        group by 1, 2) c`,
  );

export const sessionsPerMonth = (db: Queryable, siteId: string, fromDate: string, toDate: string) =>
  rowsOf<{ month: string; count: number }>(
    db,
    sql`select to_char(month, 'YYYY-MM') as month, count::int as count from (
        select date_trunc('month', date)::date as month, count(*) as count
        from opening_sessions
        where site_id = ${siteId} and date >= ${fromDate}::date and date <= ${toDate}::date
        group by 1) c`,
  );

export const entriesWithTheme = (
  db: Queryable,
  options: { siteId: string; themeId: string; fromDate: string; toDate: string },
) =>
  rowsOf<{
    entry_id: string;
    session_id: string;
    date: string;
    starts_at: string;
    summary: string;
    on_entry: boolean;
    paragraphs: { id: string; body: string; author: string | null }[] | null;
  }>(
    db,
    sql`select e.id as entry_id, e.session_id, e.session_date as date, s.starts_at, e.summary,
        ${options.themeId}::uuid = any(e.theme_ids) as on_entry,
        (select json_agg(json_build_object('id', p.id, 'body', left(p.body, 240), 'author', a.display_name) order by p.written_at)
          from diary_paragraphs p left join accounts a on a.id = p.author_id
          where p.entry_id = e.id and p.removed_at is null and p.body is not null
            and p.theme_ids @> array[${options.themeId}::uuid]) as paragraphs
      from diary_entry_themes t
      join diary_entries e on e.id = t.entry_id
      join opening_sessions s on s.id = e.session_id
      where t.site_id = ${options.siteId} and t.theme_id = ${options.themeId}
        and t.session_date >= ${options.fromDate}::date and t.session_date <= ${options.toDate}::date
      order by e.session_date, s.starts_at`,
  );

// Search

export interface SearchFilters {
  siteId: string;
  timeZone: string;
  accountId: string;
  isManager: boolean;
  q: string;
  from?: string;
  to?: string;
  authorId?: string;
  themeId?: string;
  visitorCodeId?: string;
  kinds: readonly ("paragraph" | "entry" | "follow_up" | "message")[];
  limit: number;
  offset: number;
}

export interface SearchRow {
  kind: "paragraph" | "entry" | "follow_up" | "message";
  id: string;
  session_id: string | null;
  date: string;
  at: Date;
  author_id: string | null;
  author_name: string | null;
  title: string;
  snippet: string;
  theme_ids: string[];
  codes: string[];
  rank: number;
}

/** How far back search walks the date index before it turns to sorting the GIN index's hits. */
const RECENT_DAYS = 92;

const HEADLINE = 'StartSel=«, StopSel=», MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "';

/**
 * One query over the four kinds of documents, newest first (a diary is read by date: the latest
 * mention of a word is what staff look for; `rank` is reported, not sorted on). Two steps:
 *
 * 1. Each branch reads its bare table only (the GIN index for the words, the site-and-date index for
 *    the order; a common word walks the date index newest first and stops after the page, a rare one
 *    takes its few index hits and sorts them) and keeps its own newest `offset + limit + 1` ids; the
 *    union is cut to the page.
 * 2. Only the page's rows are joined to what they show: the entry's session, the codes, the author's
 *    name, `ts_rank` and the snippet (`ts_headline`).
 *
 * Restricted paragraphs have no text in the index.
 */
export function search(db: Queryable, f: SearchFilters) {
  const hasWords = f.q !== "";
  const query = sql`(websearch_to_tsquery('danish', ${f.q}) || websearch_to_tsquery('english', ${f.q}))`;
  // One more than the page, so the caller knows whether another page follows.
  const keep = f.offset + f.limit + 1;
  const localDate = (column: SQL) => sql`(${column} at time zone ${f.timeZone})::date`;
  const dateFilter = (column: SQL) =>
    sql`${f.from ? sql`and ${column} >= ${f.from}::date` : sql``} ${f.to ? sql`and ${column} <= ${f.to}::date` : sql``}`;
  const match = (vector: SQL) => (hasWords ? sql`and ${vector} @@ ${query}` : sql``);
  const branches: SQL[] = [];

  /**
   * Newest first over the big tables, whether a word is common or rare. Walking the site-and-date
   * index newest first and testing each row stops after the page for a common word, but reads every
   * row for one that never occurs; sorting the GIN index's hits is the reverse. So the last
   * RECENT_DAYS are walked (a bounded read), and only when they hold fewer than the page are the
   * older rows taken from the GIN index and sorted (`+ 0` keeps the planner off the date index there:
   * few recent hits mean a rare word). The older part runs only if the recent one falls short: an
   * Append under a Limit reads its parts in turn.
   */
  const newestFirst = (select: SQL, where: SQL, date: SQL, order: SQL) =>
    hasWords
      ? sql`(select * from (
          (${select} ${where} and ${date} >= ${recentFrom} order by ${date} desc, ${order} limit ${keep})
          union all
          (${select} ${where} and ${date} < ${recentFrom} order by ${date} + 0 desc, ${order} limit ${keep})
        ) tiers limit ${keep})`
      : sql`(${select} ${where} order by ${date} desc, ${order} limit ${keep})`;
  const recentFrom = sql`(coalesce(${f.to ?? null}::date, (now() at time zone ${f.timeZone})::date) - ${RECENT_DAYS}::int)`;

  if (f.kinds.includes("paragraph")) {
    // A paragraph carries a theme itself or through its entry (the entries with the theme: one hashed set).
    branches.push(
      newestFirst(
        sql`select 'paragraph'::text as kind, p.id, p.session_date as date, p.written_at as at from diary_paragraphs p`,
        sql`where p.site_id = ${f.siteId} and p.body is not null and p.removed_at is null
          ${match(sql`p.search`)}
          ${dateFilter(sql`p.session_date`)}
          ${f.authorId ? sql`and p.author_id = ${f.authorId}` : sql``}
          ${
            f.themeId
              ? sql`and (p.theme_ids @> array[${f.themeId}::uuid] or p.entry_id in (
                  select te.id from diary_entries te where te.site_id = ${f.siteId} and te.theme_ids @> array[${f.themeId}::uuid]))`
              : sql``
          }
          ${f.visitorCodeId ? sql`and exists (select 1 from diary_paragraph_codes c where c.paragraph_id = p.id and c.visitor_code_id = ${f.visitorCodeId})` : sql``}`,
        sql`p.session_date`,
        sql`p.written_at desc, p.id desc`,
      ),
    );
  }
  if (f.kinds.includes("entry") && !f.visitorCodeId) {
    branches.push(
      newestFirst(
        sql`select 'entry'::text as kind, e.id, e.session_date as date, e.updated_at as at from diary_entries e`,
        sql`where e.site_id = ${f.siteId} and e.summary <> ''
          ${match(sql`e.search`)}
          ${dateFilter(sql`e.session_date`)}
          ${f.authorId ? sql`and (e.created_by = ${f.authorId} or e.updated_by = ${f.authorId})` : sql``}
          ${f.themeId ? sql`and e.theme_ids @> array[${f.themeId}::uuid]` : sql``}`,
        sql`e.session_date`,
        sql`e.updated_at desc, e.id desc`,
      ),
    );
  }
  if (f.kinds.includes("follow_up") && !f.themeId) {
    branches.push(sql`(select 'follow_up'::text as kind, fu.id, ${localDate(sql`fu.created_at`)} as date, fu.created_at as at
      from follow_ups fu
      where fu.site_id = ${f.siteId}
        ${match(sql`fu.search`)}
        ${dateFilter(localDate(sql`fu.created_at`))}
        ${f.authorId ? sql`and fu.created_by = ${f.authorId}` : sql``}
        ${f.visitorCodeId ? sql`and fu.visitor_code_id = ${f.visitorCodeId}` : sql``}
      order by fu.created_at desc, fu.id desc limit ${keep})`);
  }
  if (f.kinds.includes("message") && !f.themeId && !f.visitorCodeId) {
    branches.push(sql`(select 'message'::text as kind, m.id, ${localDate(sql`m.created_at`)} as date, m.created_at as at
      from messages m
      where m.site_id = ${f.siteId}
        and (m.audience = 'all' or m.author_id = ${f.accountId}
          or (m.audience = 'managers' and ${f.isManager})
          or (m.audience = 'person' and m.recipient_id = ${f.accountId}))
        ${match(sql`m.search`)}
        ${dateFilter(localDate(sql`m.created_at`))}
        ${f.authorId ? sql`and m.author_id = ${f.authorId}` : sql``}
      order by m.created_at desc, m.id desc limit ${keep})`);
  }
  if (branches.length === 0) return Promise.resolve([] as SearchRow[]);
  const rank = hasWords ? sql`ts_rank(doc.search, ${query})` : sql`0::real`;
  const headline = hasWords
    ? sql`coalesce(nullif(
        case when strpos(ts_headline('danish', doc.text, ${query}, ${HEADLINE}), '«') > 0
          then ts_headline('danish', doc.text, ${query}, ${HEADLINE})
          else ts_headline('english', doc.text, ${query}, ${HEADLINE}) end, ''), left(doc.text, 240))`
    : sql`left(doc.text, 240)`;
  return rowsOf<SearchRow>(
    db,
    sql`select hit.kind, hit.id, doc.session_id, hit.date, hit.at, doc.author_id, a.display_name as author_name,
        doc.title, ${headline} as snippet, doc.theme_ids, doc.codes, ${rank} as rank
      from (
        select * from (${sql.join(branches, sql` union all `)}) u
        order by u.date desc, u.at desc, u.id desc
        limit ${f.limit + 1} offset ${f.offset}
      ) hit
      cross join lateral (
        select e.session_id, p.author_id, ''::text as title, p.body as text, p.search, p.theme_ids,
          array(select vc.code from diary_paragraph_codes pc join visitor_codes vc on vc.id = pc.visitor_code_id
            where pc.paragraph_id = p.id order by vc.code) as codes
        from diary_paragraphs p join diary_entries e on e.id = p.entry_id
        where hit.kind = 'paragraph' and p.id = hit.id
        union all
        select e.session_id, coalesce(e.updated_by, e.created_by), ''::text, e.summary, e.search, e.theme_ids, '{}'::text[]
        from diary_entries e where hit.kind = 'entry' and e.id = hit.id
        union all
        select null::uuid, fu.created_by, fu.title, fu.title || E'\n' || fu.body, fu.search, '{}'::uuid[],
          array(select vc.code from visitor_codes vc where vc.id = fu.visitor_code_id)
        from follow_ups fu where hit.kind = 'follow_up' and fu.id = hit.id
        union all
        select null::uuid, m.author_id, ''::text, m.body, m.search, '{}'::uuid[], '{}'::text[]
        from messages m where hit.kind = 'message' and m.id = hit.id
      ) doc
      left join accounts a on a.id = doc.author_id
      order by hit.date desc, hit.at desc, hit.id desc`,
  );
}

// The handover

export const lastEntryBefore = async (db: Queryable, siteId: string, beforeDate: string) =>
  (
    await rowsOf<{
      entry_id: string;
      session_id: string;
      date: string;
      starts_at: string;
      summary: string;
      paragraphs: number;
      restricted: number;
      authors: string[];
      start: string | null;
      headcount: number;
    }>(
      db,
      sql`select e.id as entry_id, e.session_id, e.session_date as date, s.starts_at, e.summary,
          (select count(*)::int from diary_paragraphs p where p.entry_id = e.id and p.removed_at is null) as paragraphs,
          (select count(*)::int from diary_paragraphs p where p.entry_id = e.id and p.removed_at is null and p.restriction <> 'none') as restricted,
          coalesce(array(select distinct a.display_name from diary_paragraphs p join accounts a on a.id = p.author_id
            where p.entry_id = e.id and p.removed_at is null order by 1), '{}') as authors,
          (select string_agg(p.body, E'\n' order by p.written_at) from (
            select p.body, p.written_at from diary_paragraphs p
            where p.entry_id = e.id and p.removed_at is null and p.body is not null
            order by p.written_at limit 5) p) as start,
          (select count(*)::int from visits v where v.session_id = e.session_id) as headcount
        from diary_entries e
        join opening_sessions s on s.id = e.session_id
        where e.site_id = ${siteId} and e.session_date < ${beforeDate}::date
        order by e.session_date desc, s.starts_at desc
        limit 1`,
    )
  )[0];
