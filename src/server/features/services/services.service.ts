import type { z } from "zod";
import type { AuditEvent } from "../../../common/audit-events.js";
import type {
  AdjustStockBodySchema,
  Catalogue,
  RecordServicesBodySchema,
  RecordSuppliesBodySchema,
  Service,
  ServiceBodySchema,
  SupplyItem,
  SupplyItemBodySchema,
  UpdateServiceBodySchema,
  UpdateSupplyItemBodySchema,
} from "../../../common/contracts/services.js";
import type { Visit } from "../../../common/contracts/visits.js";
import type { ErrorCode, FieldError } from "../../../common/errors.js";
import { can, type Permission } from "../../../common/permissions.js";
import { recordAudit } from "../../audit/audit-log.js";
import type { Actor, AppContext } from "../../context.js";
import type { Queryable, Tx } from "../../db/client.js";
import { AppError, forbidden, notFound } from "../../errors.js";
import { getSite } from "../sites/sites.service.js";
import { getVisit, visitForRecording } from "../visits/visits.service.js";
import { DEFAULT_SERVICES, DEFAULT_SUPPLY_ITEMS } from "./default-catalogue.js";
import * as map from "./services.mapper.js";
import { limitBreaches, limitMessage, outOfStockMessage, weekAround } from "./services.policy.js";
import * as repo from "./services.repository.js";

type Input<S extends z.ZodType> = z.output<S>;
type FieldProblem = FieldError & { code: ErrorCode };

function requirePermission(actor: Actor, permission: Permission) {
  if (!can(actor.role, permission)) throw forbidden();
}

/** Refuses with every problem found; the first names the error. */
function refuse(problems: FieldProblem[]) {
  const first = problems[0];
  if (first) throw new AppError(first.code, first.message, problems);
}

function definedOnly<T extends object>(input: T): Partial<T> {
  return Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function audit(
  tx: Tx,
  ctx: AppContext,
  actor: Actor,
  entry: { event: AuditEvent; siteId: string; entityType: string; entityId: string },
) {
  return recordAudit(tx, {
    ...entry,
    occurredAt: ctx.clock.now(),
    actorAccountId: actor.accountId,
    organisationId: actor.organisationId,
    address: actor.address,
  });
}

/** A site the actor may see, or 404 exactly like an unknown site (through the sites feature). */
async function assertSite(ctx: AppContext, actor: Actor, siteId: string) {
  await getSite(ctx, actor, siteId);
}

// For other features

/**
 * Gives a site the default catalogue: every built-in service and supply item whose key it does not
 * have yet. Safe to call twice and from two requests at once (insert … on conflict do nothing).
 */
export async function ensureDefaultCatalogue(db: Queryable, siteId: string): Promise<void> {
  await repo.insertMissingServices(
    db,
    DEFAULT_SERVICES.map((s, position) => ({
      siteId,
      key: s.key,
      names: { ...s.names },
      icon: s.icon,
      position,
    })),
  );
  await repo.insertMissingSupplyItems(
    db,
    DEFAULT_SUPPLY_ITEMS.map((s, position) => ({
      siteId,
      key: s.key,
      names: { ...s.names },
      icon: s.icon,
      unit: s.unit,
      stock: 0,
      lowStockAt: s.lowStockAt,
      limitPerVisit: s.limitPerVisit,
      limitPerWeek: s.limitPerWeek,
      position,
    })),
  );
}

export interface VisitUsage {
  serviceIds: string[];
  supplies: { itemId: string; quantity: number; overLimit: boolean }[];
}

/**
 * What each visit used: its ticked services and its supplies summed per item (overLimit when any
 * handout of the item in that visit went over a limit). One query per table, however many visits.
 * Visits with nothing recorded are in the map with empty lists.
 */
export async function usageOfVisits(db: Queryable, visitIds: string[]): Promise<Map<string, VisitUsage>> {
  const usage = new Map<string, VisitUsage>(visitIds.map((id) => [id, { serviceIds: [], supplies: [] }]));
  if (visitIds.length === 0) return usage;
  const ids = [...new Set(visitIds)];
  for (const row of await repo.servicesOfVisits(db, ids)) {
    usage.get(row.visitId)?.serviceIds.push(row.serviceId);
  }
  for (const row of await repo.suppliesOfVisits(db, ids)) {
    usage
      .get(row.visitId)
      ?.supplies.push({ itemId: row.itemId, quantity: row.quantity, overLimit: row.overLimit });
  }
  return usage;
}

/** Active supply items at or below their low-stock level, for the board. */
export async function lowStockOfSite(
  db: Queryable,
  siteId: string,
): Promise<{ itemId: string; names: Record<string, string>; stock: number }[]> {
  const rows = await repo.lowStockItems(db, siteId);
  return rows.map((r) => ({ itemId: r.id, names: r.names, stock: r.stock }));
}

/** For a merge of two visits: the services of both (each once) and every handout move to `toVisitId`. */
export async function moveUsage(tx: Tx, fromVisitId: string, toVisitId: string): Promise<void> {
  await repo.moveUsage(tx, fromVisitId, toVisitId);
}

// The catalogue

/** A site created before the catalogue existed gets its defaults the first time it is used. */
async function ensureCatalogueOf(db: Queryable, siteId: string) {
  const exists = await repo.catalogueExists(db, siteId);
  if (!exists.services || !exists.supplies) await ensureDefaultCatalogue(db, siteId);
}

export async function getCatalogue(ctx: AppContext, actor: Actor, siteId: string): Promise<Catalogue> {
  requirePermission(actor, "site.read");
  await assertSite(ctx, actor, siteId);
  await ensureCatalogueOf(ctx.db, siteId);
  // Hidden items are included (active: false) so managers can show them again; the door filters.
  const services = await repo.listServices(ctx.db, siteId);
  const supplies = await repo.listSupplyItems(ctx.db, siteId);
  return {
    services: services.map(map.toService),
    supplies: supplies.map(map.toSupplyItem),
    can: { manage: can(actor.role, "catalogue.manage"), adjustStock: can(actor.role, "stock.adjust") },
  };
}

export async function createService(
  ctx: AppContext,
  actor: Actor,
  siteId: string,
  input: Input<typeof ServiceBodySchema>,
): Promise<Service> {
  requirePermission(actor, "catalogue.manage");
  await assertSite(ctx, actor, siteId);
  return ctx.db.transaction(async (tx) => {
    await ensureCatalogueOf(tx, siteId);
    const now = ctx.clock.now();
    const row = await repo.insertService(tx, {
      siteId,
      key: null,
      names: input.names,
      icon: input.icon,
      position: input.position ?? (await repo.nextServicePosition(tx, siteId)),
      active: input.active ?? true,
      createdAt: now,
      updatedAt: now,
    });
    await audit(tx, ctx, actor, {
      event: "SERVICE_CREATED",
      siteId,
      entityType: "service",
      entityId: row.id,
    });
    return map.toService(row);
  });
}

export async function updateService(
  ctx: AppContext,
  actor: Actor,
  params: { siteId: string; id: string },
  input: Input<typeof UpdateServiceBodySchema>,
): Promise<Service> {
  requirePermission(actor, "catalogue.manage");
  await assertSite(ctx, actor, params.siteId);
  return ctx.db.transaction(async (tx) => {
    if (!(await repo.findService(tx, params.siteId, params.id))) throw notFound();
    const row = await repo.updateServiceRow(tx, params.id, {
      ...definedOnly(input),
      updatedAt: ctx.clock.now(),
    });
    await audit(tx, ctx, actor, {
      event: "SERVICE_UPDATED",
      siteId: params.siteId,
      entityType: "service",
      entityId: params.id,
    });
    return map.toService(row);
  });
}

export async function createSupplyItem(
  ctx: AppContext,
  actor: Actor,
  siteId: string,
  input: Input<typeof SupplyItemBodySchema>,
): Promise<SupplyItem> {
  requirePermission(actor, "catalogue.manage");
  await assertSite(ctx, actor, siteId);
  return ctx.db.transaction(async (tx) => {
    await ensureCatalogueOf(tx, siteId);
    const now = ctx.clock.now();
    const row = await repo.insertSupplyItem(tx, {
      siteId,
      key: null,
      names: input.names,
      icon: input.icon,
      unit: input.unit,
      stock: 0,
      lowStockAt: input.lowStockAt,
      limitPerVisit: input.limitPerVisit,
      limitPerWeek: input.limitPerWeek,
      position: input.position ?? (await repo.nextSupplyPosition(tx, siteId)),
      active: input.active ?? true,
      createdAt: now,
      updatedAt: now,
    });
    await audit(tx, ctx, actor, {
      event: "SUPPLY_ITEM_CREATED",
      siteId,
      entityType: "supply_item",
      entityId: row.id,
    });
    return map.toSupplyItem(row);
  });
}

export async function updateSupplyItem(
  ctx: AppContext,
  actor: Actor,
  params: { siteId: string; id: string },
  input: Input<typeof UpdateSupplyItemBodySchema>,
): Promise<SupplyItem> {
  requirePermission(actor, "catalogue.manage");
  await assertSite(ctx, actor, params.siteId);
  return ctx.db.transaction(async (tx) => {
    if (!(await repo.findSupplyItem(tx, params.siteId, params.id))) throw notFound();
    // Stock is never set here: it changes only by deliveries, counts and handouts, each recorded.
    const row = await repo.updateSupplyItemRow(tx, params.id, {
      ...definedOnly(input),
      updatedAt: ctx.clock.now(),
    });
    await audit(tx, ctx, actor, {
      event: "SUPPLY_ITEM_UPDATED",
      siteId: params.siteId,
      entityType: "supply_item",
      entityId: params.id,
    });
    return map.toSupplyItem(row);
  });
}

/** A delivery (positive delta) or a count that found less (negative); never below zero. */
export async function adjustStock(
  ctx: AppContext,
  actor: Actor,
  params: { siteId: string; id: string },
  input: Input<typeof AdjustStockBodySchema>,
): Promise<SupplyItem> {
  requirePermission(actor, "stock.adjust");
  await assertSite(ctx, actor, params.siteId);
  return ctx.db.transaction(async (tx) => {
    if (!(await repo.findSupplyItem(tx, params.siteId, params.id))) throw notFound();
    const now = ctx.clock.now();
    const row = await repo.changeStock(tx, params.id, input.delta, now);
    if (!row) {
      const current = await repo.findSupplyItem(tx, params.siteId, params.id);
      const left = current?.stock ?? 0;
      refuse([
        {
          path: "delta",
          code: "OUT_OF_STOCK",
          message: `Only ${left} in stock: a count cannot take it below zero (at most −${left}).`,
        },
      ]);
    }
    const adjustment = await repo.insertStockAdjustment(tx, {
      itemId: params.id,
      delta: input.delta,
      reason: input.reason,
      adjustedBy: actor.accountId,
      adjustedAt: now,
    });
    await audit(tx, ctx, actor, {
      event: "STOCK_ADJUSTED",
      siteId: params.siteId,
      entityType: "stock_adjustment",
      entityId: adjustment.id,
    });
    return map.toSupplyItem(row as repo.SupplyItemRow);
  });
}

// Use in a visit

const NOT_A_SERVICE = "Not a service of this site.";
const HIDDEN_SERVICE = "This service is hidden in the catalogue; show it again first.";
const NOT_AN_ITEM = "Not a supply item of this site.";
const HIDDEN_ITEM = "This supply item is hidden in the catalogue; show it again first.";

/** Ticks services she used; ticking one already ticked changes nothing. */
export async function recordServices(
  ctx: AppContext,
  actor: Actor,
  visitId: string,
  input: Input<typeof RecordServicesBodySchema>,
): Promise<Visit> {
  requirePermission(actor, "visit.record");
  await ctx.db.transaction(async (tx) => {
    const visit = await visitForRecording(tx, actor, visitId);
    const found = new Map(
      (await repo.servicesOfSite(tx, visit.siteId, [...new Set(input.serviceIds)])).map((s) => [s.id, s]),
    );
    refuse(
      input.serviceIds.flatMap((id, i): FieldProblem[] => {
        const service = found.get(id);
        if (!service) return [{ path: `serviceIds.${i}`, code: "VALIDATION_FAILED", message: NOT_A_SERVICE }];
        if (!service.active)
          return [{ path: `serviceIds.${i}`, code: "VALIDATION_FAILED", message: HIDDEN_SERVICE }];
        return [];
      }),
    );
    const now = ctx.clock.now();
    await repo.tickServices(
      tx,
      [...found.keys()].map((serviceId) => ({
        visitId: visit.id,
        serviceId,
        recordedBy: actor.accountId,
        recordedAt: now,
      })),
    );
  });
  return getVisit(ctx, actor, visitId);
}

/** Unticks a service ticked by mistake; one not ticked stays unticked. */
export async function untickService(
  ctx: AppContext,
  actor: Actor,
  params: { id: string; serviceId: string },
): Promise<Visit> {
  requirePermission(actor, "visit.record");
  await ctx.db.transaction(async (tx) => {
    const visit = await visitForRecording(tx, actor, params.id);
    if (!(await repo.findService(tx, visit.siteId, params.serviceId))) throw notFound();
    await repo.untickService(tx, visit.id, params.serviceId);
  });
  return getVisit(ctx, actor, params.id);
}

/**
 * Hands out supplies. The items are locked first, so handouts of one item are checked one request
 * at a time: limits count what she already had (this visit; this week for her code), and stock is
 * taken atomically. Any refusal saves nothing.
 */
export async function recordSupplies(
  ctx: AppContext,
  actor: Actor,
  visitId: string,
  input: Input<typeof RecordSuppliesBodySchema>,
): Promise<Visit> {
  requirePermission(actor, "visit.record");
  await ctx.db.transaction(async (tx) => {
    const visit = await visitForRecording(tx, actor, visitId);
    const itemIds = [...new Set(input.items.map((line) => line.itemId))];
    const items = new Map((await repo.lockSupplyItems(tx, visit.siteId, itemIds)).map((r) => [r.id, r]));
    refuse(
      input.items.flatMap((line, i): FieldProblem[] => {
        const item = items.get(line.itemId);
        const path = `items.${i}.itemId`;
        if (!item) return [{ path, code: "VALIDATION_FAILED", message: NOT_AN_ITEM }];
        if (!item.active) return [{ path, code: "VALIDATION_FAILED", message: HIDDEN_ITEM }];
        return [];
      }),
    );

    const visitAlready = await repo.quantitiesOfVisit(tx, visit.id, itemIds);
    const weekAlready = visit.visitorCodeId
      ? await repo.quantitiesOfCode(tx, {
          visitorCodeId: visit.visitorCodeId,
          ...weekAround(visit.checkedInAt, visit.timeZone),
          itemIds,
        })
      : null;
    const breaches = limitBreaches({ lines: input.items, limits: items, visitAlready, weekAlready });
    if (breaches.length > 0 && input.overLimitReason === undefined) {
      refuse(
        breaches.map((b) => ({
          path: `items.${b.index}.quantity`,
          code: "LIMIT_EXCEEDED",
          message: limitMessage(b),
        })),
      );
    }

    // Stock, checked on the locked rows so that every short line is named, then taken atomically.
    const left = new Map([...items.values()].map((item) => [item.id, item.stock]));
    const short: FieldProblem[] = [];
    input.items.forEach((line, i) => {
      const stock = left.get(line.itemId) ?? 0;
      if (line.quantity > stock) {
        short.push({ path: `items.${i}.quantity`, code: "OUT_OF_STOCK", message: outOfStockMessage(stock) });
      } else {
        left.set(line.itemId, stock - line.quantity);
      }
    });
    refuse(short);

    const over = new Set(breaches.map((b) => b.index));
    const now = ctx.clock.now();
    for (const [i, line] of input.items.entries()) {
      if (!(await repo.takeStock(tx, line.itemId, line.quantity))) {
        const stock = (await repo.findSupplyItem(tx, visit.siteId, line.itemId))?.stock ?? 0;
        refuse([{ path: `items.${i}.quantity`, code: "OUT_OF_STOCK", message: outOfStockMessage(stock) }]);
      }
      const handout = await repo.insertHandout(tx, {
        visitId: visit.id,
        itemId: line.itemId,
        quantity: line.quantity,
        overLimitReason: over.has(i) ? (input.overLimitReason ?? null) : null,
        recordedBy: actor.accountId,
        recordedAt: now,
      });
      if (over.has(i)) {
        await audit(tx, ctx, actor, {
          event: "SUPPLY_LIMIT_OVERRIDDEN",
          siteId: visit.siteId,
          entityType: "supply_handout",
          entityId: handout.id,
        });
      }
    }
  });
  return getVisit(ctx, actor, visitId);
}
