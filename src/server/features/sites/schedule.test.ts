import { describe, expect, it } from "vitest";
import {
  type ActivityInput,
  computeSessions,
  findOverlap,
  firstOverlap,
  fitsInSession,
  oneOffRule,
  type ScheduleSnapshot,
  type WeeklyOpeningInput,
  weeklyRule,
} from "./schedule.js";

const weekly = (
  id: string,
  weekday: number,
  startsAt: string,
  endsAt: string,
  extra: Partial<WeeklyOpeningInput> = {},
) => ({
  id,
  weekday,
  startsAt,
  endsAt,
  validFrom: "2010-01-01",
  validTo: null,
  pilotPeriodId: null,
  ...extra,
});

const activity = (id: string, extra: Partial<ActivityInput>): ActivityInput => ({
  id,
  kind: "class",
  title: "",
  startsAt: "16:00",
  endsAt: "18:00",
  weeklyOpeningId: null,
  validFrom: null,
  validTo: null,
  onDate: null,
  ...extra,
});

/** The 2010 week of the report: Mon/Wed/Fri 16–22, the Friday night pilot 23–05 for three months. */
function week2010(): ScheduleSnapshot {
  return {
    timeZone: "Europe/Copenhagen",
    weeklyOpenings: [
      weekly("mon", 1, "16:00", "22:00"),
      weekly("wed", 3, "16:00", "22:00"),
      weekly("fri", 5, "16:00", "22:00"),
      weekly("night", 5, "23:00", "05:00", { pilotPeriodId: "pilot" }),
    ],
    oneOffOpenings: [],
    closures: [],
    pilotPeriods: [{ id: "pilot", label: "Night pilot", startsOn: "2010-03-05", endsOn: "2010-06-04" }],
    activities: [
      activity("gyn", {
        kind: "clinic_gynaecology",
        startsAt: "16:30",
        endsAt: "19:30",
        weeklyOpeningId: "mon",
      }),
      activity("gp", {
        kind: "clinic_general_practice",
        startsAt: "20:00",
        endsAt: "21:00",
        weeklyOpeningId: "mon",
      }),
      activity("computers", {
        startsAt: "16:00",
        endsAt: "18:00",
        weeklyOpeningId: "wed",
        title: "Computers",
      }),
    ],
  };
}

describe("overlaps", () => {
  it("finds two weekly openings on the same weekday whose times meet", () => {
    const a = weeklyRule(weekly("a", 1, "16:00", "22:00"), []);
    expect(firstOverlap(a, weeklyRule(weekly("b", 1, "21:00", "23:00"), []))).toBe("2010-01-04");
    expect(firstOverlap(a, weeklyRule(weekly("c", 1, "22:00", "23:00"), []))).toBeNull();
    expect(firstOverlap(a, weeklyRule(weekly("d", 2, "16:00", "22:00"), []))).toBeNull();
  });

  it("counts the part past midnight on the next weekday, both ways round", () => {
    const night = weeklyRule(weekly("n", 5, "23:00", "05:00"), []);
    const saturdayMorning = weeklyRule(weekly("s", 6, "04:00", "06:00"), []);
    expect(firstOverlap(night, saturdayMorning)).toBe("2010-01-01");
    expect(firstOverlap(saturdayMorning, night)).toBe("2010-01-02");
    expect(firstOverlap(night, weeklyRule(weekly("t", 6, "05:00", "06:00"), []))).toBeNull();
    // Sunday night into Monday wraps round the week.
    const sunday = weeklyRule(weekly("su", 7, "22:00", "02:00"), []);
    expect(firstOverlap(sunday, weeklyRule(weekly("mo", 1, "01:00", "03:00"), []))).toBe("2010-01-03");
  });

  it("only where the validity ranges share a session", () => {
    const spring = weeklyRule(
      weekly("a", 1, "16:00", "22:00", { validFrom: "2010-03-01", validTo: "2010-05-31" }),
      [],
    );
    const summer = weeklyRule(weekly("b", 1, "18:00", "20:00", { validFrom: "2010-06-01" }), []);
    expect(firstOverlap(spring, summer)).toBeNull();
    const lateMay = weeklyRule(weekly("c", 1, "18:00", "20:00", { validFrom: "2010-05-25" }), []);
    expect(firstOverlap(spring, lateMay)).toBe("2010-05-31");
    // Ranges that share days but no Monday.
    const midweek = weeklyRule(
      weekly("d", 1, "18:00", "20:00", { validFrom: "2010-06-01", validTo: "2010-06-06" }),
      [],
    );
    expect(
      firstOverlap(weeklyRule(weekly("e", 1, "16:00", "22:00", { validFrom: "2010-06-02" }), []), midweek),
    ).toBeNull();
  });

  it("finds a one-off opening on the evening of a weekly session, or after a night one", () => {
    const rules = [
      weeklyRule(weekly("fri", 5, "16:00", "22:00"), []),
      weeklyRule(weekly("night", 5, "23:00", "05:00"), []),
    ];
    expect(
      findOverlap(
        oneOffRule({
          id: "x",
          onDate: "2010-03-05",
          startsAt: "20:00",
          endsAt: "23:00",
          label: "",
          pilotPeriodId: null,
        }),
        rules,
      ),
    ).toMatchObject({ other: { id: "fri" }, date: "2010-03-05" });
    expect(
      findOverlap(
        oneOffRule({
          id: "y",
          onDate: "2010-03-06",
          startsAt: "03:00",
          endsAt: "08:00",
          label: "",
          pilotPeriodId: null,
        }),
        rules,
      ),
    ).toMatchObject({ other: { id: "night" }, date: "2010-03-06" });
    expect(
      findOverlap(
        oneOffRule({
          id: "z",
          onDate: "2010-03-04",
          startsAt: "16:00",
          endsAt: "22:00",
          label: "",
          pilotPeriodId: null,
        }),
        rules,
      ),
    ).toBeNull();
  });

  it("limits a pilot's opening to the pilot's dates", () => {
    const pilot = { id: "p", label: "Night pilot", startsOn: "2010-03-05", endsOn: "2010-06-04" };
    const night = weeklyRule(weekly("n", 5, "23:00", "05:00", { pilotPeriodId: "p" }), [pilot]);
    expect(night).toMatchObject({ from: "2010-03-05", to: "2010-06-04" });
    const later = weeklyRule(weekly("l", 5, "22:00", "23:30", { validFrom: "2010-06-05" }), []);
    expect(firstOverlap(night, later)).toBeNull();
  });
});

describe("activities inside sessions", () => {
  it("fit inside, also past midnight, and not across the end", () => {
    expect(
      fitsInSession({ startsAt: "16:00", endsAt: "22:00" }, { startsAt: "16:30", endsAt: "19:30" }),
    ).toBe(true);
    expect(
      fitsInSession({ startsAt: "16:00", endsAt: "22:00" }, { startsAt: "21:00", endsAt: "22:30" }),
    ).toBe(false);
    expect(
      fitsInSession({ startsAt: "16:00", endsAt: "22:00" }, { startsAt: "15:00", endsAt: "17:00" }),
    ).toBe(false);
    expect(
      fitsInSession({ startsAt: "23:00", endsAt: "05:00" }, { startsAt: "23:30", endsAt: "01:00" }),
    ).toBe(true);
    expect(
      fitsInSession({ startsAt: "23:00", endsAt: "05:00" }, { startsAt: "01:00", endsAt: "05:00" }),
    ).toBe(true);
    expect(
      fitsInSession({ startsAt: "23:00", endsAt: "05:00" }, { startsAt: "04:00", endsAt: "06:00" }),
    ).toBe(false);
  });
});

describe("computeSessions", () => {
  it("lays out the 2010 week with its clinic and classes", () => {
    const sessions = computeSessions(week2010(), { from: "2010-03-01", to: "2010-03-07" });
    expect(sessions.map((s) => s.key)).toEqual([
      "2010-03-01@16:00",
      "2010-03-03@16:00",
      "2010-03-05@16:00",
      "2010-03-05@23:00",
    ]);
    const monday = sessions[0];
    expect(monday?.startsAtInstant.toISOString()).toBe("2010-03-01T15:00:00.000Z");
    expect(monday?.activities.map((a) => a.kind)).toEqual(["clinic_gynaecology", "clinic_general_practice"]);
    expect(sessions[1]?.activities).toEqual([
      {
        id: "computers",
        kind: "class",
        title: "Computers",
        startsAt: "16:00",
        endsAt: "18:00",
        recurring: true,
      },
    ]);
  });

  it("puts a night past midnight on the evening it started, ending the next morning", () => {
    const night = computeSessions(week2010(), { from: "2010-03-05", to: "2010-03-06" }).find(
      (s) => s.startsAt === "23:00",
    );
    expect(night).toMatchObject({ date: "2010-03-05", endsAt: "05:00", pilot: { label: "Night pilot" } });
    expect(night?.startsAtInstant.toISOString()).toBe("2010-03-05T22:00:00.000Z");
    expect(night?.endsAtInstant.toISOString()).toBe("2010-03-06T04:00:00.000Z");
    // A range that starts on Saturday does not include Friday's night.
    expect(computeSessions(week2010(), { from: "2010-03-06", to: "2010-03-06" })).toEqual([]);
  });

  it("gives the night pilot only inside the pilot period", () => {
    const before = computeSessions(week2010(), { from: "2010-02-26", to: "2010-02-26" });
    expect(before.map((s) => s.startsAt)).toEqual(["16:00"]);
    const last = computeSessions(week2010(), { from: "2010-06-04", to: "2010-06-11" }).filter(
      (s) => s.startsAt === "23:00",
    );
    expect(last.map((s) => s.date)).toEqual(["2010-06-04"]);
  });

  it("measures nights across the DST changes in Copenhagen (2010-03-28 and 2010-10-31)", () => {
    const schedule: ScheduleSnapshot = {
      ...week2010(),
      weeklyOpenings: [weekly("sat", 6, "23:00", "05:00")],
      activities: [],
    };
    const [spring] = computeSessions(schedule, { from: "2010-03-27", to: "2010-03-27" });
    expect(spring?.startsAtInstant.toISOString()).toBe("2010-03-27T22:00:00.000Z");
    expect(spring?.endsAtInstant.toISOString()).toBe("2010-03-28T03:00:00.000Z");
    expect(
      ((spring?.endsAtInstant.getTime() ?? 0) - (spring?.startsAtInstant.getTime() ?? 0)) / 3600_000,
    ).toBe(5);
    const [autumn] = computeSessions(schedule, { from: "2010-10-30", to: "2010-10-30" });
    expect(autumn?.startsAtInstant.toISOString()).toBe("2010-10-30T21:00:00.000Z");
    expect(autumn?.endsAtInstant.toISOString()).toBe("2010-10-31T04:00:00.000Z");
    expect(
      ((autumn?.endsAtInstant.getTime() ?? 0) - (autumn?.startsAtInstant.getTime() ?? 0)) / 3600_000,
    ).toBe(7);
    // The Monday after each change is an ordinary evening in the new offset.
    const summer = computeSessions(week2010(), { from: "2010-03-29", to: "2010-03-29" });
    expect(summer[0]?.startsAtInstant.toISOString()).toBe("2010-03-29T14:00:00.000Z");
    const winter = computeSessions(week2010(), { from: "2010-11-01", to: "2010-11-01" });
    expect(winter[0]?.startsAtInstant.toISOString()).toBe("2010-11-01T15:00:00.000Z");
  });

  it("marks sessions inside a closure as closed, with the reason", () => {
    const schedule = {
      ...week2010(),
      closures: [{ id: "easter", startsOn: "2010-04-01", endsOn: "2010-04-05", reason: "Easter" }],
    };
    const sessions = computeSessions(schedule, { from: "2010-03-31", to: "2010-04-07" });
    expect(sessions.map((s) => [s.date, s.startsAt, s.closure?.reason ?? null])).toEqual([
      ["2010-03-31", "16:00", null],
      ["2010-04-02", "16:00", "Easter"],
      ["2010-04-02", "23:00", "Easter"],
      ["2010-04-05", "16:00", "Easter"],
      ["2010-04-07", "16:00", null],
    ]);
  });

  it("respects validity ranges of openings and activities, and adds one-offs with their dated activities", () => {
    const schedule: ScheduleSnapshot = {
      ...week2010(),
      weeklyOpenings: [
        weekly("mon", 1, "16:00", "22:00", { validFrom: "2010-03-08", validTo: "2010-03-15" }),
      ],
      oneOffOpenings: [
        {
          id: "theme",
          onDate: "2010-03-13",
          startsAt: "12:00",
          endsAt: "16:00",
          label: "Theme day",
          pilotPeriodId: null,
        },
      ],
      activities: [
        activity("english", {
          weeklyOpeningId: "mon",
          startsAt: "18:00",
          endsAt: "20:00",
          validFrom: "2010-03-15",
        }),
        activity("sti", { kind: "theme_day", onDate: "2010-03-13", startsAt: "13:00", endsAt: "15:00" }),
        activity("lawyer", {
          kind: "legal_counselling",
          onDate: "2010-03-15",
          startsAt: "17:00",
          endsAt: "19:00",
        }),
        activity("nowhere", { onDate: "2010-03-16", startsAt: "17:00", endsAt: "19:00" }),
      ],
    };
    const sessions = computeSessions(schedule, { from: "2010-03-01", to: "2010-03-31" });
    expect(sessions.map((s) => [s.key, s.label, s.activities.map((a) => a.id)])).toEqual([
      ["2010-03-08@16:00", "", []],
      ["2010-03-13@12:00", "Theme day", ["sti"]],
      ["2010-03-15@16:00", "", ["lawyer", "english"]],
    ]);
  });

  it("orders activities of a night by their place in it", () => {
    const schedule: ScheduleSnapshot = {
      ...week2010(),
      activities: [
        activity("late", { weeklyOpeningId: "night", startsAt: "01:00", endsAt: "02:00" }),
        activity("early", { weeklyOpeningId: "night", startsAt: "23:30", endsAt: "00:30" }),
      ],
    };
    const night = computeSessions(schedule, { from: "2010-03-05", to: "2010-03-05" }).find(
      (s) => s.startsAt === "23:00",
    );
    expect(night?.activities.map((a) => a.id)).toEqual(["early", "late"]);
  });
});
