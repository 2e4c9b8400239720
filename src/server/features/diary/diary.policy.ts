/**
 * The diary's pure rules: who reads a restricted paragraph, what a restriction must name, which
 * themes a text suggests, what looks like personal data, month ranges and cursors.
 */
import type { Restriction, TextWarning } from "../../../common/contracts/diary.js";
import { type KeywordRule, suggestThemes } from "../../../common/diary-themes.js";
import type { ErrorCode, FieldError } from "../../../common/errors.js";
import { LIMITS } from "../../../common/limits.js";
import { can, type Role } from "../../../common/permissions.js";
import { personalDataWarnings } from "../../../common/personal-data.js";
import type { Actor } from "../../context.js";

export type FieldProblem = FieldError & { code: ErrorCode };

export interface RestrictedParts {
  authorId: string | null;
  restriction: Restriction;
  restrictedOrganisationId: string | null;
  restrictedRole: string | null;
}

/**
 * A paragraph restricted to an organisation is read by its staff, one restricted to a role by
 * holders of that role; the author always reads her own. Unrestricted paragraphs are read by all.
 */
export function mayReadParagraph(
  actor: Pick<Actor, "accountId" | "organisationId" | "role">,
  p: RestrictedParts,
) {
  if (p.restriction === "none") return true;
  if (p.authorId !== null && p.authorId === actor.accountId) return true;
  if (p.restriction === "organisation") return p.restrictedOrganisationId === actor.organisationId;
  return p.restrictedRole === actor.role;
}

/** Where the restriction points: the author's organisation, or a role that writes the diary. */
export function restrictionTarget(
  input: { restriction: Restriction; restrictedRole?: Role | undefined },
  authorOrganisationId: string,
): { restrictedOrganisationId: string | null; restrictedRole: Role | null } | FieldProblem {
  if (input.restriction !== "role" && input.restrictedRole !== undefined) {
    return {
      path: "restrictedRole",
      code: "VALIDATION_FAILED",
      message: "A role is only named when the paragraph is restricted to a role.",
    };
  }
  if (input.restriction === "none") return { restrictedOrganisationId: null, restrictedRole: null };
  if (input.restriction === "organisation") {
    return { restrictedOrganisationId: authorOrganisationId, restrictedRole: null };
  }
  if (input.restrictedRole === undefined) {
    return {
      path: "restrictedRole",
      code: "VALIDATION_FAILED",
      message: "Choose the role that may read it.",
    };
  }
  if (!can(input.restrictedRole, "diary.write")) {
    return {
      path: "restrictedRole",
      code: "VALIDATION_FAILED",
      message: "This role does not read the diary: choose another.",
    };
  }
  return { restrictedOrganisationId: null, restrictedRole: input.restrictedRole };
}

export const isProblem = (value: object): value is FieldProblem => "code" in value && "path" in value;

/**
 * Chosen themes must exist; an archived one may stay where it already was, never be newly chosen.
 */
export function themeProblem(
  chosen: readonly string[],
  known: ReadonlyMap<string, { archived: boolean }>,
  already: readonly string[],
  path: string,
): FieldProblem | null {
  for (const [i, id] of chosen.entries()) {
    const theme = known.get(id);
    if (!theme || (theme.archived && !already.includes(id))) {
      return { path: `${path}.${i}`, code: "UNKNOWN_THEME", message: "Choose a theme from the list." };
    }
  }
  return null;
}

export const unique = <T>(values: readonly T[]) => [...new Set(values)];

/** Personal-data warnings of a text, on its field. The text is saved all the same. */
export const warningsOf = (path: string, text: string | undefined): TextWarning[] =>
  text === undefined ? [] : personalDataWarnings(text).map((warning) => ({ path, warning }));

/** The themes the text suggests beyond those chosen, from the rules of themes still in use. */
export const suggestionsOf = (text: string, rules: readonly KeywordRule[], chosen: readonly string[]) =>
  suggestThemes(text, rules, chosen);

/** A text shortened at a word boundary, with an ellipsis when cut. */
export function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

// Months

export const monthIndex = (month: string) => {
  const [year, m] = month.split("-").map(Number);
  return (year ?? 0) * 12 + ((m ?? 1) - 1);
};
export const monthOf = (index: number) =>
  `${String(Math.floor(index / 12)).padStart(4, "0")}-${String((index % 12) + 1).padStart(2, "0")}`;

/** Every month from `from` to `to`, or a field problem for a backward or too long range. */
export function monthsBetween(from: string, to: string): string[] | FieldProblem {
  const a = monthIndex(from);
  const b = monthIndex(to);
  if (b < a)
    return { path: "to", code: "END_BEFORE_START", message: "The last month must be on or after the first." };
  if (b - a + 1 > LIMITS.diaryThemeMonthsMax) {
    return {
      path: "to",
      code: "VALIDATION_FAILED",
      message: `Ask for at most ${LIMITS.diaryThemeMonthsMax} months at a time.`,
    };
  }
  return Array.from({ length: b - a + 1 }, (_, i) => monthOf(a + i));
}

/** The first and last calendar dates of a month range. */
export function monthDates(from: string, to: string) {
  const last = monthIndex(to) + 1;
  const next = monthOf(last);
  const end = new Date(`${next}-01T00:00:00Z`);
  end.setUTCDate(0);
  return { fromDate: `${from}-01`, toDate: end.toISOString().slice(0, 10) };
}

// Cursors of the entry list: "<date>_<HH:MM:SS>_<session id>"

export function encodeCursor(row: { date: string; startsAt: string; id: string }) {
  return `${row.date}_${row.startsAt}_${row.id}`;
}

export function decodeCursor(cursor: string | undefined) {
  if (cursor === undefined) return undefined;
  const match = /^(\d{4}-\d{2}-\d{2})_(\d{2}:\d{2}(?::\d{2})?)_([0-9a-f-]{36})$/.exec(cursor);
  if (!match) return null;
  return { date: match[1] as string, startsAt: match[2] as string, id: match[3] as string };
}
