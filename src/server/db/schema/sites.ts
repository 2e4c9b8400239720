import { sql } from "drizzle-orm";
import { check, date, index, integer, pgTable, text, time, timestamp, uuid } from "drizzle-orm/pg-core";
import { accounts, sites } from "./accounts.js";

const timestamps = {
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
};

/** A labelled trial, such as the Friday night pilot: sessions inside it are reported apart. */
export const pilotPeriods = pgTable(
  "pilot_periods",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    siteId: uuid("site_id")
      .notNull()
      .references(() => sites.id, { onDelete: "cascade" }),
    label: text("label").notNull(),
    startsOn: date("starts_on").notNull(),
    endsOn: date("ends_on").notNull(),
    ...timestamps,
  },
  (t) => [index("pilot_periods_site_idx").on(t.siteId)],
);

/**
 * One session every week on a weekday, in the site's local time. An end before the start means the
 * session runs past midnight; it belongs to the evening it started.
 */
export const weeklyOpenings = pgTable(
  "weekly_openings",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    siteId: uuid("site_id")
      .notNull()
      .references(() => sites.id, { onDelete: "cascade" }),
    weekday: integer("weekday").notNull(),
    startsAt: time("starts_at").notNull(),
    endsAt: time("ends_at").notNull(),
    validFrom: date("valid_from").notNull(),
    validTo: date("valid_to"),
    pilotPeriodId: uuid("pilot_period_id").references(() => pilotPeriods.id, { onDelete: "set null" }),
    ...timestamps,
  },
  (t) => [
    index("weekly_openings_site_idx").on(t.siteId),
    check("weekday_iso", sql`${t.weekday} between 1 and 7`),
  ],
);

export const oneOffOpenings = pgTable(
  "one_off_openings",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    siteId: uuid("site_id")
      .notNull()
      .references(() => sites.id, { onDelete: "cascade" }),
    onDate: date("on_date").notNull(),
    startsAt: time("starts_at").notNull(),
    endsAt: time("ends_at").notNull(),
    label: text("label").notNull().default(""),
    pilotPeriodId: uuid("pilot_period_id").references(() => pilotPeriods.id, { onDelete: "set null" }),
    ...timestamps,
  },
  (t) => [index("one_off_openings_site_date_idx").on(t.siteId, t.onDate)],
);

export const closures = pgTable(
  "closures",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    siteId: uuid("site_id")
      .notNull()
      .references(() => sites.id, { onDelete: "cascade" }),
    startsOn: date("starts_on").notNull(),
    endsOn: date("ends_on").notNull(),
    reason: text("reason").notNull().default(""),
    ...timestamps,
  },
  (t) => [index("closures_site_idx").on(t.siteId, t.startsOn)],
);

/**
 * Something that happens inside a session: clinic hours, a class, legal counselling. Either every week
 * inside a weekly opening, or once on a date.
 */
export const activities = pgTable(
  "activities",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    siteId: uuid("site_id")
      .notNull()
      .references(() => sites.id, { onDelete: "cascade" }),
    kind: text("kind").notNull(),
    title: text("title").notNull().default(""),
    startsAt: time("starts_at").notNull(),
    endsAt: time("ends_at").notNull(),
    weeklyOpeningId: uuid("weekly_opening_id").references(() => weeklyOpenings.id, { onDelete: "cascade" }),
    validFrom: date("valid_from"),
    validTo: date("valid_to"),
    onDate: date("on_date"),
    ...timestamps,
  },
  (t) => [
    index("activities_site_idx").on(t.siteId),
    index("activities_opening_idx").on(t.weeklyOpeningId),
    check("activity_recurs_or_once", sql`(${t.weeklyOpeningId} is null) <> (${t.onDate} is null)`),
  ],
);

/** Who works which session: every week in a weekly opening, or once on a date. */
export const dutyAssignments = pgTable(
  "duty_assignments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    siteId: uuid("site_id")
      .notNull()
      .references(() => sites.id, { onDelete: "cascade" }),
    accountId: uuid("account_id")
      .notNull()
      .references(() => accounts.id, { onDelete: "cascade" }),
    duty: text("duty").notNull(),
    weeklyOpeningId: uuid("weekly_opening_id").references(() => weeklyOpenings.id, { onDelete: "cascade" }),
    validFrom: date("valid_from"),
    validTo: date("valid_to"),
    /** For a single session: its local date and start time identify it. */
    onDate: date("on_date"),
    sessionStartsAt: time("session_starts_at"),
    ...timestamps,
  },
  (t) => [
    index("duty_assignments_site_idx").on(t.siteId),
    index("duty_assignments_account_idx").on(t.accountId),
    check("duty_recurs_or_once", sql`(${t.weeklyOpeningId} is null) <> (${t.onDate} is null)`),
  ],
);
