import { type SQL, sql } from "drizzle-orm";
import {
  boolean,
  check,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { accounts, bytea, organisations, sites } from "./accounts.js";
import { searchDocument, tsvector } from "./follow-ups.js";
import { openingSessions, visitorCodes } from "./visits.js";

/**
 * A theme of the diary: the eight of the evaluation report are built in (key set, names fixed);
 * managers add more. Themes are never deleted, only archived, so old entries keep their meaning.
 */
export const diaryThemes = pgTable(
  "diary_themes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** The built-in theme's stable key ("health", "new_women" …); null for a theme a manager added. */
    key: text("key"),
    nameDa: text("name_da").notNull(),
    nameEn: text("name_en").notNull(),
    archivedAt: timestamp("archived_at", { withTimezone: true }),
    createdBy: uuid("created_by").references(() => accounts.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("diary_themes_key_key").on(t.key),
    uniqueIndex("diary_themes_name_da_key").on(sql`lower(${t.nameDa})`),
    uniqueIndex("diary_themes_name_en_key").on(sql`lower(${t.nameEn})`),
  ],
);

/**
 * A word or phrase that suggests a theme when it appears in a paragraph ("læge" → health). A keyword
 * matches the start of a word, so "hospital" also finds "hospitalet". Managers edit them.
 */
export const diaryKeywordRules = pgTable(
  "diary_keyword_rules",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    themeId: uuid("theme_id")
      .notNull()
      .references(() => diaryThemes.id, { onDelete: "cascade" }),
    language: text("language", { enum: ["da", "en"] }).notNull(),
    keyword: text("keyword").notNull(),
    createdBy: uuid("created_by").references(() => accounts.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("diary_keyword_rules_key").on(t.themeId, t.language, sql`lower(${t.keyword})`)],
);

/**
 * One diary entry per door session, written together by the staff on duty. The entry itself holds
 * the evening's short summary (the next evening's handover shows it) and the entry's own themes;
 * the narrative is in paragraphs. Every change of the summary or themes keeps a version.
 */
export const diaryEntries = pgTable(
  "diary_entries",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    siteId: uuid("site_id")
      .notNull()
      .references(() => sites.id, { onDelete: "cascade" }),
    sessionId: uuid("session_id")
      .notNull()
      .references(() => openingSessions.id, { onDelete: "cascade" }),
    /** The session's local date, copied so month counts and date filters need no join. */
    sessionDate: date("session_date").notNull(),
    summary: text("summary").notNull().default(""),
    themeIds: uuid("theme_ids").array().notNull().default(sql`'{}'::uuid[]`),
    /** Optimistic concurrency: a change names the version it edited; a stale one is refused. */
    version: integer("version").notNull().default(1),
    createdBy: uuid("created_by").references(() => accounts.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    updatedBy: uuid("updated_by").references(() => accounts.id, { onDelete: "set null" }),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull(),
    search: tsvector("search")
      .notNull()
      .generatedAlwaysAs((): SQL => searchDocument(sql`${diaryEntries.summary}`)),
  },
  (t) => [
    uniqueIndex("diary_entries_session_key").on(t.sessionId),
    index("diary_entries_site_date_idx").on(t.siteId, t.sessionDate),
    index("diary_entries_search_idx").using("gin", t.search),
  ],
);

/** Earlier and current states of an entry's summary and themes: version 1 is the first write. */
export const diaryEntryVersions = pgTable(
  "diary_entry_versions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    entryId: uuid("entry_id")
      .notNull()
      .references(() => diaryEntries.id, { onDelete: "cascade" }),
    version: integer("version").notNull(),
    summary: text("summary").notNull(),
    themeIds: uuid("theme_ids").array().notNull(),
    editedBy: uuid("edited_by").references(() => accounts.id, { onDelete: "set null" }),
    editedAt: timestamp("edited_at", { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex("diary_entry_versions_key").on(t.entryId, t.version)],
);

/**
 * One paragraph of an entry: its author, time and themes. A restricted paragraph (to the author's
 * organisation, or to a role) keeps its text only AES-256-GCM encrypted in `body_sealed`: `body` is
 * null, so it is never in the search index. A removed paragraph stays, hidden, in the history.
 */
export const diaryParagraphs = pgTable(
  "diary_paragraphs",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    entryId: uuid("entry_id")
      .notNull()
      .references(() => diaryEntries.id, { onDelete: "cascade" }),
    siteId: uuid("site_id")
      .notNull()
      .references(() => sites.id, { onDelete: "cascade" }),
    sessionDate: date("session_date").notNull(),
    authorId: uuid("author_id").references(() => accounts.id, { onDelete: "set null" }),
    authorOrganisationId: uuid("author_organisation_id")
      .notNull()
      .references(() => organisations.id),
    body: text("body"),
    bodySealed: bytea("body_sealed"),
    restriction: text("restriction", { enum: ["none", "organisation", "role"] })
      .notNull()
      .default("none"),
    restrictedOrganisationId: uuid("restricted_organisation_id").references(() => organisations.id),
    restrictedRole: text("restricted_role"),
    themeIds: uuid("theme_ids").array().notNull().default(sql`'{}'::uuid[]`),
    version: integer("version").notNull().default(1),
    writtenAt: timestamp("written_at", { withTimezone: true }).notNull(),
    updatedBy: uuid("updated_by").references(() => accounts.id, { onDelete: "set null" }),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull(),
    removedAt: timestamp("removed_at", { withTimezone: true }),
    removedBy: uuid("removed_by").references(() => accounts.id, { onDelete: "set null" }),
    /** The client's Idempotency-Key: a paragraph sent again after a lost answer is written once. */
    idempotencyKey: text("idempotency_key"),
    search: tsvector("search")
      .notNull()
      .generatedAlwaysAs((): SQL => searchDocument(sql`coalesce(${diaryParagraphs.body}, '')`)),
  },
  (t) => [
    index("diary_paragraphs_entry_idx").on(t.entryId, t.writtenAt),
    index("diary_paragraphs_site_date_idx").on(t.siteId, t.sessionDate),
    index("diary_paragraphs_author_idx").on(t.authorId),
    uniqueIndex("diary_paragraphs_idempotency_key")
      .on(t.authorId, t.idempotencyKey)
      .where(sql`${t.idempotencyKey} is not null`),
    index("diary_paragraphs_search_idx")
      .using("gin", t.search)
      .where(sql`${t.body} is not null and ${t.removedAt} is null`),
    check(
      "diary_paragraphs_restriction",
      sql`(${t.restriction} = 'none' and ${t.body} is not null and ${t.bodySealed} is null and ${t.restrictedOrganisationId} is null and ${t.restrictedRole} is null)
        or (${t.restriction} = 'organisation' and ${t.body} is null and ${t.bodySealed} is not null and ${t.restrictedOrganisationId} is not null and ${t.restrictedRole} is null)
        or (${t.restriction} = 'role' and ${t.body} is null and ${t.bodySealed} is not null and ${t.restrictedOrganisationId} is null and ${t.restrictedRole} is not null)`,
    ),
  ],
);

/**
 * Every state a paragraph has had, the current one included; the text is always encrypted here, so
 * a paragraph restricted later leaves no readable copy behind. Managers read the history.
 */
export const diaryParagraphVersions = pgTable(
  "diary_paragraph_versions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    paragraphId: uuid("paragraph_id")
      .notNull()
      .references(() => diaryParagraphs.id, { onDelete: "cascade" }),
    version: integer("version").notNull(),
    bodySealed: bytea("body_sealed").notNull(),
    restriction: text("restriction", { enum: ["none", "organisation", "role"] }).notNull(),
    restrictedOrganisationId: uuid("restricted_organisation_id").references(() => organisations.id),
    restrictedRole: text("restricted_role"),
    themeIds: uuid("theme_ids").array().notNull(),
    removed: boolean("removed").notNull().default(false),
    editedBy: uuid("edited_by").references(() => accounts.id, { onDelete: "set null" }),
    editedAt: timestamp("edited_at", { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex("diary_paragraph_versions_key").on(t.paragraphId, t.version)],
);

/** The visitor codes a paragraph is about; erasing her code removes the link. */
export const diaryParagraphCodes = pgTable(
  "diary_paragraph_codes",
  {
    paragraphId: uuid("paragraph_id")
      .notNull()
      .references(() => diaryParagraphs.id, { onDelete: "cascade" }),
    visitorCodeId: uuid("visitor_code_id")
      .notNull()
      .references(() => visitorCodes.id, { onDelete: "cascade" }),
  },
  (t) => [
    primaryKey({ columns: [t.paragraphId, t.visitorCodeId] }),
    index("diary_paragraph_codes_code_idx").on(t.visitorCodeId),
  ],
);

/**
 * The themes an entry carries, its own and its paragraphs' (removed ones excepted), kept by the app on
 * every write: the themes page counts these rows per month, ten years in a few milliseconds.
 */
export const diaryEntryThemes = pgTable(
  "diary_entry_themes",
  {
    entryId: uuid("entry_id")
      .notNull()
      .references(() => diaryEntries.id, { onDelete: "cascade" }),
    themeId: uuid("theme_id")
      .notNull()
      .references(() => diaryThemes.id, { onDelete: "cascade" }),
    siteId: uuid("site_id")
      .notNull()
      .references(() => sites.id, { onDelete: "cascade" }),
    sessionDate: date("session_date").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.entryId, t.themeId] }),
    index("diary_entry_themes_site_theme_date_idx").on(t.siteId, t.themeId, t.sessionDate),
  ],
);
