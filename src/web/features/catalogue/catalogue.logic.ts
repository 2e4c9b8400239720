import type { FieldError } from "../../../common/errors";
import { LIMITS } from "../../../common/limits";

/**
 * The languages a service or supply can be named in: the staff languages first (both required),
 * then the visitors' languages, so the door can show her the name in her own.
 */
export const NAME_LANGUAGES = ["da", "en", "ro", "bg", "es", "hu", "sk", "ru", "fr", "th"] as const;
export const REQUIRED_NAME_LANGUAGES = ["da", "en"] as const;
export type NameLanguage = (typeof NAME_LANGUAGES)[number];

export const isRequiredNameLanguage = (language: string) =>
  (REQUIRED_NAME_LANGUAGES as readonly string[]).includes(language);

/** The name in the reader's language, else English, else Danish, else whichever there is. */
export function displayName(names: Record<string, string>, language: string): string {
  return names[language] || names.en || names.da || Object.values(names).find(Boolean) || "";
}

/** The languages a form shows, in the fixed order above; Danish and English always. */
export function shownNameLanguages(names: Record<string, string>): string[] {
  const present = Object.keys(names);
  const known = NAME_LANGUAGES.filter((l) => isRequiredNameLanguage(l) || present.includes(l));
  const others = present.filter((l) => !(NAME_LANGUAGES as readonly string[]).includes(l)).sort();
  return [...known, ...others];
}

/** Languages not yet in the form that can be added. */
export const addableNameLanguages = (names: Record<string, string>): NameLanguage[] =>
  NAME_LANGUAGES.filter((l) => !(l in names));

/** What the API gets: names trimmed, optional languages left empty dropped. */
export function namesForSave(names: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [language, name] of Object.entries(names)) {
    const trimmed = name.trim();
    if (trimmed || isRequiredNameLanguage(language)) out[language] = trimmed;
  }
  return out;
}

interface Positioned {
  id: string;
  position: number;
}

/** The list in the order the door shows it: by position, ties kept in the order the server sent. */
export function byPosition<T extends Positioned>(items: readonly T[]): T[] {
  return items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => a.item.position - b.item.position || a.index - b.index)
    .map(({ item }) => item);
}

export type Direction = "up" | "down";

export interface Move<T> {
  /** The new order. */
  order: T[];
  /** Only the items whose position has to change, with their new position. */
  changes: { id: string; position: number }[];
  /** Where the moved item ends up, counting from 1. */
  place: number;
}

/**
 * Moves one item a place up or down. Positions are renumbered 0, 1, 2… in the new order, so a list
 * whose positions tie or have gaps becomes orderly, and only items that really move are saved
 * (usually two). Null when the item is already first (up) or last (down), or unknown.
 */
export function moveItem<T extends Positioned>(
  items: readonly T[],
  id: string,
  direction: Direction,
): Move<T> | null {
  const order = byPosition(items);
  const from = order.findIndex((item) => item.id === id);
  if (from < 0) return null;
  const to = direction === "up" ? from - 1 : from + 1;
  if (to < 0 || to >= order.length) return null;
  const moved = order[from] as T;
  order[from] = order[to] as T;
  order[to] = moved;
  const changes: { id: string; position: number }[] = [];
  const renumbered = order.map((item, index) => {
    if (item.position === index) return item;
    changes.push({ id: item.id, position: index });
    return { ...item, position: index };
  });
  return { order: renumbered, changes, place: to + 1 };
}

/** The next position for an item added at the end. */
export const nextPosition = (items: readonly Positioned[]) =>
  Math.min(
    1000,
    items.reduce((max, item) => Math.max(max, item.position + 1), 0),
  );

/** A limit as the form holds it ("" or a number) as the API takes it: empty means no limit. */
export function limitFromInput(value: number | string): number | null {
  if (value === "" || value === null || value === undefined) return null;
  const n = typeof value === "number" ? value : Number(value);
  return Number.isFinite(n) ? n : null;
}

/** Refusal of a limit field, or null: a whole number from 1 to the maximum, or empty. */
export function limitProblem(value: number | string): "whole" | "range" | null {
  const limit = limitFromInput(value);
  if (value !== "" && limit === null) return "whole";
  if (limit === null) return null;
  if (!Number.isInteger(limit)) return "whole";
  return limit >= 1 && limit <= LIMITS.limitMax ? null : "range";
}

export type StockChangeKind = "delivery" | "count" | "removal";

/**
 * The change of stock to record. A delivery adds what came; a count gives the number on the shelf,
 * and the change is the difference from what Pusterum holds; a removal takes away what was thrown
 * out or given elsewhere. Null when the amount is missing or makes no change.
 */
export function stockDelta(
  kind: StockChangeKind,
  amount: number | string,
  currentStock: number,
): number | null {
  if (amount === "" || typeof amount !== "number" || !Number.isInteger(amount) || amount < 0) return null;
  const delta = kind === "delivery" ? amount : kind === "removal" ? -amount : amount - currentStock;
  return delta === 0 ? null : delta;
}

/**
 * Where the server's field errors go in a catalogue form. `names.da` goes to its field; "names"
 * alone (Danish or English missing) goes to the first required name that is empty; top-level
 * fields go to their field. Paths the form does not show are left over for the message above it.
 */
export function placeFieldErrors(
  fieldErrors: readonly FieldError[],
  values: { names?: Record<string, string> } & Record<string, unknown>,
): { errors: Record<string, FieldError>; unplaced: boolean } {
  const errors: Record<string, FieldError> = {};
  let unplaced = false;
  const put = (path: string, error: FieldError) => {
    errors[path] ??= error;
  };
  for (const error of fieldErrors) {
    const [head, language] = error.path.split(".");
    if (head === "names" && values.names) {
      if (language && language in values.names) {
        put(`names.${language}`, error);
        continue;
      }
      if (!language) {
        const missing = REQUIRED_NAME_LANGUAGES.find((l) => !values.names?.[l]?.trim()) ?? "da";
        put(`names.${missing}`, error);
        continue;
      }
      unplaced = true;
      continue;
    }
    if (head && head in values) {
      put(head, error);
      continue;
    }
    unplaced = true;
  }
  return { errors, unplaced };
}
