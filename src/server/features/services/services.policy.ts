/**
 * Pure rules of the services feature: the limits every staff member applies alike, and the week
 * they count over.
 */
import { addDays, isoWeekday, localDateTime, zonedInstant } from "../sites/local-time.js";

export interface ItemLimits {
  limitPerVisit: number | null;
  limitPerWeek: number | null;
}

export interface HandoutRequest {
  itemId: string;
  quantity: number;
}

/** One line of a handout that goes over a limit: which, and what she had before this line. */
export interface LimitBreach {
  index: number;
  itemId: string;
  kind: "visit" | "week";
  limit: number;
  /** What she already had before this request (this visit, or this week for her code). */
  already: number;
  /** What this request asked for of the item up to and including this line. */
  requested: number;
}

/**
 * Checks each line of a handout against the item's limits, counting what she already had and the
 * earlier lines of the same request. A line is over when the running total passes a limit; the
 * per-week limit counts only for a visit with a code (an anonymous visit cannot be linked to others).
 * Returns the first breach of each line that has one (the per-visit limit is named first).
 */
export function limitBreaches(options: {
  lines: HandoutRequest[];
  limits: Map<string, ItemLimits>;
  visitAlready: Map<string, number>;
  /** Null for an anonymous visit. */
  weekAlready: Map<string, number> | null;
}): LimitBreach[] {
  const requestedSoFar = new Map<string, number>();
  const breaches: LimitBreach[] = [];
  options.lines.forEach((line, index) => {
    const limits = options.limits.get(line.itemId);
    const requested = (requestedSoFar.get(line.itemId) ?? 0) + line.quantity;
    requestedSoFar.set(line.itemId, requested);
    if (!limits) return;
    const visitAlready = options.visitAlready.get(line.itemId) ?? 0;
    if (limits.limitPerVisit !== null && visitAlready + requested > limits.limitPerVisit) {
      breaches.push({
        index,
        itemId: line.itemId,
        kind: "visit",
        limit: limits.limitPerVisit,
        already: visitAlready,
        requested,
      });
      return;
    }
    if (options.weekAlready === null || limits.limitPerWeek === null) return;
    const weekAlready = options.weekAlready.get(line.itemId) ?? 0;
    if (weekAlready + requested > limits.limitPerWeek) {
      breaches.push({
        index,
        itemId: line.itemId,
        kind: "week",
        limit: limits.limitPerWeek,
        already: weekAlready,
        requested,
      });
    }
  });
  return breaches;
}

/** The message of a LIMIT_EXCEEDED field error: the limit, and what she already had. */
export function limitMessage(breach: LimitBreach): string {
  const period = breach.kind === "visit" ? "visit" : "week";
  const had = breach.kind === "visit" ? "this visit" : "this week (Monday to Sunday)";
  return `The limit is ${breach.limit} per ${period}; she already had ${breach.already} ${had}. Give a reason to hand out more.`;
}

/** The message of an OUT_OF_STOCK field error on a handout. */
export const outOfStockMessage = (left: number) =>
  left === 0 ? "None left in stock." : `Only ${left} left in stock.`;

/**
 * The ISO week (Monday 00:00 to the next Monday 00:00, local time in the site's zone) that holds an
 * instant, as two instants: [from, to).
 */
export function weekAround(instant: Date, timeZone: string): { from: Date; to: Date } {
  const { date } = localDateTime(instant, timeZone);
  const monday = addDays(date, 1 - isoWeekday(date));
  return {
    from: zonedInstant(monday, "00:00", timeZone),
    to: zonedInstant(addDays(monday, 7), "00:00", timeZone),
  };
}
