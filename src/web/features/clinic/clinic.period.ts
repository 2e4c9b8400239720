import { LIMITS } from "../../../common/limits";
import { isDate, type Period, periodDays } from "../door-report/door-report.period";

export type ClinicPeriodProblem = "fromMissing" | "toMissing" | "reversed" | "tooLong";

/**
 * What is wrong with a period of the clinic's statistics, by field; empty when it can be asked for.
 * The clinic's figures may span ten years (turnaround over a decade), the door's a year.
 */
export function clinicPeriodProblems(period: Period): {
  from?: ClinicPeriodProblem;
  to?: ClinicPeriodProblem;
} {
  if (!isDate(period.from)) return { from: "fromMissing", ...(isDate(period.to) ? {} : { to: "toMissing" }) };
  if (!isDate(period.to)) return { to: "toMissing" };
  if (period.to < period.from) return { to: "reversed" };
  if (periodDays(period) > LIMITS.clinicStatisticsMaxDays) return { to: "tooLong" };
  return {};
}

export const isValidClinicPeriod = (period: Period) => Object.keys(clinicPeriodProblems(period)).length === 0;

/** The quick choices of the clinic's period picker: the door's four, and the last ten years. */
export const CLINIC_QUICK_PERIODS = [
  "thisMonth",
  "lastMonth",
  "thisYear",
  "last12Months",
  "last10Years",
] as const;
export type ClinicQuickPeriod = (typeof CLINIC_QUICK_PERIODS)[number];

const parse = (date: string) => new Date(`${date}T00:00:00Z`);
const format = (date: Date) => date.toISOString().slice(0, 10);

/** Ten whole years that end today start the day after this day ten years ago. */
export function lastTenYears(today: string): Period {
  const date = parse(today);
  const sameDay = new Date(Date.UTC(date.getUTCFullYear() - 10, date.getUTCMonth(), date.getUTCDate()));
  const start =
    sameDay.getUTCMonth() === date.getUTCMonth() ? new Date(sameDay.getTime() + 86_400_000) : sameDay;
  return { from: format(start), to: today };
}
