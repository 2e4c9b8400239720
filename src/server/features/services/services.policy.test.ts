import { describe, expect, it } from "vitest";
import {
  type ItemLimits,
  limitBreaches,
  limitMessage,
  outOfStockMessage,
  weekAround,
} from "./services.policy.js";

const condoms: ItemLimits = { limitPerVisit: 10, limitPerWeek: 30 };
const food: ItemLimits = { limitPerVisit: null, limitPerWeek: null };
const limits = new Map([
  ["condoms", condoms],
  ["food", food],
]);

describe("limitBreaches", () => {
  it("lets a handout up to the limit through, counting what she already had this visit", () => {
    expect(
      limitBreaches({
        lines: [{ itemId: "condoms", quantity: 4 }],
        limits,
        visitAlready: new Map([["condoms", 6]]),
        weekAlready: new Map([["condoms", 26]]),
      }),
    ).toEqual([]);
  });

  it("names the per-visit limit and what she already had this visit", () => {
    const breaches = limitBreaches({
      lines: [{ itemId: "condoms", quantity: 5 }],
      limits,
      visitAlready: new Map([["condoms", 6]]),
      weekAlready: new Map(),
    });
    expect(breaches).toEqual([
      { index: 0, itemId: "condoms", kind: "visit", limit: 10, already: 6, requested: 5 },
    ]);
    expect(limitMessage(breaches[0] as never)).toBe(
      "The limit is 10 per visit; she already had 6 this visit. Give a reason to hand out more.",
    );
  });

  it("counts earlier lines of the same request, and flags only the line that crosses", () => {
    const breaches = limitBreaches({
      lines: [
        { itemId: "condoms", quantity: 6 },
        { itemId: "food", quantity: 400 },
        { itemId: "condoms", quantity: 5 },
      ],
      limits,
      visitAlready: new Map(),
      weekAlready: null,
    });
    expect(breaches.map((b) => [b.index, b.kind, b.requested])).toEqual([[2, "visit", 11]]);
  });

  it("applies the weekly limit to a visit with a code", () => {
    const breaches = limitBreaches({
      lines: [{ itemId: "condoms", quantity: 5 }],
      limits,
      visitAlready: new Map(),
      weekAlready: new Map([["condoms", 28]]),
    });
    expect(breaches).toEqual([
      { index: 0, itemId: "condoms", kind: "week", limit: 30, already: 28, requested: 5 },
    ]);
    expect(limitMessage(breaches[0] as never)).toContain("already had 28 this week");
  });

  it("has no weekly limit for an anonymous visit", () => {
    expect(
      limitBreaches({
        lines: [{ itemId: "condoms", quantity: 10 }],
        limits,
        visitAlready: new Map(),
        weekAlready: null,
      }),
    ).toEqual([]);
  });

  it("has no limit for an item without limits", () => {
    expect(
      limitBreaches({
        lines: [{ itemId: "food", quantity: 500 }],
        limits,
        visitAlready: new Map([["food", 500]]),
        weekAlready: new Map([["food", 5000]]),
      }),
    ).toEqual([]);
  });
});

describe("outOfStockMessage", () => {
  it("says how many are left", () => {
    expect(outOfStockMessage(0)).toBe("None left in stock.");
    expect(outOfStockMessage(3)).toBe("Only 3 left in stock.");
  });
});

describe("weekAround", () => {
  it("runs Monday 00:00 to the next Monday 00:00 in the site's zone", () => {
    // Monday 2010-03-01 17:00 in Copenhagen (UTC+1).
    expect(weekAround(new Date("2010-03-01T16:00:00Z"), "Europe/Copenhagen")).toEqual({
      from: new Date("2010-02-28T23:00:00Z"),
      to: new Date("2010-03-07T23:00:00Z"),
    });
  });

  it("puts Sunday late evening in its own week and Monday just after midnight in the next", () => {
    // Sunday 2010-03-07 23:30 local is still the week of 1 March.
    expect(weekAround(new Date("2010-03-07T22:30:00Z"), "Europe/Copenhagen").from).toEqual(
      new Date("2010-02-28T23:00:00Z"),
    );
    // Monday 2010-03-08 00:30 local starts the next week.
    expect(weekAround(new Date("2010-03-07T23:30:00Z"), "Europe/Copenhagen").from).toEqual(
      new Date("2010-03-07T23:00:00Z"),
    );
  });

  it("ends a week that crosses the change to summer time at local midnight, not 24 h × 7 later", () => {
    // Clocks go forward on Sunday 2010-03-28; the next Monday 00:00 is 22:00 UTC.
    expect(weekAround(new Date("2010-03-24T17:00:00Z"), "Europe/Copenhagen")).toEqual({
      from: new Date("2010-03-21T23:00:00Z"),
      to: new Date("2010-03-28T22:00:00Z"),
    });
  });
});
