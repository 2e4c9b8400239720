import { and, asc, eq, gte, isNotNull, isNull, lte, or } from "drizzle-orm";
import type { Queryable } from "../../db/client.js";
import { accountSites, accounts, dutyAssignments } from "../../db/schema/index.js";

export type DutyAssignmentRow = typeof dutyAssignments.$inferSelect;

/** An assignment with the few account fields the roster shows: the name and spoken languages. */
export interface AssignmentWithStaff {
  assignment: DutyAssignmentRow;
  displayName: string;
  languages: string[];
}

const withStaff = {
  assignment: dutyAssignments,
  displayName: accounts.displayName,
  languages: accounts.languages,
};

/** Assignments that can touch sessions of [from, to]: weekly ones valid then, and one-offs on those dates. */
const inRange = (range: { from: string; to: string }) =>
  or(
    and(
      isNotNull(dutyAssignments.weeklyOpeningId),
      or(isNull(dutyAssignments.validFrom), lte(dutyAssignments.validFrom, range.to)),
      or(isNull(dutyAssignments.validTo), gte(dutyAssignments.validTo, range.from)),
    ),
    and(gte(dutyAssignments.onDate, range.from), lte(dutyAssignments.onDate, range.to)),
  );

/** A site's roster for a range of evenings, by the site index. Deactivated staff are not on duty. */
export const listAssignmentsOfSite = (db: Queryable, siteId: string, range: { from: string; to: string }) =>
  db
    .select(withStaff)
    .from(dutyAssignments)
    .innerJoin(accounts, eq(accounts.id, dutyAssignments.accountId))
    .where(and(eq(dutyAssignments.siteId, siteId), eq(accounts.active, true), inRange(range)))
    .orderBy(asc(accounts.displayName));

/** One staff member's assignments for a range, by the account index. */
export const listAssignmentsOfAccount = (
  db: Queryable,
  accountId: string,
  range: { from: string; to: string },
) =>
  db
    .select()
    .from(dutyAssignments)
    .where(and(eq(dutyAssignments.accountId, accountId), inRange(range)));

/** A staff member's assignments at a site (for duplicate checks). */
export const listAssignmentsOfAccountAtSite = (db: Queryable, siteId: string, accountId: string) =>
  db
    .select()
    .from(dutyAssignments)
    .where(and(eq(dutyAssignments.accountId, accountId), eq(dutyAssignments.siteId, siteId)));

export const findAssignment = async (db: Queryable, siteId: string, id: string) =>
  (
    await db
      .select(withStaff)
      .from(dutyAssignments)
      .innerJoin(accounts, eq(accounts.id, dutyAssignments.accountId))
      .where(and(eq(dutyAssignments.siteId, siteId), eq(dutyAssignments.id, id)))
      .limit(1)
  )[0];

export const insertAssignment = async (db: Queryable, values: typeof dutyAssignments.$inferInsert) =>
  (await db.insert(dutyAssignments).values(values).returning())[0] as DutyAssignmentRow;

export const deleteAssignment = (db: Queryable, id: string) =>
  db.delete(dutyAssignments).where(eq(dutyAssignments.id, id));

/** Active staff who work at a site, by the account_sites site index. */
export const listSiteMembers = (db: Queryable, siteId: string) =>
  db
    .select({
      accountId: accounts.id,
      displayName: accounts.displayName,
      role: accounts.role,
      languages: accounts.languages,
    })
    .from(accountSites)
    .innerJoin(accounts, eq(accounts.id, accountSites.accountId))
    .where(and(eq(accountSites.siteId, siteId), eq(accounts.active, true)))
    .orderBy(asc(accounts.displayName));

export const findSiteMember = async (db: Queryable, siteId: string, accountId: string) =>
  (
    await db
      .select({ accountId: accounts.id, displayName: accounts.displayName, languages: accounts.languages })
      .from(accountSites)
      .innerJoin(accounts, eq(accounts.id, accountSites.accountId))
      .where(
        and(
          eq(accountSites.siteId, siteId),
          eq(accountSites.accountId, accountId),
          eq(accounts.active, true),
        ),
      )
      .limit(1)
  )[0];
