import { type SQL, sql } from "drizzle-orm";
import {
  boolean,
  check,
  customType,
  date,
  index,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import { accounts, sites } from "./accounts.js";
import { visitorCodes } from "./visits.js";

/** PostgreSQL's full-text document; written only by the database (generated columns). */
export const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });

/**
 * The one search expression of the diary's documents, Danish and English stemming together. The
 * diary's search (S1) matches these columns with the same configurations:
 * `search @@ (websearch_to_tsquery('danish', q) || websearch_to_tsquery('english', q))`.
 */
export const searchDocument = (text: SQL) =>
  sql`to_tsvector('danish'::regconfig, ${text}) || to_tsvector('english'::regconfig, ${text})`;

/**
 * A task one colleague leaves for another: "ask her about the appointment on Tuesday". Assigned to a
 * person or to any social worker; optionally tied to a woman's code, which raises the door's
 * "a colleague wants to talk to her" flag until it is done or dropped. Kind `accompaniment` is a
 * social worker going with her to a hospital or clinic the clinic referred her to: when, where, the
 * language needed, and the outcome afterwards; never a medical detail.
 */
export const followUps = pgTable(
  "follow_ups",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    siteId: uuid("site_id")
      .notNull()
      .references(() => sites.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: ["task", "accompaniment"] })
      .notNull()
      .default("task"),
    title: text("title").notNull(),
    body: text("body").notNull().default(""),
    /** Null with `any_social_worker`, or when the assignee's account was removed. */
    assigneeId: uuid("assignee_id").references(() => accounts.id, { onDelete: "set null" }),
    anySocialWorker: boolean("any_social_worker").notNull().default(false),
    dueOn: date("due_on").notNull(),
    visitorCodeId: uuid("visitor_code_id").references(() => visitorCodes.id, { onDelete: "set null" }),
    status: text("status", { enum: ["open", "done", "dropped"] })
      .notNull()
      .default("open"),
    dropReason: text("drop_reason"),
    closedAt: timestamp("closed_at", { withTimezone: true }),
    closedBy: uuid("closed_by").references(() => accounts.id, { onDelete: "set null" }),
    // Accompaniment only.
    appointmentAt: timestamp("appointment_at", { withTimezone: true }),
    place: text("place"),
    languageNeeded: text("language_needed"),
    /** The clinic referral that asked for someone to go with her (no foreign key: the clinic owns it). */
    sourceReferralId: uuid("source_referral_id"),
    outcome: text("outcome"),
    createdBy: uuid("created_by").references(() => accounts.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull(),
    search: tsvector("search")
      .notNull()
      .generatedAlwaysAs(
        (): SQL =>
          searchDocument(sql`coalesce(${followUps.title}, '') || ' ' || coalesce(${followUps.body}, '')`),
      ),
  },
  (t) => [
    index("follow_ups_site_status_due_idx").on(t.siteId, t.status, t.dueOn),
    index("follow_ups_assignee_idx").on(t.assigneeId).where(sql`${t.status} = 'open'`),
    index("follow_ups_code_idx").on(t.visitorCodeId),
    index("follow_ups_referral_idx").on(t.sourceReferralId).where(sql`${t.sourceReferralId} is not null`),
    index("follow_ups_search_idx").using("gin", t.search),
    check(
      "follow_ups_any_social_worker_unassigned",
      sql`not ${t.anySocialWorker} or ${t.assigneeId} is null`,
    ),
    check("follow_ups_drop_reason", sql`(${t.status} = 'dropped') = (${t.dropReason} is not null)`),
    check(
      "follow_ups_accompaniment",
      sql`${t.kind} <> 'accompaniment' or (${t.appointmentAt} is not null and ${t.place} is not null)`,
    ),
  ],
);

/** The conversation under a follow-up. */
export const followUpComments = pgTable(
  "follow_up_comments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    followUpId: uuid("follow_up_id")
      .notNull()
      .references(() => followUps.id, { onDelete: "cascade" }),
    authorId: uuid("author_id").references(() => accounts.id, { onDelete: "set null" }),
    body: text("body").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("follow_up_comments_follow_up_idx").on(t.followUpId, t.createdAt)],
);

/** A note to colleagues of a site: to all staff, to the managers, or to one person; pinned ones stay on top. */
export const messages = pgTable(
  "messages",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    siteId: uuid("site_id")
      .notNull()
      .references(() => sites.id, { onDelete: "cascade" }),
    authorId: uuid("author_id").references(() => accounts.id, { onDelete: "set null" }),
    audience: text("audience", { enum: ["all", "managers", "person"] }).notNull(),
    /** The one person, with audience `person`. */
    recipientId: uuid("recipient_id").references(() => accounts.id, { onDelete: "cascade" }),
    body: text("body").notNull(),
    pinned: boolean("pinned").notNull().default(false),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    search: tsvector("search")
      .notNull()
      .generatedAlwaysAs((): SQL => searchDocument(sql`${messages.body}`)),
  },
  (t) => [
    index("messages_site_time_idx").on(t.siteId, t.createdAt),
    index("messages_recipient_idx").on(t.recipientId).where(sql`${t.recipientId} is not null`),
    index("messages_search_idx").using("gin", t.search),
    check("messages_recipient", sql`(${t.audience} = 'person') = (${t.recipientId} is not null)`),
  ],
);

/** Who has opened a message, and when: a manager sees who has read an operational message. */
export const messageReads = pgTable(
  "message_reads",
  {
    messageId: uuid("message_id")
      .notNull()
      .references(() => messages.id, { onDelete: "cascade" }),
    accountId: uuid("account_id")
      .notNull()
      .references(() => accounts.id, { onDelete: "cascade" }),
    readAt: timestamp("read_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.messageId, t.accountId] }),
    index("message_reads_account_idx").on(t.accountId),
  ],
);
