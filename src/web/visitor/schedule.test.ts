import { describe, expect, it } from "vitest";
import type { PublicOpeningHours } from "../../common/contracts/public";
import { formatDayMonth, formatTimeRange, formatWeekday } from "./format";
import { addDays, localDate, type Session, statusAt, weekAt } from "./schedule";

// Copenhagen in March 2025 is UTC+1 (summer time starts on 30 March).
const session = (
  date: string,
  startsAt: string,
  endsAt: string,
  from: string,
  to: string,
  pilot = false,
): Session => ({
  date,
  startsAt,
  endsAt,
  startsAtInstant: from,
  endsAtInstant: to,
  pilot,
  activities: [],
});
const friday = session("2025-03-14", "16:00", "22:00", "2025-03-14T15:00:00Z", "2025-03-14T21:00:00Z");
const fridayNight = session(
  "2025-03-14",
  "23:00",
  "05:00",
  "2025-03-14T22:00:00Z",
  "2025-03-15T04:00:00Z",
  true,
);
const monday = session("2025-03-17", "16:00", "22:00", "2025-03-17T15:00:00Z", "2025-03-17T21:00:00Z");
const wednesday = session("2025-03-19", "16:00", "22:00", "2025-03-19T15:00:00Z", "2025-03-19T21:00:00Z");

const hours = (overrides: Partial<PublicOpeningHours> = {}): PublicOpeningHours => ({
  site: { slug: "modestedet", name: "Mødestedet", address: "Copenhagen", timeZone: "Europe/Copenhagen" },
  openNow: false,
  current: friday,
  week: [friday, fridayNight, monday, wednesday],
  closures: [],
  ...overrides,
});

describe("opening hours on the device", () => {
  it("is closed before the evening opens, and names the next session", () => {
    expect(statusAt(hours(), new Date("2025-03-14T14:00:00Z"))).toEqual({ openNow: false, session: friday });
  });

  it("is open during a session, until its end", () => {
    expect(statusAt(hours(), new Date("2025-03-14T16:00:00Z"))).toEqual({ openNow: true, session: friday });
    expect(statusAt(hours(), new Date("2025-03-14T21:00:00Z"))).toEqual({
      openNow: false,
      session: fridayNight,
    });
  });

  it("keeps the night pilot past midnight under the Friday it started on", () => {
    const saturdayTwoAm = new Date("2025-03-15T01:00:00Z");
    expect(localDate("Europe/Copenhagen", saturdayTwoAm)).toBe("2025-03-15");
    expect(statusAt(hours({ current: fridayNight }), saturdayTwoAm)).toEqual({
      openNow: true,
      session: fridayNight,
    });

    const days = weekAt(hours({ current: fridayNight }), saturdayTwoAm);
    expect(days[0]).toEqual({ date: "2025-03-14", closed: false, sessions: [friday, fridayNight] });
    expect(days.at(-1)?.date).toBe("2025-03-21");
    expect(
      `${formatWeekday("en", "2025-03-14")} ${formatTimeRange("en", fridayNight.startsAt, fridayNight.endsAt)}`,
    ).toBe("Friday 23:00 – 05:00");
  });

  it("lists the seven days from today, with empty days closed", () => {
    const days = weekAt(hours(), new Date("2025-03-14T10:00:00Z"));
    expect(days.map((day) => day.date)).toEqual([
      "2025-03-14",
      "2025-03-15",
      "2025-03-16",
      "2025-03-17",
      "2025-03-18",
      "2025-03-19",
      "2025-03-20",
    ]);
    expect(days.map((day) => day.sessions.length)).toEqual([2, 0, 0, 1, 0, 1, 0]);
  });

  it("skips a closed day, in the status and in the week", () => {
    const withClosure = hours({ closures: [{ startsOn: "2025-03-17", endsOn: "2025-03-18" }] });
    const saturday = new Date("2025-03-15T10:00:00Z");
    expect(statusAt(withClosure, saturday)).toEqual({ openNow: false, session: wednesday });
    const monday = weekAt(withClosure, saturday).find((day) => day.date === "2025-03-17");
    expect(monday).toEqual({ date: "2025-03-17", closed: true, sessions: [] });
  });

  it("knows nothing when no session is coming", () => {
    expect(statusAt(hours({ current: null, week: [] }), new Date("2025-03-14T10:00:00Z"))).toEqual({
      openNow: false,
      session: null,
    });
  });

  it("counts days across month ends, and dates in the site's zone", () => {
    expect(addDays("2025-02-27", 2)).toBe("2025-03-01");
    expect(addDays("2025-12-31", 1)).toBe("2026-01-01");
    expect(localDate("Europe/Copenhagen", new Date("2025-03-14T23:30:00Z"))).toBe("2025-03-15");
    expect(localDate("America/New_York", new Date("2025-03-14T23:30:00Z"))).toBe("2025-03-14");
  });

  it("formats days and times in her language, on the 24-hour clock", () => {
    expect(formatTimeRange("ro", "23:00", "05:00")).toBe("23:00 – 05:00");
    expect(formatTimeRange("en", "16:30", "19:30")).toBe("16:30 – 19:30");
    expect(formatWeekday("ro", "2025-03-14")).toBe("Vineri");
    expect(formatWeekday("th", "2025-03-14")).toBe("วันศุกร์");
    expect(formatDayMonth("ro", "2025-03-14")).toBe("14 martie");
  });
});
