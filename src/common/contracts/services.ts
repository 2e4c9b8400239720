import { z } from "zod";
import { LIMITS } from "../limits.js";
import { defineRoutes } from "./route.js";
import { IdSchema } from "./shared.js";
import { SiteItemParamsSchema, SiteParamsSchema } from "./sites.js";
import { VisitParamsSchema, VisitSchema } from "./visits.js";

/**
 * The pictures the door and her pages show beside a service or supply. A closed list, so each has a
 * drawn icon in the web app; managers pick one.
 */
export const CATALOGUE_ICONS = [
  "tea",
  "food",
  "languages",
  "computer",
  "entertainment",
  "leaflet",
  "clothes",
  "condom",
  "lubricant",
  "shower",
  "clinic",
  "payment",
  "counselling",
  "class",
  "test",
  "support",
  "legal",
  "hygiene",
  "other",
] as const;
export const CatalogueIconSchema = z.enum(CATALOGUE_ICONS);

/** A name per language code; Danish and English are required, her languages are welcome. */
export const TranslatedNameSchema = z
  .record(z.string().regex(/^[a-z]{2,3}$/), z.string().trim().min(1).max(LIMITS.serviceNameMax))
  .refine((names) => Boolean(names.da && names.en), "Give the name in Danish and in English");

export const ServiceSchema = z.object({
  id: IdSchema,
  siteId: IdSchema,
  /** The built-in service this is (one of the sixteen), or null for one a manager added. */
  key: z.string().nullable(),
  names: z.record(z.string(), z.string()),
  icon: CatalogueIconSchema,
  position: z.number().int(),
  active: z.boolean(),
});
export type Service = z.infer<typeof ServiceSchema>;

export const SupplyItemSchema = z.object({
  id: IdSchema,
  siteId: IdSchema,
  key: z.string().nullable(),
  names: z.record(z.string(), z.string()),
  icon: CatalogueIconSchema,
  unit: z.string(),
  stock: z.number().int(),
  lowStockAt: z.number().int(),
  lowStock: z.boolean(),
  /** Null: no limit. */
  limitPerVisit: z.number().int().nullable(),
  /** Per woman's code, Monday to Sunday in the site's time. Null: no limit. */
  limitPerWeek: z.number().int().nullable(),
  position: z.number().int(),
  active: z.boolean(),
});
export type SupplyItem = z.infer<typeof SupplyItemSchema>;

export const CatalogueSchema = z.object({
  services: z.array(ServiceSchema),
  supplies: z.array(SupplyItemSchema),
  can: z.object({ manage: z.boolean(), adjustStock: z.boolean() }),
});
export type Catalogue = z.infer<typeof CatalogueSchema>;

export const ServiceBodySchema = z
  .object({
    names: TranslatedNameSchema,
    icon: CatalogueIconSchema,
    position: z.number().int().min(0).max(1000).optional(),
    active: z.boolean().optional(),
  })
  .strict();
export const UpdateServiceBodySchema = z
  .object({
    names: TranslatedNameSchema.optional(),
    icon: CatalogueIconSchema.optional(),
    position: z.number().int().min(0).max(1000).optional(),
    active: z.boolean().optional(),
  })
  .strict();

const LimitSchema = z.number().int().min(1).max(LIMITS.limitMax).nullable();

export const SupplyItemBodySchema = z
  .object({
    names: TranslatedNameSchema,
    icon: CatalogueIconSchema,
    unit: z.string().trim().min(1).max(LIMITS.supplyUnitMax).default("piece"),
    lowStockAt: z.number().int().min(0).max(LIMITS.stockMax).default(0),
    limitPerVisit: LimitSchema.default(null),
    limitPerWeek: LimitSchema.default(null),
    position: z.number().int().min(0).max(1000).optional(),
    active: z.boolean().optional(),
  })
  .strict();
export const UpdateSupplyItemBodySchema = z
  .object({
    names: TranslatedNameSchema.optional(),
    icon: CatalogueIconSchema.optional(),
    unit: z.string().trim().min(1).max(LIMITS.supplyUnitMax).optional(),
    lowStockAt: z.number().int().min(0).max(LIMITS.stockMax).optional(),
    limitPerVisit: LimitSchema.optional(),
    limitPerWeek: LimitSchema.optional(),
    position: z.number().int().min(0).max(1000).optional(),
    active: z.boolean().optional(),
  })
  .strict();

/** A delivery (positive) or a count that found less (negative), with why. */
export const AdjustStockBodySchema = z
  .object({
    delta: z
      .number()
      .int()
      .min(-LIMITS.stockMax)
      .max(LIMITS.stockMax)
      .refine((d) => d !== 0, "Give a change other than zero"),
    reason: z.string().trim().max(LIMITS.reasonMax).default(""),
  })
  .strict();

/** Tick services used in this visit; ticking one already ticked changes nothing. */
export const RecordServicesBodySchema = z.object({ serviceIds: z.array(IdSchema).min(1).max(40) }).strict();
export const VisitServiceParamsSchema = z.object({ id: IdSchema, serviceId: IdSchema }).strict();

/**
 * Hand out supplies in this visit. Going over a limit (per visit, or per week for her code) is refused
 * with LIMIT_EXCEEDED on the item unless a reason is given; the reason is kept and counted.
 */
export const RecordSuppliesBodySchema = z
  .object({
    items: z
      .array(
        z
          .object({ itemId: IdSchema, quantity: z.number().int().min(1).max(LIMITS.supplyQuantityMax) })
          .strict(),
      )
      .min(1)
      .max(LIMITS.itemsPerHandoutMax),
    overLimitReason: z.string().trim().min(1).max(LIMITS.reasonMax).optional(),
  })
  .strict();

export const servicesRoutes = defineRoutes({
  catalogue: {
    method: "GET",
    path: "/api/v1/sites/:siteId/catalogue",
    access: "site.read",
    summary: "The site's services and supplies, with stock and limits",
    params: SiteParamsSchema,
    response: CatalogueSchema,
  },
  createService: {
    method: "POST",
    path: "/api/v1/sites/:siteId/services",
    access: "catalogue.manage",
    summary: "Add a service to the site's catalogue",
    params: SiteParamsSchema,
    body: ServiceBodySchema,
    response: ServiceSchema,
    status: 201,
  },
  updateService: {
    method: "PATCH",
    path: "/api/v1/sites/:siteId/services/:id",
    access: "catalogue.manage",
    summary: "Rename, reorder, hide or show a service",
    params: SiteItemParamsSchema,
    body: UpdateServiceBodySchema,
    response: ServiceSchema,
  },
  createSupplyItem: {
    method: "POST",
    path: "/api/v1/sites/:siteId/supplies",
    access: "catalogue.manage",
    summary: "Add a supply item with its limits",
    params: SiteParamsSchema,
    body: SupplyItemBodySchema,
    response: SupplyItemSchema,
    status: 201,
  },
  updateSupplyItem: {
    method: "PATCH",
    path: "/api/v1/sites/:siteId/supplies/:id",
    access: "catalogue.manage",
    summary: "Change a supply item, its limits or its low-stock level",
    params: SiteItemParamsSchema,
    body: UpdateSupplyItemBodySchema,
    response: SupplyItemSchema,
  },
  adjustStock: {
    method: "POST",
    path: "/api/v1/sites/:siteId/supplies/:id/stock",
    access: "stock.adjust",
    summary: "Record a delivery or a stock count",
    params: SiteItemParamsSchema,
    body: AdjustStockBodySchema,
    response: SupplyItemSchema,
  },
  recordServices: {
    method: "POST",
    path: "/api/v1/visits/:id/services",
    access: "visit.record",
    summary: "Tick services she used in this visit",
    params: VisitParamsSchema,
    body: RecordServicesBodySchema,
    response: VisitSchema,
  },
  untickService: {
    method: "DELETE",
    path: "/api/v1/visits/:id/services/:serviceId",
    access: "visit.record",
    summary: "Untick a service ticked by mistake",
    params: VisitServiceParamsSchema,
    response: VisitSchema,
  },
  recordSupplies: {
    method: "POST",
    path: "/api/v1/visits/:id/supplies",
    access: "visit.record",
    summary: "Hand out supplies in this visit; over a limit needs overLimitReason",
    params: VisitParamsSchema,
    body: RecordSuppliesBodySchema,
    response: VisitSchema,
    status: 201,
  },
});
