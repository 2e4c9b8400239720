import { describe, expect, it } from "vitest";
import {
  addableNameLanguages,
  byPosition,
  displayName,
  limitFromInput,
  limitProblem,
  moveItem,
  namesForSave,
  nextPosition,
  placeFieldErrors,
  shownNameLanguages,
  stockDelta,
} from "./catalogue.logic";

const items = (...positions: number[]) => positions.map((position, i) => ({ id: `s${i + 1}`, position }));

describe("names", () => {
  it("shows the reader's language, then English, then Danish", () => {
    expect(displayName({ da: "Te og kaffe", en: "Tea and coffee" }, "da")).toBe("Te og kaffe");
    expect(displayName({ da: "Te og kaffe", en: "Tea and coffee" }, "ro")).toBe("Tea and coffee");
    expect(displayName({ da: "Te og kaffe", en: "" }, "en")).toBe("Te og kaffe");
    expect(displayName({ ro: "Ceai" }, "en")).toBe("Ceai");
  });

  it("lists Danish and English always, then the visitor languages in a fixed order", () => {
    expect(shownNameLanguages({})).toEqual(["da", "en"]);
    expect(shownNameLanguages({ th: "x", en: "y", ro: "z", da: "w" })).toEqual(["da", "en", "ro", "th"]);
    expect(addableNameLanguages({ da: "", en: "", ro: "" })).toEqual([
      "bg",
      "es",
      "hu",
      "sk",
      "ru",
      "fr",
      "th",
    ]);
  });

  it("trims names and drops empty optional languages, keeping required ones for the server to refuse", () => {
    expect(namesForSave({ da: " Bad ", en: "Shower", ro: "  ", fr: " Douche" })).toEqual({
      da: "Bad",
      en: "Shower",
      fr: "Douche",
    });
    expect(namesForSave({ da: "", en: "Shower" })).toEqual({ da: "", en: "Shower" });
  });
});

describe("reordering", () => {
  it("sorts by position and keeps ties in the order given", () => {
    expect(byPosition(items(2, 0, 1, 0)).map((i) => i.id)).toEqual(["s2", "s4", "s3", "s1"]);
  });

  it("swaps two neighbours and saves only those two", () => {
    const move = moveItem(items(0, 1, 2, 3), "s3", "up");
    expect(move?.order.map((i) => i.id)).toEqual(["s1", "s3", "s2", "s4"]);
    expect(move?.changes).toEqual([
      { id: "s3", position: 1 },
      { id: "s2", position: 2 },
    ]);
    expect(move?.place).toBe(2);
  });

  it("renumbers tied or gapped positions so the move really shows", () => {
    const move = moveItem(items(0, 0, 0), "s1", "down");
    expect(move?.order.map((i) => [i.id, i.position])).toEqual([
      ["s2", 0],
      ["s1", 1],
      ["s3", 2],
    ]);
    expect(move?.changes).toEqual([
      { id: "s1", position: 1 },
      { id: "s3", position: 2 },
    ]);
    const gapped = moveItem(items(10, 20, 30), "s3", "up");
    expect(gapped?.changes.map((c) => c.id).sort()).toEqual(["s1", "s2", "s3"]);
  });

  it("does nothing at the ends or for an unknown item", () => {
    expect(moveItem(items(0, 1), "s1", "up")).toBeNull();
    expect(moveItem(items(0, 1), "s2", "down")).toBeNull();
    expect(moveItem(items(0, 1), "nope", "up")).toBeNull();
  });

  it("puts a new item after the last one, within the API's range", () => {
    expect(nextPosition([])).toBe(0);
    expect(nextPosition(items(0, 5, 2))).toBe(6);
    expect(nextPosition(items(1000))).toBe(1000);
  });
});

describe("limits", () => {
  it("reads empty as no limit", () => {
    expect(limitFromInput("")).toBeNull();
    expect(limitFromInput(10)).toBe(10);
    expect(limitFromInput("3")).toBe(3);
  });

  it("refuses zero, fractions and too much", () => {
    expect(limitProblem("")).toBeNull();
    expect(limitProblem(1)).toBeNull();
    expect(limitProblem(1000)).toBeNull();
    expect(limitProblem(0)).toBe("range");
    expect(limitProblem(1001)).toBe("range");
    expect(limitProblem(2.5)).toBe("whole");
    expect(limitProblem("abc")).toBe("whole");
  });
});

describe("stock changes", () => {
  it("adds a delivery, takes a removal away, and turns a count into the difference", () => {
    expect(stockDelta("delivery", 200, 40)).toBe(200);
    expect(stockDelta("removal", 5, 40)).toBe(-5);
    expect(stockDelta("count", 31, 40)).toBe(-9);
    expect(stockDelta("count", 55, 40)).toBe(15);
    expect(stockDelta("count", 0, 40)).toBe(-40);
  });

  it("has nothing to record for no amount, no change or a negative amount", () => {
    expect(stockDelta("delivery", "", 40)).toBeNull();
    expect(stockDelta("delivery", 0, 40)).toBeNull();
    expect(stockDelta("count", 40, 40)).toBeNull();
    expect(stockDelta("delivery", -3, 40)).toBeNull();
    expect(stockDelta("delivery", 1.5, 40)).toBeNull();
  });
});

describe("placing the server's field errors", () => {
  const values = { names: { da: "", en: "Soap", ro: "Săpun" }, icon: "hygiene", limitPerWeek: 5 };
  const error = (path: string) => ({ path, code: "VALIDATION_FAILED", message: `bad ${path}` });

  it("puts each error on its field, a missing name on the first empty required one", () => {
    const placed = placeFieldErrors([error("names.ro"), error("names"), error("limitPerWeek")], values);
    expect(Object.keys(placed.errors).sort()).toEqual(["limitPerWeek", "names.da", "names.ro"]);
    expect(placed.unplaced).toBe(false);
  });

  it("keeps the first error of a field and reports what has no field", () => {
    const placed = placeFieldErrors(
      [error("icon"), error("icon"), error("position"), error("names.hu")],
      values,
    );
    expect(placed.errors.icon?.message).toBe("bad icon");
    expect(placed.unplaced).toBe(true);
  });
});
