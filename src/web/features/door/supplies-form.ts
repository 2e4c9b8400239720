import type { z } from "zod";
import type { RecordSuppliesBodySchema, SupplyItem } from "../../../common/contracts/services";
import type { Visit } from "../../../common/contracts/visits";
import type { FieldError } from "../../../common/errors";
import { LIMITS } from "../../../common/limits";

export type SuppliesBody = z.input<typeof RecordSuppliesBodySchema>;

/** How many of each item staff are about to hand out, by item id. */
export type Quantities = Record<string, number>;

/** One step up or down, kept between nothing and what the stock and the largest handout allow. */
export function stepQuantity(current: number, delta: number, item: Pick<SupplyItem, "stock">): number {
  const most = Math.max(0, Math.min(item.stock, LIMITS.supplyQuantityMax));
  return Math.min(Math.max(0, current + delta), most);
}

/**
 * The request for the quantities chosen, in the catalogue's order, with the reason when one was
 * asked for. Null when nothing is chosen.
 */
export function suppliesBody(
  supplies: readonly Pick<SupplyItem, "id">[],
  quantities: Quantities,
  reason: string | null,
): SuppliesBody | null {
  const items = supplies
    .map((item) => ({ itemId: item.id, quantity: quantities[item.id] ?? 0 }))
    .filter((item) => item.quantity > 0);
  if (items.length === 0) return null;
  const trimmed = reason?.trim() ?? "";
  return trimmed ? { items, overLimitReason: trimmed } : { items };
}

/** The refusal of one item, by its id: over a limit, or more than the stock. */
export interface ItemProblem {
  code: string;
  message: string;
}

/**
 * The server answers `items.<i>.quantity` (the i-th item sent): this finds the item each refusal is
 * about. The rest (a reason too long, an error without a field) is returned apart.
 */
export function itemProblems(
  body: SuppliesBody,
  fieldErrors: readonly FieldError[],
): { byItem: Record<string, ItemProblem>; reason: FieldError | null; other: FieldError[] } {
  const byItem: Record<string, ItemProblem> = {};
  const other: FieldError[] = [];
  let reason: FieldError | null = null;
  for (const error of fieldErrors) {
    const match = /^items\.(\d+)(?:\.|$)/.exec(error.path);
    const itemId = match ? body.items[Number(match[1])]?.itemId : undefined;
    if (itemId) {
      byItem[itemId] ??= { code: error.code, message: error.message };
    } else if (error.path === "overLimitReason") {
      reason = error;
    } else {
      other.push(error);
    }
  }
  return { byItem, reason, other };
}

/** Whether any refusal can be overridden with a reason (a limit; never the stock). */
export const needsReason = (problems: Record<string, ItemProblem>) =>
  Object.values(problems).some((problem) => problem.code === "LIMIT_EXCEEDED");

/** How many of an item she was given in this visit so far. */
export function handedOut(
  visit: Pick<Visit, "supplies">,
  itemId: string,
): { quantity: number; overLimit: boolean } {
  let quantity = 0;
  let overLimit = false;
  for (const handout of visit.supplies) {
    if (handout.itemId !== itemId) continue;
    quantity += handout.quantity;
    overLimit ||= handout.overLimit;
  }
  return { quantity, overLimit };
}

/**
 * The numbers in the server's (English) LIMIT_EXCEEDED message ("The limit is 10 per visit; she
 * already had 4 this visit. …"), so the door can say it in the reader's language. Null when the
 * message has another shape.
 */
export function readLimitMessage(
  message: string,
): { period: "visit" | "week"; limit: number; already: number } | null {
  const match = /limit is (\d+) per (visit|week); she already had (\d+)/.exec(message);
  if (!match?.[1] || !match[2] || !match[3]) return null;
  return { period: match[2] as "visit" | "week", limit: Number(match[1]), already: Number(match[3]) };
}

/** What is left in stock according to the server's OUT_OF_STOCK message ("Only 3 left in stock."). */
export function readStockMessage(message: string): number | null {
  if (/^None left/.test(message)) return 0;
  const match = /Only (\d+) left/.exec(message);
  return match?.[1] ? Number(match[1]) : null;
}
