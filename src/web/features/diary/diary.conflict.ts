import type {
  Entry,
  Paragraph,
  Restriction,
  UpdateEntryBody,
  UpdateParagraphBody,
} from "../../../common/contracts/diary";
import type { Role } from "../../../common/permissions";
import { isApiError } from "../../api/client";

/**
 * Two staff editing the same text: paragraphs are separate records, so a new paragraph never
 * conflicts. An edit of a paragraph (or of the summary) sends the version it started from; when a
 * colleague saved first the server answers 409 STALE_VERSION, and the page shows both versions side
 * by side. Nothing is lost: mine stays in the draft until the person chooses.
 */

/** The fields of a paragraph a person edits. */
export interface ParagraphFields {
  body: string;
  themeIds: string[];
  restriction: Restriction;
  restrictedRole: Role | null;
  visitorCodes: string[];
}

/** A 409 because someone saved the same text first. */
export const isStaleVersion = (error: unknown): boolean =>
  isApiError(error) && error.status === 409 && error.code === "STALE_VERSION";

/** The paragraph was removed meanwhile (kept only in the history). */
export const isRemovedMeanwhile = (error: unknown): boolean =>
  isApiError(error) && (error.code === "PARAGRAPH_REMOVED" || error.code === "NOT_FOUND");

/** A refusal that will not change by trying again: the draft is kept and the reason shown. */
export function isFinalRefusal(error: unknown): boolean {
  if (!isApiError(error)) return false;
  return error.status >= 400 && error.status < 500 && error.status !== 401 && error.status !== 408;
}

/** A failure the connection explains: worth sending again when it returns. */
export function isConnectionFailure(error: unknown): boolean {
  if (!isApiError(error)) return true;
  return error.code === "NETWORK_ERROR" || error.status === 0 || error.status >= 500 || error.status === 408;
}

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && [...a].sort().join("\n") === [...b].sort().join("\n");

/** Codes compared as printed: small letters, spaces and dashes do not matter. */
const codeKey = (code: string) => code.toUpperCase().replace(/[\s-]/g, "");

export function paragraphFieldsOf(paragraph: Paragraph): ParagraphFields {
  return {
    body: paragraph.body ?? "",
    themeIds: paragraph.themeIds,
    restriction: paragraph.restriction,
    restrictedRole: paragraph.restrictedRole,
    visitorCodes: paragraph.visitorCodes,
  };
}

/**
 * The change to send: only the fields that differ from `from` (the version it is sent over), with
 * `from`'s version. Null when nothing differs: saving would change nothing.
 */
export function paragraphChange(
  mine: ParagraphFields,
  from: ParagraphFields,
  version: number,
): UpdateParagraphBody | null {
  const change: UpdateParagraphBody = { version };
  let changed = false;
  if (mine.body.trim() !== from.body.trim()) {
    change.body = mine.body;
    changed = true;
  }
  if (!sameSet(mine.themeIds, from.themeIds)) {
    change.themeIds = mine.themeIds;
    changed = true;
  }
  const restrictionChanged =
    mine.restriction !== from.restriction ||
    (mine.restriction === "role" && mine.restrictedRole !== from.restrictedRole);
  if (restrictionChanged) {
    change.restriction = mine.restriction;
    if (mine.restriction === "role" && mine.restrictedRole) change.restrictedRole = mine.restrictedRole;
    changed = true;
  }
  if (!sameSet(mine.visitorCodes.map(codeKey), from.visitorCodes.map(codeKey))) {
    change.visitorCodes = mine.visitorCodes;
    changed = true;
  }
  return changed ? change : null;
}

/** What the conflict view shows: my version against the one saved now, and what differs. */
export interface ParagraphConflict {
  mine: ParagraphFields;
  /** As it is saved now; null when it was removed meanwhile. */
  theirs: Paragraph | null;
  /** The fields that differ, for the view to mark. */
  differs: { body: boolean; themes: boolean; restriction: boolean; codes: boolean };
}

export function describeConflict(mine: ParagraphFields, theirs: Paragraph | null): ParagraphConflict {
  if (!theirs) return { mine, theirs, differs: { body: true, themes: true, restriction: true, codes: true } };
  const change = paragraphChange(mine, paragraphFieldsOf(theirs), theirs.version);
  return {
    mine,
    theirs,
    differs: {
      body: change?.body !== undefined,
      themes: change?.themeIds !== undefined,
      restriction: change?.restriction !== undefined,
      codes: change?.visitorCodes !== undefined,
    },
  };
}

/**
 * "Keep mine": my version saved over theirs, sent with their version (so a third edit meanwhile is
 * caught again). Null when theirs is gone (mine is then added as a new paragraph instead) or when
 * both already say the same.
 */
export function keepMine(conflict: ParagraphConflict): UpdateParagraphBody | null {
  if (!conflict.theirs) return null;
  return paragraphChange(conflict.mine, paragraphFieldsOf(conflict.theirs), conflict.theirs.version);
}

/** The paragraph as it stands now, out of a fresh copy of its entry. */
export function currentParagraph(entry: Entry | undefined, paragraphId: string): Paragraph | null {
  return entry?.paragraphs.find((p) => p.id === paragraphId) ?? null;
}

/** The `current` a STALE_VERSION problem may carry, when it is this paragraph. */
export function paragraphFromProblem(current: unknown, paragraphId: string): Paragraph | null {
  if (typeof current !== "object" || current === null) return null;
  const candidate = current as Partial<Paragraph>;
  return candidate.id === paragraphId && typeof candidate.version === "number"
    ? (candidate as Paragraph)
    : null;
}

/** Words of my text that theirs does not have, and theirs that mine does not: marked in the view. */
export function wordDiff(mine: string, theirs: string): { mine: DiffPart[]; theirs: DiffPart[] } {
  const a = tokens(mine);
  const b = tokens(theirs);
  // Longest common subsequence over words; paragraphs are at most a few hundred words.
  const rows = a.length + 1;
  const cols = b.length + 1;
  if (rows * cols > 2_000_000) {
    return { mine: [{ text: mine, changed: true }], theirs: [{ text: theirs, changed: true }] };
  }
  const table = new Uint16Array(rows * cols);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      table[i * cols + j] =
        a[i] === b[j]
          ? (table[(i + 1) * cols + j + 1] ?? 0) + 1
          : Math.max(table[(i + 1) * cols + j] ?? 0, table[i * cols + j + 1] ?? 0);
    }
  }
  const outA: DiffPart[] = [];
  const outB: DiffPart[] = [];
  const push = (out: DiffPart[], text: string, changed: boolean) => {
    const last = out[out.length - 1];
    if (last && last.changed === changed) last.text += text;
    else out.push({ text, changed });
  };
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const wordA = a[i];
    const wordB = b[j];
    if (wordA !== undefined && wordB !== undefined && wordA === wordB) {
      push(outA, wordA, false);
      push(outB, wordB, false);
      i++;
      j++;
    } else if (
      wordB === undefined ||
      (wordA !== undefined && (table[(i + 1) * cols + j] ?? 0) >= (table[i * cols + j + 1] ?? 0))
    ) {
      push(outA, wordA ?? "", !isSpace(wordA ?? ""));
      i++;
    } else {
      push(outB, wordB, !isSpace(wordB));
      j++;
    }
  }
  return { mine: outA, theirs: outB };
}

export interface DiffPart {
  text: string;
  changed: boolean;
}

const tokens = (text: string) => text.match(/\s+|[^\s]+/g) ?? [];
const isSpace = (text: string) => /^\s+$/.test(text);

/** The evening's summary and the entry's own themes, as a person edits them. */
export interface SummaryFields {
  summary: string;
  themeIds: string[];
}

/** The change of the summary to send over `from` (the entry as it is), or null when nothing differs. */
export function summaryChange(mine: SummaryFields, from: Entry): UpdateEntryBody | null {
  const change: UpdateEntryBody = { version: from.version };
  let changed = false;
  if (mine.summary.trim() !== from.summary.trim()) {
    change.summary = mine.summary;
    changed = true;
  }
  if (!sameSet(mine.themeIds, from.themeIds)) {
    change.themeIds = mine.themeIds;
    changed = true;
  }
  return changed ? change : null;
}
