import { describe, expect, it } from "vitest";
import type { ThemeMonths } from "../../../common/contracts/diary";
import {
  addMonths,
  barPercent,
  formatMonth,
  lastTwelveMonths,
  monthRangeProblem,
  monthsBetween,
  snippetParts,
  themeName,
  themeTable,
} from "./diary.format";

describe("months", () => {
  it("count forward and back across years", () => {
    expect(addMonths("2010-03", -3)).toBe("2009-12");
    expect(addMonths("2009-12", 1)).toBe("2010-01");
    expect(addMonths("2010-01", 24)).toBe("2012-01");
    expect(monthsBetween("2009-12", "2010-03")).toBe(4);
    expect(monthsBetween("2010-03", "2010-01")).toBe(0);
    expect(lastTwelveMonths("2010-03-05")).toEqual({ from: "2009-04", to: "2010-03" });
  });

  it("check a range before it is sent", () => {
    expect(monthRangeProblem("2010-01", "2010-12", 240)).toBeNull();
    expect(monthRangeProblem("2010-13", "2010-12", 240)).toBe("invalid");
    expect(monthRangeProblem("", "2010-12", 240)).toBe("invalid");
    expect(monthRangeProblem("2010-12", "2010-01", 240)).toBe("reversed");
    expect(monthRangeProblem("1990-01", "2010-12", 240)).toBe("tooLong");
  });

  it("read as people say them, in either language", () => {
    expect(formatMonth("2010-03", "en")).toBe("March 2010");
    expect(formatMonth("2010-03", "da")).toBe("marts 2010");
  });
});

describe("search snippets", () => {
  it("mark the matched words the server wrapped in «…»", () => {
    expect(snippetParts("… the «doctor» said «she» could …")).toEqual([
      { text: "… the ", match: false },
      { text: "doctor", match: true },
      { text: " said ", match: false },
      { text: "she", match: true },
      { text: " could …", match: false },
    ]);
    expect(snippetParts("no match")).toEqual([{ text: "no match", match: false }]);
    expect(snippetParts("«»")).toEqual([]);
  });
});

describe("the themes page", () => {
  const HEALTH = "66666666-6666-4666-8666-666666666666";
  const TRAVEL = "77777777-7777-4777-8777-777777777777";
  const data: ThemeMonths = {
    from: "2010-01",
    to: "2010-03",
    months: [
      { month: "2010-01", entries: 12 },
      { month: "2010-02", entries: 10 },
      { month: "2010-03", entries: 0 },
    ],
    themes: [
      { id: HEALTH, key: "health", names: { da: "Sundhed", en: "Health" }, builtIn: true, archived: false },
      { id: TRAVEL, key: "travel", names: { da: "Rejse", en: "Travel" }, builtIn: true, archived: false },
    ],
    cells: [
      { themeId: HEALTH, month: "2010-01", count: 5 },
      { themeId: TRAVEL, month: "2010-02", count: 2 },
      { themeId: HEALTH, month: "2010-02", count: 1 },
    ],
    totals: [
      { themeId: HEALTH, count: 6 },
      { themeId: TRAVEL, count: 2 },
    ],
  };

  it("fills every month and theme, with 0 where the API left a cell out", () => {
    const table = themeTable(data);
    expect(table.rows.map((r) => [r.month, r.entries, r.counts[HEALTH], r.counts[TRAVEL]])).toEqual([
      ["2010-01", 12, 5, 0],
      ["2010-02", 10, 1, 2],
      ["2010-03", 0, 0, 0],
    ]);
    expect(table.max).toBe(5);
    expect(table.totals).toEqual({ [HEALTH]: 6, [TRAVEL]: 2 });
    expect(table.maxTotal).toBe(6);
  });

  it("draws bars to scale, with a sliver for the smallest count and nothing for none", () => {
    expect(barPercent(5, 5)).toBe(100);
    expect(barPercent(1, 100)).toBe(4);
    expect(barPercent(0, 5)).toBe(0);
    expect(themeTable({ ...data, cells: [], totals: [] }).max).toBe(1);
  });

  it("names a theme in the interface language", () => {
    const theme = data.themes[0];
    expect(theme && themeName(theme, "da")).toBe("Sundhed");
    expect(theme && themeName(theme, "en")).toBe("Health");
  });
});
