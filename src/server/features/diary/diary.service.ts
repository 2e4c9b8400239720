import type { z } from "zod";
import type { AuditEvent } from "../../../common/audit-events.js";
import type {
  CreateKeywordRuleBodySchema,
  CreateParagraphBodySchema,
  CreateThemeBodySchema,
  Entry,
  EntryHistory,
  EntryList,
  EntryListQuerySchema,
  EntryWrite,
  Paragraph,
  ParagraphWrite,
  SearchBodySchema,
  SearchResult,
  SessionFacts,
  TextCheck,
  TextCheckBodySchema,
  Theme,
  ThemeEntries,
  ThemeList,
  ThemeMonths,
  TonightEntry,
  UpdateEntryBodySchema,
  UpdateKeywordRuleBodySchema,
  UpdateParagraphBodySchema,
  UpdateThemeBodySchema,
} from "../../../common/contracts/diary.js";
import type { LastEntrySummary } from "../../../common/contracts/handover.js";
import { BUILT_IN_THEMES, type KeywordRule, normaliseKeyword } from "../../../common/diary-themes.js";
import { can, type Permission } from "../../../common/permissions.js";
import { personalDataWarnings } from "../../../common/personal-data.js";
import { formatVisitorCode } from "../../../common/visitor-code.js";
import { recordAudit } from "../../audit/audit-log.js";
import type { Actor, AppContext } from "../../context.js";
import type { Database, Queryable, Tx } from "../../db/client.js";
import { AppError, fieldError, forbidden, notFound } from "../../errors.js";
import { requireValidIdempotencyKey } from "../../idempotency.js";
import * as clinic from "../clinic/clinic.service.js";
import { maySeeSite } from "../sites/sites.policy.js";
import * as sites from "../sites/sites.service.js";
import * as visits from "../visits/visits.service.js";
import { hhmm, iso, person, toEntry, toEntryListItem, toParagraph, toTheme } from "./diary.mapper.js";
import {
  decodeCursor,
  encodeCursor,
  isProblem,
  mayReadParagraph,
  monthDates,
  monthsBetween,
  restrictionTarget,
  shorten,
  suggestionsOf,
  themeProblem,
  unique,
  warningsOf,
} from "./diary.policy.js";
import * as repo from "./diary.repository.js";

type CreateParagraphInput = z.output<typeof CreateParagraphBodySchema>;
type UpdateParagraphInput = z.output<typeof UpdateParagraphBodySchema>;
type UpdateEntryInput = z.output<typeof UpdateEntryBodySchema>;
type EntryListQuery = z.output<typeof EntryListQuerySchema>;
type TextCheckInput = z.output<typeof TextCheckBodySchema>;
type SearchInput = z.output<typeof SearchBodySchema>;

function requirePermission(actor: Actor, permission: Permission) {
  if (!can(actor.role, permission)) throw forbidden();
}

function requireSite(actor: Actor, siteId: string) {
  if (!maySeeSite(actor, siteId)) throw notFound();
}

function audit(
  tx: Tx,
  ctx: AppContext,
  actor: Actor,
  event: AuditEvent,
  entity: { siteId?: string | null; type: string; id: string },
) {
  return recordAudit(tx, {
    event,
    occurredAt: ctx.clock.now(),
    actorAccountId: actor.accountId,
    organisationId: actor.organisationId,
    siteId: entity.siteId ?? null,
    entityType: entity.type,
    entityId: entity.id,
    address: actor.address,
  });
}

const refuse = (problem: { path: string; code: Parameters<typeof fieldError>[1]; message: string }) =>
  fieldError(problem.path, problem.code, problem.message);

// Themes

/** The built-in themes and their rules are written the first time a database meets the diary. */
const ensured = new WeakSet<object>();

async function ensureBuiltInThemes(db: Database) {
  if (ensured.has(db)) return;
  await db.transaction(async (tx) => {
    const written = await repo.insertBuiltInThemes(
      tx,
      BUILT_IN_THEMES.map((t) => ({ key: t.key, nameDa: t.names.da, nameEn: t.names.en })),
    );
    const rules = written.flatMap((row) => {
      const theme = BUILT_IN_THEMES.find((t) => t.key === row.key);
      if (!theme) return [];
      return (["da", "en"] as const).flatMap((language) =>
        theme.keywords[language].map((keyword) => ({ themeId: row.id, language, keyword })),
      );
    });
    await repo.insertRules(tx, rules);
  });
  ensured.add(db);
}

const BUILT_IN_ORDER = new Map<string, number>(BUILT_IN_THEMES.map((t, i) => [t.key, i]));

function sortThemes<T extends { key: string | null; nameDa: string }>(rows: T[]): T[] {
  return [...rows].sort((a, b) => {
    const ia = a.key === null ? Number.MAX_SAFE_INTEGER : (BUILT_IN_ORDER.get(a.key) ?? 99);
    const ib = b.key === null ? Number.MAX_SAFE_INTEGER : (BUILT_IN_ORDER.get(b.key) ?? 99);
    return ia - ib || a.nameDa.localeCompare(b.nameDa, "da");
  });
}

interface ThemeBook {
  known: Map<string, { archived: boolean }>;
  /** Rules of themes still in use: the ones that suggest. */
  rules: KeywordRule[];
}

async function themeBook(ctx: AppContext): Promise<ThemeBook> {
  await ensureBuiltInThemes(ctx.db);
  const [themes, rules] = await Promise.all([repo.listThemes(ctx.db), repo.listRules(ctx.db)]);
  const known = new Map(themes.map((t) => [t.id, { archived: t.archivedAt !== null }]));
  return {
    known,
    rules: sortThemes(themes)
      .filter((t) => t.archivedAt === null)
      .flatMap((t) =>
        rules
          .filter((r) => r.themeId === t.id)
          .map((r) => ({ themeId: r.themeId, language: r.language, keyword: r.keyword })),
      ),
  };
}

export async function listThemes(ctx: AppContext, actor: Actor): Promise<ThemeList> {
  requirePermission(actor, "diary.write");
  await ensureBuiltInThemes(ctx.db);
  const [themes, rules] = await Promise.all([repo.listThemes(ctx.db), repo.listRules(ctx.db)]);
  return {
    themes: sortThemes(themes).map((t) => toTheme(t, rules)),
    can: { manage: can(actor.role, "diary.themes") },
  };
}

async function presentTheme(db: Queryable, themeId: string): Promise<Theme> {
  const theme = await repo.findTheme(db, themeId);
  if (!theme) throw notFound();
  return toTheme(theme, await repo.rulesOfTheme(db, themeId));
}

const themeNameTaken = () =>
  fieldError("names", "THEME_NAME_TAKEN", "A theme with this name already exists.");

export async function createTheme(
  ctx: AppContext,
  actor: Actor,
  input: z.output<typeof CreateThemeBodySchema>,
): Promise<Theme> {
  requirePermission(actor, "diary.themes");
  await ensureBuiltInThemes(ctx.db);
  return ctx.db.transaction(async (tx) => {
    const now = ctx.clock.now();
    const row = await repo.insertTheme(tx, {
      nameDa: input.names.da,
      nameEn: input.names.en,
      createdBy: actor.accountId,
      createdAt: now,
      updatedAt: now,
    });
    if (!row) throw themeNameTaken();
    await audit(tx, ctx, actor, "DIARY_THEME_CREATED", { type: "diary_theme", id: row.id });
    return toTheme(row, []);
  });
}

export async function updateTheme(
  ctx: AppContext,
  actor: Actor,
  themeId: string,
  input: z.output<typeof UpdateThemeBodySchema>,
): Promise<Theme> {
  requirePermission(actor, "diary.themes");
  await ensureBuiltInThemes(ctx.db);
  const theme = await repo.findTheme(ctx.db, themeId);
  if (!theme) throw notFound();
  if (input.names && theme.key !== null) {
    throw fieldError("names", "BUILT_IN_THEME", "The built-in themes keep their names.");
  }
  try {
    return await ctx.db.transaction(async (tx) => {
      await repo.updateTheme(tx, themeId, {
        ...(input.names ? { nameDa: input.names.da, nameEn: input.names.en } : {}),
        ...(input.archived === undefined ? {} : { archivedAt: input.archived ? ctx.clock.now() : null }),
        updatedAt: ctx.clock.now(),
      });
      await audit(tx, ctx, actor, "DIARY_THEME_UPDATED", { type: "diary_theme", id: themeId });
      return presentTheme(tx, themeId);
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw themeNameTaken();
    throw error;
  }
}

function isUniqueViolation(error: unknown): boolean {
  const cause = (error as { cause?: { code?: string }; code?: string }) ?? {};
  return cause.code === "23505" || cause.cause?.code === "23505";
}

const ruleTaken = () =>
  fieldError("keyword", "KEYWORD_RULE_TAKEN", "This keyword already suggests the theme in that language.");

export async function addKeywordRule(
  ctx: AppContext,
  actor: Actor,
  themeId: string,
  input: z.output<typeof CreateKeywordRuleBodySchema>,
): Promise<Theme> {
  requirePermission(actor, "diary.themes");
  await ensureBuiltInThemes(ctx.db);
  const theme = await repo.findTheme(ctx.db, themeId);
  if (!theme) throw notFound();
  return ctx.db.transaction(async (tx) => {
    const now = ctx.clock.now();
    const row = await repo.insertRule(tx, {
      themeId,
      language: input.language,
      keyword: normaliseKeyword(input.keyword),
      createdBy: actor.accountId,
      createdAt: now,
      updatedAt: now,
    });
    if (!row) throw ruleTaken();
    await audit(tx, ctx, actor, "DIARY_KEYWORD_RULE_CREATED", { type: "diary_keyword_rule", id: row.id });
    return presentTheme(tx, themeId);
  });
}

export async function updateKeywordRule(
  ctx: AppContext,
  actor: Actor,
  ruleId: string,
  input: z.output<typeof UpdateKeywordRuleBodySchema>,
): Promise<Theme> {
  requirePermission(actor, "diary.themes");
  const rule = await repo.findRule(ctx.db, ruleId);
  if (!rule) throw notFound();
  try {
    return await ctx.db.transaction(async (tx) => {
      await repo.updateRule(tx, ruleId, {
        ...(input.language ? { language: input.language } : {}),
        ...(input.keyword ? { keyword: normaliseKeyword(input.keyword) } : {}),
        updatedAt: ctx.clock.now(),
      });
      await audit(tx, ctx, actor, "DIARY_KEYWORD_RULE_UPDATED", { type: "diary_keyword_rule", id: ruleId });
      return presentTheme(tx, rule.themeId);
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw ruleTaken();
    throw error;
  }
}

export async function removeKeywordRule(ctx: AppContext, actor: Actor, ruleId: string): Promise<Theme> {
  requirePermission(actor, "diary.themes");
  const rule = await repo.findRule(ctx.db, ruleId);
  if (!rule) throw notFound();
  return ctx.db.transaction(async (tx) => {
    await repo.deleteRule(tx, ruleId);
    await audit(tx, ctx, actor, "DIARY_KEYWORD_RULE_REMOVED", { type: "diary_keyword_rule", id: ruleId });
    return presentTheme(tx, rule.themeId);
  });
}

export async function checkText(ctx: AppContext, actor: Actor, input: TextCheckInput): Promise<TextCheck> {
  requirePermission(actor, "diary.write");
  const book = await themeBook(ctx);
  return {
    suggestedThemeIds: suggestionsOf(input.text, book.rules, input.themeIds),
    warnings: personalDataWarnings(input.text),
  };
}

// Sessions and facts

/** A session the actor may see (its site is one of theirs); otherwise not found, like an unknown id. */
async function visibleSession(db: Queryable, actor: Actor, sessionId: string) {
  const session = await repo.findSession(db, sessionId);
  if (!session || !maySeeSite(actor, session.siteId)) throw notFound();
  return session;
}

/** What Pusterum already knows of the session: the door's counts, the clinic's count, the schedule's classes. */
async function factsOf(ctx: AppContext, session: repo.SessionRow): Promise<SessionFacts> {
  const [counts, nationalities, supplies, consultations, scheduled] = await Promise.all([
    repo.visitFacts(ctx.db, session.id),
    repo.nationalitiesOfSession(ctx.db, session.id),
    repo.suppliesOfSession(ctx.db, session.id),
    clinic.consultationCountOfSession(ctx.db, session.id),
    sites.findSession(ctx.db, session.siteId, session.date, hhmm(session.startsAt)),
  ]);
  return {
    visits: counts.visits,
    firstVisits: counts.first_visits,
    anonymousVisits: counts.anonymous_visits,
    distinctCodes: counts.distinct_codes,
    nationalities,
    clinicConsultations: consultations,
    classes: (scheduled?.activities ?? [])
      .filter((a) => a.kind === "class")
      .map((a) => ({ title: a.title, startsAt: hhmm(a.startsAt), endsAt: hhmm(a.endsAt) })),
    supplies: supplies.map((s) => ({
      itemId: s.item_id,
      names: s.names,
      quantity: s.quantity,
      handouts: s.handouts,
    })),
    limitOverrides: supplies.reduce((sum, s) => sum + s.overrides, 0),
  };
}

// Reading paragraphs

/**
 * Paragraphs as this actor sees them. Each restricted paragraph the actor may read is decrypted and
 * its read audited in the caller's transaction; the others show only that they exist.
 */
async function presentParagraphs(
  tx: Tx,
  ctx: AppContext,
  actor: Actor,
  views: repo.ParagraphView[],
): Promise<Paragraph[]> {
  const mayWrite = can(actor.role, "diary.write");
  const out: Paragraph[] = [];
  for (const view of views) {
    const readable = mayReadParagraph(actor, view);
    let body = view.body;
    if (view.restriction !== "none") {
      body = null;
      if (readable && view.bodySealed) {
        body = ctx.cipher.decrypt(view.bodySealed);
        await audit(tx, ctx, actor, "DIARY_PARAGRAPH_READ", {
          siteId: view.siteId,
          type: "diary_paragraph",
          id: view.id,
        });
      }
    }
    out.push(
      toParagraph({ ...view, codes: view.codes.map(formatVisitorCode) }, { readable, body, mayWrite }),
    );
  }
  return out;
}

async function presentOneParagraph(ctx: AppContext, actor: Actor, paragraphId: string): Promise<Paragraph> {
  return ctx.db.transaction(async (tx) => {
    const view = await repo.findParagraph(tx, paragraphId);
    if (!view) throw notFound();
    const [paragraph] = await presentParagraphs(tx, ctx, actor, [view]);
    if (!paragraph) throw notFound();
    return paragraph;
  });
}

async function presentEntry(ctx: AppContext, actor: Actor, session: repo.SessionRow): Promise<Entry> {
  const [facts, entry] = await Promise.all([
    factsOf(ctx, session),
    repo.findEntryOfSession(ctx.db, session.id),
  ]);
  const paragraphs = entry
    ? await ctx.db.transaction(async (tx) =>
        presentParagraphs(tx, ctx, actor, await repo.listParagraphs(tx, entry.id, { removed: false })),
      )
    : [];
  const names = await repo.displayNames(ctx.db, entry?.updatedBy ? [entry.updatedBy] : []);
  return toEntry({
    session,
    entry,
    updatedByName: entry?.updatedBy ? (names.get(entry.updatedBy) ?? null) : null,
    facts,
    paragraphs,
    can: { write: can(actor.role, "diary.write"), history: can(actor.role, "diary.history") },
  });
}

// Entries

export async function tonight(ctx: AppContext, actor: Actor, siteId: string): Promise<TonightEntry> {
  requirePermission(actor, "diary.write");
  requireSite(actor, siteId);
  const site = await repo.findSite(ctx.db, siteId);
  if (!site) throw notFound();
  const session = await repo.findLatestStartedSession(ctx.db, siteId, ctx.clock.now());
  return { entry: session ? await presentEntry(ctx, actor, session) : null };
}

export async function getEntry(ctx: AppContext, actor: Actor, sessionId: string): Promise<Entry> {
  requirePermission(actor, "diary.write");
  const session = await visibleSession(ctx.db, actor, sessionId);
  return presentEntry(ctx, actor, session);
}

export async function listEntries(
  ctx: AppContext,
  actor: Actor,
  siteId: string,
  query: EntryListQuery,
): Promise<EntryList> {
  requirePermission(actor, "diary.write");
  requireSite(actor, siteId);
  const after = decodeCursor(query.cursor);
  if (after === null)
    throw fieldError("cursor", "VALIDATION_FAILED", "This cursor is not one the list gave.");
  if (query.from && query.to && query.to < query.from) {
    throw fieldError("to", "END_BEFORE_START", "The last date must be on or after the first.");
  }
  const rows = await repo.listEntries(ctx.db, {
    siteId,
    from: query.from,
    to: query.to,
    limit: query.limit,
    after,
  });
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map(toEntryListItem),
    nextCursor:
      rows.length > query.limit && last
        ? encodeCursor({ date: last.date, startsAt: last.starts_at, id: last.session_id })
        : null,
  };
}

/** The session's entry, written now when it is not yet (another request writing it at once is fine). */
async function entryForWriting(tx: Tx, ctx: AppContext, actor: Actor, session: repo.SessionRow) {
  const existing = await repo.lockEntryOfSession(tx, session.id);
  if (existing) return { entry: existing, created: false };
  const now = ctx.clock.now();
  const inserted = await repo.insertEntry(tx, {
    siteId: session.siteId,
    sessionId: session.id,
    sessionDate: session.date,
    createdBy: actor.accountId,
    createdAt: now,
    updatedBy: actor.accountId,
    updatedAt: now,
  });
  if (inserted) {
    await repo.insertEntryVersion(tx, {
      entryId: inserted.id,
      version: 1,
      summary: "",
      themeIds: [],
      editedBy: actor.accountId,
      editedAt: now,
    });
    return { entry: inserted, created: true };
  }
  const raced = await repo.lockEntryOfSession(tx, session.id);
  if (!raced) throw new AppError("CONFLICT", "The entry changed meanwhile. Try again.");
  return { entry: raced, created: false };
}

/** Thrown inside a transaction to roll it back and answer 409 with the record as it is now. */
class StaleVersion extends Error {}

const staleVersion = (current: unknown) => {
  const error = new AppError(
    "STALE_VERSION",
    "A colleague changed this meanwhile. Compare her version with yours and save again.",
  );
  error.current = current;
  return error;
};

export async function updateEntry(
  ctx: AppContext,
  actor: Actor,
  sessionId: string,
  input: UpdateEntryInput,
): Promise<EntryWrite> {
  requirePermission(actor, "diary.write");
  const session = await visibleSession(ctx.db, actor, sessionId);
  const book = await themeBook(ctx);
  try {
    await ctx.db.transaction(async (tx) => {
      const now = ctx.clock.now();
      const current = await repo.lockEntryOfSession(tx, sessionId);
      if ((current?.version ?? 0) !== input.version) throw new StaleVersion();
      const { entry } = current ? { entry: current } : await entryForWriting(tx, ctx, actor, session);
      if (input.themeIds) {
        const problem = themeProblem(input.themeIds, book.known, entry.themeIds, "themeIds");
        if (problem) throw refuse(problem);
      }
      const summary = input.summary ?? entry.summary;
      const themeIds = input.themeIds ? unique(input.themeIds) : entry.themeIds;
      const version = entry.version + 1;
      await repo.updateEntry(tx, entry.id, {
        summary,
        themeIds,
        version,
        updatedAt: now,
        updatedBy: actor.accountId,
      });
      await repo.insertEntryVersion(tx, {
        entryId: entry.id,
        version,
        summary,
        themeIds,
        editedBy: actor.accountId,
        editedAt: now,
      });
      await repo.refreshEntryThemes(tx, entry.id);
    });
  } catch (error) {
    if (error instanceof StaleVersion) throw staleVersion(await presentEntry(ctx, actor, session));
    throw error;
  }
  const entry = await presentEntry(ctx, actor, session);
  return {
    entry,
    suggestedThemeIds: input.summary ? suggestionsOf(input.summary, book.rules, entry.themeIds) : [],
    warnings: warningsOf("summary", input.summary),
  };
}

/** Her codes as typed, resolved (a merged code answers hers); each refusal names its field. */
async function resolveCodes(db: Queryable, typed: readonly string[]) {
  const ids: string[] = [];
  for (const [i, code] of typed.entries()) {
    ids.push((await visits.resolveTypedCode(db, `visitorCodes.${i}`, code)).id);
  }
  return unique(ids);
}

interface ParagraphState {
  body: string;
  restriction: "none" | "organisation" | "role";
  restrictedOrganisationId: string | null;
  restrictedRole: string | null;
  themeIds: string[];
}

/** The columns of a paragraph's state: a restricted text only encrypted, never in `body`. */
function storedColumns(ctx: AppContext, state: ParagraphState) {
  const restricted = state.restriction !== "none";
  return {
    body: restricted ? null : state.body,
    bodySealed: restricted ? ctx.cipher.encrypt(state.body) : null,
    restriction: state.restriction,
    restrictedOrganisationId: state.restrictedOrganisationId,
    restrictedRole: state.restrictedRole,
    themeIds: state.themeIds,
  };
}

function versionColumns(ctx: AppContext, paragraphId: string, version: number, state: ParagraphState) {
  return {
    paragraphId,
    version,
    bodySealed: ctx.cipher.encrypt(state.body),
    restriction: state.restriction,
    restrictedOrganisationId: state.restrictedOrganisationId,
    restrictedRole: state.restrictedRole,
    themeIds: state.themeIds,
  };
}

export async function addParagraph(
  ctx: AppContext,
  actor: Actor,
  sessionId: string,
  input: CreateParagraphInput,
  idempotencyHeader?: string | string[],
): Promise<ParagraphWrite & { created: boolean }> {
  requirePermission(actor, "diary.write");
  const key = requireValidIdempotencyKey(idempotencyHeader);
  const session = await visibleSession(ctx.db, actor, sessionId);
  const book = await themeBook(ctx);
  const themeIds = unique(input.themeIds);
  // A draft sent again after a lost answer (the browser was offline) answers the paragraph written the first time.
  const repeated = async (id: string) => ({
    paragraph: await presentOneParagraph(ctx, actor, id),
    suggestedThemeIds: suggestionsOf(input.body, book.rules, themeIds),
    warnings: warningsOf("body", input.body),
    created: false,
  });
  const earlier =
    key === null ? undefined : await repo.findParagraphByIdempotencyKey(ctx.db, actor.accountId, key);
  if (earlier) return repeated(earlier.id);
  const themes = themeProblem(themeIds, book.known, [], "themeIds");
  if (themes) throw refuse(themes);
  const target = restrictionTarget(input, actor.organisationId);
  if (isProblem(target)) throw refuse(target);
  const codeIds = await resolveCodes(ctx.db, input.visitorCodes);
  const state: ParagraphState = { body: input.body, restriction: input.restriction, ...target, themeIds };
  const paragraphId = await ctx.db.transaction(async (tx) => {
    const now = ctx.clock.now();
    const { entry } = await entryForWriting(tx, ctx, actor, session);
    const inserted = await repo.insertParagraph(tx, {
      entryId: entry.id,
      siteId: session.siteId,
      sessionDate: session.date,
      authorId: actor.accountId,
      authorOrganisationId: actor.organisationId,
      ...storedColumns(ctx, state),
      version: 1,
      writtenAt: now,
      updatedBy: actor.accountId,
      updatedAt: now,
      idempotencyKey: key,
    });
    if (!inserted) return null;
    const { id } = inserted;
    await repo.insertParagraphVersion(tx, {
      ...versionColumns(ctx, id, 1, state),
      editedBy: actor.accountId,
      editedAt: now,
    });
    await repo.replaceParagraphCodes(tx, id, codeIds);
    await repo.refreshEntryThemes(tx, entry.id);
    if (state.restriction !== "none") {
      await audit(tx, ctx, actor, "DIARY_PARAGRAPH_RESTRICTED_WRITTEN", {
        siteId: session.siteId,
        type: "diary_paragraph",
        id,
      });
    }
    return id;
  });
  if (paragraphId === null) {
    // A twin request with the same key committed first.
    const twin =
      key === null ? undefined : await repo.findParagraphByIdempotencyKey(ctx.db, actor.accountId, key);
    if (!twin) throw new Error("A paragraph's Idempotency-Key conflicted, yet no paragraph holds it.");
    return repeated(twin.id);
  }
  const view = await repo.findParagraph(ctx.db, paragraphId);
  if (!view) throw notFound();
  return {
    created: true,
    paragraph: toParagraph(
      { ...view, codes: view.codes.map(formatVisitorCode) },
      { readable: true, body: input.body, mayWrite: true },
    ),
    suggestedThemeIds: suggestionsOf(input.body, book.rules, themeIds),
    warnings: warningsOf("body", input.body),
  };
}

/** A paragraph the actor may change: on one of their sites and readable to them; else not found. */
function requireWritable(ctx: AppContext, actor: Actor, locked: repo.LockedParagraph | undefined) {
  if (!locked || !maySeeSite(actor, locked.siteId) || !mayReadParagraph(actor, locked)) throw notFound();
  if (locked.removedAt !== null) {
    throw new AppError("PARAGRAPH_REMOVED", "This paragraph has been removed.");
  }
  const body =
    locked.restriction === "none" ? (locked.body ?? "") : ctx.cipher.decrypt(locked.bodySealed as Buffer);
  return { locked, body };
}

export async function updateParagraph(
  ctx: AppContext,
  actor: Actor,
  paragraphId: string,
  input: UpdateParagraphInput,
): Promise<ParagraphWrite> {
  requirePermission(actor, "diary.write");
  const book = await themeBook(ctx);
  const codeIds =
    input.visitorCodes === undefined ? undefined : await resolveCodes(ctx.db, input.visitorCodes);
  let saved: ParagraphState | undefined;
  try {
    saved = await ctx.db.transaction(async (tx) => {
      const now = ctx.clock.now();
      const { locked, body } = requireWritable(ctx, actor, await repo.lockParagraph(tx, paragraphId));
      if (locked.version !== input.version) throw new StaleVersion();
      const themeIds = input.themeIds === undefined ? locked.themeIds : unique(input.themeIds);
      const themes = themeProblem(themeIds, book.known, locked.themeIds, "themeIds");
      if (themes) throw refuse(themes);
      const restriction = input.restriction ?? locked.restriction;
      const target =
        input.restriction === undefined && input.restrictedRole === undefined
          ? {
              restrictedOrganisationId: locked.restrictedOrganisationId,
              restrictedRole: locked.restrictedRole,
            }
          : restrictionTarget(
              { restriction, restrictedRole: input.restrictedRole },
              locked.authorOrganisationId,
            );
      if (isProblem(target)) throw refuse(target);
      const state: ParagraphState = { body: input.body ?? body, restriction, ...target, themeIds };
      const version = locked.version + 1;
      await repo.updateParagraph(tx, paragraphId, {
        ...storedColumns(ctx, state),
        version,
        updatedAt: now,
        updatedBy: actor.accountId,
      });
      await repo.insertParagraphVersion(tx, {
        ...versionColumns(ctx, paragraphId, version, state),
        editedBy: actor.accountId,
        editedAt: now,
      });
      if (codeIds !== undefined) await repo.replaceParagraphCodes(tx, paragraphId, codeIds);
      await repo.refreshEntryThemes(tx, locked.entryId);
      if (state.restriction !== "none") {
        await audit(tx, ctx, actor, "DIARY_PARAGRAPH_RESTRICTED_WRITTEN", {
          siteId: locked.siteId,
          type: "diary_paragraph",
          id: paragraphId,
        });
      }
      return state;
    });
  } catch (error) {
    if (error instanceof StaleVersion) throw staleVersion(await presentOneParagraph(ctx, actor, paragraphId));
    throw error;
  }
  const view = await repo.findParagraph(ctx.db, paragraphId);
  if (!view) throw notFound();
  return {
    paragraph: toParagraph(
      { ...view, codes: view.codes.map(formatVisitorCode) },
      // An editor who restricted it to a role she does not hold no longer reads it.
      { readable: mayReadParagraph(actor, view), body: saved.body, mayWrite: true },
    ),
    suggestedThemeIds: input.body === undefined ? [] : suggestionsOf(input.body, book.rules, saved.themeIds),
    warnings: warningsOf("body", input.body),
  };
}

/** Removes a paragraph from the entry; it stays in the history, marked removed, for managers. */
export async function removeParagraph(ctx: AppContext, actor: Actor, paragraphId: string, version: number) {
  requirePermission(actor, "diary.write");
  try {
    await ctx.db.transaction(async (tx) => {
      const now = ctx.clock.now();
      const { locked, body } = requireWritable(ctx, actor, await repo.lockParagraph(tx, paragraphId));
      if (locked.version !== version) throw new StaleVersion();
      const next = locked.version + 1;
      await repo.updateParagraph(tx, paragraphId, {
        version: next,
        removedAt: now,
        removedBy: actor.accountId,
        updatedAt: now,
        updatedBy: actor.accountId,
      });
      await repo.insertParagraphVersion(tx, {
        ...versionColumns(ctx, paragraphId, next, { ...locked, body }),
        removed: true,
        editedBy: actor.accountId,
        editedAt: now,
      });
      await repo.refreshEntryThemes(tx, locked.entryId);
      await audit(tx, ctx, actor, "DIARY_PARAGRAPH_REMOVED", {
        siteId: locked.siteId,
        type: "diary_paragraph",
        id: paragraphId,
      });
    });
  } catch (error) {
    if (error instanceof StaleVersion) throw staleVersion(await presentOneParagraph(ctx, actor, paragraphId));
    throw error;
  }
  return { ok: true as const };
}

// History (managers)

export async function history(ctx: AppContext, actor: Actor, sessionId: string): Promise<EntryHistory> {
  requirePermission(actor, "diary.history");
  const session = await visibleSession(ctx.db, actor, sessionId);
  return ctx.db.transaction(async (tx) => {
    const entry = await repo.findEntryOfSession(tx, sessionId);
    if (!entry) return { sessionId, entryId: null, entryVersions: [], paragraphs: [] };
    const [entryVersions, paragraphs] = await Promise.all([
      repo.listEntryVersions(tx, entry.id),
      repo.listParagraphs(tx, entry.id, { removed: true }),
    ]);
    const versions = await repo.listParagraphVersions(
      tx,
      paragraphs.map((p) => p.id),
    );
    const editors = await repo.displayNames(
      tx,
      entryVersions.flatMap((v) => (v.editedBy ? [v.editedBy] : [])),
    );
    await audit(tx, ctx, actor, "DIARY_HISTORY_READ", {
      siteId: session.siteId,
      type: "diary_entry",
      id: entry.id,
    });
    const out: EntryHistory["paragraphs"] = [];
    for (const p of paragraphs) {
      let readRestricted = false;
      const mine = versions.filter((v) => v.paragraphId === p.id);
      const shown = mine.map((v) => {
        const readable = mayReadParagraph(actor, { ...v, authorId: p.authorId });
        if (readable && v.restriction !== "none") readRestricted = true;
        return {
          version: v.version,
          body: readable ? ctx.cipher.decrypt(v.bodySealed) : null,
          readable,
          restriction: v.restriction,
          restrictedRole:
            (v.restrictedRole as EntryHistory["paragraphs"][number]["versions"][number]["restrictedRole"]) ??
            null,
          themeIds: readable ? v.themeIds : [],
          removed: v.removed,
          editedBy: person(v.editedBy, v.editedByName),
          editedAt: iso(v.editedAt),
        };
      });
      if (readRestricted) {
        await audit(tx, ctx, actor, "DIARY_PARAGRAPH_READ", {
          siteId: session.siteId,
          type: "diary_paragraph",
          id: p.id,
        });
      }
      out.push({
        id: p.id,
        author: person(p.authorId, p.authorName),
        writtenAt: iso(p.writtenAt),
        removedAt: p.removedAt ? iso(p.removedAt) : null,
        removedBy: p.removedAt ? person(p.removedBy, p.removedByName) : null,
        versions: shown,
      });
    }
    return {
      sessionId,
      entryId: entry.id,
      entryVersions: entryVersions.map((v) => ({
        version: v.version,
        summary: v.summary,
        themeIds: v.themeIds,
        editedBy: person(v.editedBy, v.editedBy ? (editors.get(v.editedBy) ?? null) : null),
        editedAt: iso(v.editedAt),
      })),
      paragraphs: out,
    };
  });
}

// The themes page

export async function themeMonths(
  ctx: AppContext,
  actor: Actor,
  siteId: string,
  query: { from: string; to: string },
): Promise<ThemeMonths> {
  requirePermission(actor, "diary.write");
  requireSite(actor, siteId);
  const months = monthsBetween(query.from, query.to);
  if (isProblem(months)) throw refuse(months);
  await ensureBuiltInThemes(ctx.db);
  const { fromDate, toDate } = monthDates(query.from, query.to);
  const [counts, sessions, themes] = await Promise.all([
    repo.themeCounts(ctx.db, siteId, fromDate, toDate),
    repo.sessionsPerMonth(ctx.db, siteId, fromDate, toDate),
    repo.listThemes(ctx.db),
  ]);
  const used = new Set(counts.map((c) => c.theme_id));
  const perMonth = new Map(sessions.map((s) => [s.month, s.count]));
  const totals = new Map<string, number>();
  for (const c of counts) totals.set(c.theme_id, (totals.get(c.theme_id) ?? 0) + c.count);
  const shown = sortThemes(themes).filter((t) => t.archivedAt === null || used.has(t.id));
  return {
    from: query.from,
    to: query.to,
    months: months.map((month) => ({ month, entries: perMonth.get(month) ?? 0 })),
    themes: shown.map((t) => {
      const { rules: _rules, ...theme } = toTheme(t, []);
      return theme;
    }),
    cells: counts
      .map((c) => ({ themeId: c.theme_id, month: c.month, count: c.count }))
      .sort((a, b) => a.month.localeCompare(b.month) || a.themeId.localeCompare(b.themeId)),
    totals: shown.map((t) => ({ themeId: t.id, count: totals.get(t.id) ?? 0 })),
  };
}

export async function themeEntries(
  ctx: AppContext,
  actor: Actor,
  params: { siteId: string; themeId: string },
  month: string,
): Promise<ThemeEntries> {
  requirePermission(actor, "diary.write");
  requireSite(actor, params.siteId);
  await ensureBuiltInThemes(ctx.db);
  if (!(await repo.findTheme(ctx.db, params.themeId))) throw notFound();
  const { fromDate, toDate } = monthDates(month, month);
  const rows = await repo.entriesWithTheme(ctx.db, {
    siteId: params.siteId,
    themeId: params.themeId,
    fromDate,
    toDate,
  });
  return {
    themeId: params.themeId,
    month,
    items: rows.map((r) => ({
      sessionId: r.session_id,
      entryId: r.entry_id,
      date: r.date,
      startsAt: hhmm(r.starts_at),
      summary: r.summary,
      onEntry: r.on_entry,
      paragraphs: (r.paragraphs ?? []).map((p) => ({
        id: p.id,
        excerpt: shorten(p.body, 200),
        author: p.author ?? "Former staff member",
      })),
    })),
  };
}

// Search

export async function search(
  ctx: AppContext,
  actor: Actor,
  siteId: string,
  input: SearchInput,
): Promise<SearchResult> {
  requirePermission(actor, "diary.write");
  requireSite(actor, siteId);
  const site = await repo.findSite(ctx.db, siteId);
  if (!site) throw notFound();
  if (input.from && input.to && input.to < input.from) {
    throw fieldError("to", "END_BEFORE_START", "The last date must be on or after the first.");
  }
  if (input.themeId) {
    await ensureBuiltInThemes(ctx.db);
    if (!(await repo.findTheme(ctx.db, input.themeId))) {
      throw fieldError("themeId", "UNKNOWN_THEME", "Choose a theme from the list.");
    }
  }
  const code =
    input.visitorCode === undefined
      ? undefined
      : await visits.resolveTypedCode(ctx.db, "visitorCode", input.visitorCode);
  const rows = await repo.search(ctx.db, {
    siteId,
    timeZone: site.timeZone,
    accountId: actor.accountId,
    isManager: actor.role === "manager",
    q: input.q,
    from: input.from,
    to: input.to,
    authorId: input.authorId,
    themeId: input.themeId,
    visitorCodeId: code?.id,
    kinds: input.kinds ?? ["paragraph", "entry", "follow_up", "message"],
    limit: input.limit,
    offset: input.offset,
  });
  const page = rows.slice(0, input.limit);
  return {
    items: page.map((r) => ({
      kind: r.kind,
      id: r.id,
      sessionId: r.session_id,
      date: r.date,
      at: iso(r.at),
      author: r.author_id === null && r.author_name === null ? null : person(r.author_id, r.author_name),
      title: r.title,
      snippet: r.snippet,
      themeIds: r.theme_ids,
      visitorCodes: r.codes.map(formatVisitorCode),
      rank: Number(r.rank),
    })),
    nextOffset: rows.length > input.limit ? input.offset + input.limit : null,
  };
}

// For the handover (S2)

const SUMMARY_LENGTH = 400;

/**
 * The last diary entry of the site before a local date, in a few lines: its summary, or else the
 * start of its readable paragraphs; restricted paragraphs are only counted, never shown. Null when
 * the site has no entry before that date. The caller checks who may see the site.
 */
export async function lastEntrySummary(
  db: Queryable,
  siteId: string,
  beforeDate: string,
): Promise<LastEntrySummary | null> {
  const row = await repo.lastEntryBefore(db, siteId, beforeDate);
  if (!row) return null;
  return {
    entryId: row.entry_id,
    date: row.date,
    startsAt: hhmm(row.starts_at),
    headcount: row.headcount,
    paragraphCount: row.paragraphs,
    restrictedParagraphCount: row.restricted,
    authors: row.authors,
    summary: shorten(row.summary !== "" ? row.summary : (row.start ?? ""), SUMMARY_LENGTH),
  };
}
