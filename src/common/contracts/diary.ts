import { z } from "zod";
import { LIMITS } from "../limits.js";
import { RoleSchema } from "./accounts.js";
import { defineRoutes } from "./route.js";
import { IdSchema, LocalDateSchema, LocalTimeSchema, OkSchema, ProblemSchema } from "./shared.js";
import { SiteParamsSchema } from "./sites.js";
import { TypedVisitorCodeSchema } from "./visits.js";

/**
 * The shift diary: one entry per door session, written together by the staff on duty. Everything of
 * an entry is addressed by its session's id (an entry is written on its first paragraph or summary),
 * so a draft kept in the browser knows where it belongs before the entry exists.
 */

export const SessionParamsSchema = z.object({ sessionId: IdSchema }).strict();
export const ParagraphParamsSchema = z.object({ id: IdSchema }).strict();
export const ThemeParamsSchema = z.object({ id: IdSchema }).strict();
export const SiteThemeParamsSchema = z.object({ siteId: IdSchema, themeId: IdSchema }).strict();

/** A calendar month, "2010-03". */
export const MonthSchema = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, "Use a month as YYYY-MM, e.g. 2010-03");

/** Optimistic concurrency: the version the client edited. An entry not yet written has version 0. */
export const VersionSchema = z.coerce.number().int().min(0).max(1_000_000);

// Warnings

export const PERSONAL_DATA_WARNINGS = [
  "LOOKS_LIKE_EMAIL",
  "LOOKS_LIKE_PHONE_NUMBER",
  "LOOKS_LIKE_PASSPORT_NUMBER",
  "LOOKS_LIKE_FULL_NAME",
] as const;
export const PersonalDataWarningSchema = z.enum(PERSONAL_DATA_WARNINGS);

/** A warning on a field: the text was saved, but looks like it names her. The web warns before saving too. */
export const TextWarningSchema = z.object({ path: z.string(), warning: PersonalDataWarningSchema });
export type TextWarning = z.infer<typeof TextWarningSchema>;

// Themes

export const ThemeNamesSchema = z
  .object({
    da: z.string().trim().min(1).max(LIMITS.diaryThemeNameMax),
    en: z.string().trim().min(1).max(LIMITS.diaryThemeNameMax),
  })
  .strict();

export const KeywordLanguageSchema = z.enum(["da", "en"]);

export const KeywordRuleSchema = z.object({
  id: IdSchema,
  themeId: IdSchema,
  language: KeywordLanguageSchema,
  keyword: z.string(),
});
export type KeywordRuleView = z.infer<typeof KeywordRuleSchema>;

export const ThemeSchema = z.object({
  id: IdSchema,
  /** The built-in theme's key ("health", "new_women", "travel", "teaching", "prostitution",
   * "crisis_shelter", "development", "women_in_general"); null for a theme a manager added. */
  key: z.string().nullable(),
  names: z.object({ da: z.string(), en: z.string() }),
  builtIn: z.boolean(),
  /** Archived themes are no longer offered, but old entries keep them. */
  archived: z.boolean(),
  rules: z.array(KeywordRuleSchema),
});
export type Theme = z.infer<typeof ThemeSchema>;

export const ThemeListSchema = z.object({
  /** Built-in first (in the report's order), then added ones by Danish name. */
  themes: z.array(ThemeSchema),
  can: z.object({ manage: z.boolean() }),
});
export type ThemeList = z.infer<typeof ThemeListSchema>;

export const CreateThemeBodySchema = z.object({ names: ThemeNamesSchema }).strict();
export const UpdateThemeBodySchema = z
  .object({ names: ThemeNamesSchema.optional(), archived: z.boolean().optional() })
  .strict();

const KeywordSchema = z
  .string()
  .trim()
  .min(2, "Use at least two letters")
  .max(LIMITS.diaryKeywordMax, `Keep a keyword under ${LIMITS.diaryKeywordMax} characters`);

export const CreateKeywordRuleBodySchema = z
  .object({ language: KeywordLanguageSchema, keyword: KeywordSchema })
  .strict();
export const UpdateKeywordRuleBodySchema = z
  .object({ language: KeywordLanguageSchema.optional(), keyword: KeywordSchema.optional() })
  .strict();

// Paragraphs

export const RESTRICTIONS = ["none", "organisation", "role"] as const;
export const RestrictionSchema = z.enum(RESTRICTIONS);
export type Restriction = z.infer<typeof RestrictionSchema>;

const ParagraphTextSchema = z
  .string()
  .trim()
  .min(1, "Write something first")
  .max(
    LIMITS.diaryParagraphMax,
    `Keep a paragraph under ${LIMITS.diaryParagraphMax} characters: split it in two`,
  );

const ThemeIdsSchema = z
  .array(IdSchema)
  .max(LIMITS.diaryThemesPerTextMax, `Choose at most ${LIMITS.diaryThemesPerTextMax} themes`);

const TypedCodesSchema = z
  .array(TypedVisitorCodeSchema)
  .max(LIMITS.diaryCodesPerParagraphMax, `Name at most ${LIMITS.diaryCodesPerParagraphMax} codes`);

/**
 * A new paragraph. `restriction` "organisation" keeps it to the author's organisation; "role" to the
 * role in `restrictedRole` (the author always reads her own). Codes are typed as on her card.
 */
export const CreateParagraphBodySchema = z
  .object({
    body: ParagraphTextSchema,
    themeIds: ThemeIdsSchema.default([]),
    restriction: RestrictionSchema.default("none"),
    restrictedRole: RoleSchema.optional(),
    visitorCodes: TypedCodesSchema.default([]),
  })
  .strict();
export type CreateParagraphBody = z.input<typeof CreateParagraphBodySchema>;

/** A change of a paragraph: only the fields sent change. `version` is the one the client edited. */
export const UpdateParagraphBodySchema = z
  .object({
    version: VersionSchema,
    body: ParagraphTextSchema.optional(),
    themeIds: ThemeIdsSchema.optional(),
    restriction: RestrictionSchema.optional(),
    restrictedRole: RoleSchema.optional(),
    visitorCodes: TypedCodesSchema.optional(),
  })
  .strict();
export type UpdateParagraphBody = z.input<typeof UpdateParagraphBodySchema>;

export const RemoveParagraphQuerySchema = z.object({ version: VersionSchema }).strict();

const PersonRefSchema = z.object({ accountId: IdSchema.nullable(), displayName: z.string() });

export const ParagraphSchema = z.object({
  id: IdSchema,
  entryId: IdSchema,
  sessionId: IdSchema,
  version: z.number().int(),
  /** Null display name never: a removed account shows as "Former staff member". */
  author: PersonRefSchema,
  writtenAt: z.string(),
  updatedAt: z.string(),
  /** Who changed it last, when it has been changed since it was written. */
  editedBy: PersonRefSchema.nullable(),
  restriction: RestrictionSchema,
  restrictedRole: RoleSchema.nullable(),
  restrictedOrganisation: z.object({ id: IdSchema, name: z.string() }).nullable(),
  /**
   * False for a restricted paragraph this staff member may not read: only its author, time and
   * restriction are shown ("a restricted paragraph exists"); body null, themes and codes empty.
   */
  readable: z.boolean(),
  body: z.string().nullable(),
  themeIds: z.array(IdSchema),
  /** Printed codes ("K7MQ-4XPR") the paragraph is about; erased codes drop out. */
  visitorCodes: z.array(z.string()),
  can: z.object({ edit: z.boolean(), remove: z.boolean() }),
});
export type Paragraph = z.infer<typeof ParagraphSchema>;

/** A paragraph as saved, with the themes its text suggests (not yet chosen) and personal-data warnings. */
export const ParagraphWriteSchema = z.object({
  paragraph: ParagraphSchema,
  suggestedThemeIds: z.array(IdSchema),
  warnings: z.array(TextWarningSchema),
});
export type ParagraphWrite = z.infer<typeof ParagraphWriteSchema>;

// Entries

export const SessionFactsSchema = z.object({
  /** Check-ins of the session (each woman once per session). */
  visits: z.number().int(),
  firstVisits: z.number().int(),
  anonymousVisits: z.number().int(),
  distinctCodes: z.number().int(),
  /** Check-ins per nationality (ISO 3166-1 alpha-2, XX unknown), most first. */
  nationalities: z.array(z.object({ country: z.string(), count: z.number().int() })),
  /** The clinic's consultations in the session: a count, never who. */
  clinicConsultations: z.number().int(),
  /** Classes on the schedule of this session. */
  classes: z.array(z.object({ title: z.string(), startsAt: LocalTimeSchema, endsAt: LocalTimeSchema })),
  supplies: z.array(
    z.object({
      itemId: IdSchema,
      names: z.record(z.string(), z.string()),
      quantity: z.number().int(),
      handouts: z.number().int(),
    }),
  ),
  /** Handouts above a supply limit that staff allowed. */
  limitOverrides: z.number().int(),
});
export type SessionFacts = z.infer<typeof SessionFactsSchema>;

export const DiarySessionSchema = z.object({
  id: IdSchema,
  siteId: IdSchema,
  siteName: z.string(),
  date: LocalDateSchema,
  startsAt: LocalTimeSchema,
  endsAt: LocalTimeSchema,
  state: z.enum(["open", "closed"]),
});

export const EntrySchema = z.object({
  /** Null until the first paragraph or summary is written: the facts are there from the start. */
  id: IdSchema.nullable(),
  session: DiarySessionSchema,
  summary: z.string(),
  themeIds: z.array(IdSchema),
  /** 0 before the entry is written; send it back with a change of the summary or themes. */
  version: z.number().int(),
  updatedAt: z.string().nullable(),
  updatedBy: PersonRefSchema.nullable(),
  facts: SessionFactsSchema,
  /** Paragraphs in the order they were written; removed ones are only in the history. */
  paragraphs: z.array(ParagraphSchema),
  can: z.object({ write: z.boolean(), history: z.boolean() }),
});
export type Entry = z.infer<typeof EntrySchema>;

export const UpdateEntryBodySchema = z
  .object({
    version: VersionSchema,
    summary: z
      .string()
      .trim()
      .max(LIMITS.diarySummaryMax, `Keep the summary under ${LIMITS.diarySummaryMax} characters`)
      .optional(),
    themeIds: ThemeIdsSchema.optional(),
  })
  .strict();
export type UpdateEntryBody = z.input<typeof UpdateEntryBodySchema>;

export const EntryWriteSchema = z.object({
  entry: EntrySchema,
  suggestedThemeIds: z.array(IdSchema),
  warnings: z.array(TextWarningSchema),
});
export type EntryWrite = z.infer<typeof EntryWriteSchema>;

export const TonightEntrySchema = z.object({
  /** Tonight's (or the latest started, within a day) session's entry; null when none has been opened. */
  entry: EntrySchema.nullable(),
});
export type TonightEntry = z.infer<typeof TonightEntrySchema>;

export const EntryListQuerySchema = z
  .object({
    from: LocalDateSchema.optional(),
    to: LocalDateSchema.optional(),
    limit: z.coerce.number().int().min(1).max(LIMITS.pageSizeMax).default(30),
    cursor: z.string().max(200).optional(),
  })
  .strict();

export const EntryListItemSchema = z.object({
  sessionId: IdSchema,
  entryId: IdSchema.nullable(),
  date: LocalDateSchema,
  startsAt: LocalTimeSchema,
  endsAt: LocalTimeSchema,
  state: z.enum(["open", "closed"]),
  summary: z.string(),
  /** The entry's themes with its paragraphs' (the themes page counts these). */
  themeIds: z.array(IdSchema),
  paragraphs: z.number().int(),
  restrictedParagraphs: z.number().int(),
  authors: z.array(z.string()),
  updatedAt: z.string().nullable(),
});
export type EntryListItem = z.infer<typeof EntryListItemSchema>;

export const EntryListSchema = z.object({
  /** Sessions newest first, written or not. */
  items: z.array(EntryListItemSchema),
  nextCursor: z.string().nullable(),
});
export type EntryList = z.infer<typeof EntryListSchema>;

// History (managers)

export const ParagraphVersionSchema = z.object({
  version: z.number().int(),
  /** Null where the manager may not read this restricted version. */
  body: z.string().nullable(),
  readable: z.boolean(),
  restriction: RestrictionSchema,
  restrictedRole: RoleSchema.nullable(),
  themeIds: z.array(IdSchema),
  removed: z.boolean(),
  editedBy: PersonRefSchema,
  editedAt: z.string(),
});

export const EntryHistorySchema = z.object({
  sessionId: IdSchema,
  entryId: IdSchema.nullable(),
  entryVersions: z.array(
    z.object({
      version: z.number().int(),
      summary: z.string(),
      themeIds: z.array(IdSchema),
      editedBy: PersonRefSchema,
      editedAt: z.string(),
    }),
  ),
  /** Every paragraph ever written, removed ones included, each with all its versions (oldest first). */
  paragraphs: z.array(
    z.object({
      id: IdSchema,
      author: PersonRefSchema,
      writtenAt: z.string(),
      removedAt: z.string().nullable(),
      removedBy: PersonRefSchema.nullable(),
      versions: z.array(ParagraphVersionSchema),
    }),
  ),
});
export type EntryHistory = z.infer<typeof EntryHistorySchema>;

// Text check (the web may also compute these itself with common/diary-themes.ts and personal-data.ts)

export const TextCheckBodySchema = z
  .object({
    text: z.string().max(LIMITS.diaryParagraphMax),
    themeIds: z.array(IdSchema).max(LIMITS.diaryThemesPerTextMax).default([]),
  })
  .strict();
export const TextCheckSchema = z.object({
  suggestedThemeIds: z.array(IdSchema),
  warnings: z.array(PersonalDataWarningSchema),
});
export type TextCheck = z.infer<typeof TextCheckSchema>;

// The themes page

export const ThemeMonthsQuerySchema = z.object({ from: MonthSchema, to: MonthSchema }).strict();

export const ThemeMonthsSchema = z.object({
  from: MonthSchema,
  to: MonthSchema,
  /** Every month of the range, oldest first, with how many entries it has (written or not). */
  months: z.array(z.object({ month: MonthSchema, entries: z.number().int() })),
  /** Built-in first, then added; archived ones too when they were used in the range. */
  themes: z.array(ThemeSchema.omit({ rules: true })),
  /** Entries carrying the theme in the month; cells with 0 are left out. */
  cells: z.array(z.object({ themeId: IdSchema, month: MonthSchema, count: z.number().int() })),
  totals: z.array(z.object({ themeId: IdSchema, count: z.number().int() })),
});
export type ThemeMonths = z.infer<typeof ThemeMonthsSchema>;

export const ThemeEntriesQuerySchema = z.object({ month: MonthSchema }).strict();

export const ThemeEntriesSchema = z.object({
  themeId: IdSchema,
  month: MonthSchema,
  /** The entries behind one cell of the themes page, oldest first. */
  items: z.array(
    z.object({
      sessionId: IdSchema,
      entryId: IdSchema,
      date: LocalDateSchema,
      startsAt: LocalTimeSchema,
      summary: z.string(),
      /** Readable paragraphs carrying the theme, with a short excerpt of each. */
      paragraphs: z.array(z.object({ id: IdSchema, excerpt: z.string(), author: z.string() })),
      /** The entry itself carries the theme (not only a paragraph). */
      onEntry: z.boolean(),
    }),
  ),
});
export type ThemeEntries = z.infer<typeof ThemeEntriesSchema>;

// Search

export const SEARCH_KINDS = ["paragraph", "entry", "follow_up", "message"] as const;
export const SearchKindSchema = z.enum(SEARCH_KINDS);
export type SearchKind = z.infer<typeof SearchKindSchema>;

/**
 * Full-text search (Danish and English stemming together) over readable paragraphs, entry summaries,
 * follow-ups and the messages the staff member may read. A POST, because a visitor code travels in
 * the body, never in a URL. An empty `q` lists by the filters alone, newest first.
 */
export const SearchBodySchema = z
  .object({
    q: z.string().trim().max(LIMITS.diarySearchQueryMax).default(""),
    from: LocalDateSchema.optional(),
    to: LocalDateSchema.optional(),
    authorId: IdSchema.optional(),
    themeId: IdSchema.optional(),
    visitorCode: TypedVisitorCodeSchema.optional(),
    kinds: z.array(SearchKindSchema).min(1).max(SEARCH_KINDS.length).optional(),
    limit: z.number().int().min(1).max(LIMITS.diarySearchPageMax).default(20),
    offset: z.number().int().min(0).max(10_000).default(0),
  })
  .strict();
export type SearchBody = z.input<typeof SearchBodySchema>;

export const SearchHitSchema = z.object({
  kind: SearchKindSchema,
  /** The paragraph's, entry's, follow-up's or message's id. */
  id: IdSchema,
  /** For paragraphs and entries: the session to open. */
  sessionId: IdSchema.nullable(),
  /** The session's date, or the day a follow-up or message was written (site's time zone). */
  date: LocalDateSchema,
  at: z.string(),
  author: PersonRefSchema.nullable(),
  /** A follow-up's title; empty otherwise. */
  title: z.string(),
  /** The matching passage; the matched words are wrapped in «…». */
  snippet: z.string(),
  themeIds: z.array(IdSchema),
  visitorCodes: z.array(z.string()),
  rank: z.number(),
});
export type SearchHit = z.infer<typeof SearchHitSchema>;

export const SearchResultSchema = z.object({
  items: z.array(SearchHitSchema),
  /** Pass as `offset` for the next page; null on the last. */
  nextOffset: z.number().int().nullable(),
});
export type SearchResult = z.infer<typeof SearchResultSchema>;

/** The body of a 409 STALE_VERSION: the problem, and the paragraph or entry as it is now. */
export const ParagraphConflictSchema = ProblemSchema.extend({ current: ParagraphSchema });
export const EntryConflictSchema = ProblemSchema.extend({ current: EntrySchema });

export const diaryRoutes = defineRoutes({
  tonight: {
    method: "GET",
    path: "/api/v1/sites/:siteId/diary/tonight",
    access: "diary.write",
    summary:
      "Tonight's diary entry (the session in progress or the latest started within a day), facts pre-filled",
    params: SiteParamsSchema,
    response: TonightEntrySchema,
  },
  listEntries: {
    method: "GET",
    path: "/api/v1/sites/:siteId/diary/entries",
    access: "diary.write",
    summary: "The site's sessions, newest first, with their entries' summaries, themes and authors",
    params: SiteParamsSchema,
    query: EntryListQuerySchema,
    response: EntryListSchema,
  },
  getEntry: {
    method: "GET",
    path: "/api/v1/diary/sessions/:sessionId",
    access: "diary.write",
    summary: "A session's diary entry: facts, summary, themes and paragraphs (restricted ones shown as such)",
    params: SessionParamsSchema,
    response: EntrySchema,
  },
  updateEntry: {
    method: "PATCH",
    path: "/api/v1/diary/sessions/:sessionId",
    access: "diary.write",
    summary:
      "Change the entry's summary or themes (version 0 writes the entry); a stale version answers 409 with the current entry",
    params: SessionParamsSchema,
    body: UpdateEntryBodySchema,
    response: EntryWriteSchema,
  },
  addParagraph: {
    method: "POST",
    path: "/api/v1/diary/sessions/:sessionId/paragraphs",
    access: "diary.write",
    summary: "Add a paragraph to the session's entry (the entry is written with its first paragraph)",
    params: SessionParamsSchema,
    body: CreateParagraphBodySchema,
    response: ParagraphWriteSchema,
    status: 201,
  },
  updateParagraph: {
    method: "PATCH",
    path: "/api/v1/diary/paragraphs/:id",
    access: "diary.write",
    summary:
      "Edit a paragraph; a stale version answers 409 STALE_VERSION with the current paragraph in `current`",
    params: ParagraphParamsSchema,
    body: UpdateParagraphBodySchema,
    response: ParagraphWriteSchema,
  },
  removeParagraph: {
    method: "DELETE",
    path: "/api/v1/diary/paragraphs/:id",
    access: "diary.write",
    summary: "Remove a paragraph from the entry: it is kept, hidden, in the history",
    params: ParagraphParamsSchema,
    query: RemoveParagraphQuerySchema,
    response: OkSchema,
  },
  history: {
    method: "GET",
    path: "/api/v1/diary/sessions/:sessionId/history",
    access: "diary.history",
    summary: "Every version of the entry and its paragraphs, removed ones included (reading is audited)",
    params: SessionParamsSchema,
    response: EntryHistorySchema,
  },
  checkText: {
    method: "POST",
    path: "/api/v1/diary/text-check",
    access: "diary.write",
    summary: "Themes a text suggests and personal-data warnings, without saving anything",
    body: TextCheckBodySchema,
    response: TextCheckSchema,
  },
  listThemes: {
    method: "GET",
    path: "/api/v1/diary/themes",
    access: "diary.write",
    summary: "The themes with their Danish and English keyword rules",
    response: ThemeListSchema,
  },
  createTheme: {
    method: "POST",
    path: "/api/v1/diary/themes",
    access: "diary.themes",
    summary: "Add a theme",
    body: CreateThemeBodySchema,
    response: ThemeSchema,
    status: 201,
  },
  updateTheme: {
    method: "PATCH",
    path: "/api/v1/diary/themes/:id",
    access: "diary.themes",
    summary: "Rename or archive an added theme (built-in names are fixed; they can be archived)",
    params: ThemeParamsSchema,
    body: UpdateThemeBodySchema,
    response: ThemeSchema,
  },
  addKeywordRule: {
    method: "POST",
    path: "/api/v1/diary/themes/:id/rules",
    access: "diary.themes",
    summary: "Add a Danish or English keyword that suggests the theme",
    params: ThemeParamsSchema,
    body: CreateKeywordRuleBodySchema,
    response: ThemeSchema,
    status: 201,
  },
  updateKeywordRule: {
    method: "PATCH",
    path: "/api/v1/diary/keyword-rules/:id",
    access: "diary.themes",
    summary: "Change a keyword rule",
    params: ThemeParamsSchema,
    body: UpdateKeywordRuleBodySchema,
    response: ThemeSchema,
  },
  removeKeywordRule: {
    method: "DELETE",
    path: "/api/v1/diary/keyword-rules/:id",
    access: "diary.themes",
    summary: "Remove a keyword rule",
    params: ThemeParamsSchema,
    response: ThemeSchema,
  },
  themeMonths: {
    method: "GET",
    path: "/api/v1/sites/:siteId/diary/theme-months",
    access: "diary.write",
    summary: `How many entries carried each theme, per month (at most ${LIMITS.diaryThemeMonthsMax} months)`,
    params: SiteParamsSchema,
    query: ThemeMonthsQuerySchema,
    response: ThemeMonthsSchema,
  },
  themeEntries: {
    method: "GET",
    path: "/api/v1/sites/:siteId/diary/theme-months/:themeId",
    access: "diary.write",
    summary: "The entries behind one month's count of a theme",
    params: SiteThemeParamsSchema,
    query: ThemeEntriesQuerySchema,
    response: ThemeEntriesSchema,
  },
  search: {
    method: "POST",
    path: "/api/v1/sites/:siteId/diary/search",
    access: "diary.write",
    summary: "Full-text search (Danish and English) over entries, follow-ups and messages, with filters",
    params: SiteParamsSchema,
    body: SearchBodySchema,
    response: SearchResultSchema,
  },
});

// contract: ready
