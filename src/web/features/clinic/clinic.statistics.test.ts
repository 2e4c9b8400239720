import { describe, expect, it } from "vitest";
import { costsByMonth, shownCount } from "./clinic.statistics";

describe("shownCount", () => {
  it("shows a suppressed health count as under the threshold, never as a number", () => {
    expect(shownCount(null, true, 10)).toEqual({ kind: "suppressed", threshold: 10 });
    expect(shownCount(3, true, 10)).toEqual({ kind: "suppressed", threshold: 10 });
    expect(shownCount(null, false, 10)).toEqual({ kind: "suppressed", threshold: 10 });
    expect(shownCount(12, false, 10)).toEqual({ kind: "count", value: 12 });
    expect(shownCount(0, false, 10)).toEqual({ kind: "count", value: 0 });
  });
});

describe("costsByMonth", () => {
  it("puts each month on one row with its kinds and total, months in order", () => {
    const rows = costsByMonth(
      [
        { month: "2010-04", kind: "medicine", amountOre: 500, count: 1 },
        { month: "2010-03", kind: "treatment", amountOre: 20_000, count: 2 },
        { month: "2010-03", kind: "abortion", amountOre: 400_000, count: 1 },
      ],
      ["treatment", "medicine", "abortion"] as const,
    );
    expect(rows).toEqual([
      {
        month: "2010-03",
        byKind: { treatment: 20_000, medicine: 0, abortion: 400_000 },
        totalOre: 420_000,
        count: 3,
      },
      { month: "2010-04", byKind: { treatment: 0, medicine: 500, abortion: 0 }, totalOre: 500, count: 1 },
    ]);
  });
});
