/**
 * Rows → responses. A restricted paragraph the actor may not read keeps only its author, time and
 * restriction: never its text, themes or codes.
 */
import type {
  Entry,
  EntryListItem,
  Paragraph,
  SessionFacts,
  Theme,
} from "../../../common/contracts/diary.js";
import type { Role } from "../../../common/permissions.js";
import type {
  EntryListRow,
  EntryRow,
  KeywordRuleRow,
  ParagraphView,
  SessionRow,
  ThemeRow,
} from "./diary.repository.js";

/** An account removed since (its id set to null) still shows as someone. */
export const FORMER_STAFF = "Former staff member";

export const person = (accountId: string | null, displayName: string | null | undefined) => ({
  accountId,
  displayName: accountId === null ? FORMER_STAFF : (displayName ?? FORMER_STAFF),
});

export const hhmm = (time: string) => time.slice(0, 5);
export const iso = (at: Date | string) => (at instanceof Date ? at : new Date(at)).toISOString();

export function toParagraph(
  view: ParagraphView,
  options: { readable: boolean; body: string | null; mayWrite: boolean },
): Paragraph {
  const edited = view.version > 1 && view.updatedBy !== null;
  return {
    id: view.id,
    entryId: view.entryId,
    sessionId: view.sessionId,
    version: view.version,
    author: person(view.authorId, view.authorName),
    writtenAt: iso(view.writtenAt),
    updatedAt: iso(view.updatedAt),
    editedBy: edited ? person(view.updatedBy, view.updatedByName) : null,
    restriction: view.restriction,
    restrictedRole: (view.restrictedRole as Role | null) ?? null,
    restrictedOrganisation:
      view.restrictedOrganisationId === null
        ? null
        : { id: view.restrictedOrganisationId, name: view.restrictedOrganisationName ?? "" },
    readable: options.readable,
    body: options.readable ? options.body : null,
    themeIds: options.readable ? view.themeIds : [],
    visitorCodes: options.readable ? view.codes : [],
    can: {
      edit: options.readable && options.mayWrite && view.removedAt === null,
      remove: options.readable && options.mayWrite && view.removedAt === null,
    },
  };
}

export function toDiarySession(session: SessionRow): Entry["session"] {
  return {
    id: session.id,
    siteId: session.siteId,
    siteName: session.siteName,
    date: session.date,
    startsAt: hhmm(session.startsAt),
    endsAt: hhmm(session.endsAt),
    state: session.closedAt === null ? "open" : "closed",
  };
}

export function toEntry(options: {
  session: SessionRow;
  entry: EntryRow | undefined;
  updatedByName: string | null;
  facts: SessionFacts;
  paragraphs: Paragraph[];
  can: Entry["can"];
}): Entry {
  const { entry } = options;
  return {
    id: entry?.id ?? null,
    session: toDiarySession(options.session),
    summary: entry?.summary ?? "",
    themeIds: entry?.themeIds ?? [],
    version: entry?.version ?? 0,
    updatedAt: entry ? iso(entry.updatedAt) : null,
    updatedBy: entry ? person(entry.updatedBy, options.updatedByName) : null,
    facts: options.facts,
    paragraphs: options.paragraphs,
    can: options.can,
  };
}

export function toEntryListItem(row: EntryListRow): EntryListItem {
  return {
    sessionId: row.session_id,
    entryId: row.entry_id,
    date: row.date,
    startsAt: hhmm(row.starts_at),
    endsAt: hhmm(row.ends_at),
    state: row.closed_at === null ? "open" : "closed",
    summary: row.summary ?? "",
    themeIds: row.theme_ids,
    paragraphs: row.paragraphs,
    restrictedParagraphs: row.restricted,
    authors: row.authors,
    updatedAt: row.updated_at ? iso(row.updated_at) : null,
  };
}

export function toTheme(row: ThemeRow, rules: readonly KeywordRuleRow[]): Theme {
  return {
    id: row.id,
    key: row.key,
    names: { da: row.nameDa, en: row.nameEn },
    builtIn: row.key !== null,
    archived: row.archivedAt !== null,
    rules: rules
      .filter((r) => r.themeId === row.id)
      .map((r) => ({ id: r.id, themeId: r.themeId, language: r.language, keyword: r.keyword })),
  };
}
