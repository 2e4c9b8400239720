import { describe, expect, it } from "vitest";
import {
  isDate,
  isValidPeriod,
  matchingQuickPeriod,
  periodDays,
  periodProblems,
  quickPeriod,
} from "./door-report.period";

// The test clock's Monday: 1 March 2010.
const TODAY = "2010-03-01";

describe("quick periods", () => {
  it("this month runs from the first to today", () => {
    expect(quickPeriod("thisMonth", TODAY)).toEqual({ from: "2010-03-01", to: "2010-03-01" });
    expect(quickPeriod("thisMonth", "2010-03-17")).toEqual({ from: "2010-03-01", to: "2010-03-17" });
  });

  it("last month is the whole month before, across a year's end and in a leap year", () => {
    expect(quickPeriod("lastMonth", TODAY)).toEqual({ from: "2010-02-01", to: "2010-02-28" });
    expect(quickPeriod("lastMonth", "2010-01-15")).toEqual({ from: "2009-12-01", to: "2009-12-31" });
    expect(quickPeriod("lastMonth", "2012-03-31")).toEqual({ from: "2012-02-01", to: "2012-02-29" });
  });

  it("this year runs from 1 January to today", () => {
    expect(quickPeriod("thisYear", TODAY)).toEqual({ from: "2010-01-01", to: "2010-03-01" });
  });

  it("the last twelve months end today and start the day after this day a year ago", () => {
    expect(quickPeriod("last12Months", TODAY)).toEqual({ from: "2009-03-02", to: "2010-03-01" });
    expect(quickPeriod("last12Months", "2010-12-31")).toEqual({ from: "2010-01-01", to: "2010-12-31" });
    expect(quickPeriod("last12Months", "2012-02-29")).toEqual({ from: "2011-03-01", to: "2012-02-29" });
    expect(periodDays(quickPeriod("last12Months", TODAY))).toBe(365);
  });

  it("knows which quick choice a period is", () => {
    expect(matchingQuickPeriod({ from: "2010-02-01", to: "2010-02-28" }, TODAY)).toBe("lastMonth");
    expect(matchingQuickPeriod({ from: "2009-03-02", to: "2010-03-01" }, TODAY)).toBe("last12Months");
    expect(matchingQuickPeriod({ from: "2010-02-02", to: "2010-02-28" }, TODAY)).toBeNull();
  });
});

describe("checking a period", () => {
  it("accepts real days only", () => {
    expect(isDate("2010-02-28")).toBe(true);
    expect(isDate("2010-02-30")).toBe(false);
    expect(isDate("2010-2-3")).toBe(false);
    expect(isDate("")).toBe(false);
  });

  it("names what is wrong on the field it belongs to", () => {
    expect(periodProblems({ from: "", to: "" })).toEqual({ from: "fromMissing", to: "toMissing" });
    expect(periodProblems({ from: "2010-03-01", to: "" })).toEqual({ to: "toMissing" });
    expect(periodProblems({ from: "2010-03-02", to: "2010-03-01" })).toEqual({ to: "reversed" });
    expect(periodProblems({ from: "2010-03-01", to: "2010-03-01" })).toEqual({});
  });

  it("allows at most the API's longest period", () => {
    // 400 days from 1 January 2010 end on 4 February 2011.
    expect(periodDays({ from: "2010-01-01", to: "2011-02-04" })).toBe(400);
    expect(isValidPeriod({ from: "2010-01-01", to: "2011-02-04" })).toBe(true);
    expect(periodProblems({ from: "2010-01-01", to: "2011-02-05" })).toEqual({ to: "tooLong" });
  });
});
