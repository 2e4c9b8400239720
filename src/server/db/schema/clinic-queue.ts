import { sql } from "drizzle-orm";
import {
  check,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  time,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { accounts, sites } from "./accounts.js";
import { openingSessions, visitorCodes, visits } from "./visits.js";

/** The two clinics the schedule knows (activity kinds). */
const CLINIC_KINDS_DB = ["clinic_gynaecology", "clinic_general_practice"] as const;

/** How long one appointment slot lasts, per site and clinic; a clinic without a row uses the default. */
export const clinicSlotSettings = pgTable(
  "clinic_slot_settings",
  {
    siteId: uuid("site_id")
      .notNull()
      .references(() => sites.id, { onDelete: "cascade" }),
    clinicKind: text("clinic_kind", { enum: CLINIC_KINDS_DB }).notNull(),
    slotMinutes: integer("slot_minutes").notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    updatedBy: uuid("updated_by").references(() => accounts.id, { onDelete: "set null" }),
  },
  (t) => [
    primaryKey({ columns: [t.siteId, t.clinicKind] }),
    check("clinic_slot_minutes_range", sql`${t.slotMinutes} between 5 and 240`),
  ],
);

/**
 * An appointment booked ahead for a code: a date, a slot, a clinic. A booked slot holds one woman
 * (the partial unique index refuses a second booking even from parallel requests). Erasing her code
 * keeps the row without it, so no-shows stay counted.
 */
export const clinicAppointments = pgTable(
  "clinic_appointments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    siteId: uuid("site_id")
      .notNull()
      .references(() => sites.id, { onDelete: "cascade" }),
    visitorCodeId: uuid("visitor_code_id").references(() => visitorCodes.id, { onDelete: "set null" }),
    clinicKind: text("clinic_kind", { enum: CLINIC_KINDS_DB }).notNull(),
    date: date("date").notNull(),
    startsAt: time("starts_at").notNull(),
    endsAt: time("ends_at").notNull(),
    /** ISO 639 code of the language she needs an interpreter for, if any. */
    languageNeeded: text("language_needed"),
    status: text("status", { enum: ["booked", "arrived", "no_show", "cancelled"] })
      .notNull()
      .default("booked"),
    bookedAt: timestamp("booked_at", { withTimezone: true }).notNull(),
    bookedBy: uuid("booked_by").references(() => accounts.id, { onDelete: "set null" }),
    /** When she arrived, was marked a no-show, or the booking was cancelled. */
    settledAt: timestamp("settled_at", { withTimezone: true }),
    settledBy: uuid("settled_by").references(() => accounts.id, { onDelete: "set null" }),
  },
  (t) => [
    uniqueIndex("clinic_appointments_slot_key")
      .on(t.siteId, t.clinicKind, t.date, t.startsAt)
      .where(sql`${t.status} <> 'cancelled'`),
    index("clinic_appointments_site_date_idx").on(t.siteId, t.date),
    index("clinic_appointments_code_idx").on(t.visitorCodeId),
  ],
);

/**
 * Tonight's queue: one ticket per woman waiting for the clinic, numbered 1, 2, 3 … per door session.
 * Taken at the door (by visit or code), by the woman on her phone, or when she arrives for her
 * appointment. Called, done, no-show, turned away and withdrawn are records, not audit events.
 */
export const clinicTickets = pgTable(
  "clinic_tickets",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    siteId: uuid("site_id")
      .notNull()
      .references(() => sites.id, { onDelete: "cascade" }),
    sessionId: uuid("session_id")
      .notNull()
      .references(() => openingSessions.id, { onDelete: "cascade" }),
    number: integer("number").notNull(),
    clinicKind: text("clinic_kind", { enum: CLINIC_KINDS_DB }).notNull(),
    visitId: uuid("visit_id").references(() => visits.id, { onDelete: "set null" }),
    visitorCodeId: uuid("visitor_code_id").references(() => visitorCodes.id, { onDelete: "set null" }),
    appointmentId: uuid("appointment_id").references(() => clinicAppointments.id, { onDelete: "set null" }),
    languageNeeded: text("language_needed"),
    source: text("source", { enum: ["door", "visitor", "appointment"] }).notNull(),
    status: text("status", { enum: ["waiting", "called", "done", "no_show", "turned_away", "withdrawn"] })
      .notNull()
      .default("waiting"),
    takenAt: timestamp("taken_at", { withTimezone: true }).notNull(),
    takenBy: uuid("taken_by").references(() => accounts.id, { onDelete: "set null" }),
    calledAt: timestamp("called_at", { withTimezone: true }),
    calledBy: uuid("called_by").references(() => accounts.id, { onDelete: "set null" }),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
    finishedBy: uuid("finished_by").references(() => accounts.id, { onDelete: "set null" }),
    /** SHA-256 of the token her phone polls with; only tickets she took herself have one. */
    publicTokenHash: text("public_token_hash"),
  },
  (t) => [
    uniqueIndex("clinic_tickets_session_number_key").on(t.sessionId, t.number),
    // One open ticket per code and per visit in a session: a second request answers the first.
    uniqueIndex("clinic_tickets_session_code_open_key")
      .on(t.sessionId, t.visitorCodeId)
      .where(sql`${t.visitorCodeId} is not null and ${t.status} in ('waiting', 'called')`),
    uniqueIndex("clinic_tickets_session_visit_open_key")
      .on(t.sessionId, t.visitId)
      .where(sql`${t.visitId} is not null and ${t.status} in ('waiting', 'called')`),
    // A nurse calls one woman at a time: a double-clicked "call next" cannot call a second.
    uniqueIndex("clinic_tickets_session_caller_key")
      .on(t.sessionId, t.calledBy)
      .where(sql`${t.calledBy} is not null and ${t.status} = 'called'`),
    uniqueIndex("clinic_tickets_token_key")
      .on(t.publicTokenHash)
      .where(sql`${t.publicTokenHash} is not null`),
    // The screen, the calling order and her place read only the open tickets of a busy evening.
    index("clinic_tickets_open_idx")
      .on(t.sessionId, t.number)
      .where(sql`${t.status} in ('waiting', 'called')`),
    index("clinic_tickets_site_taken_idx").on(t.siteId, t.takenAt),
    index("clinic_tickets_appointment_idx").on(t.appointmentId),
    check("clinic_tickets_number_positive", sql`${t.number} > 0`),
  ],
);
