import { describe, expect, it } from "vitest";
import type { FollowUp } from "../../../common/contracts/follow-ups";
import { checkCharacter, formatVisitorCode } from "../../../common/visitor-code";
import {
  checkFollowUpForm,
  createBodyOf,
  dueState,
  emptyFollowUpForm,
  type FollowUpFormValues,
  followUpFormOf,
  formatInstant,
  instantToWallClock,
  listViewSearch,
  offsetMinutesAt,
  readListView,
  updateBodyOf,
  wallClockToInstant,
} from "./follow-ups.logic";

const CPH = "Europe/Copenhagen";
const SITE = "5b1f1c0e-8a4d-4f0e-9a7a-3c2b1d0e9f8a";
const ME = "0d6c7a52-32f5-4f0b-8a54-6b0b6d1c2e01";
const COLLEAGUE = "7f3e1d2c-9b8a-4c6d-8e5f-1a2b3c4d5e6f";
const CODE = `K7MQ4XP${checkCharacter("K7MQ4XP")}`;

const form = (changes: Partial<FollowUpFormValues> = {}): FollowUpFormValues => ({
  ...emptyFollowUpForm({ today: "2025-03-10", socialWorker: false }),
  title: "Ask about Tuesday",
  ...changes,
});

const followUp = (changes: Partial<FollowUp> = {}): FollowUp => ({
  id: "11111111-1111-4111-8111-111111111111",
  siteId: SITE,
  kind: "task",
  title: "Ask about Tuesday",
  body: "",
  assignee: { kind: "person", accountId: ME, displayName: "Me" },
  dueOn: "2025-03-12",
  visitorCode: null,
  visitorCodeId: null,
  status: "open",
  overdue: false,
  dropReason: null,
  closedAt: null,
  closedBy: null,
  accompaniment: null,
  createdBy: { accountId: ME, displayName: "Me" },
  createdAt: "2025-03-10T17:00:00.000Z",
  updatedAt: "2025-03-10T17:00:00.000Z",
  commentCount: 0,
  comments: [],
  can: { edit: true, close: true, reopen: false, comment: true },
  warnings: [],
  ...changes,
});

describe("wall clock and instants at a site", () => {
  it("knows Copenhagen's offset in winter and summer", () => {
    expect(offsetMinutesAt(Date.parse("2025-01-15T12:00:00Z"), CPH)).toBe(60);
    expect(offsetMinutesAt(Date.parse("2025-07-15T12:00:00Z"), CPH)).toBe(120);
    expect(offsetMinutesAt(Date.parse("2025-07-15T12:00:00Z"), "America/Sao_Paulo")).toBe(-180);
  });

  it("writes a site's date and time as an instant with the offset in force then", () => {
    expect(wallClockToInstant("2025-03-10", "14:30", CPH)).toBe("2025-03-10T14:30:00+01:00");
    expect(wallClockToInstant("2025-06-10", "09:05", CPH)).toBe("2025-06-10T09:05:00+02:00");
    expect(wallClockToInstant("2025-06-10", "09:05", "UTC")).toBe("2025-06-10T09:05:00+00:00");
    expect(wallClockToInstant("2025-06-10", "21:00", "America/Sao_Paulo")).toBe("2025-06-10T21:00:00-03:00");
  });

  it("reads the hour the clocks skip in spring as summer time, and the doubled hour in autumn as the first", () => {
    // 30 March 2025: 02:00 → 03:00. "02:30" does not exist; it is the instant a clock still on winter time shows.
    const skipped = wallClockToInstant("2025-03-30", "02:30", CPH);
    expect(skipped).not.toBeNull();
    expect(new Date(skipped ?? "").toISOString()).toBe("2025-03-30T01:30:00.000Z");
    // 26 October 2025: 03:00 → 02:00. "02:30" happens twice; the first is still summer time.
    expect(wallClockToInstant("2025-10-26", "02:30", CPH)).toBe("2025-10-26T02:30:00+02:00");
    expect(wallClockToInstant("2025-10-26", "04:30", CPH)).toBe("2025-10-26T04:30:00+01:00");
  });

  it("refuses what is not a date or a time", () => {
    expect(wallClockToInstant("2025-02-31", "10:00", CPH)).toBeNull();
    expect(wallClockToInstant("", "10:00", CPH)).toBeNull();
    expect(wallClockToInstant("2025-03-10", "24:00", CPH)).toBeNull();
    expect(wallClockToInstant("2025-03-10", "9:00", CPH)).toBeNull();
  });

  it("reads an instant back as the site's date and time, whatever the browser's zone", () => {
    expect(instantToWallClock("2025-03-10T13:30:00.000Z", CPH)).toEqual({
      date: "2025-03-10",
      time: "14:30",
    });
    expect(instantToWallClock("2025-12-31T23:30:00.000Z", CPH)).toEqual({
      date: "2026-01-01",
      time: "00:30",
    });
    for (const [date, time] of [
      ["2025-03-10", "14:30"],
      ["2025-08-01", "23:59"],
      ["2025-10-26", "02:30"],
    ] as const) {
      const instant = wallClockToInstant(date, time, CPH) ?? "";
      expect(instantToWallClock(new Date(instant).toISOString(), CPH)).toEqual({ date, time });
    }
  });

  it("shows the year only when it is not this year at the site", () => {
    const thisYear = formatInstant("2025-03-10T13:30:00.000Z", CPH, "en-GB", "2025-01-01");
    expect(thisYear).toContain("14:30");
    expect(thisYear).not.toContain("2025");
    expect(formatInstant("2024-03-10T13:30:00.000Z", CPH, "en-GB", "2025-01-01")).toContain("2024");
  });
});

describe("dueState", () => {
  const today = "2025-03-10";
  it("says how pressing an open follow-up is", () => {
    expect(dueState({ status: "open", dueOn: "2025-03-09" }, today)).toBe("overdue");
    expect(dueState({ status: "open", dueOn: "2025-03-10" }, today)).toBe("today");
    expect(dueState({ status: "open", dueOn: "2025-03-11" }, today)).toBe("tomorrow");
    expect(dueState({ status: "open", dueOn: "2025-04-01" }, today)).toBe("later");
  });
  it("never calls a closed one overdue", () => {
    expect(dueState({ status: "done", dueOn: "2025-01-01" }, today)).toBe("closed");
    expect(dueState({ status: "dropped", dueOn: "2025-01-01" }, today)).toBe("closed");
  });
  it("counts tomorrow across the end of a month", () => {
    expect(dueState({ status: "open", dueOn: "2025-03-01" }, "2025-02-28")).toBe("tomorrow");
  });
});

describe("the list's view in the address", () => {
  it("reads known scopes and states and falls back to mine, open", () => {
    expect(readListView(new URLSearchParams(""))).toEqual({ scope: "mine", status: "open" });
    expect(readListView(new URLSearchParams("scope=all&status=closed"))).toEqual({
      scope: "all",
      status: "closed",
    });
    expect(readListView(new URLSearchParams("scope=nonsense&status=dropped"))).toEqual({
      scope: "mine",
      status: "open",
    });
  });
  it("writes only what differs from the default, and reads back what it wrote", () => {
    expect(listViewSearch({ scope: "mine", status: "open" })).toBe("");
    const view = { scope: "any_social_worker", status: "any" } as const;
    const search = listViewSearch(view);
    expect(search).toBe("?scope=any_social_worker&status=any");
    expect(readListView(new URLSearchParams(search))).toEqual(view);
  });
});

describe("checkFollowUpForm", () => {
  it("finds nothing wrong with a plain follow-up", () => {
    expect(checkFollowUpForm(form())).toEqual({});
  });
  it("asks for a title, a date, the colleague, and a code that is one", () => {
    expect(
      checkFollowUpForm(
        form({ title: "  ", dueOn: "", assigneeChoice: "person", assigneeId: "", visitorCode: "K7MO" }),
      ),
    ).toEqual({
      title: "required",
      dueOn: "chooseDate",
      assigneeId: "choosePerson",
      visitorCode: "notACode",
    });
  });
  it("refuses a title that is too long, and accepts the code however it is typed", () => {
    expect(checkFollowUpForm(form({ title: "x".repeat(201) }))).toEqual({ title: "tooLong" });
    expect(checkFollowUpForm(form({ visitorCode: formatVisitorCode(CODE).toLowerCase() }))).toEqual({});
  });
  it("asks an accompaniment for when and where", () => {
    expect(checkFollowUpForm(form({ accompaniment: true }))).toEqual({
      appointmentDate: "chooseDate",
      appointmentTime: "chooseTime",
      place: "required",
    });
  });
});

describe("createBodyOf", () => {
  const options = { siteId: SITE, meId: ME, timeZone: CPH };
  it("assigns to me by my id, trims the text and leaves out an empty code", () => {
    expect(createBodyOf(form({ title: "  Ask  ", body: " more " }), options)).toEqual({
      siteId: SITE,
      title: "Ask",
      body: "more",
      assignee: { kind: "person", accountId: ME },
      dueOn: "2025-03-12",
    });
  });
  it("sends the code as typed, any social worker, and the appointment as an instant at the site", () => {
    const body = createBodyOf(
      form({
        visitorCode: ` ${formatVisitorCode(CODE)} `,
        assigneeChoice: "any_social_worker",
        accompaniment: true,
        appointmentDate: "2025-03-14",
        appointmentTime: "09:30",
        place: " Rigshospitalet ",
        languageNeeded: "ro",
      }),
      options,
    );
    expect(body).toMatchObject({
      visitorCode: formatVisitorCode(CODE),
      assignee: { kind: "any_social_worker" },
      accompaniment: {
        appointmentAt: "2025-03-14T09:30:00+01:00",
        place: "Rigshospitalet",
        languageNeeded: "ro",
      },
    });
  });
  it("sends no language when none is needed", () => {
    const body = createBodyOf(
      form({ accompaniment: true, appointmentDate: "2025-03-14", appointmentTime: "09:30", place: "X" }),
      options,
    );
    expect(body.accompaniment?.languageNeeded).toBeNull();
  });
  it("starts a social worker's follow-up for any social worker, due in two days", () => {
    expect(emptyFollowUpForm({ today: "2025-03-30", socialWorker: true })).toMatchObject({
      assigneeChoice: "any_social_worker",
      dueOn: "2025-04-01",
    });
  });
});

describe("updateBodyOf", () => {
  const options = { meId: ME, timeZone: CPH };
  it("sends nothing when nothing changed, and only what changed otherwise", () => {
    const before = followUpFormOf(followUp(), options);
    expect(before.assigneeChoice).toBe("me");
    expect(updateBodyOf(before, { ...before }, options)).toBeNull();
    expect(updateBodyOf(before, { ...before, dueOn: "2025-03-20" }, options)).toEqual({
      dueOn: "2025-03-20",
    });
    expect(
      updateBodyOf(before, { ...before, assigneeChoice: "person", assigneeId: COLLEAGUE }, options),
    ).toEqual({
      assignee: { kind: "person", accountId: COLLEAGUE },
    });
  });
  it("unties the code when the field is emptied, and keeps it when only its spelling changed", () => {
    const before = followUpFormOf(followUp({ visitorCode: formatVisitorCode(CODE) }), options);
    expect(updateBodyOf(before, { ...before, visitorCode: "" }, options)).toEqual({ visitorCode: null });
    expect(updateBodyOf(before, { ...before, visitorCode: CODE.toLowerCase() }, options)).toBeNull();
  });
  it("reads an accompaniment at the site's wall clock and sends only the changed detail", () => {
    const existing = followUp({
      kind: "accompaniment",
      assignee: { kind: "any_social_worker" },
      accompaniment: {
        appointmentAt: "2025-03-14T08:30:00.000Z",
        place: "Rigshospitalet",
        languageNeeded: null,
        sourceReferralId: null,
        outcome: null,
      },
    });
    const before = followUpFormOf(existing, options);
    expect(before).toMatchObject({
      accompaniment: true,
      assigneeChoice: "any_social_worker",
      appointmentDate: "2025-03-14",
      appointmentTime: "09:30",
    });
    expect(
      updateBodyOf(before, { ...before, appointmentTime: "10:00", languageNeeded: "bg" }, options),
    ).toEqual({
      accompaniment: { appointmentAt: "2025-03-14T10:00:00+01:00", languageNeeded: "bg" },
    });
  });
  it("shows a colleague's follow-up as hers, and a removed account as a person without an id", () => {
    const theirs = followUpFormOf(
      followUp({ assignee: { kind: "person", accountId: COLLEAGUE, displayName: "Anna" } }),
      options,
    );
    expect(theirs).toMatchObject({ assigneeChoice: "person", assigneeId: COLLEAGUE });
    const removed = followUpFormOf(
      followUp({ assignee: { kind: "person", accountId: null, displayName: null } }),
      options,
    );
    expect(removed).toMatchObject({ assigneeChoice: "person", assigneeId: "" });
    expect(checkFollowUpForm(removed)).toEqual({ assigneeId: "choosePerson" });
  });
});
