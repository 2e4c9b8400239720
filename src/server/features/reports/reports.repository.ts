/**
 * Queries of the door statistics. Reports are read models: this repository reads the door's tables
 * (opening_sessions, visits, visitor_codes, visit_services, services, supply_items, supply_handouts)
 * directly and read-only, because a report aggregates across a whole period in a few set-based
 * queries, where going through the visits and services features row by row would be N+1 and slow.
 * It never writes them; every change to those tables stays with the features that own them.
 *
 * Each query starts from the site's sessions by the unique index (site_id, date, starts_at) and
 * reaches visits by visits_session_idx, ticks by the primary key (visit_id, service_id) and handouts
 * by supply_handouts_visit_idx. Codes are counted as the code they were merged into, so a woman whose
 * two cards were merged counts once.
 */
import {
  and,
  asc,
  between,
  count,
  countDistinct,
  desc,
  eq,
  isNotNull,
  isNull,
  or,
  sql,
  sum,
} from "drizzle-orm";
import type { Queryable } from "../../db/client.js";
import {
  openingSessions,
  services,
  supplyHandouts,
  supplyItems,
  visitorCodes,
  visitServices,
  visits,
} from "../../db/schema/index.js";

export interface ReportRange {
  siteId: string;
  /** Local dates of the sessions, both inclusive. */
  from: string;
  to: string;
}

const inRange = (range: ReportRange) =>
  and(eq(openingSessions.siteId, range.siteId), between(openingSessions.date, range.from, range.to));

/** The woman behind a visit: the code it was merged into, else its own; null for anonymous visits. */
const woman = sql<string | null>`coalesce(${visitorCodes.mergedIntoId}, ${visits.visitorCodeId})`;

const visitFigures = {
  visits: count(visits.id),
  distinctCodes: countDistinct(woman),
  anonymousVisits: sql<number>`(count(${visits.id}) filter (where ${isNull(visits.visitorCodeId)}))::int`,
  firstVisits: sql<number>`(count(${visits.id}) filter (where ${visits.firstVisit}))::int`,
};

/** Every session of the range with its figures; sessions without a visit count zero. */
export const sessionFigures = (db: Queryable, range: ReportRange) =>
  db
    .select({
      sessionId: openingSessions.id,
      date: openingSessions.date,
      startsAt: openingSessions.startsAt,
      pilotPeriodId: openingSessions.pilotPeriodId,
      ...visitFigures,
    })
    .from(openingSessions)
    .leftJoin(visits, eq(visits.sessionId, openingSessions.id))
    .leftJoin(visitorCodes, eq(visitorCodes.id, visits.visitorCodeId))
    .where(inRange(range))
    .groupBy(openingSessions.id)
    .orderBy(asc(openingSessions.date), asc(openingSessions.startsAt));

/** The period's figures: distinct codes over the whole period, not the sum of the sessions'. */
export async function periodFigures(db: Queryable, range: ReportRange) {
  const [row] = await db
    .select({ sessions: countDistinct(openingSessions.id), ...visitFigures })
    .from(openingSessions)
    .leftJoin(visits, eq(visits.sessionId, openingSessions.id))
    .leftJoin(visitorCodes, eq(visitorCodes.id, visits.visitorCodeId))
    .where(inRange(range));
  return row ?? { sessions: 0, visits: 0, distinctCodes: 0, anonymousVisits: 0, firstVisits: 0 };
}

/** Visits by nationality ("XX" when not known), most frequent first. */
export const visitsByNationality = (db: Queryable, range: ReportRange) =>
  db
    .select({ key: visits.nationality, count: count() })
    .from(openingSessions)
    .innerJoin(visits, eq(visits.sessionId, openingSessions.id))
    .where(inRange(range))
    .groupBy(visits.nationality)
    .orderBy(desc(count()), asc(visits.nationality));

/** How new women heard of the centre, as recorded at their check-in; visits without an answer are left out. */
export const visitsByHeardFrom = (db: Queryable, range: ReportRange) =>
  db
    .select({ key: sql<string>`${visits.heardFrom}`, count: count() })
    .from(openingSessions)
    .innerJoin(visits, eq(visits.sessionId, openingSessions.id))
    .where(and(inRange(range), isNotNull(visits.heardFrom)))
    .groupBy(visits.heardFrom)
    .orderBy(desc(count()), asc(visits.heardFrom));

/** Ticks per service in the range, aggregated before the catalogue is joined. */
const serviceCounts = (db: Queryable, range: ReportRange) =>
  db
    .select({ serviceId: visitServices.serviceId, count: count().as("count") })
    .from(openingSessions)
    .innerJoin(visits, eq(visits.sessionId, openingSessions.id))
    .innerJoin(visitServices, eq(visitServices.visitId, visits.id))
    .where(inRange(range))
    .groupBy(visitServices.serviceId)
    .as("used");

/**
 * Every service of the site's catalogue that is offered now or was used in the period (a hidden
 * service still counts what it was used for), in the catalogue's order.
 */
export function servicesUsed(db: Queryable, range: ReportRange) {
  const used = serviceCounts(db, range);
  return db
    .select({
      serviceId: services.id,
      key: services.key,
      names: services.names,
      count: sql<number>`coalesce(${used.count}, 0)::int`,
    })
    .from(services)
    .leftJoin(used, eq(used.serviceId, services.id))
    .where(and(eq(services.siteId, range.siteId), or(eq(services.active, true), isNotNull(used.count))))
    .orderBy(asc(services.position), asc(services.createdAt), asc(services.id));
}

const handoutTotals = (db: Queryable, range: ReportRange) =>
  db
    .select({
      itemId: supplyHandouts.itemId,
      quantity: sum(supplyHandouts.quantity).as("quantity"),
      handouts: count().as("handouts"),
      overrides: sql<number>`count(*) filter (where ${isNotNull(supplyHandouts.overLimitReason)})`.as(
        "overrides",
      ),
    })
    .from(openingSessions)
    .innerJoin(visits, eq(visits.sessionId, openingSessions.id))
    .innerJoin(supplyHandouts, eq(supplyHandouts.visitId, visits.id))
    .where(inRange(range))
    .groupBy(supplyHandouts.itemId)
    .as("handed");

/** Every supply item stocked now or handed out in the period, with quantity, handouts and overrides. */
export function suppliesHandedOut(db: Queryable, range: ReportRange) {
  const handed = handoutTotals(db, range);
  return db
    .select({
      itemId: supplyItems.id,
      key: supplyItems.key,
      names: supplyItems.names,
      unit: supplyItems.unit,
      quantity: sql<number>`coalesce(${handed.quantity}, 0)::int`,
      handouts: sql<number>`coalesce(${handed.handouts}, 0)::int`,
      overrides: sql<number>`coalesce(${handed.overrides}, 0)::int`,
    })
    .from(supplyItems)
    .leftJoin(handed, eq(handed.itemId, supplyItems.id))
    .where(
      and(eq(supplyItems.siteId, range.siteId), or(eq(supplyItems.active, true), isNotNull(handed.itemId))),
    )
    .orderBy(asc(supplyItems.position), asc(supplyItems.createdAt), asc(supplyItems.id));
}
