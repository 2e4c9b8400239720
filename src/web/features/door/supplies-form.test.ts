import { describe, expect, it } from "vitest";
import {
  handedOut,
  itemProblems,
  needsReason,
  readLimitMessage,
  readStockMessage,
  stepQuantity,
  suppliesBody,
} from "./supplies-form";

const CONDOMS = "11111111-1111-4111-8111-111111111111";
const LUBE = "22222222-2222-4222-8222-222222222222";
const FOOD = "33333333-3333-4333-8333-333333333333";
const SUPPLIES = [{ id: CONDOMS }, { id: LUBE }, { id: FOOD }];

describe("stepQuantity", () => {
  it("never goes below nothing or above the stock", () => {
    expect(stepQuantity(0, -1, { stock: 10 })).toBe(0);
    expect(stepQuantity(2, 1, { stock: 10 })).toBe(3);
    expect(stepQuantity(10, 1, { stock: 10 })).toBe(10);
    expect(stepQuantity(0, 1, { stock: 0 })).toBe(0);
  });
});

describe("suppliesBody", () => {
  it("sends the chosen items in the catalogue's order, and nothing when none is chosen", () => {
    expect(suppliesBody(SUPPLIES, { [FOOD]: 1, [CONDOMS]: 10, [LUBE]: 0 }, null)).toEqual({
      items: [
        { itemId: CONDOMS, quantity: 10 },
        { itemId: FOOD, quantity: 1 },
      ],
    });
    expect(suppliesBody(SUPPLIES, { [LUBE]: 0 }, "reason")).toBeNull();
  });

  it("adds the reason only when one was written", () => {
    expect(suppliesBody(SUPPLIES, { [LUBE]: 3 }, "  she works two shifts  ")).toEqual({
      items: [{ itemId: LUBE, quantity: 3 }],
      overLimitReason: "she works two shifts",
    });
    expect(suppliesBody(SUPPLIES, { [LUBE]: 3 }, "   ")).toEqual({ items: [{ itemId: LUBE, quantity: 3 }] });
  });
});

describe("itemProblems", () => {
  it("finds the item each refusal is about by its place in the request", () => {
    const body = {
      items: [
        { itemId: CONDOMS, quantity: 30 },
        { itemId: FOOD, quantity: 9 },
      ],
    };
    const result = itemProblems(body, [
      { path: "items.1.quantity", code: "OUT_OF_STOCK", message: "Only 2 in stock" },
      { path: "items.0.quantity", code: "LIMIT_EXCEEDED", message: "Limit 20 per visit" },
      { path: "overLimitReason", code: "VALIDATION_FAILED", message: "Too long" },
      { path: "items.7.quantity", code: "VALIDATION_FAILED", message: "?" },
    ]);
    expect(result.byItem).toEqual({
      [CONDOMS]: { code: "LIMIT_EXCEEDED", message: "Limit 20 per visit" },
      [FOOD]: { code: "OUT_OF_STOCK", message: "Only 2 in stock" },
    });
    expect(result.reason?.code).toBe("VALIDATION_FAILED");
    expect(result.other).toHaveLength(1);
    expect(needsReason(result.byItem)).toBe(true);
    expect(needsReason({ [FOOD]: { code: "OUT_OF_STOCK", message: "" } })).toBe(false);
  });
});

describe("handedOut", () => {
  it("adds up every handout of an item in the visit", () => {
    const visit = {
      supplies: [
        { itemId: CONDOMS, quantity: 10, overLimit: false },
        { itemId: LUBE, quantity: 1, overLimit: false },
        { itemId: CONDOMS, quantity: 5, overLimit: true },
      ],
    };
    expect(handedOut(visit, CONDOMS)).toEqual({ quantity: 15, overLimit: true });
    expect(handedOut(visit, FOOD)).toEqual({ quantity: 0, overLimit: false });
  });
});

describe("readLimitMessage and readStockMessage", () => {
  it("reads the numbers of the server's messages, and nothing from another shape", () => {
    expect(
      readLimitMessage(
        "The limit is 10 per visit; she already had 4 this visit. Give a reason to hand out more.",
      ),
    ).toEqual({ period: "visit", limit: 10, already: 4 });
    expect(
      readLimitMessage(
        "The limit is 30 per week; she already had 28 this week (Monday to Sunday). Give a reason to hand out more.",
      ),
    ).toEqual({ period: "week", limit: 30, already: 28 });
    expect(readLimitMessage("Over the limit")).toBeNull();
    expect(readStockMessage("Only 3 left in stock.")).toBe(3);
    expect(readStockMessage("None left in stock.")).toBe(0);
    expect(readStockMessage("Out")).toBeNull();
  });
});
