import { describe, expect, it } from "vitest";
import { LIMITS } from "../../../common/limits.js";
import { idempotencyKeyOf } from "../../idempotency.js";
import {
  candidatesOf,
  checkInDecision,
  chooseSession,
  type DoorCandidate,
  fillsBlanks,
  inCheckInWindow,
  languageMatch,
  mergeProblem,
} from "./visits.policy.js";

const at = (iso: string) => new Date(iso);

/** A session of 2010-03-01 (UTC here, to keep the arithmetic plain). */
function session(
  date: string,
  startsAt: string,
  endsAt: string,
  row: DoorCandidate["row"] = null,
  endDate = date,
): DoorCandidate {
  return {
    date,
    startsAt,
    endsAt,
    startsAtInstant: at(`${date}T${startsAt}:00Z`),
    endsAtInstant: at(`${endDate}T${endsAt}:00Z`),
    weeklyOpeningId: null,
    oneOffOpeningId: null,
    label: "",
    pilot: null,
    closure: null,
    row,
  };
}
const open = { id: "open", openedAt: at("2010-03-01T15:00:00Z"), closedAt: null };
const closed = { id: "closed", openedAt: at("2010-03-01T15:00:00Z"), closedAt: at("2010-03-01T17:00:00Z") };

describe("the check-in window", () => {
  it("runs from an hour before the start until the end", () => {
    const evening = session("2010-03-01", "16:00", "22:00");
    expect(inCheckInWindow(evening, at("2010-03-01T14:59:59Z"))).toBe(false);
    expect(inCheckInWindow(evening, at("2010-03-01T15:00:00Z"))).toBe(true);
    expect(inCheckInWindow(evening, at("2010-03-01T21:59:59Z"))).toBe(true);
    expect(inCheckInWindow(evening, at("2010-03-01T22:00:00Z"))).toBe(false);
  });
});

describe("tonight's session", () => {
  const evening = session("2010-03-01", "16:00", "22:00");
  const night = session("2010-03-01", "23:00", "05:00", null, "2010-03-02");

  it("is the one in progress, else the next today, else the last one today", () => {
    expect(chooseSession([evening, night], at("2010-03-01T12:00:00Z"), "2010-03-01")).toBe(evening);
    expect(chooseSession([evening, night], at("2010-03-01T18:00:00Z"), "2010-03-01")).toBe(evening);
    expect(chooseSession([evening, night], at("2010-03-01T22:10:00Z"), "2010-03-01")).toBe(night);
    expect(chooseSession([evening], at("2010-03-01T23:00:00Z"), "2010-03-01")).toBe(evening);
    expect(chooseSession([], at("2010-03-01T18:00:00Z"), "2010-03-01")).toBeNull();
  });

  it("keeps a night past midnight on the evening it started", () => {
    // 02:00 on the 2nd: the night of the 1st is in progress.
    expect(chooseSession([evening, night], at("2010-03-02T02:00:00Z"), "2010-03-02")).toBe(night);
    // After it ended, yesterday's sessions are not tonight's.
    expect(chooseSession([evening, night], at("2010-03-02T10:00:00Z"), "2010-03-02")).toBeNull();
  });

  it("prefers an open session in its window, then one not yet opened, then a closed one", () => {
    const closedEvening = { ...evening, row: closed };
    const nightScheduled = session("2010-03-01", "21:30", "23:59");
    // 21:00: the evening was closed early, the next session's window has begun.
    expect(chooseSession([closedEvening, nightScheduled], at("2010-03-01T21:00:00Z"), "2010-03-01")).toBe(
      nightScheduled,
    );
    const openNight = { ...nightScheduled, row: open };
    expect(chooseSession([evening, openNight], at("2010-03-01T21:00:00Z"), "2010-03-01")).toBe(openNight);
    expect(chooseSession([closedEvening], at("2010-03-01T21:00:00Z"), "2010-03-01")).toBe(closedEvening);
  });

  it("stays with a session left open for two hours past its end, before the next one", () => {
    const afternoon = session("2010-03-01", "12:00", "14:00", open);
    const later = session("2010-03-01", "18:00", "22:00");
    expect(chooseSession([afternoon, later], at("2010-03-01T14:30:00Z"), "2010-03-01")).toBe(afternoon);
    expect(chooseSession([afternoon, later], at("2010-03-01T16:30:00Z"), "2010-03-01")).toBe(later);
  });

  it("joins sessions with their rows, drops cancelled ones never opened, keeps rows the schedule lost", () => {
    const cancelled = {
      ...session("2010-03-01", "16:00", "22:00"),
      closure: { id: "c", reason: "Staff day" },
    };
    const opened = {
      ...session("2010-03-01", "23:00", "05:00", null, "2010-03-02"),
      closure: cancelled.closure,
    };
    const rows = [
      { ...open, id: "night", date: "2010-03-01", startsAt: "23:00:00" },
      { ...open, id: "orphan", date: "2010-03-01", startsAt: "12:00:00" },
    ];
    const joined = candidatesOf([cancelled, opened], rows, (row) => ({
      ...session(row.date, row.startsAt.slice(0, 5), "14:00"),
    }));
    expect(joined.map((c) => [c.startsAt, c.row?.id ?? null])).toEqual([
      ["23:00", "night"],
      ["12:00", "orphan"],
    ]);
  });
});

describe("what a check-in does with tonight's session", () => {
  const now = at("2010-03-01T17:00:00Z");
  it("uses an open one, opens one in its window, refuses a closed one or none", () => {
    expect(checkInDecision(session("2010-03-01", "16:00", "22:00", open), now)).toEqual({
      kind: "use",
      row: open,
    });
    expect(checkInDecision(session("2010-03-01", "16:00", "22:00"), now)).toEqual({ kind: "open" });
    expect(checkInDecision(session("2010-03-01", "16:00", "22:00", closed), now)).toMatchObject({
      kind: "refuse",
      code: "SESSION_CLOSED",
    });
    expect(checkInDecision(session("2010-03-01", "19:00", "22:00"), now)).toMatchObject({
      kind: "refuse",
      code: "NO_SESSION_TONIGHT",
    });
    expect(checkInDecision(null, now)).toMatchObject({ kind: "refuse", code: "NO_SESSION_TONIGHT" });
  });
});

describe("the Idempotency-Key header", () => {
  it("is absent, or one value of a sensible length", () => {
    expect(idempotencyKeyOf(undefined)).toEqual({ key: null });
    expect(idempotencyKeyOf("a1b2")).toEqual({ key: "a1b2" });
    expect(idempotencyKeyOf("k".repeat(LIMITS.idempotencyKeyMax))).toEqual({
      key: "k".repeat(LIMITS.idempotencyKeyMax),
    });
    expect(idempotencyKeyOf("k".repeat(LIMITS.idempotencyKeyMax + 1))).toHaveProperty("problem");
    expect(idempotencyKeyOf("")).toHaveProperty("problem");
    expect(idempotencyKeyOf(["a", "b"])).toHaveProperty("problem");
  });
});

describe("who speaks her language", () => {
  const onDuty = [
    { accountId: "1", displayName: "Ana", languages: ["ro", "en"] },
    { accountId: "2", displayName: "Boris", languages: ["bg", "ru"] },
    { accountId: "1", displayName: "Ana", languages: ["ro", "en"] },
  ];
  it("lists each staff member once with the languages they share with her", () => {
    expect(languageMatch(["ru", "ro"], onDuty)).toEqual({
      languages: ["ru", "ro"],
      staff: [
        { accountId: "1", displayName: "Ana", languages: ["ro"] },
        { accountId: "2", displayName: "Boris", languages: ["ru"] },
      ],
    });
  });
  it("has nothing to suggest when she speaks English, nobody shares a language, or none is known", () => {
    expect(languageMatch(["ro", "en"], onDuty)).toBeNull();
    expect(languageMatch(["th"], onDuty)).toBeNull();
    expect(languageMatch([], onDuty)).toBeNull();
    expect(languageMatch(["ro"], [])).toBeNull();
  });
});

describe("merging codes", () => {
  it("refuses a code into itself and codes already merged either way", () => {
    expect(mergeProblem({ id: "a", rootId: "a" }, { id: "b", rootId: "b" })).toBeNull();
    expect(mergeProblem({ id: "a", rootId: "a" }, { id: "a", rootId: "a" })).toMatch(/itself/);
    expect(mergeProblem({ id: "a", rootId: "a" }, { id: "b", rootId: "a" })).toMatch(/already/);
    expect(mergeProblem({ id: "b", rootId: "a" }, { id: "a", rootId: "a" })).toMatch(/already/);
  });
});

describe("what a check-in tells her profile", () => {
  const known = { nationality: "RO", languages: ["ro"], heardFrom: "friend", adultConfirmed: true };
  const blank = { nationality: "XX", languages: [], heardFrom: null, adultConfirmed: false };
  it("fills only what the profile does not know", () => {
    expect(fillsBlanks(blank, known)).toBe(true);
    expect(fillsBlanks(known, blank)).toBe(false);
    expect(fillsBlanks(known, { ...known, nationality: "BG", languages: ["bg"] })).toBe(false);
    expect(fillsBlanks({ ...known, heardFrom: null }, known)).toBe(true);
    expect(fillsBlanks({ ...known, adultConfirmed: false }, known)).toBe(true);
    expect(fillsBlanks({ ...known, languages: [] }, blank)).toBe(false);
  });
});
