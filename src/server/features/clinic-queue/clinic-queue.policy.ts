/**
 * The clinic queue's rules as pure functions: clinic hours from a session's activities, whether a
 * clinic takes tickets now, the next clinic hours, the calling order, and appointment slots. No
 * database and no clock: everything comes in as values.
 */
import {
  CLINIC_KINDS,
  type ClinicHours,
  type ClinicKind,
  TICKET_LEAD_MINUTES,
  type TicketStatus,
} from "../../../common/contracts/clinic-queue.js";
import {
  addDays,
  hhmm,
  MINUTES_PER_DAY,
  minutesOf,
  spanMinutes,
  timeOfMinutes,
  zonedInstant,
} from "../sites/local-time.js";

const MINUTE_MS = 60_000;

export const isClinicKind = (kind: string): kind is ClinicKind =>
  (CLINIC_KINDS as readonly string[]).includes(kind);

/** A session as the schedule gives it: its evening's date, its start, its activities, a closure. */
export interface ScheduledSession {
  date: string;
  startsAt: string;
  activities: readonly { kind: string; startsAt: string; endsAt: string }[];
  closure?: unknown;
}

/**
 * The instant of a wall-clock time inside an evening's session: a time before the session's start
 * lies after midnight, on the next calendar day (00:30 in a 23:00–05:00 session).
 */
export function instantInSession(
  date: string,
  sessionStartsAt: string,
  time: string,
  timeZone: string,
): Date {
  const nextDay = minutesOf(time) < minutesOf(sessionStartsAt);
  return zonedInstant(nextDay ? addDays(date, 1) : date, hhmm(time), timeZone);
}

/** A session's clinic hours (gynaecology, general practice), in the order of the evening. */
export function clinicHoursOf(session: ScheduledSession, timeZone: string): ClinicHours[] {
  const hours: ClinicHours[] = [];
  for (const activity of session.activities) {
    if (!isClinicKind(activity.kind)) continue;
    const startsAtInstant = instantInSession(session.date, session.startsAt, activity.startsAt, timeZone);
    const endsAtInstant = new Date(
      startsAtInstant.getTime() + spanMinutes(activity.startsAt, activity.endsAt) * MINUTE_MS,
    );
    hours.push({
      clinicKind: activity.kind,
      date: session.date,
      startsAt: hhmm(activity.startsAt),
      endsAt: hhmm(activity.endsAt),
      startsAtInstant: startsAtInstant.toISOString(),
      endsAtInstant: endsAtInstant.toISOString(),
    });
  }
  return hours.sort((a, b) => a.startsAtInstant.localeCompare(b.startsAtInstant));
}

/** Tickets are taken from TICKET_LEAD_MINUTES before a clinic starts until it ends. */
export function takesTickets(hours: ClinicHours, now: Date): boolean {
  const start = Date.parse(hours.startsAtInstant) - TICKET_LEAD_MINUTES * MINUTE_MS;
  return start <= now.getTime() && now.getTime() < Date.parse(hours.endsAtInstant);
}

/** The clinics of the evening that take tickets now, each kind once. */
export function takingTicketsAt(hours: readonly ClinicHours[], now: Date): ClinicKind[] {
  const kinds = new Set<ClinicKind>();
  for (const h of hours) if (takesTickets(h, now)) kinds.add(h.clinicKind);
  return CLINIC_KINDS.filter((k) => kinds.has(k));
}

/** The first clinic hours that start after now, on a day the site is not closed. */
export function nextClinicAfter(
  sessions: readonly ScheduledSession[],
  timeZone: string,
  now: Date,
): ClinicHours | null {
  let best: ClinicHours | null = null;
  for (const session of sessions) {
    if (session.closure) continue;
    for (const hours of clinicHoursOf(session, timeZone)) {
      if (Date.parse(hours.startsAtInstant) <= now.getTime()) continue;
      if (!best || hours.startsAtInstant < best.startsAtInstant) best = hours;
    }
  }
  return best;
}

export type TicketChoice =
  | { kind: "take"; clinicKind: ClinicKind }
  | { kind: "closed" }
  | { kind: "choose" }
  | { kind: "not_now"; clinicKind: ClinicKind };

/**
 * Which clinic a new ticket is for: the one asked for if it takes tickets now, else the only one that
 * does. Two open clinics and none named: she must choose.
 */
export function chooseClinic(taking: readonly ClinicKind[], asked: ClinicKind | undefined): TicketChoice {
  if (asked !== undefined)
    return taking.includes(asked)
      ? { kind: "take", clinicKind: asked }
      : { kind: "not_now", clinicKind: asked };
  const [only, other] = taking;
  if (only === undefined) return { kind: "closed" };
  if (other !== undefined) return { kind: "choose" };
  return { kind: "take", clinicKind: only };
}

/** The next clinic hours as an English sentence, for the fallback message of CLINIC_CLOSED. */
export function closedMessage(next: ClinicHours | null): string {
  if (!next) return "The clinic is not taking tickets now, and no clinic hours are planned yet.";
  const label = next.clinicKind === "clinic_gynaecology" ? "gynaecology" : "general practice";
  return `The clinic is not taking tickets now. Next clinic hours (${label}): ${next.date}, ${next.startsAt}–${next.endsAt}.`;
}

export interface Waiting {
  id: string;
  number: number;
  /** The slot start of her appointment, as an instant, or null for a walk-in. */
  appointmentDueAt: Date | null;
}

/**
 * The calling order: women whose appointment slot has begun come first (earliest slot first), then
 * everyone else by number. An appointment not yet due waits in number order like a walk-in.
 */
export function callingOrder<T extends Waiting>(waiting: readonly T[], now: Date): T[] {
  const due = (w: Waiting) => w.appointmentDueAt !== null && w.appointmentDueAt.getTime() <= now.getTime();
  return [...waiting].sort((a, b) => {
    const da = due(a);
    const db = due(b);
    if (da && db)
      return (
        (a.appointmentDueAt as Date).getTime() - (b.appointmentDueAt as Date).getTime() || a.number - b.number
      );
    if (da !== db) return da ? -1 : 1;
    return a.number - b.number;
  });
}

/** What finishing a ticket with a status does: change it, nothing (said twice), or refuse. */
export function finishDecision(
  current: TicketStatus,
  target: "done" | "no_show" | "turned_away" | "withdrawn",
) {
  if (current === target) return "same" as const;
  if (current === "waiting" || current === "called") return "change" as const;
  return "finished" as const;
}

/**
 * The appointment slots of clinic hours: back to back from the start, each `slotMinutes` long; a
 * remainder too short for a slot is left free. Works past midnight.
 */
export function slotsOf(hours: { startsAt: string; endsAt: string }, slotMinutes: number) {
  const length = spanMinutes(hours.startsAt, hours.endsAt);
  const start = minutesOf(hours.startsAt);
  const slots: { startsAt: string; endsAt: string; offset: number }[] = [];
  for (let offset = 0; offset + slotMinutes <= length; offset += slotMinutes) {
    slots.push({
      startsAt: timeOfMinutes(start + offset),
      endsAt: timeOfMinutes((start + offset + slotMinutes) % MINUTES_PER_DAY),
      offset,
    });
  }
  return slots;
}

/** The slot of these hours that starts at `time`, if it is one. */
export function slotAt(hours: { startsAt: string; endsAt: string }, slotMinutes: number, time: string) {
  return slotsOf(hours, slotMinutes).find((s) => s.startsAt === hhmm(time));
}
