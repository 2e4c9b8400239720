import { describe, expect, it } from "vitest";
import {
  callingOrder,
  chooseClinic,
  clinicHoursOf,
  closedMessage,
  finishDecision,
  nextClinicAfter,
  slotAt,
  slotsOf,
  takingTicketsAt,
} from "./clinic-queue.policy.js";

const ZONE = "Europe/Copenhagen";
const at = (iso: string) => new Date(iso);

describe("clinic hours from the schedule", () => {
  it("takes only the clinic activities, and puts hours after midnight on the next day", () => {
    const hours = clinicHoursOf(
      {
        date: "2010-03-05",
        startsAt: "23:00",
        activities: [
          { kind: "class", startsAt: "23:30", endsAt: "00:30" },
          { kind: "clinic_general_practice", startsAt: "01:00", endsAt: "03:00" },
          { kind: "clinic_gynaecology", startsAt: "23:15", endsAt: "00:45" },
        ],
      },
      ZONE,
    );
    expect(hours).toEqual([
      {
        clinicKind: "clinic_gynaecology",
        date: "2010-03-05",
        startsAt: "23:15",
        endsAt: "00:45",
        startsAtInstant: "2010-03-05T22:15:00.000Z",
        endsAtInstant: "2010-03-05T23:45:00.000Z",
      },
      {
        clinicKind: "clinic_general_practice",
        date: "2010-03-05",
        startsAt: "01:00",
        endsAt: "03:00",
        startsAtInstant: "2010-03-06T00:00:00.000Z",
        endsAtInstant: "2010-03-06T02:00:00.000Z",
      },
    ]);
  });

  it("takes tickets from an hour before a clinic until it ends", () => {
    const hours = clinicHoursOf(
      {
        date: "2010-03-01",
        startsAt: "16:00",
        activities: [{ kind: "clinic_gynaecology", startsAt: "17:00", endsAt: "20:00" }],
      },
      ZONE,
    );
    expect(takingTicketsAt(hours, at("2010-03-01T14:59:00Z"))).toEqual([]);
    expect(takingTicketsAt(hours, at("2010-03-01T15:00:00Z"))).toEqual(["clinic_gynaecology"]);
    expect(takingTicketsAt(hours, at("2010-03-01T18:59:00Z"))).toEqual(["clinic_gynaecology"]);
    expect(takingTicketsAt(hours, at("2010-03-01T19:00:00Z"))).toEqual([]);
  });

  it("finds the next clinic hours after now, skipping closed days", () => {
    const session = (date: string, closure: unknown = null) => ({
      date,
      startsAt: "16:00",
      closure,
      activities: [{ kind: "clinic_gynaecology", startsAt: "17:00", endsAt: "20:00" }],
    });
    const sessions = [session("2010-03-01"), session("2010-03-02", { id: "x" }), session("2010-03-03")];
    expect(nextClinicAfter(sessions, ZONE, at("2010-03-01T15:00:00Z"))?.date).toBe("2010-03-01");
    expect(nextClinicAfter(sessions, ZONE, at("2010-03-01T16:30:00Z"))?.date).toBe("2010-03-03");
    expect(nextClinicAfter(sessions, ZONE, at("2010-03-04T00:00:00Z"))).toBeNull();
    expect(closedMessage(null)).toContain("no clinic hours are planned");
  });
});

describe("which clinic a ticket is for", () => {
  it("takes the only open clinic, asks when two are open, refuses a closed one", () => {
    expect(chooseClinic([], undefined)).toEqual({ kind: "closed" });
    expect(chooseClinic(["clinic_gynaecology"], undefined)).toEqual({
      kind: "take",
      clinicKind: "clinic_gynaecology",
    });
    expect(chooseClinic(["clinic_gynaecology", "clinic_general_practice"], undefined)).toEqual({
      kind: "choose",
    });
    expect(chooseClinic(["clinic_gynaecology"], "clinic_general_practice")).toEqual({
      kind: "not_now",
      clinicKind: "clinic_general_practice",
    });
  });
});

describe("the calling order", () => {
  it("calls due appointments first, earliest slot first, then by number", () => {
    const now = at("2010-03-01T17:30:00Z");
    const order = callingOrder(
      [
        { id: "a", number: 1, appointmentDueAt: null },
        { id: "b", number: 2, appointmentDueAt: at("2010-03-01T18:00:00Z") },
        { id: "c", number: 3, appointmentDueAt: at("2010-03-01T17:20:00Z") },
        { id: "d", number: 4, appointmentDueAt: at("2010-03-01T17:00:00Z") },
        { id: "e", number: 5, appointmentDueAt: null },
      ],
      now,
    );
    expect(order.map((w) => w.id)).toEqual(["d", "c", "a", "b", "e"]);
  });

  it("changes an open ticket, repeats quietly, and refuses a finished one", () => {
    expect(finishDecision("waiting", "done")).toBe("change");
    expect(finishDecision("called", "no_show")).toBe("change");
    expect(finishDecision("no_show", "no_show")).toBe("same");
    expect(finishDecision("done", "turned_away")).toBe("finished");
    expect(finishDecision("withdrawn", "done")).toBe("finished");
  });
});

describe("appointment slots", () => {
  it("cuts hours into back-to-back slots and leaves a short remainder free, past midnight too", () => {
    expect(
      slotsOf({ startsAt: "17:00", endsAt: "18:10" }, 20).map((s) => `${s.startsAt}-${s.endsAt}`),
    ).toEqual(["17:00-17:20", "17:20-17:40", "17:40-18:00"]);
    expect(
      slotsOf({ startsAt: "23:30", endsAt: "00:30" }, 30).map((s) => `${s.startsAt}-${s.endsAt}`),
    ).toEqual(["23:30-00:00", "00:00-00:30"]);
    expect(slotAt({ startsAt: "17:00", endsAt: "20:00" }, 20, "17:40:00")?.endsAt).toBe("18:00");
    expect(slotAt({ startsAt: "17:00", endsAt: "20:00" }, 20, "17:50")).toBeUndefined();
    expect(slotAt({ startsAt: "17:00", endsAt: "20:00" }, 20, "20:00")).toBeUndefined();
  });
});
