import { sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  boolean,
  check,
  date,
  index,
  pgTable,
  text,
  time,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { accounts, bytea, sites } from "./accounts.js";
import { oneOffOpenings, pilotPeriods, weeklyOpenings } from "./sites.js";

/**
 * One evening (or night) the door is open, written down when staff open it or the first woman is
 * checked in. Its date is the local date the session started; times are the schedule's.
 */
export const openingSessions = pgTable(
  "opening_sessions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    siteId: uuid("site_id")
      .notNull()
      .references(() => sites.id, { onDelete: "cascade" }),
    date: date("date").notNull(),
    startsAt: time("starts_at").notNull(),
    endsAt: time("ends_at").notNull(),
    startsAtInstant: timestamp("starts_at_instant", { withTimezone: true }).notNull(),
    endsAtInstant: timestamp("ends_at_instant", { withTimezone: true }).notNull(),
    weeklyOpeningId: uuid("weekly_opening_id").references(() => weeklyOpenings.id, { onDelete: "set null" }),
    oneOffOpeningId: uuid("one_off_opening_id").references(() => oneOffOpenings.id, { onDelete: "set null" }),
    pilotPeriodId: uuid("pilot_period_id").references(() => pilotPeriods.id, { onDelete: "set null" }),
    openedAt: timestamp("opened_at", { withTimezone: true }).notNull(),
    openedBy: uuid("opened_by").references(() => accounts.id, { onDelete: "set null" }),
    closedAt: timestamp("closed_at", { withTimezone: true }),
    closedBy: uuid("closed_by").references(() => accounts.id, { onDelete: "set null" }),
  },
  (t) => [uniqueIndex("opening_sessions_site_start_key").on(t.siteId, t.date, t.startsAt)],
);

/**
 * A woman's pseudonymous code: no name, ever. Merged codes point at the code they were merged into, so
 * the card she still carries keeps working. Erasing a code deletes its row; her visits stay, unlinked.
 */
export const visitorCodes = pgTable(
  "visitor_codes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    code: text("code").notNull(),
    nationality: text("nationality").notNull(),
    languages: text("languages").array().notNull().default(sql`'{}'::text[]`),
    heardFrom: text("heard_from"),
    adultConfirmed: boolean("adult_confirmed").notNull().default(false),
    /** AES-256-GCM ciphertext of a word or two staff chose to recognise her by. */
    nickname: bytea("nickname"),
    mergedIntoId: uuid("merged_into_id").references((): AnyPgColumn => visitorCodes.id, {
      onDelete: "cascade",
    }),
    issuedSiteId: uuid("issued_site_id").references(() => sites.id, { onDelete: "set null" }),
    issuedBy: uuid("issued_by").references(() => accounts.id, { onDelete: "set null" }),
    issuedAt: timestamp("issued_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("visitor_codes_code_key").on(t.code),
    index("visitor_codes_merged_idx").on(t.mergedIntoId),
  ],
);

/**
 * What the door should tell her, never why: "ask her to see the nurse", "a colleague wants to talk to
 * her". Raised by staff, by the clinic (a result waits) or by a follow-up; cleared when done.
 */
export const visitorFlags = pgTable(
  "visitor_flags",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    visitorCodeId: uuid("visitor_code_id")
      .notNull()
      .references(() => visitorCodes.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: ["see_nurse", "talk_to_colleague"] }).notNull(),
    source: text("source", { enum: ["staff", "clinic", "follow_up"] }).notNull(),
    /** The clinic test or follow-up that raised it, so that finishing it clears the flag. */
    sourceId: uuid("source_id"),
    raisedBy: uuid("raised_by").references(() => accounts.id, { onDelete: "set null" }),
    raisedAt: timestamp("raised_at", { withTimezone: true }).notNull().defaultNow(),
    clearedBy: uuid("cleared_by").references(() => accounts.id, { onDelete: "set null" }),
    clearedAt: timestamp("cleared_at", { withTimezone: true }),
  },
  (t) => [index("visitor_flags_code_idx").on(t.visitorCodeId).where(sql`${t.clearedAt} is null`)],
);

/** One woman through the door in one session, with or without a code. */
export const visits = pgTable(
  "visits",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    sessionId: uuid("session_id")
      .notNull()
      .references(() => openingSessions.id, { onDelete: "cascade" }),
    siteId: uuid("site_id")
      .notNull()
      .references(() => sites.id, { onDelete: "cascade" }),
    visitorCodeId: uuid("visitor_code_id").references(() => visitorCodes.id, { onDelete: "set null" }),
    nationality: text("nationality").notNull(),
    /** True, false, or null for "don't know". */
    firstVisit: boolean("first_visit"),
    heardFrom: text("heard_from"),
    languages: text("languages").array().notNull().default(sql`'{}'::text[]`),
    adultConfirmed: boolean("adult_confirmed"),
    checkedInAt: timestamp("checked_in_at", { withTimezone: true }).notNull(),
    checkedInBy: uuid("checked_in_by").references(() => accounts.id, { onDelete: "set null" }),
    leftAt: timestamp("left_at", { withTimezone: true }),
    /** The report's advice: a woman who speaks no English meets one more colleague who speaks her language. */
    introducedAt: timestamp("introduced_at", { withTimezone: true }),
    introducedBy: uuid("introduced_by").references(() => accounts.id, { onDelete: "set null" }),
    /** The client's Idempotency-Key: a retried check-in returns this visit instead of a second one. */
    idempotencyKey: text("idempotency_key"),
  },
  (t) => [
    index("visits_session_idx").on(t.sessionId),
    index("visits_site_time_idx").on(t.siteId, t.checkedInAt),
    index("visits_code_idx").on(t.visitorCodeId),
    uniqueIndex("visits_session_code_key")
      .on(t.sessionId, t.visitorCodeId)
      .where(sql`${t.visitorCodeId} is not null`),
    uniqueIndex("visits_idempotency_key")
      .on(t.checkedInBy, t.idempotencyKey)
      .where(sql`${t.idempotencyKey} is not null`),
    check("visits_nationality_format", sql`${t.nationality} ~ '^[A-Z]{2}$'`),
  ],
);
