/**
 * How the clinic's figures are shown: a health count under the disclosure threshold arrives as null
 * with `suppressed`, and is shown as "<10" (read aloud as "fewer than 10, not shown"), never as 0.
 */
export type ShownCount = { kind: "suppressed"; threshold: number } | { kind: "count"; value: number };

export function shownCount(value: number | null, suppressed: boolean, threshold: number): ShownCount {
  if (suppressed || value === null) return { kind: "suppressed", threshold };
  return { kind: "count", value };
}

/** Costs per month as rows of a table: one row per month, a column per kind, and the month's total. */
export function costsByMonth<K extends string>(
  costs: readonly { month: string; kind: K; amountOre: number; count: number }[],
  kinds: readonly K[],
): { month: string; byKind: Record<K, number>; totalOre: number; count: number }[] {
  const months = new Map<
    string,
    { month: string; byKind: Record<K, number>; totalOre: number; count: number }
  >();
  for (const cost of costs) {
    const month = cost.month.slice(0, 7);
    let row = months.get(month);
    if (!row) {
      row = {
        month,
        byKind: Object.fromEntries(kinds.map((k) => [k, 0])) as Record<K, number>,
        totalOre: 0,
        count: 0,
      };
      months.set(month, row);
    }
    row.byKind[cost.kind] += cost.amountOre;
    row.totalOre += cost.amountOre;
    row.count += cost.count;
  }
  return [...months.values()].sort((a, b) => a.month.localeCompare(b.month));
}
