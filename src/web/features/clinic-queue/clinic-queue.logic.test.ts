import { describe, expect, it } from "vitest";
import type { QueueTicket, Slots } from "../../../common/contracts/clinic-queue";
import {
  addDays,
  bookableClinics,
  bookingRange,
  dateAt,
  fitWaiting,
  groupTickets,
  hoursTakingTickets,
  isStale,
  languageNeededFor,
  newlyCalled,
  openTicketOfVisit,
  shortTime,
} from "./clinic-queue.logic";
import { clinicQueuePaths } from "./clinic-queue.paths";

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;

function ticket(number: number, overrides: Partial<QueueTicket> = {}): QueueTicket {
  return {
    id: id(number),
    sessionId: id(100),
    siteId: id(200),
    number,
    clinicKind: "clinic_gynaecology",
    status: "waiting",
    source: "door",
    visitId: null,
    visitorCode: null,
    visitorCodeId: null,
    appointmentId: null,
    appointmentStartsAt: null,
    languageNeeded: null,
    takenAt: "2025-03-14T17:00:00.000Z",
    calledAt: null,
    calledBy: null,
    finishedAt: null,
    ...overrides,
  };
}

describe("the language a walk-in needs", () => {
  it("is none when she speaks Danish or English, else the first she speaks", () => {
    expect(languageNeededFor([])).toBeNull();
    expect(languageNeededFor(["en"])).toBeNull();
    expect(languageNeededFor(["ro", "en"])).toBeNull();
    expect(languageNeededFor(["ro", "hu"])).toBe("ro");
    expect(languageNeededFor(["th"])).toBe("th");
  });
});

describe("the desk's lists", () => {
  it("puts tickets under being called, waiting (by number) and finished (latest first)", () => {
    const groups = groupTickets([
      ticket(4),
      ticket(2, { status: "done", finishedAt: "2025-03-14T18:10:00.000Z" }),
      ticket(3, { status: "called" }),
      ticket(1, { status: "no_show", finishedAt: "2025-03-14T18:20:00.000Z" }),
      ticket(6),
      ticket(5, { status: "withdrawn", finishedAt: "2025-03-14T18:20:00.000Z" }),
      ticket(7, { status: "turned_away", finishedAt: "2025-03-14T19:00:00.000Z" }),
    ]);
    expect(groups.calling.map((t) => t.number)).toEqual([3]);
    expect(groups.waiting.map((t) => t.number)).toEqual([4, 6]);
    expect(groups.finished.map((t) => t.number)).toEqual([7, 5, 1, 2]);
  });

  it("finds her open ticket by her visit or her code, and not a finished one", () => {
    const visit = { id: id(900), visitorCodeId: id(800) };
    const anonymous = { id: id(902), visitorCodeId: null };
    expect(openTicketOfVisit([ticket(1, { visitId: visit.id, status: "done" })], visit)).toBeNull();
    expect(
      openTicketOfVisit(
        [ticket(1, { visitId: visit.id, status: "done" }), ticket(2, { visitId: visit.id })],
        visit,
      )?.number,
    ).toBe(2);
    expect(openTicketOfVisit([ticket(3, { visitId: visit.id, status: "called" })], visit)?.number).toBe(3);
    expect(openTicketOfVisit([ticket(4, { visitId: id(901) })], visit)).toBeNull();
    // Taken on her phone with her code: no visit on the ticket.
    expect(
      openTicketOfVisit([ticket(5, { visitorCodeId: visit.visitorCodeId, source: "visitor" })], visit)
        ?.number,
    ).toBe(5);
    expect(openTicketOfVisit([ticket(6, { visitorCodeId: null })], anonymous)).toBeNull();
  });
});

describe("clinic hours taking tickets", () => {
  const hours = {
    clinicKind: "clinic_gynaecology" as const,
    date: "2025-03-14",
    startsAt: "16:00",
    endsAt: "18:00",
    startsAtInstant: "2025-03-14T15:00:00.000Z",
    endsAtInstant: "2025-03-14T17:00:00.000Z",
  };
  const at = (iso: string) => Date.parse(iso);

  it("from an hour before they start until they end, while their clinic takes tickets", () => {
    expect(hoursTakingTickets(hours, ["clinic_gynaecology"], at("2025-03-14T13:59:00Z"))).toBe(false);
    expect(hoursTakingTickets(hours, ["clinic_gynaecology"], at("2025-03-14T14:00:00Z"))).toBe(true);
    expect(hoursTakingTickets(hours, ["clinic_gynaecology"], at("2025-03-14T16:59:00Z"))).toBe(true);
    expect(hoursTakingTickets(hours, ["clinic_gynaecology"], at("2025-03-14T17:00:00Z"))).toBe(false);
    expect(hoursTakingTickets(hours, ["clinic_general_practice"], at("2025-03-14T16:00:00Z"))).toBe(false);
  });
});

describe("the waiting room's screen", () => {
  it("highlights only numbers it did not call before, and nothing on its first answer", () => {
    expect(newlyCalled(null, [3, 4])).toEqual([]);
    expect(newlyCalled([3], [4, 3])).toEqual([4]);
    expect(newlyCalled([3, 4], [4])).toEqual([]);
    expect(newlyCalled([], [])).toEqual([]);
  });

  it("shows the waiting numbers that fit and counts the rest", () => {
    expect(fitWaiting([5, 6, 7], 10)).toEqual({ shown: [5, 6, 7], more: 0 });
    expect(fitWaiting([5, 6, 7, 8], 2)).toEqual({ shown: [5, 6], more: 2 });
    expect(fitWaiting([5], 0)).toEqual({ shown: [], more: 1 });
  });

  it("says it is out of date only after a while without news", () => {
    expect(isStale(1_000, 20_000, 30_000)).toBe(false);
    expect(isStale(1_000, 40_000, 30_000)).toBe(true);
    expect(isStale(0, 40_000, 30_000)).toBe(false);
  });
});

describe("booking dates", () => {
  it("counts calendar days across months, years and summer time", () => {
    expect(addDays("2025-03-30", 1)).toBe("2025-03-31");
    expect(addDays("2025-12-31", 1)).toBe("2026-01-01");
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2025-03-01", -1)).toBe("2025-02-28");
  });

  it("shows two weeks at a time from today", () => {
    expect(bookingRange("2025-03-14", 0)).toEqual({ from: "2025-03-14", to: "2025-03-27" });
    expect(bookingRange("2025-03-14", 1)).toEqual({ from: "2025-03-28", to: "2025-04-10" });
  });

  it("takes today from the site's clock, not the device's", () => {
    const lateEvening = new Date("2025-03-14T23:30:00Z");
    expect(dateAt("Europe/Copenhagen", lateEvening)).toBe("2025-03-15");
    expect(dateAt("UTC", lateEvening)).toBe("2025-03-14");
    expect(shortTime("18:20:00")).toBe("18:20");
  });

  it("marks each slot free, booked, past or closed, for the chosen clinic, in time order", () => {
    const slots: Slots = {
      days: [
        {
          date: "2025-03-18",
          clinics: [
            {
              clinicKind: "clinic_general_practice",
              startsAt: "19:00",
              endsAt: "20:00",
              slotMinutes: 30,
              closed: false,
              slots: [
                { startsAt: "19:00", endsAt: "19:30", appointmentId: null, past: false },
                { startsAt: "19:30", endsAt: "20:00", appointmentId: null, past: false },
              ],
            },
            {
              clinicKind: "clinic_gynaecology",
              startsAt: "18:00",
              endsAt: "19:00",
              slotMinutes: 20,
              closed: false,
              slots: [
                { startsAt: "18:00", endsAt: "18:20", appointmentId: id(1), past: false },
                { startsAt: "18:20", endsAt: "18:40", appointmentId: null, past: true },
                { startsAt: "18:40", endsAt: "19:00", appointmentId: null, past: false },
              ],
            },
          ],
        },
        {
          date: "2025-03-14",
          clinics: [
            {
              clinicKind: "clinic_gynaecology",
              startsAt: "18:00",
              endsAt: "18:20",
              slotMinutes: 20,
              closed: true,
              slots: [{ startsAt: "18:00", endsAt: "18:20", appointmentId: null, past: false }],
            },
          ],
        },
      ],
    };
    const all = bookableClinics(slots, null);
    expect(all.map((c) => `${c.date} ${c.startsAt} ${c.clinicKind}`)).toEqual([
      "2025-03-14 18:00 clinic_gynaecology",
      "2025-03-18 18:00 clinic_gynaecology",
      "2025-03-18 19:00 clinic_general_practice",
    ]);
    expect(all[0]?.slots.map((s) => s.state)).toEqual(["closed"]);
    expect(all[0]?.free).toBe(0);
    expect(all[1]?.slots.map((s) => s.state)).toEqual(["booked", "past", "free"]);
    expect(all[1]?.free).toBe(1);
    expect(all[2]?.free).toBe(2);
    expect(bookableClinics(slots, "clinic_general_practice").map((c) => c.clinicKind)).toEqual([
      "clinic_general_practice",
    ]);
  });
});

describe("clinic queue paths", () => {
  it("carry only the site's id", () => {
    expect(clinicQueuePaths.deskOf("a/b")).toBe("/clinic/queue/a%2Fb");
    expect(clinicQueuePaths.screenOf(id(1))).toBe(`/clinic/queue/${id(1)}/screen`);
    expect(clinicQueuePaths.appointmentsOf(id(1))).toBe(`/clinic/appointments/${id(1)}`);
  });
});
