import { describe, expect, it } from "vitest";
import {
  addDays,
  isKnownTimeZone,
  isoWeekday,
  localDateTime,
  offsetMs,
  spanMinutes,
  zonedInstant,
} from "./local-time.js";

const CPH = "Europe/Copenhagen";

describe("local dates", () => {
  it("knows ISO weekdays and adds days across months and years", () => {
    expect(isoWeekday("2010-03-01")).toBe(1);
    expect(isoWeekday("2010-03-05")).toBe(5);
    expect(isoWeekday("2010-03-28")).toBe(7);
    expect(isoWeekday("1969-12-29")).toBe(1);
    expect(addDays("2010-12-31", 1)).toBe("2011-01-01");
    expect(addDays("2010-03-01", -1)).toBe("2010-02-28");
  });

  it("measures spans past midnight, and no span for equal times", () => {
    expect(spanMinutes("16:00", "22:00")).toBe(360);
    expect(spanMinutes("23:00", "05:00")).toBe(360);
    expect(spanMinutes("10:00", "10:00")).toBe(0);
  });

  it("knows real time zones and refuses made-up ones", () => {
    expect(isKnownTimeZone("Europe/Copenhagen")).toBe(true);
    expect(isKnownTimeZone("UTC")).toBe(true);
    expect(isKnownTimeZone("Europe/Atlantis")).toBe(false);
    expect(isKnownTimeZone("europe/copenhagen")).toBe(false);
  });
});

describe("zonedInstant: a local date and time in a zone → an instant", () => {
  it("uses winter and summer time in Copenhagen", () => {
    expect(zonedInstant("2010-03-01", "16:00", CPH).toISOString()).toBe("2010-03-01T15:00:00.000Z");
    expect(zonedInstant("2010-07-02", "23:00", CPH).toISOString()).toBe("2010-07-02T21:00:00.000Z");
  });

  it("handles the spring change, 2010-03-28 02:00 → 03:00", () => {
    expect(zonedInstant("2010-03-28", "01:59", CPH).toISOString()).toBe("2010-03-28T00:59:00.000Z");
    // 02:30 never happens; like Temporal's "compatible", it becomes 03:30 summer time.
    expect(zonedInstant("2010-03-28", "02:30", CPH).toISOString()).toBe("2010-03-28T01:30:00.000Z");
    expect(zonedInstant("2010-03-28", "03:00", CPH).toISOString()).toBe("2010-03-28T01:00:00.000Z");
    expect(zonedInstant("2010-03-28", "05:00", CPH).toISOString()).toBe("2010-03-28T03:00:00.000Z");
  });

  it("handles the autumn change, 2010-10-31 03:00 → 02:00, taking the first 02:30", () => {
    expect(zonedInstant("2010-10-31", "01:30", CPH).toISOString()).toBe("2010-10-30T23:30:00.000Z");
    expect(zonedInstant("2010-10-31", "02:30", CPH).toISOString()).toBe("2010-10-31T00:30:00.000Z");
    expect(zonedInstant("2010-10-31", "03:00", CPH).toISOString()).toBe("2010-10-31T02:00:00.000Z");
  });

  it("works in zones west of UTC and far east, and round-trips through localDateTime", () => {
    expect(zonedInstant("2010-03-14", "03:30", "America/New_York").toISOString()).toBe(
      "2010-03-14T07:30:00.000Z",
    );
    expect(zonedInstant("2010-01-01", "00:00", "Asia/Bangkok").toISOString()).toBe(
      "2009-12-31T17:00:00.000Z",
    );
    for (const [date, time] of [
      ["2010-03-27", "23:00"],
      ["2010-10-30", "23:00"],
      ["2010-10-31", "04:00"],
    ] as const) {
      expect(localDateTime(zonedInstant(date, time, CPH), CPH)).toMatchObject({ date, time });
    }
    expect(offsetMs(new Date("2010-07-01T00:00:00Z"), CPH)).toBe(2 * 3600_000);
  });
});
