import { and, asc, count, desc, eq, getTableColumns, inArray, lte, ne, or, type SQL, sql } from "drizzle-orm";
import type { Queryable, Tx } from "../../db/client.js";
import { accountSites, accounts, followUpComments, followUps, sites } from "../../db/schema/index.js";

export type FollowUpRow = Omit<typeof followUps.$inferSelect, "search">;
export type FollowUpValues = typeof followUps.$inferInsert;
export type CommentRow = typeof followUpComments.$inferSelect;

/** Every column but the generated search document, which no one reads back. */
const { search: _search, ...followUpColumns } = getTableColumns(followUps);

export const insertFollowUp = async (tx: Tx, values: FollowUpValues) => {
  const [row] = await tx.insert(followUps).values(values).returning(followUpColumns);
  if (!row) throw new Error("follow-up not written");
  return row;
};

export const findFollowUp = async (db: Queryable, id: string) =>
  (await db.select(followUpColumns).from(followUps).where(eq(followUps.id, id)))[0];

/** The row, locked until the transaction ends: two people closing it at once take turns. */
export const lockFollowUp = async (tx: Tx, id: string) =>
  (await tx.select(followUpColumns).from(followUps).where(eq(followUps.id, id)).for("update"))[0];

export const updateFollowUp = async (tx: Tx, id: string, values: Partial<FollowUpValues>) => {
  const [row] = await tx.update(followUps).set(values).where(eq(followUps.id, id)).returning(followUpColumns);
  if (!row) throw new Error("follow-up vanished");
  return row;
};

export interface ListFilter {
  siteId: string;
  scope: "mine" | "any_social_worker" | "created" | "all";
  accountId: string;
  /** "Any social worker" counts as mine for a social worker. */
  includeAnySocialWorker: boolean;
  statuses: readonly ("open" | "done" | "dropped")[];
  kind?: "task" | "accompaniment";
  /** Only due on or before this date. */
  dueBy?: string;
  limit: number;
}

function scopeCondition(f: ListFilter): SQL | undefined {
  switch (f.scope) {
    case "mine":
      return f.includeAnySocialWorker
        ? or(eq(followUps.assigneeId, f.accountId), eq(followUps.anySocialWorker, true))
        : eq(followUps.assigneeId, f.accountId);
    case "any_social_worker":
      return eq(followUps.anySocialWorker, true);
    case "created":
      return eq(followUps.createdBy, f.accountId);
    case "all":
      return undefined;
  }
}

/** Open ones by due date (oldest first); closed ones newest closed first. One more than `limit` tells "more". */
export const listFollowUps = (db: Queryable, f: ListFilter) =>
  db
    .select(followUpColumns)
    .from(followUps)
    .where(
      and(
        eq(followUps.siteId, f.siteId),
        inArray(followUps.status, [...f.statuses]),
        scopeCondition(f),
        f.kind ? eq(followUps.kind, f.kind) : undefined,
        f.dueBy ? lte(followUps.dueOn, f.dueBy) : undefined,
      ),
    )
    .orderBy(
      sql`case when ${followUps.status} = 'open' then 0 else 1 end`,
      sql`case when ${followUps.status} = 'open' then ${followUps.dueOn} end asc`,
      desc(followUps.closedAt),
      asc(followUps.createdAt),
      asc(followUps.id),
    )
    .limit(f.limit + 1);

export const commentCounts = async (db: Queryable, ids: readonly string[]) => {
  if (ids.length === 0) return new Map<string, number>();
  const rows = await db
    .select({ id: followUpComments.followUpId, n: count() })
    .from(followUpComments)
    .where(inArray(followUpComments.followUpId, [...ids]))
    .groupBy(followUpComments.followUpId);
  return new Map(rows.map((r) => [r.id, r.n]));
};

export const insertComment = async (tx: Tx, values: typeof followUpComments.$inferInsert) => {
  const [row] = await tx.insert(followUpComments).values(values).returning();
  if (!row) throw new Error("comment not written");
  return row;
};

export const listComments = (db: Queryable, followUpId: string) =>
  db
    .select()
    .from(followUpComments)
    .where(eq(followUpComments.followUpId, followUpId))
    .orderBy(asc(followUpComments.createdAt), asc(followUpComments.id));

/** Display names of these accounts, removed ones missing. */
export const displayNames = async (db: Queryable, ids: readonly string[]) => {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map<string, string>();
  const rows = await db
    .select({ id: accounts.id, displayName: accounts.displayName })
    .from(accounts)
    .where(inArray(accounts.id, unique));
  return new Map(rows.map((r) => [r.id, r.displayName]));
};

/**
 * Active staff of a site who write the diary: those who work there, and the managers (who see every
 * site). Administrators never read case content, so they are never a colleague here.
 */
export const listColleagues = (db: Queryable, siteId: string, onlyAccountId?: string) =>
  db
    .select({
      accountId: accounts.id,
      displayName: accounts.displayName,
      role: accounts.role,
      languages: accounts.languages,
    })
    .from(accounts)
    .where(
      and(
        eq(accounts.active, true),
        ne(accounts.role, "administrator"),
        onlyAccountId ? eq(accounts.id, onlyAccountId) : undefined,
        or(
          eq(accounts.role, "manager"),
          sql`exists (select 1 from ${accountSites} where ${accountSites.accountId} = ${accounts.id} and ${accountSites.siteId} = ${siteId})`,
        ),
      ),
    )
    .orderBy(asc(accounts.displayName), asc(accounts.id));

export const siteTimeZone = async (db: Queryable, siteId: string) =>
  (await db.select({ timeZone: sites.timeZone }).from(sites).where(eq(sites.id, siteId)))[0]?.timeZone;

export const accompanimentsOfReferrals = (db: Queryable, referralIds: readonly string[]) =>
  db
    .select({
      id: followUps.id,
      sourceReferralId: followUps.sourceReferralId,
      status: followUps.status,
      outcome: followUps.outcome,
    })
    .from(followUps)
    .where(and(eq(followUps.kind, "accompaniment"), inArray(followUps.sourceReferralId, [...referralIds])))
    .orderBy(asc(followUps.createdAt));

/** The database's clock, for callers in another feature's transaction that pass no time. */
export const databaseNow = async (tx: Tx) => {
  const result = await tx.execute<{ now: Date | string }>(sql`select now() as now`);
  const value = result.rows[0]?.now;
  return value instanceof Date ? value : new Date(String(value));
};
