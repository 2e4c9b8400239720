import { z } from "zod";
import { defineRoutes } from "./route.js";
import { IdParamsSchema, IdSchema, LanguageCodeSchema, LocalDateSchema, LocalTimeSchema } from "./shared.js";
import { SiteParamsSchema } from "./sites.js";
import { TypedVisitorCodeSchema } from "./visits.js";

/**
 * The clinic's queue and appointments. Clinic hours come from the schedule: activities of kind
 * clinic_gynaecology or clinic_general_practice inside a session. Tickets are numbered 1, 2, 3 … per
 * door session. Codes travel in request bodies only; the queue screen and the public routes never
 * carry a code or a nationality.
 *
 * Public routes (the visitor page, no sign-in) live under /api/v1/clinic/public/...; her code goes in
 * the body, and she polls her place with the ticket token (also in the body, never in a URL).
 * Taking a public ticket is rate-limited per address (LIMITS.publicTicketsPerMinute; 429 RATE_LIMITED
 * with retryAfter), polling more loosely (LIMITS.publicTicketPollsPerMinute).
 *
 * Error codes these routes answer (translated in locales common.json "errors"):
 * CLINIC_CLOSED (no clinic takes tickets now; the message names the next clinic hours), DOOR_NOT_OPEN
 * (the clinic is on tonight but the door session is not open, or is closed), CHOOSE_CLINIC (two clinics
 * take tickets: say which, on "clinicKind"), VISITOR_CODE_NOT_ACCEPTED (public: any wrong code),
 * MALFORMED_VISITOR_CODE / UNKNOWN_VISITOR_CODE (staff: on "visitorCode"), VISIT_NOT_TONIGHT (on
 * "visitId"), TICKET_NOT_WAITING (409: called or finished already), CALLING_SOMEONE (409: finish your
 * called ticket first), TICKET_FINISHED (409: done/no-show/turn-away on a ticket finished otherwise),
 * SLOT_TAKEN (409, on "startsAt"), SLOT_NOT_IN_SCHEDULE (on "startsAt"), SLOT_IN_PAST (on
 * "startsAt"), SITE_CLOSED_THAT_DAY (on "date"), ALREADY_BOOKED (409, on "visitorCode": she has an
 * appointment at that clinic that day), APPOINTMENT_NOT_BOOKED (409: arrived/no-show/cancel on an
 * appointment settled otherwise), APPOINTMENT_NOT_TONIGHT (arrived on another evening's appointment),
 * APPOINTMENT_NOT_DUE (409: no-show before her slot has begun),
 * VALIDATION_FAILED (range longer than CLINIC_RANGE_MAX_DAYS, "to" before "from").
 */

export const CLINIC_KINDS = ["clinic_gynaecology", "clinic_general_practice"] as const;
export const ClinicKindSchema = z.enum(CLINIC_KINDS);
export type ClinicKind = z.infer<typeof ClinicKindSchema>;

export const TICKET_STATUSES = ["waiting", "called", "done", "no_show", "turned_away", "withdrawn"] as const;
export const TicketStatusSchema = z.enum(TICKET_STATUSES);
export type TicketStatus = z.infer<typeof TicketStatusSchema>;

/** Where the ticket was taken: at the door, by her on the visitor page, or on arrival for her appointment. */
export const TicketSourceSchema = z.enum(["door", "visitor", "appointment"]);
export type TicketSource = z.infer<typeof TicketSourceSchema>;

export const APPOINTMENT_STATUSES = ["booked", "arrived", "no_show", "cancelled"] as const;
export const AppointmentStatusSchema = z.enum(APPOINTMENT_STATUSES);
export type AppointmentStatus = z.infer<typeof AppointmentStatusSchema>;

/** The slot length a clinic uses until someone sets its own. */
export const DEFAULT_SLOT_MINUTES = 20;
export const SLOT_MINUTES_MIN = 5;
export const SLOT_MINUTES_MAX = 240;
/** How many days the slot and appointment lists cover at most per request. */
export const CLINIC_RANGE_MAX_DAYS = 62;
/** Tickets can be taken from this many minutes before a clinic starts until it ends. */
export const TICKET_LEAD_MINUTES = 60;

/** Clinic hours of one evening, from the schedule. */
export const ClinicHoursSchema = z.object({
  clinicKind: ClinicKindSchema,
  /** The local date of the evening (a session past midnight belongs to the evening it started). */
  date: LocalDateSchema,
  startsAt: LocalTimeSchema,
  endsAt: LocalTimeSchema,
  startsAtInstant: z.string(),
  endsAtInstant: z.string(),
});
export type ClinicHours = z.infer<typeof ClinicHoursSchema>;

const StaffRefSchema = z.object({ accountId: IdSchema, displayName: z.string() });

// The desk: tonight's queue

/** A ticket as the clinic desk and the door see it (signed-in staff with clinic.queue). */
export const QueueTicketSchema = z.object({
  id: IdSchema,
  sessionId: IdSchema,
  siteId: IdSchema,
  number: z.number().int(),
  clinicKind: ClinicKindSchema,
  status: TicketStatusSchema,
  source: TicketSourceSchema,
  visitId: IdSchema.nullable(),
  /** Her code as printed ("K7MQ-4XPR"), or null for an anonymous walk-in or an erased code. */
  visitorCode: z.string().nullable(),
  visitorCodeId: IdSchema.nullable(),
  appointmentId: IdSchema.nullable(),
  /** Her appointment's slot start, when the ticket came from one (appointments are called first once due). */
  appointmentStartsAt: LocalTimeSchema.nullable(),
  languageNeeded: z.string().nullable(),
  takenAt: z.string(),
  calledAt: z.string().nullable(),
  calledBy: StaffRefSchema.nullable(),
  finishedAt: z.string().nullable(),
});
export type QueueTicket = z.infer<typeof QueueTicketSchema>;

export const QueueCountsSchema = z.object({
  waiting: z.number().int(),
  called: z.number().int(),
  done: z.number().int(),
  noShow: z.number().int(),
  turnedAway: z.number().int(),
  withdrawn: z.number().int(),
});
export type QueueCounts = z.infer<typeof QueueCountsSchema>;

export const AppointmentSchema = z.object({
  id: IdSchema,
  siteId: IdSchema,
  /** Her code as printed, or null once the code was erased. */
  visitorCode: z.string().nullable(),
  visitorCodeId: IdSchema.nullable(),
  clinicKind: ClinicKindSchema,
  date: LocalDateSchema,
  startsAt: LocalTimeSchema,
  endsAt: LocalTimeSchema,
  languageNeeded: z.string().nullable(),
  status: AppointmentStatusSchema,
  bookedAt: z.string(),
  bookedBy: StaffRefSchema.nullable(),
  settledAt: z.string().nullable(),
  /** The queue ticket she got when she arrived. */
  ticketId: IdSchema.nullable(),
});
export type Appointment = z.infer<typeof AppointmentSchema>;

/** For each language a waiting woman needs, the staff on duty tonight who speak it. */
export const InterpretingSchema = z.object({
  language: z.string(),
  ticketNumbers: z.array(z.number().int()),
  staff: z.array(StaffRefSchema),
});

export const QueueSchema = z.object({
  site: z.object({ id: IdSchema, name: z.string(), timeZone: z.string() }),
  /** Tonight's open door session; null when the door is not open (no tickets then). */
  session: z
    .object({ id: IdSchema, date: LocalDateSchema, startsAt: LocalTimeSchema, endsAt: LocalTimeSchema })
    .nullable(),
  /** Tonight's clinic hours from the schedule (empty when there is no clinic tonight). */
  clinics: z.array(ClinicHoursSchema),
  /** Clinics that accept tickets right now (from TICKET_LEAD_MINUTES before the start until the end). */
  takingTickets: z.array(ClinicKindSchema),
  /** The next clinic hours after now, for "closed: next clinic on …". */
  nextClinic: ClinicHoursSchema.nullable(),
  /** Tonight's tickets in number order. */
  tickets: z.array(QueueTicketSchema),
  /** The ticket the signed-in nurse is calling now, if any. */
  myCall: QueueTicketSchema.nullable(),
  counts: QueueCountsSchema,
  interpreting: z.array(InterpretingSchema),
  /** Tonight's appointments in slot order. */
  appointments: z.array(AppointmentSchema),
  can: z.object({ call: z.boolean(), book: z.boolean() }),
});
export type Queue = z.infer<typeof QueueSchema>;

/** The screen in the waiting room: numbers only. Someone may be watching. */
export const QueueScreenSchema = z.object({
  /** Numbers being called now, most recent first. */
  nowCalling: z.array(z.number().int()),
  /** Waiting numbers in the order they will be called. */
  waiting: z.array(z.number().int()),
  /** Whether any clinic takes tickets now. */
  open: z.boolean(),
  updatedAt: z.string(),
});
export type QueueScreen = z.infer<typeof QueueScreenSchema>;

/**
 * A ticket for a walk-in at the door: by her visit tonight (visitId), by her code as typed
 * (visitorCode), or neither for a woman without a code. The clinic kind may be left out when only one
 * clinic takes tickets now. Her open ticket of tonight is answered (200) instead of a second one.
 */
export const TakeTicketBodySchema = z
  .object({
    visitId: IdSchema.optional(),
    visitorCode: TypedVisitorCodeSchema.optional(),
    clinicKind: ClinicKindSchema.optional(),
    languageNeeded: LanguageCodeSchema.nullable().optional(),
  })
  .strict()
  .refine((b) => b.visitId === undefined || b.visitorCode === undefined, {
    message: "Give her visit or her code, not both",
    path: ["visitorCode"],
  });
export type TakeTicketBody = z.input<typeof TakeTicketBodySchema>;

/** Call the next woman for this clinic (or either clinic when left out). */
export const CallNextBodySchema = z.object({ clinicKind: ClinicKindSchema.optional() }).strict();

export const CallNextResultSchema = z.object({
  /** The woman now called by this nurse; null when nobody waits. */
  ticket: QueueTicketSchema.nullable(),
  /**
   * True when the nurse was already calling someone (a double click, or a second tab): that ticket
   * is answered and nobody else is called. Finish it (done, no-show, turn away) to call the next.
   */
  alreadyCalling: z.boolean(),
});
export type CallNextResult = z.infer<typeof CallNextResultSchema>;

export const TurnAwayRestBodySchema = z.object({ clinicKind: ClinicKindSchema.optional() }).strict();
export const TurnAwayRestResultSchema = z.object({ turnedAway: z.number().int() });

// Appointments and slots

export const AppointmentsQuerySchema = z
  .object({ from: LocalDateSchema, to: LocalDateSchema, status: AppointmentStatusSchema.optional() })
  .strict();

export const BookAppointmentBodySchema = z
  .object({
    visitorCode: TypedVisitorCodeSchema,
    clinicKind: ClinicKindSchema,
    date: LocalDateSchema,
    /** The slot's start, as the slots route lists it. */
    startsAt: LocalTimeSchema,
    languageNeeded: LanguageCodeSchema.nullable().default(null),
  })
  .strict();
export type BookAppointmentBody = z.input<typeof BookAppointmentBodySchema>;

export const SlotsQuerySchema = z
  .object({ from: LocalDateSchema, to: LocalDateSchema, clinicKind: ClinicKindSchema.optional() })
  .strict();

export const SlotSchema = z.object({
  startsAt: LocalTimeSchema,
  endsAt: LocalTimeSchema,
  /** The appointment holding the slot, or null when it is free. */
  appointmentId: IdSchema.nullable(),
  /** The slot has begun already: it can no longer be booked. */
  past: z.boolean(),
});

export const SlotDaySchema = z.object({
  date: LocalDateSchema,
  clinics: z.array(
    z.object({
      clinicKind: ClinicKindSchema,
      startsAt: LocalTimeSchema,
      endsAt: LocalTimeSchema,
      slotMinutes: z.number().int(),
      /** The site is closed that day (a closure): nothing can be booked. */
      closed: z.boolean(),
      slots: z.array(SlotSchema),
    }),
  ),
});

export const SlotsSchema = z.object({ days: z.array(SlotDaySchema) });
export type Slots = z.infer<typeof SlotsSchema>;

export const SlotSettingSchema = z.object({
  clinicKind: ClinicKindSchema,
  slotMinutes: z.number().int(),
  /** True while the clinic uses DEFAULT_SLOT_MINUTES because nobody has set its own. */
  isDefault: z.boolean(),
  updatedAt: z.string().nullable(),
});
export const SlotSettingsSchema = z.object({ items: z.array(SlotSettingSchema) });
export type SlotSettings = z.infer<typeof SlotSettingsSchema>;

export const SlotSettingBodySchema = z
  .object({
    clinicKind: ClinicKindSchema,
    slotMinutes: z.number().int().min(SLOT_MINUTES_MIN).max(SLOT_MINUTES_MAX),
  })
  .strict();

export const ArrivedResultSchema = z.object({ appointment: AppointmentSchema, ticket: QueueTicketSchema });

// Public: the visitor page

export const PublicSiteParamsSchema = z.object({ slug: z.string().regex(/^[a-z0-9-]{1,60}$/) }).strict();

/** What the visitor page shows before she asks: whether the clinic takes tickets, and its hours. */
export const PublicClinicStatusSchema = z.object({
  takingTickets: z.array(ClinicKindSchema),
  /** Tonight's clinic hours (empty when there is no clinic tonight). */
  tonight: z.array(ClinicHoursSchema),
  /** The next clinic hours after now. */
  nextClinic: ClinicHoursSchema.nullable(),
});
export type PublicClinicStatus = z.infer<typeof PublicClinicStatusSchema>;

/**
 * Her code in the body (never in a URL). A code that is wrong, malformed or unknown is answered with
 * the same problem (VISITOR_CODE_NOT_ACCEPTED on "code"); a closed clinic with CLINIC_CLOSED, whose
 * message names the next clinic hours (the page can ask the status route for them too).
 */
export const PublicTakeTicketBodySchema = z
  .object({
    code: TypedVisitorCodeSchema,
    clinicKind: ClinicKindSchema.optional(),
    languageNeeded: LanguageCodeSchema.nullable().optional(),
  })
  .strict();

/** Her place in the queue: her number, how many are before her, and the numbers called now. */
export const PublicTicketSchema = z.object({
  number: z.number().int(),
  clinicKind: ClinicKindSchema,
  status: TicketStatusSchema,
  /** Waiting women to be called before her (0 once she is called or finished). */
  ahead: z.number().int(),
  nowCalling: z.array(z.number().int()),
  /** The local date of the evening the ticket is for. */
  date: LocalDateSchema,
  /** When tonight's clinic ends (site time), null if the schedule changed. */
  clinicEndsAt: LocalTimeSchema.nullable(),
});
export type PublicTicket = z.infer<typeof PublicTicketSchema>;

export const PublicTakenTicketSchema = PublicTicketSchema.extend({
  /** Keep it on the device (not in the URL): it answers her place and withdraws the ticket. */
  token: z.string(),
});
export type PublicTakenTicket = z.infer<typeof PublicTakenTicketSchema>;

export const PublicTicketTokenBodySchema = z.object({ token: z.string().min(20).max(100) }).strict();

export const clinicQueueRoutes = defineRoutes({
  queue: {
    method: "GET",
    path: "/api/v1/clinic/sites/:siteId/queue",
    access: "clinic.queue",
    summary:
      "Tonight's clinic desk: clinic hours, tickets with codes, counts, interpreting hints, tonight's appointments",
    params: SiteParamsSchema,
    response: QueueSchema,
  },
  screen: {
    method: "GET",
    path: "/api/v1/clinic/sites/:siteId/screen",
    access: "clinic.queue",
    summary:
      "The waiting-room screen: numbers called now and waiting numbers only (no codes, no nationalities)",
    params: SiteParamsSchema,
    response: QueueScreenSchema,
  },
  takeTicket: {
    method: "POST",
    path: "/api/v1/clinic/sites/:siteId/tickets",
    access: "clinic.queue",
    summary:
      "Give a walk-in her ticket (201), by visit, typed code or neither; her open ticket of tonight answers 200. Refused with CLINIC_CLOSED outside clinic hours",
    params: SiteParamsSchema,
    body: TakeTicketBodySchema,
    response: QueueTicketSchema,
    status: 201,
  },
  callNext: {
    method: "POST",
    path: "/api/v1/clinic/sites/:siteId/queue/call-next",
    access: "clinic.call",
    summary:
      "Call the next woman (appointments that are due first, then by number). A nurse already calling someone gets that ticket back: a double click calls one woman",
    params: SiteParamsSchema,
    body: CallNextBodySchema,
    response: CallNextResultSchema,
  },
  turnAwayRest: {
    method: "POST",
    path: "/api/v1/clinic/sites/:siteId/queue/turn-away-rest",
    access: "clinic.call",
    summary: "No more time tonight: every waiting ticket (of one clinic, or both) is turned away and counted",
    params: SiteParamsSchema,
    body: TurnAwayRestBodySchema,
    response: TurnAwayRestResultSchema,
  },
  callTicket: {
    method: "POST",
    path: "/api/v1/clinic/tickets/:id/call",
    access: "clinic.call",
    summary:
      "Call this waiting woman out of turn (e.g. her interpreter is free). 409 TICKET_NOT_WAITING, or CALLING_SOMEONE while the nurse calls another",
    params: IdParamsSchema,
    response: QueueTicketSchema,
  },
  ticketDone: {
    method: "POST",
    path: "/api/v1/clinic/tickets/:id/done",
    access: "clinic.call",
    summary: "She has been seen (repeating it changes nothing)",
    params: IdParamsSchema,
    response: QueueTicketSchema,
  },
  ticketNoShow: {
    method: "POST",
    path: "/api/v1/clinic/tickets/:id/no-show",
    access: "clinic.call",
    summary: "Called, and she did not come: counted as a no-show (repeating it changes nothing)",
    params: IdParamsSchema,
    response: QueueTicketSchema,
  },
  ticketTurnAway: {
    method: "POST",
    path: "/api/v1/clinic/tickets/:id/turn-away",
    access: "clinic.call",
    summary: "No time for her tonight: counted as turned away (repeating it changes nothing)",
    params: IdParamsSchema,
    response: QueueTicketSchema,
  },
  ticketWithdraw: {
    method: "POST",
    path: "/api/v1/clinic/tickets/:id/withdraw",
    access: "clinic.queue",
    summary: "She no longer waits (left, or a ticket given by mistake): not a no-show",
    params: IdParamsSchema,
    response: QueueTicketSchema,
  },
  slots: {
    method: "GET",
    path: "/api/v1/clinic/sites/:siteId/slots",
    access: "clinic.appointment",
    summary: `Appointment slots of the clinic hours in a date range (at most ${CLINIC_RANGE_MAX_DAYS} days), free or booked`,
    params: SiteParamsSchema,
    query: SlotsQuerySchema,
    response: SlotsSchema,
  },
  listAppointments: {
    method: "GET",
    path: "/api/v1/clinic/sites/:siteId/appointments",
    access: "clinic.appointment",
    summary: `Appointments of a site in a date range (at most ${CLINIC_RANGE_MAX_DAYS} days), in slot order`,
    params: SiteParamsSchema,
    query: AppointmentsQuerySchema,
    response: z.object({ items: z.array(AppointmentSchema) }),
  },
  bookAppointment: {
    method: "POST",
    path: "/api/v1/clinic/sites/:siteId/appointments",
    access: "clinic.appointment",
    summary:
      "Book a slot for a code (typed, in the body). A booked slot is refused with 409 SLOT_TAKEN; a slot outside the clinic hours with SLOT_NOT_IN_SCHEDULE",
    params: SiteParamsSchema,
    body: BookAppointmentBodySchema,
    response: AppointmentSchema,
    status: 201,
  },
  cancelAppointment: {
    method: "POST",
    path: "/api/v1/clinic/appointments/:id/cancel",
    access: "clinic.appointment",
    summary: "Cancel a booked appointment: the slot is free again",
    params: IdParamsSchema,
    response: AppointmentSchema,
  },
  appointmentArrived: {
    method: "POST",
    path: "/api/v1/clinic/appointments/:id/arrived",
    access: "clinic.queue",
    summary:
      "She has come for her appointment tonight: she gets a queue ticket, called first once her slot is due",
    params: IdParamsSchema,
    response: ArrivedResultSchema,
  },
  appointmentNoShow: {
    method: "POST",
    path: "/api/v1/clinic/appointments/:id/no-show",
    access: "clinic.call",
    summary: "She did not come for her appointment: counted as a no-show",
    params: IdParamsSchema,
    response: AppointmentSchema,
  },
  slotSettings: {
    method: "GET",
    path: "/api/v1/clinic/sites/:siteId/slot-settings",
    access: "clinic.appointment",
    summary: "Slot length per clinic of a site",
    params: SiteParamsSchema,
    response: SlotSettingsSchema,
  },
  updateSlotSetting: {
    method: "PUT",
    path: "/api/v1/clinic/sites/:siteId/slot-settings",
    access: "clinic.statistics",
    summary: "Set a clinic's slot length (health staff and managers). Booked appointments keep their times",
    params: SiteParamsSchema,
    body: SlotSettingBodySchema,
    response: SlotSettingsSchema,
  },
  publicStatus: {
    method: "GET",
    path: "/api/v1/clinic/public/sites/:slug/status",
    access: "public",
    summary:
      "For the visitor page: whether the clinic takes tickets now, tonight's and the next clinic hours",
    params: PublicSiteParamsSchema,
    response: PublicClinicStatusSchema,
  },
  publicTakeTicket: {
    method: "POST",
    path: "/api/v1/clinic/public/sites/:slug/tickets",
    access: "public",
    summary:
      "She takes a ticket with her code (in the body; rate-limited). Any wrong code answers VISITOR_CODE_NOT_ACCEPTED alike; her open ticket answers 200 with a fresh token",
    params: PublicSiteParamsSchema,
    body: PublicTakeTicketBodySchema,
    response: PublicTakenTicketSchema,
    status: 201,
  },
  publicTicket: {
    method: "POST",
    path: "/api/v1/clinic/public/tickets/status",
    access: "public",
    summary: "Her place in the queue, by the ticket token in the body (poll every few seconds)",
    body: PublicTicketTokenBodySchema,
    response: PublicTicketSchema,
  },
  publicWithdraw: {
    method: "POST",
    path: "/api/v1/clinic/public/tickets/withdraw",
    access: "public",
    summary: "She no longer waits: her ticket is withdrawn",
    body: PublicTicketTokenBodySchema,
    response: PublicTicketSchema,
  },
});

// contract: ready
