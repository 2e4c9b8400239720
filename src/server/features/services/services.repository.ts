import { and, asc, eq, gte, inArray, isNotNull, lt, lte, max, sql } from "drizzle-orm";
import type { Queryable, Tx } from "../../db/client.js";
import {
  services,
  stockAdjustments,
  supplyHandouts,
  supplyItems,
  visitServices,
  visits,
} from "../../db/schema/index.js";

export type ServiceRow = typeof services.$inferSelect;
export type SupplyItemRow = typeof supplyItems.$inferSelect;
export type SupplyHandoutRow = typeof supplyHandouts.$inferSelect;

// The catalogue

/** Adds the rows whose key the site does not have yet; concurrent callers cannot double them. */
export async function insertMissingServices(db: Queryable, rows: (typeof services.$inferInsert)[]) {
  if (rows.length === 0) return;
  await db
    .insert(services)
    .values(rows)
    .onConflictDoNothing({ target: [services.siteId, services.key] });
}

export async function insertMissingSupplyItems(db: Queryable, rows: (typeof supplyItems.$inferInsert)[]) {
  if (rows.length === 0) return;
  await db
    .insert(supplyItems)
    .values(rows)
    .onConflictDoNothing({ target: [supplyItems.siteId, supplyItems.key] });
}

/** Whether the site has any services and any supply items (two index probes). */
export async function catalogueExists(db: Queryable, siteId: string) {
  const [service] = await db
    .select({ id: services.id })
    .from(services)
    .where(eq(services.siteId, siteId))
    .limit(1);
  const [item] = await db
    .select({ id: supplyItems.id })
    .from(supplyItems)
    .where(eq(supplyItems.siteId, siteId))
    .limit(1);
  return { services: service !== undefined, supplies: item !== undefined };
}

export const listServices = (db: Queryable, siteId: string) =>
  db
    .select()
    .from(services)
    .where(eq(services.siteId, siteId))
    .orderBy(asc(services.position), asc(services.createdAt), asc(services.id));

export const listSupplyItems = (db: Queryable, siteId: string) =>
  db
    .select()
    .from(supplyItems)
    .where(eq(supplyItems.siteId, siteId))
    .orderBy(asc(supplyItems.position), asc(supplyItems.createdAt), asc(supplyItems.id));

export const findService = async (db: Queryable, siteId: string, id: string) =>
  (
    await db
      .select()
      .from(services)
      .where(and(eq(services.siteId, siteId), eq(services.id, id)))
      .limit(1)
  )[0];

export const findSupplyItem = async (db: Queryable, siteId: string, id: string) =>
  (
    await db
      .select()
      .from(supplyItems)
      .where(and(eq(supplyItems.siteId, siteId), eq(supplyItems.id, id)))
      .limit(1)
  )[0];

/** The position after the site's last service, so a new one goes to the end. */
export async function nextServicePosition(db: Queryable, siteId: string) {
  const [row] = await db
    .select({ last: max(services.position) })
    .from(services)
    .where(eq(services.siteId, siteId));
  return row?.last === null || row?.last === undefined ? 0 : row.last + 1;
}

export async function nextSupplyPosition(db: Queryable, siteId: string) {
  const [row] = await db
    .select({ last: max(supplyItems.position) })
    .from(supplyItems)
    .where(eq(supplyItems.siteId, siteId));
  return row?.last === null || row?.last === undefined ? 0 : row.last + 1;
}

export const insertService = async (db: Queryable, values: typeof services.$inferInsert) =>
  (await db.insert(services).values(values).returning())[0] as ServiceRow;

export const updateServiceRow = async (
  db: Queryable,
  id: string,
  values: Partial<typeof services.$inferInsert>,
) => (await db.update(services).set(values).where(eq(services.id, id)).returning())[0] as ServiceRow;

export const insertSupplyItem = async (db: Queryable, values: typeof supplyItems.$inferInsert) =>
  (await db.insert(supplyItems).values(values).returning())[0] as SupplyItemRow;

export const updateSupplyItemRow = async (
  db: Queryable,
  id: string,
  values: Partial<typeof supplyItems.$inferInsert>,
) => (await db.update(supplyItems).set(values).where(eq(supplyItems.id, id)).returning())[0] as SupplyItemRow;

// Stock

/**
 * Changes stock by delta in one statement, only if it stays at zero or above: two counts or a count
 * and a handout at the same moment cannot take it below zero. Undefined when it would.
 */
export const changeStock = async (tx: Tx, id: string, delta: number, now: Date) =>
  (
    await tx
      .update(supplyItems)
      .set({ stock: sql`${supplyItems.stock} + ${delta}`, updatedAt: now })
      .where(and(eq(supplyItems.id, id), gte(sql`${supplyItems.stock} + ${delta}`, 0)))
      .returning()
  )[0];

/** Takes a handed-out quantity from stock, only if that much is there. Undefined when it is not. */
export const takeStock = async (tx: Tx, id: string, quantity: number) =>
  (
    await tx
      .update(supplyItems)
      .set({ stock: sql`${supplyItems.stock} - ${quantity}` })
      .where(and(eq(supplyItems.id, id), gte(supplyItems.stock, quantity)))
      .returning({ stock: supplyItems.stock })
  )[0];

export const insertStockAdjustment = async (tx: Tx, values: typeof stockAdjustments.$inferInsert) =>
  (await tx.insert(stockAdjustments).values(values).returning({ id: stockAdjustments.id }))[0] as {
    id: string;
  };

// Use in a visit

export const servicesOfSite = (db: Queryable, siteId: string, ids: string[]) =>
  db
    .select({ id: services.id, active: services.active })
    .from(services)
    .where(and(eq(services.siteId, siteId), inArray(services.id, ids)));

export async function tickServices(
  tx: Tx,
  rows: { visitId: string; serviceId: string; recordedBy: string; recordedAt: Date }[],
) {
  await tx.insert(visitServices).values(rows).onConflictDoNothing();
}

export async function untickService(tx: Tx, visitId: string, serviceId: string) {
  await tx
    .delete(visitServices)
    .where(and(eq(visitServices.visitId, visitId), eq(visitServices.serviceId, serviceId)));
}

/**
 * Locks the site's supply items being handed out, in id order (no deadlock between two requests),
 * so that handouts of one item are counted against its limits one request at a time.
 */
export const lockSupplyItems = (tx: Tx, siteId: string, ids: string[]) =>
  tx
    .select()
    .from(supplyItems)
    .where(and(eq(supplyItems.siteId, siteId), inArray(supplyItems.id, ids)))
    .orderBy(asc(supplyItems.id))
    .for("update");

/** What a visit already got of these items, per item. */
export async function quantitiesOfVisit(tx: Tx, visitId: string, itemIds: string[]) {
  const rows = await tx
    .select({ itemId: supplyHandouts.itemId, quantity: sql<number>`sum(${supplyHandouts.quantity})::int` })
    .from(supplyHandouts)
    .where(and(eq(supplyHandouts.visitId, visitId), inArray(supplyHandouts.itemId, itemIds)))
    .groupBy(supplyHandouts.itemId);
  return new Map(rows.map((r) => [r.itemId, r.quantity]));
}

/**
 * What one code got of these items in visits checked in during [from, to), per item. This reads the
 * visits table of the visits feature directly: it is one join the limits need, and going through the
 * visits service would mean a second round trip per handout (an accepted exception to the rule).
 */
export async function quantitiesOfCode(
  tx: Tx,
  options: { visitorCodeId: string; from: Date; to: Date; itemIds: string[] },
) {
  const rows = await tx
    .select({ itemId: supplyHandouts.itemId, quantity: sql<number>`sum(${supplyHandouts.quantity})::int` })
    .from(supplyHandouts)
    .innerJoin(visits, eq(visits.id, supplyHandouts.visitId))
    .where(
      and(
        eq(visits.visitorCodeId, options.visitorCodeId),
        gte(visits.checkedInAt, options.from),
        lt(visits.checkedInAt, options.to),
        inArray(supplyHandouts.itemId, options.itemIds),
      ),
    )
    .groupBy(supplyHandouts.itemId);
  return new Map(rows.map((r) => [r.itemId, r.quantity]));
}

export const insertHandout = async (tx: Tx, values: typeof supplyHandouts.$inferInsert) =>
  (await tx.insert(supplyHandouts).values(values).returning({ id: supplyHandouts.id }))[0] as { id: string };

/** Services ticked in these visits, in catalogue order. */
export const servicesOfVisits = (db: Queryable, visitIds: string[]) =>
  db
    .select({ visitId: visitServices.visitId, serviceId: visitServices.serviceId })
    .from(visitServices)
    .innerJoin(services, eq(services.id, visitServices.serviceId))
    .where(inArray(visitServices.visitId, visitIds))
    .orderBy(asc(services.position), asc(services.id));

/** Supplies handed out in these visits, summed per item, in catalogue order. */
export const suppliesOfVisits = (db: Queryable, visitIds: string[]) =>
  db
    .select({
      visitId: supplyHandouts.visitId,
      itemId: supplyHandouts.itemId,
      quantity: sql<number>`sum(${supplyHandouts.quantity})::int`,
      overLimit: sql<boolean>`bool_or(${isNotNull(supplyHandouts.overLimitReason)})`,
    })
    .from(supplyHandouts)
    .innerJoin(supplyItems, eq(supplyItems.id, supplyHandouts.itemId))
    .where(inArray(supplyHandouts.visitId, visitIds))
    .groupBy(supplyHandouts.visitId, supplyHandouts.itemId, supplyItems.position)
    .orderBy(asc(supplyItems.position), asc(supplyHandouts.itemId));

export const lowStockItems = (db: Queryable, siteId: string) =>
  db
    .select({ id: supplyItems.id, names: supplyItems.names, stock: supplyItems.stock })
    .from(supplyItems)
    .where(
      and(
        eq(supplyItems.siteId, siteId),
        eq(supplyItems.active, true),
        lte(supplyItems.stock, supplyItems.lowStockAt),
      ),
    )
    .orderBy(asc(supplyItems.position), asc(supplyItems.id));

/** A merge: the services of both visits (each once), and every handout of the old visit. */
export async function moveUsage(tx: Tx, fromVisitId: string, toVisitId: string) {
  await tx.execute(sql`
    insert into ${visitServices} (visit_id, service_id, recorded_by, recorded_at)
    select ${toVisitId}::uuid, service_id, recorded_by, recorded_at
    from ${visitServices} where visit_id = ${fromVisitId}::uuid
    on conflict do nothing`);
  await tx.delete(visitServices).where(eq(visitServices.visitId, fromVisitId));
  await tx.update(supplyHandouts).set({ visitId: toVisitId }).where(eq(supplyHandouts.visitId, fromVisitId));
}
