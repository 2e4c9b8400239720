import type { ThemeMonths } from "../../../common/contracts/diary";

/** A theme's name in the interface language (Danish or English; both are always there). */
export function themeName(theme: { names: { da: string; en: string } }, language: string): string {
  return language.startsWith("da") ? theme.names.da : theme.names.en;
}

// Months

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** "2010-03" → { year: 2010, month: 3 }, or null for anything else. */
export function parseMonth(text: string): { year: number; month: number } | null {
  const match = MONTH.exec(text);
  return match ? { year: Number(match[1]), month: Number(match[2]) } : null;
}

export function formatMonthKey(year: number, month: number): string {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}`;
}

/** The month `count` months after (or before, when negative) `month`. */
export function addMonths(month: string, count: number): string {
  const parsed = parseMonth(month);
  if (!parsed) return month;
  const index = parsed.year * 12 + (parsed.month - 1) + count;
  return formatMonthKey(Math.floor(index / 12), (index % 12) + 1);
}

/** Months from `from` to `to`, both included; 0 when the range is reversed. */
export function monthsBetween(from: string, to: string): number {
  const a = parseMonth(from);
  const b = parseMonth(to);
  if (!a || !b) return 0;
  const count = b.year * 12 + b.month - (a.year * 12 + a.month) + 1;
  return Math.max(0, count);
}

/** "March 2010" ("marts 2010"). */
export function formatMonth(month: string, language: string, style: "long" | "short" = "long"): string {
  const parsed = parseMonth(month);
  if (!parsed) return month;
  return new Intl.DateTimeFormat(language, { month: style, year: "numeric", timeZone: "UTC" }).format(
    new Date(Date.UTC(parsed.year, parsed.month - 1, 1)),
  );
}

/** The default range of the themes page: the twelve months up to and including this one. */
export function lastTwelveMonths(today: string): { from: string; to: string } {
  const to = today.slice(0, 7);
  return { from: addMonths(to, -11), to };
}

/** A month range as the page's fields have it, checked before it is sent. */
export type MonthRangeProblem = "invalid" | "reversed" | "tooLong";
export function monthRangeProblem(from: string, to: string, max: number): MonthRangeProblem | null {
  if (!parseMonth(from) || !parseMonth(to)) return "invalid";
  if (to < from) return "reversed";
  if (monthsBetween(from, to) > max) return "tooLong";
  return null;
}

// Search snippets

export interface SnippetPart {
  text: string;
  match: boolean;
}

/** "… the «doctor» said …" → parts, the matched words marked (the server wraps them in «…»). */
export function snippetParts(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  const pattern = /«([^«»]*)»/g;
  let last = 0;
  for (const found of snippet.matchAll(pattern)) {
    const at = found.index ?? 0;
    if (at > last) parts.push({ text: snippet.slice(last, at), match: false });
    if (found[1]) parts.push({ text: found[1], match: true });
    last = at + found[0].length;
  }
  if (last < snippet.length) parts.push({ text: snippet.slice(last), match: false });
  return parts;
}

// The themes page

export interface ThemeTableRow {
  month: string;
  /** Entries of the month, written or not. */
  entries: number;
  /** Count per theme id; 0 where no entry carried it. */
  counts: Record<string, number>;
}

export interface ThemeTable {
  rows: ThemeTableRow[];
  /** The largest single count, for bars drawn to scale (at least 1). */
  max: number;
  totals: Record<string, number>;
  /** The largest total, for the totals bars (at least 1). */
  maxTotal: number;
}

/** The month × theme table of the themes page, from the API's sparse cells. */
export function themeTable(data: ThemeMonths): ThemeTable {
  const cells = new Map<string, number>();
  for (const cell of data.cells) cells.set(`${cell.month}|${cell.themeId}`, cell.count);
  let max = 1;
  const rows = data.months.map(({ month, entries }) => {
    const counts: Record<string, number> = {};
    for (const theme of data.themes) {
      const count = cells.get(`${month}|${theme.id}`) ?? 0;
      counts[theme.id] = count;
      max = Math.max(max, count);
    }
    return { month, entries, counts };
  });
  const totals: Record<string, number> = {};
  for (const theme of data.themes) totals[theme.id] = 0;
  for (const total of data.totals) totals[total.themeId] = total.count;
  const maxTotal = Math.max(1, ...Object.values(totals));
  return { rows, max, totals, maxTotal };
}

/** A bar's width in percent of its column: a count above 0 always shows a sliver. */
export function barPercent(count: number, max: number): number {
  if (count <= 0 || max <= 0) return 0;
  return Math.max(4, Math.round((count / max) * 100));
}
