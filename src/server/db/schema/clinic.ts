import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  date,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { accounts, bytea, sites } from "./accounts.js";
import { openingSessions, visitorCodes, visits } from "./visits.js";

/**
 * The clinic's records under medical confidentiality (issue 5). Every free-text column a woman's
 * health could be read from is AES-256-GCM ciphertext (`bytea`); what stays in the clear is what the
 * statistics count: kinds, states, outcomes, times, quantities and amounts. Erasing her code unlinks
 * her records (the code column is set null) and keeps them anonymous, as the law keeps patient records.
 */

const CLINIC_KINDS = ["clinic_gynaecology", "clinic_general_practice"] as const;
const TEST_TYPES = [
  "chlamydia",
  "gonorrhoea",
  "syphilis",
  "hiv",
  "hepatitis_b",
  "hepatitis_c",
  "pregnancy",
  "other",
] as const;
const TEST_STATES = ["taken", "sent", "result_in", "told"] as const;
const TEST_OUTCOMES = ["positive", "negative", "inconclusive"] as const;
const REFERRAL_KINDS = ["hospital", "specialist", "abortion_clinic", "dentist"] as const;
const COST_KINDS = ["treatment", "medicine", "abortion"] as const;

/** One woman seen by the clinic: why she came, what was found, what was done. */
export const consultations = pgTable(
  "clinic_consultations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    siteId: uuid("site_id")
      .notNull()
      .references(() => sites.id, { onDelete: "cascade" }),
    /** The door's session she was seen in; null when none was open (a consultation outside the door's hours). */
    sessionId: uuid("session_id").references(() => openingSessions.id, { onDelete: "set null" }),
    /** Her visit tonight, when the clinic knows it: the door's board shows "seen by the clinic tonight". */
    visitId: uuid("visit_id").references(() => visits.id, { onDelete: "set null" }),
    /** The queue ticket she was called with (the clinic queue's), when she came through the queue. */
    ticketId: uuid("ticket_id"),
    visitorCodeId: uuid("visitor_code_id").references(() => visitorCodes.id, { onDelete: "set null" }),
    /** As the door or the code knew it at the time ("XX" when not known): the statistics count by it. */
    nationality: text("nationality").notNull(),
    clinicKind: text("clinic_kind", { enum: CLINIC_KINDS }).notNull(),
    seenAt: timestamp("seen_at", { withTimezone: true }).notNull(),
    seenBy: uuid("seen_by").references(() => accounts.id, { onDelete: "set null" }),
    /** AES-256-GCM ciphertext of the reason she came. */
    reason: bytea("reason").notNull(),
    /** AES-256-GCM ciphertext of the clinician's notes. */
    notes: bytea("notes").notNull(),
    /** AES-256-GCM ciphertext of the diagnoses as JSON: [{ text, icd10 }]. */
    diagnoses: bytea("diagnoses").notNull(),
    version: integer("version").notNull().default(1),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull(),
    updatedBy: uuid("updated_by").references(() => accounts.id, { onDelete: "set null" }),
  },
  (t) => [
    index("clinic_consultations_session_idx").on(t.sessionId),
    index("clinic_consultations_site_time_idx").on(t.siteId, t.seenAt),
    index("clinic_consultations_code_idx").on(t.visitorCodeId),
    check("clinic_consultations_nationality_format", sql`${t.nationality} ~ '^[A-Z]{2}$'`),
  ],
);

/** A test taken in a consultation, moving taken → sent → result_in → told; each step's time and author kept. */
export const clinicTests = pgTable(
  "clinic_tests",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    consultationId: uuid("consultation_id")
      .notNull()
      .references(() => consultations.id, { onDelete: "cascade" }),
    siteId: uuid("site_id")
      .notNull()
      .references(() => sites.id, { onDelete: "cascade" }),
    /** Copied from the consultation: the flag "ask her to see the nurse" is raised on this code. */
    visitorCodeId: uuid("visitor_code_id").references(() => visitorCodes.id, { onDelete: "set null" }),
    /** True when taken under a code: a null code then means the code was erased, and no result is entered. */
    takenWithCode: boolean("taken_with_code").notNull(),
    testType: text("test_type", { enum: TEST_TYPES }).notNull(),
    /** AES-256-GCM ciphertext naming an "other" test. */
    otherName: bytea("other_test"),
    state: text("state", { enum: TEST_STATES }).notNull().default("taken"),
    outcome: text("outcome", { enum: TEST_OUTCOMES }),
    /** AES-256-GCM ciphertext of the lab's remark on the result. */
    resultNote: bytea("result_note"),
    takenAt: timestamp("taken_at", { withTimezone: true }).notNull(),
    takenBy: uuid("taken_by").references(() => accounts.id, { onDelete: "set null" }),
    sentAt: timestamp("sent_at", { withTimezone: true }),
    sentBy: uuid("sent_by").references(() => accounts.id, { onDelete: "set null" }),
    resultAt: timestamp("result_at", { withTimezone: true }),
    resultBy: uuid("result_by").references(() => accounts.id, { onDelete: "set null" }),
    toldAt: timestamp("told_at", { withTimezone: true }),
    toldBy: uuid("told_by").references(() => accounts.id, { onDelete: "set null" }),
  },
  (t) => [
    index("clinic_tests_consultation_idx").on(t.consultationId),
    index("clinic_tests_site_state_idx").on(t.siteId, t.state, t.takenAt),
    // Covers the turnaround query (every column it reads), so ten years of tests are read from the
    // index alone, already grouped by type.
    index("clinic_tests_turnaround_idx").on(
      t.siteId,
      t.testType,
      t.takenAt,
      t.state,
      t.outcome,
      t.resultAt,
      t.toldAt,
    ),
    index("clinic_tests_code_idx").on(t.visitorCodeId),
    check("clinic_tests_outcome_with_result", sql`(${t.outcome} is null) = (${t.resultAt} is null)`),
  ],
);

/** Where the clinic sends her; "needs someone to go with her" becomes a social worker's accompaniment task. */
export const clinicReferrals = pgTable(
  "clinic_referrals",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    consultationId: uuid("consultation_id")
      .notNull()
      .references(() => consultations.id, { onDelete: "cascade" }),
    siteId: uuid("site_id")
      .notNull()
      .references(() => sites.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: REFERRAL_KINDS }).notNull(),
    /** AES-256-GCM ciphertext of where to, as the clinic wrote it. */
    place: bytea("place").notNull(),
    /** AES-256-GCM ciphertext of the clinician's note (why; never copied into the accompaniment). */
    note: bytea("note").notNull(),
    appointmentAt: timestamp("appointment_at", { withTimezone: true }),
    needsAccompaniment: boolean("needs_accompaniment").notNull().default(false),
    languageNeeded: text("language_needed"),
    /** The follow-up of kind accompaniment created for it (the follow-ups feature's id). */
    accompanimentId: uuid("accompaniment_id"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    createdBy: uuid("created_by").references(() => accounts.id, { onDelete: "set null" }),
  },
  (t) => [
    index("clinic_referrals_consultation_idx").on(t.consultationId),
    index("clinic_referrals_site_time_idx").on(t.siteId, t.createdAt),
  ],
);

/** The clinic's own stock of medicine, per site. Stock never goes below zero (the database refuses it too). */
export const medicines = pgTable(
  "clinic_medicines",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    siteId: uuid("site_id")
      .notNull()
      .references(() => sites.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    unit: text("unit").notNull().default("piece"),
    stock: integer("stock").notNull().default(0),
    lowStockAt: integer("low_stock_at").notNull().default(0),
    /** What one unit costs the centre, in øre; null when not known. */
    unitCostOre: integer("unit_cost_ore"),
    active: boolean("active").notNull().default(true),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex("clinic_medicines_site_name_key").on(t.siteId, sql`lower(${t.name})`),
    check("clinic_medicines_stock_not_negative", sql`${t.stock} >= 0`),
    check("clinic_medicines_unit_cost_not_negative", sql`${t.unitCostOre} >= 0`),
  ],
);

/** Medicine handed to her in a consultation, taken from the stock in the same transaction. */
export const medicineDispensings = pgTable(
  "clinic_medicine_dispensings",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    consultationId: uuid("consultation_id")
      .notNull()
      .references(() => consultations.id, { onDelete: "cascade" }),
    medicineId: uuid("medicine_id")
      .notNull()
      .references(() => medicines.id, { onDelete: "cascade" }),
    quantity: integer("quantity").notNull(),
    dispensedAt: timestamp("dispensed_at", { withTimezone: true }).notNull(),
    dispensedBy: uuid("dispensed_by").references(() => accounts.id, { onDelete: "set null" }),
  },
  (t) => [
    index("clinic_dispensings_consultation_idx").on(t.consultationId),
    index("clinic_dispensings_medicine_idx").on(t.medicineId, t.dispensedAt),
    check("clinic_dispensings_quantity_positive", sql`${t.quantity} > 0`),
  ],
);

/** Deliveries and counts of medicine: every change of stock other than dispensing, with who and why. */
export const medicineAdjustments = pgTable(
  "clinic_medicine_adjustments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    medicineId: uuid("medicine_id")
      .notNull()
      .references(() => medicines.id, { onDelete: "cascade" }),
    delta: integer("delta").notNull(),
    reason: text("reason").notNull().default(""),
    adjustedBy: uuid("adjusted_by").references(() => accounts.id, { onDelete: "set null" }),
    adjustedAt: timestamp("adjusted_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("clinic_medicine_adjustments_idx").on(t.medicineId, t.adjustedAt)],
);

/** What the centre pays for her care (treatment, medicine, abortion), in øre. */
export const clinicCosts = pgTable(
  "clinic_costs",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    siteId: uuid("site_id")
      .notNull()
      .references(() => sites.id, { onDelete: "cascade" }),
    consultationId: uuid("consultation_id").references(() => consultations.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: COST_KINDS }).notNull(),
    amountOre: integer("amount_ore").notNull(),
    /** The local date the cost falls on: the statistics sum costs per month by it. */
    incurredOn: date("incurred_on").notNull(),
    /** AES-256-GCM ciphertext of a remark (the invoice's reference, say). */
    note: bytea("note"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    createdBy: uuid("created_by").references(() => accounts.id, { onDelete: "set null" }),
  },
  (t) => [
    index("clinic_costs_site_date_idx").on(t.siteId, t.incurredOn),
    index("clinic_costs_consultation_idx").on(t.consultationId),
    check("clinic_costs_amount_positive", sql`${t.amountOre} > 0`),
  ],
);
