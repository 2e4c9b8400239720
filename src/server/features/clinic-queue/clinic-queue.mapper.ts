import type { Appointment, QueueTicket, SlotSettings } from "../../../common/contracts/clinic-queue.js";
import { CLINIC_KINDS, DEFAULT_SLOT_MINUTES } from "../../../common/contracts/clinic-queue.js";
import { formatVisitorCode } from "../../../common/visitor-code.js";
import { hhmm } from "../sites/local-time.js";
import type { AppointmentView, SlotSettingRow, TicketView } from "./clinic-queue.repository.js";

const codeOf = (codes: ReadonlyMap<string, string>, id: string | null) => {
  const code = id === null ? undefined : codes.get(id);
  return code ? formatVisitorCode(code) : null;
};

/** A ticket for signed-in staff with clinic.queue: with her code, never her nationality. */
export function toQueueTicket(view: TicketView, codes: ReadonlyMap<string, string>): QueueTicket {
  const t = view.ticket;
  return {
    id: t.id,
    sessionId: t.sessionId,
    siteId: t.siteId,
    number: t.number,
    clinicKind: t.clinicKind,
    status: t.status,
    source: t.source,
    visitId: t.visitId,
    visitorCode: codeOf(codes, t.visitorCodeId),
    visitorCodeId: codes.has(t.visitorCodeId ?? "") ? t.visitorCodeId : null,
    appointmentId: t.appointmentId,
    appointmentStartsAt: view.appointmentStartsAt ? hhmm(view.appointmentStartsAt) : null,
    languageNeeded: t.languageNeeded,
    takenAt: t.takenAt.toISOString(),
    calledAt: t.calledAt?.toISOString() ?? null,
    calledBy: t.calledBy ? { accountId: t.calledBy, displayName: view.callerName ?? "" } : null,
    finishedAt: t.finishedAt?.toISOString() ?? null,
  };
}

export function toAppointment(view: AppointmentView, codes: ReadonlyMap<string, string>): Appointment {
  const a = view.appointment;
  return {
    id: a.id,
    siteId: a.siteId,
    visitorCode: codeOf(codes, a.visitorCodeId),
    visitorCodeId: codes.has(a.visitorCodeId ?? "") ? a.visitorCodeId : null,
    clinicKind: a.clinicKind,
    date: a.date,
    startsAt: hhmm(a.startsAt),
    endsAt: hhmm(a.endsAt),
    languageNeeded: a.languageNeeded,
    status: a.status,
    bookedAt: a.bookedAt.toISOString(),
    bookedBy: a.bookedBy ? { accountId: a.bookedBy, displayName: view.bookerName ?? "" } : null,
    settledAt: a.settledAt?.toISOString() ?? null,
    ticketId: view.ticketId,
  };
}

export function toSlotSettings(rows: readonly SlotSettingRow[]): SlotSettings {
  return {
    items: CLINIC_KINDS.map((clinicKind) => {
      const row = rows.find((r) => r.clinicKind === clinicKind);
      return {
        clinicKind,
        slotMinutes: row?.slotMinutes ?? DEFAULT_SLOT_MINUTES,
        isDefault: row === undefined,
        updatedAt: row?.updatedAt.toISOString() ?? null,
      };
    }),
  };
}
