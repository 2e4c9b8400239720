import { LIMITS } from "../../../common/limits";

/** The quick choices of the period picker. */
export const QUICK_PERIODS = ["thisMonth", "lastMonth", "thisYear", "last12Months"] as const;
export type QuickPeriod = (typeof QUICK_PERIODS)[number];

export interface Period {
  /** "YYYY-MM-DD", inclusive. */
  from: string;
  /** "YYYY-MM-DD", inclusive. */
  to: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MS = 86_400_000;

// Calendar days with no time zone: worked out in UTC so no browser zone can shift them.
const parse = (date: string) => new Date(`${date}T00:00:00Z`);
const format = (date: Date) => date.toISOString().slice(0, 10);
const utc = (year: number, month: number, day: number) => format(new Date(Date.UTC(year, month, day)));

/** A real calendar day written as "YYYY-MM-DD" ("2010-02-30" is not one). */
export function isDate(value: string): boolean {
  if (!DATE.test(value)) return false;
  const date = parse(value);
  return !Number.isNaN(date.getTime()) && format(date) === value;
}

/**
 * The period of a quick choice, seen from `today` (the site's today). Periods end today rather than
 * at the end of the month or year: days to come have no visits, and a period that ends today reads
 * as what it is.
 */
export function quickPeriod(choice: QuickPeriod, today: string): Period {
  const date = parse(today);
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth();
  switch (choice) {
    case "thisMonth":
      return { from: utc(year, month, 1), to: today };
    case "lastMonth":
      // Day 0 of this month is the last day of the month before.
      return { from: utc(year, month - 1, 1), to: utc(year, month, 0) };
    case "thisYear":
      return { from: utc(year, 0, 1), to: today };
    case "last12Months": {
      // Twelve whole months that end today start the day after this day a year ago. When that day
      // does not exist (29 February), Date rolls it to 1 March, which is then the first day itself.
      const sameDay = new Date(Date.UTC(year - 1, month, date.getUTCDate()));
      const start = sameDay.getUTCMonth() === month ? new Date(sameDay.getTime() + DAY_MS) : sameDay;
      return { from: format(start), to: today };
    }
  }
}

/** The quick choice a period is, if it is one (so its button shows as chosen). */
export function matchingQuickPeriod(period: Period, today: string): QuickPeriod | null {
  return (
    QUICK_PERIODS.find((choice) => {
      const quick = quickPeriod(choice, today);
      return quick.from === period.from && quick.to === period.to;
    }) ?? null
  );
}

/** Days in a period, both ends included. */
export const periodDays = (period: Period) =>
  Math.round((parse(period.to).getTime() - parse(period.from).getTime()) / DAY_MS) + 1;

export type PeriodProblem = "fromMissing" | "toMissing" | "reversed" | "tooLong";

/** What is wrong with a period before it is sent, by field; empty when it can be asked for. */
export function periodProblems(period: Period): { from?: PeriodProblem; to?: PeriodProblem } {
  if (!isDate(period.from)) return { from: "fromMissing", ...(isDate(period.to) ? {} : { to: "toMissing" }) };
  if (!isDate(period.to)) return { to: "toMissing" };
  if (period.to < period.from) return { to: "reversed" };
  if (periodDays(period) > LIMITS.doorReportMaxDays) return { to: "tooLong" };
  return {};
}

export const isValidPeriod = (period: Period) => Object.keys(periodProblems(period)).length === 0;
