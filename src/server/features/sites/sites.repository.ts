import { and, asc, eq, gt, gte, isNotNull, lte, or } from "drizzle-orm";
import type { Queryable } from "../../db/client.js";
import {
  accountSites,
  activities,
  closures,
  oneOffOpenings,
  pilotPeriods,
  sites,
  weeklyOpenings,
} from "../../db/schema/index.js";

export type SiteRow = typeof sites.$inferSelect;
export type WeeklyOpeningRow = typeof weeklyOpenings.$inferSelect;
export type OneOffOpeningRow = typeof oneOffOpenings.$inferSelect;
export type ClosureRow = typeof closures.$inferSelect;
export type PilotPeriodRow = typeof pilotPeriods.$inferSelect;
export type ActivityRow = typeof activities.$inferSelect;

// Sites

export const findSite = async (db: Queryable, id: string) =>
  (await db.select().from(sites).where(eq(sites.id, id)).limit(1))[0];

export const findSiteBySlug = async (db: Queryable, slug: string) =>
  (await db.select().from(sites).where(eq(sites.slug, slug)).limit(1))[0];

/**
 * Locks the site's row for the rest of the transaction: schedule changes of one site are checked
 * against each other one at a time, so two managers cannot add overlapping openings at once.
 */
export const lockSite = async (db: Queryable, id: string) =>
  (await db.select().from(sites).where(eq(sites.id, id)).for("update").limit(1))[0];

/** A page of sites by slug (the unique index); `memberOf` limits it to one staff member's sites. */
export function listSitesPage(
  db: Queryable,
  options: { limit: number; afterSlug?: string; memberOf?: string },
) {
  const after = options.afterSlug ? gt(sites.slug, options.afterSlug) : undefined;
  if (options.memberOf) {
    return db
      .select({ site: sites })
      .from(accountSites)
      .innerJoin(sites, eq(sites.id, accountSites.siteId))
      .where(and(eq(accountSites.accountId, options.memberOf), after))
      .orderBy(asc(sites.slug))
      .limit(options.limit + 1)
      .then((rows) => rows.map((r) => r.site));
  }
  return db
    .select()
    .from(sites)
    .where(after)
    .orderBy(asc(sites.slug))
    .limit(options.limit + 1);
}

export const insertSite = async (db: Queryable, values: typeof sites.$inferInsert) =>
  (await db.insert(sites).values(values).returning())[0] as SiteRow;

export const updateSiteRow = async (db: Queryable, id: string, values: Partial<typeof sites.$inferInsert>) =>
  (await db.update(sites).set(values).where(eq(sites.id, id)).returning())[0];

// The week

export const listWeeklyOpenings = (db: Queryable, siteId: string) =>
  db
    .select()
    .from(weeklyOpenings)
    .where(eq(weeklyOpenings.siteId, siteId))
    .orderBy(asc(weeklyOpenings.weekday), asc(weeklyOpenings.startsAt));

/** One-off openings on dates in [from, to] (either end open), by the (site, date) index. */
export const listOneOffOpenings = (
  db: Queryable,
  siteId: string,
  range: { from?: string; to?: string } = {},
) =>
  db
    .select()
    .from(oneOffOpenings)
    .where(
      and(
        eq(oneOffOpenings.siteId, siteId),
        range.from ? gte(oneOffOpenings.onDate, range.from) : undefined,
        range.to ? lte(oneOffOpenings.onDate, range.to) : undefined,
      ),
    )
    .orderBy(asc(oneOffOpenings.onDate), asc(oneOffOpenings.startsAt));

/** Closures that touch [from, to]. */
export const listClosures = (db: Queryable, siteId: string, range: { from?: string; to?: string } = {}) =>
  db
    .select()
    .from(closures)
    .where(
      and(
        eq(closures.siteId, siteId),
        range.from ? gte(closures.endsOn, range.from) : undefined,
        range.to ? lte(closures.startsOn, range.to) : undefined,
      ),
    )
    .orderBy(asc(closures.startsOn));

export const listPilotPeriods = (db: Queryable, siteId: string) =>
  db.select().from(pilotPeriods).where(eq(pilotPeriods.siteId, siteId)).orderBy(asc(pilotPeriods.startsOn));

/** Weekly activities (all) and dated activities on dates in [from, to]. */
export const listActivities = (db: Queryable, siteId: string, range: { from?: string; to?: string } = {}) =>
  db
    .select()
    .from(activities)
    .where(
      and(
        eq(activities.siteId, siteId),
        or(
          isNotNull(activities.weeklyOpeningId),
          and(
            range.from ? gte(activities.onDate, range.from) : undefined,
            range.to ? lte(activities.onDate, range.to) : undefined,
          ),
        ),
      ),
    )
    .orderBy(asc(activities.startsAt));

export const listActivitiesOfOpening = (db: Queryable, weeklyOpeningId: string) =>
  db.select().from(activities).where(eq(activities.weeklyOpeningId, weeklyOpeningId));

/** Openings that point at a pilot period (found through the site index: a site has few). */
export const listOpeningsOfPilot = async (db: Queryable, siteId: string, pilotPeriodId: string) => ({
  weekly: await db
    .select()
    .from(weeklyOpenings)
    .where(and(eq(weeklyOpenings.siteId, siteId), eq(weeklyOpenings.pilotPeriodId, pilotPeriodId))),
  oneOff: await db
    .select()
    .from(oneOffOpenings)
    .where(and(eq(oneOffOpenings.siteId, siteId), eq(oneOffOpenings.pilotPeriodId, pilotPeriodId))),
});

// Rows of one site: a row of another site is "not found", as if it did not exist.

export const findWeeklyOpening = async (db: Queryable, siteId: string, id: string) =>
  (
    await db
      .select()
      .from(weeklyOpenings)
      .where(and(eq(weeklyOpenings.siteId, siteId), eq(weeklyOpenings.id, id)))
      .limit(1)
  )[0];

export const findOneOffOpening = async (db: Queryable, siteId: string, id: string) =>
  (
    await db
      .select()
      .from(oneOffOpenings)
      .where(and(eq(oneOffOpenings.siteId, siteId), eq(oneOffOpenings.id, id)))
      .limit(1)
  )[0];

export const findClosure = async (db: Queryable, siteId: string, id: string) =>
  (
    await db
      .select()
      .from(closures)
      .where(and(eq(closures.siteId, siteId), eq(closures.id, id)))
      .limit(1)
  )[0];

export const findPilotPeriod = async (db: Queryable, siteId: string, id: string) =>
  (
    await db
      .select()
      .from(pilotPeriods)
      .where(and(eq(pilotPeriods.siteId, siteId), eq(pilotPeriods.id, id)))
      .limit(1)
  )[0];

export const findActivity = async (db: Queryable, siteId: string, id: string) =>
  (
    await db
      .select()
      .from(activities)
      .where(and(eq(activities.siteId, siteId), eq(activities.id, id)))
      .limit(1)
  )[0];

export const insertWeeklyOpening = async (db: Queryable, values: typeof weeklyOpenings.$inferInsert) =>
  (await db.insert(weeklyOpenings).values(values).returning())[0] as WeeklyOpeningRow;
export const updateWeeklyOpeningRow = async (
  db: Queryable,
  id: string,
  values: Partial<typeof weeklyOpenings.$inferInsert>,
) =>
  (
    await db.update(weeklyOpenings).set(values).where(eq(weeklyOpenings.id, id)).returning()
  )[0] as WeeklyOpeningRow;
export const deleteWeeklyOpening = (db: Queryable, id: string) =>
  db.delete(weeklyOpenings).where(eq(weeklyOpenings.id, id));

export const insertOneOffOpening = async (db: Queryable, values: typeof oneOffOpenings.$inferInsert) =>
  (await db.insert(oneOffOpenings).values(values).returning())[0] as OneOffOpeningRow;
export const updateOneOffOpeningRow = async (
  db: Queryable,
  id: string,
  values: Partial<typeof oneOffOpenings.$inferInsert>,
) =>
  (
    await db.update(oneOffOpenings).set(values).where(eq(oneOffOpenings.id, id)).returning()
  )[0] as OneOffOpeningRow;
export const deleteOneOffOpening = (db: Queryable, id: string) =>
  db.delete(oneOffOpenings).where(eq(oneOffOpenings.id, id));

export const insertClosure = async (db: Queryable, values: typeof closures.$inferInsert) =>
  (await db.insert(closures).values(values).returning())[0] as ClosureRow;
export const updateClosureRow = async (
  db: Queryable,
  id: string,
  values: Partial<typeof closures.$inferInsert>,
) => (await db.update(closures).set(values).where(eq(closures.id, id)).returning())[0] as ClosureRow;
export const deleteClosure = (db: Queryable, id: string) => db.delete(closures).where(eq(closures.id, id));

export const insertPilotPeriod = async (db: Queryable, values: typeof pilotPeriods.$inferInsert) =>
  (await db.insert(pilotPeriods).values(values).returning())[0] as PilotPeriodRow;
export const updatePilotPeriodRow = async (
  db: Queryable,
  id: string,
  values: Partial<typeof pilotPeriods.$inferInsert>,
) =>
  (await db.update(pilotPeriods).set(values).where(eq(pilotPeriods.id, id)).returning())[0] as PilotPeriodRow;
export const deletePilotPeriod = (db: Queryable, id: string) =>
  db.delete(pilotPeriods).where(eq(pilotPeriods.id, id));

export const insertActivity = async (db: Queryable, values: typeof activities.$inferInsert) =>
  (await db.insert(activities).values(values).returning())[0] as ActivityRow;
export const updateActivityRow = async (
  db: Queryable,
  id: string,
  values: Partial<typeof activities.$inferInsert>,
) => (await db.update(activities).set(values).where(eq(activities.id, id)).returning())[0] as ActivityRow;
export const deleteActivity = (db: Queryable, id: string) =>
  db.delete(activities).where(eq(activities.id, id));

/** Every site, for the public page (a handful of rows). */
export const listAllSites = (db: Queryable) => db.select().from(sites).orderBy(asc(sites.slug));
