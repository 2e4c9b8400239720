import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { accounts, sites } from "./accounts.js";
import { visits } from "./visits.js";

/** A name per language ("da", "en", "ro", …); the staff UI falls back to English, then to any. */
export type TranslatedName = Record<string, string>;

/**
 * What the centre offers during a visit (tea, the shower, computers, …), per site. Built-in services
 * carry a key; managers rename, reorder, hide and add. Hidden services stay for the statistics.
 */
export const services = pgTable(
  "services",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    siteId: uuid("site_id")
      .notNull()
      .references(() => sites.id, { onDelete: "cascade" }),
    key: text("key"),
    names: jsonb("names").$type<TranslatedName>().notNull(),
    icon: text("icon").notNull(),
    position: integer("position").notNull().default(0),
    active: boolean("active").notNull().default(true),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("services_site_key").on(t.siteId, t.key), index("services_site_idx").on(t.siteId)],
);

/** A service she used in a visit: ticked by staff, once per visit. */
export const visitServices = pgTable(
  "visit_services",
  {
    visitId: uuid("visit_id")
      .notNull()
      .references(() => visits.id, { onDelete: "cascade" }),
    serviceId: uuid("service_id")
      .notNull()
      .references(() => services.id, { onDelete: "cascade" }),
    recordedBy: uuid("recorded_by").references(() => accounts.id, { onDelete: "set null" }),
    recordedAt: timestamp("recorded_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.visitId, t.serviceId] }),
    index("visit_services_service_idx").on(t.serviceId),
  ],
);

/**
 * Something handed out from stock (condoms, lubricant, clothing, food), with the limits every staff
 * member applies alike: per visit, and per woman's code per week (Monday to Sunday, site time).
 */
export const supplyItems = pgTable(
  "supply_items",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    siteId: uuid("site_id")
      .notNull()
      .references(() => sites.id, { onDelete: "cascade" }),
    key: text("key"),
    names: jsonb("names").$type<TranslatedName>().notNull(),
    icon: text("icon").notNull(),
    unit: text("unit").notNull().default("piece"),
    stock: integer("stock").notNull().default(0),
    /** The board shows the item as running low at or below this level. */
    lowStockAt: integer("low_stock_at").notNull().default(0),
    limitPerVisit: integer("limit_per_visit"),
    limitPerWeek: integer("limit_per_week"),
    position: integer("position").notNull().default(0),
    active: boolean("active").notNull().default(true),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("supply_items_site_key").on(t.siteId, t.key),
    index("supply_items_site_idx").on(t.siteId),
    check("supply_items_stock_not_negative", sql`${t.stock} >= 0`),
  ],
);

/** A quantity handed out in a visit; a reason is kept when it went over a limit. */
export const supplyHandouts = pgTable(
  "supply_handouts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    visitId: uuid("visit_id")
      .notNull()
      .references(() => visits.id, { onDelete: "cascade" }),
    itemId: uuid("item_id")
      .notNull()
      .references(() => supplyItems.id, { onDelete: "cascade" }),
    quantity: integer("quantity").notNull(),
    overLimitReason: text("over_limit_reason"),
    recordedBy: uuid("recorded_by").references(() => accounts.id, { onDelete: "set null" }),
    recordedAt: timestamp("recorded_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    index("supply_handouts_visit_idx").on(t.visitId),
    index("supply_handouts_item_idx").on(t.itemId, t.recordedAt),
    check("supply_handouts_quantity_positive", sql`${t.quantity} > 0`),
  ],
);

/** Deliveries and counts: every change of stock other than a handout, with who and why. */
export const stockAdjustments = pgTable(
  "stock_adjustments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    itemId: uuid("item_id")
      .notNull()
      .references(() => supplyItems.id, { onDelete: "cascade" }),
    delta: integer("delta").notNull(),
    reason: text("reason").notNull().default(""),
    adjustedBy: uuid("adjusted_by").references(() => accounts.id, { onDelete: "set null" }),
    adjustedAt: timestamp("adjusted_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("stock_adjustments_item_idx").on(t.itemId, t.adjustedAt)],
);
