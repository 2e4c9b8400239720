/**
 * The clinic queue's pure rules on the client: what the desk lists where, which numbers the room's
 * screen has just started calling, the language a walk-in may need, and the dates the booking page
 * asks for. No React, no requests: unit-tested in clinic-queue.logic.test.ts.
 */
import {
  type ClinicHours,
  type ClinicKind,
  type QueueTicket,
  type Slots,
  TICKET_LEAD_MINUTES,
  type TicketStatus,
} from "../../../common/contracts/clinic-queue";

/** Languages the whole staff speaks: a woman who speaks one of them needs no interpreter. */
const STAFF_LANGUAGES = new Set(["da", "en"]);

/**
 * The language to ask an interpreter for, from the languages the door recorded for her: none when
 * she speaks Danish or English, else the first she speaks.
 */
export function languageNeededFor(languages: readonly string[]): string | null {
  if (languages.some((language) => STAFF_LANGUAGES.has(language))) return null;
  return languages[0] ?? null;
}

export interface TicketGroups {
  /** Being called now, by any nurse. */
  calling: QueueTicket[];
  /** Waiting, in number order (the order they took them). */
  waiting: QueueTicket[];
  /** Done, no-show, turned away or withdrawn: the most recently finished first. */
  finished: QueueTicket[];
}

const FINISHED: readonly TicketStatus[] = ["done", "no_show", "turned_away", "withdrawn"];

export function groupTickets(tickets: readonly QueueTicket[]): TicketGroups {
  const byNumber = [...tickets].sort((a, b) => a.number - b.number);
  return {
    calling: byNumber.filter((ticket) => ticket.status === "called"),
    waiting: byNumber.filter((ticket) => ticket.status === "waiting"),
    finished: byNumber
      .filter((ticket) => FINISHED.includes(ticket.status))
      .sort((a, b) => (b.finishedAt ?? "").localeCompare(a.finishedAt ?? "") || b.number - a.number),
  };
}

/**
 * Her open ticket of tonight (waiting or being called): given with her visit, or taken with her code
 * (at the desk, or on her phone).
 */
export function openTicketOfVisit(
  tickets: readonly QueueTicket[],
  visit: { id: string; visitorCodeId: string | null },
): QueueTicket | null {
  return (
    tickets.find(
      (ticket) =>
        (ticket.visitId === visit.id ||
          (visit.visitorCodeId !== null && ticket.visitorCodeId === visit.visitorCodeId)) &&
        (ticket.status === "waiting" || ticket.status === "called"),
    ) ?? null
  );
}

/**
 * The numbers the screen calls now that it did not call the last time it asked: these are shown
 * highlighted for a while. The first answer highlights nothing (the screen was just switched on).
 */
export function newlyCalled(previous: readonly number[] | null, current: readonly number[]): number[] {
  if (previous === null) return [];
  const before = new Set(previous);
  return current.filter((number) => !before.has(number));
}

/** The waiting numbers that fit on the screen, and how many more there are. */
export function fitWaiting(waiting: readonly number[], room: number): { shown: number[]; more: number } {
  const shown = waiting.slice(0, Math.max(0, room));
  return { shown, more: waiting.length - shown.length };
}

/** Whether an answer shown since `updatedAt` is too old to trust (the screen says so). */
export const isStale = (updatedAt: number, now: number, afterMs: number) =>
  updatedAt > 0 && now - updatedAt > afterMs;

/** "2025-03-14" plus days, as a calendar date (no time zone can shift it). */
export function addDays(date: string, days: number): string {
  const [year = 1970, month = 1, day = 1] = date.split("-").map(Number);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** The calendar date at an instant in the site's time zone. */
export function dateAt(timeZone: string, at: Date): string {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).formatToParts(at);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "";
  return `${part("year")}-${part("month")}-${part("day")}`;
}

/** The booking page shows two weeks at a time; `page` 0 starts today. */
export const BOOKING_DAYS = 14;

export function bookingRange(today: string, page: number): { from: string; to: string } {
  const from = addDays(today, page * BOOKING_DAYS);
  return { from, to: addDays(from, BOOKING_DAYS - 1) };
}

export type SlotState = "free" | "booked" | "past" | "closed";

export interface BookableSlot {
  startsAt: string;
  endsAt: string;
  state: SlotState;
  appointmentId: string | null;
}

export interface BookableClinic {
  date: string;
  clinicKind: ClinicKind;
  startsAt: string;
  endsAt: string;
  slotMinutes: number;
  closed: boolean;
  slots: BookableSlot[];
  free: number;
}

/** The clinic hours of the range, each with its slots' state, for one clinic or both; in date order. */
export function bookableClinics(slots: Slots, clinicKind: ClinicKind | null): BookableClinic[] {
  const out: BookableClinic[] = [];
  for (const day of [...slots.days].sort((a, b) => a.date.localeCompare(b.date))) {
    for (const clinic of day.clinics) {
      if (clinicKind && clinic.clinicKind !== clinicKind) continue;
      const mapped = clinic.slots.map<BookableSlot>((slot) => ({
        startsAt: slot.startsAt,
        endsAt: slot.endsAt,
        appointmentId: slot.appointmentId,
        state: clinic.closed ? "closed" : slot.appointmentId ? "booked" : slot.past ? "past" : "free",
      }));
      out.push({
        date: day.date,
        clinicKind: clinic.clinicKind,
        startsAt: clinic.startsAt,
        endsAt: clinic.endsAt,
        slotMinutes: clinic.slotMinutes,
        closed: clinic.closed,
        slots: mapped,
        free: mapped.filter((slot) => slot.state === "free").length,
      });
    }
  }
  return out.sort((a, b) => a.date.localeCompare(b.date) || a.startsAt.localeCompare(b.startsAt));
}

/** "18:00:00" or "18:00" → "18:00". */
export const shortTime = (time: string) => time.slice(0, 5);

/**
 * Whether these clinic hours take tickets now: their clinic takes tickets (the server says so per
 * clinic) and now lies between an hour before they start and their end. Two evenings' hours of one
 * clinic (16–18 and 19:30–21:30) are told apart this way.
 */
export function hoursTakingTickets(
  hours: ClinicHours,
  takingTickets: readonly ClinicKind[],
  now: number,
): boolean {
  if (!takingTickets.includes(hours.clinicKind)) return false;
  const opens = Date.parse(hours.startsAtInstant) - TICKET_LEAD_MINUTES * 60_000;
  return opens <= now && now < Date.parse(hours.endsAtInstant);
}
