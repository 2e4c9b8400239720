import type { AuditEvent } from "../../../common/audit-events.js";
import {
  type Appointment,
  type AppointmentStatus,
  type BookAppointmentBody,
  type CallNextResult,
  CLINIC_RANGE_MAX_DAYS,
  type ClinicHours,
  type ClinicKind,
  DEFAULT_SLOT_MINUTES,
  type PublicClinicStatus,
  type PublicTakenTicket,
  type PublicTicket,
  type Queue,
  type QueueCounts,
  type QueueScreen,
  type QueueTicket,
  type SlotSettings,
  type Slots,
  TICKET_LEAD_MINUTES,
  type TicketStatus,
} from "../../../common/contracts/clinic-queue.js";
import { can, type Permission } from "../../../common/permissions.js";
import { recordAudit } from "../../audit/audit-log.js";
import type { Actor, AppContext } from "../../context.js";
import { randomToken, sha256 } from "../../crypto.js";
import type { Queryable, Tx } from "../../db/client.js";
import { AppError, fieldError, forbidden, notFound } from "../../errors.js";
import * as roster from "../roster/roster.service.js";
import { addDays, dayNumber, hhmm, localDateTime, zonedInstant } from "../sites/local-time.js";
import { maySeeSite } from "../sites/sites.policy.js";
import * as sites from "../sites/sites.service.js";
import * as visits from "../visits/visits.service.js";
import { toAppointment, toQueueTicket, toSlotSettings } from "./clinic-queue.mapper.js";
import {
  callingOrder,
  chooseClinic,
  clinicHoursOf,
  closedMessage,
  finishDecision,
  instantInSession,
  nextClinicAfter,
  type ScheduledSession,
  slotAt,
  slotsOf,
  takingTicketsAt,
} from "./clinic-queue.policy.js";
import * as repo from "./clinic-queue.repository.js";

/** The queue stays tonight's until this long after the door session's end: the nurse may run late. */
const QUEUE_GRACE_MINUTES = 180;
/** How far ahead "the next clinic hours" are looked for. */
const NEXT_CLINIC_DAYS = 28;
const MINUTE_MS = 60_000;

function requirePermission(actor: Actor, permission: Permission) {
  if (!can(actor.role, permission)) throw forbidden();
}

/** A site the staff member does not work at answers exactly like one that does not exist. */
async function visibleSite(db: Queryable, actor: Actor, siteId: string) {
  if (!maySeeSite(actor, siteId)) throw notFound();
  const site = await repo.findSite(db, siteId);
  if (!site) throw notFound();
  return site;
}

function audit(
  tx: Tx,
  ctx: AppContext,
  actor: Actor,
  event: AuditEvent,
  entity: { siteId: string; type: string; id: string },
) {
  return recordAudit(tx, {
    event,
    occurredAt: ctx.clock.now(),
    actorAccountId: actor.accountId,
    organisationId: actor.organisationId,
    siteId: entity.siteId,
    entityType: entity.type,
    entityId: entity.id,
    address: actor.address,
  });
}

const todayIn = (now: Date, timeZone: string) => localDateTime(now, timeZone).date;

/** The value of a settled read, or its refusal thrown. */
function settled<T>(result: PromiseSettledResult<T>): T {
  if (result.status === "rejected") throw result.reason;
  return result.value;
}

function assertRange(range: { from: string; to: string }) {
  if (range.to < range.from) {
    throw fieldError("to", "END_BEFORE_START", "The end date must not come before the start date.");
  }
  if (dayNumber(range.to) - dayNumber(range.from) + 1 > CLINIC_RANGE_MAX_DAYS) {
    throw fieldError("to", "VALIDATION_FAILED", `Ask for at most ${CLINIC_RANGE_MAX_DAYS} days at a time.`);
  }
}

// Tonight

const QUEUE_WINDOW = { leadMinutes: TICKET_LEAD_MINUTES, graceMinutes: QUEUE_GRACE_MINUTES };

/**
 * Tonight's door session of a site. The earliest date bounds the index scan: a site's local date is
 * within a day of UTC's, so two days back always holds last night's session.
 */
const tonightsSession = (db: Queryable, siteId: string, now: Date) =>
  repo.findTonightsSession(db, siteId, now, QUEUE_WINDOW, addDays(now.toISOString().slice(0, 10), -2));

/** The site (404 unless the actor works there) and tonight's door session, read at once. */
async function siteAndTonight(ctx: AppContext, actor: Actor, siteId: string, now: Date) {
  if (!maySeeSite(actor, siteId)) throw notFound();
  const [site, session] = await Promise.all([
    repo.findSite(ctx.db, siteId),
    tonightsSession(ctx.db, siteId, now),
  ]);
  if (!site) throw notFound();
  return { site, session };
}

/**
 * Clinic hours of door sessions, kept for a few seconds per process: the hot queue operations (a
 * ticket, the screen, her place) would otherwise read the whole schedule each time. A change to
 * tonight's clinic hours reaches them within CLINIC_HOURS_TTL_MS.
 */
const CLINIC_HOURS_TTL_MS = 15_000;
const clinicHoursCache = new Map<string, { until: number; hours: ClinicHours[] }>();

/** The clinic hours of a door session, from the schedule of its evening. */
async function clinicsOfSession(db: Queryable, site: repo.SiteRef, session: repo.SessionRef) {
  const key = `${site.id}|${session.date}|${hhmm(session.startsAt)}`;
  const cached = clinicHoursCache.get(key);
  // Cache freshness is measured on the process's monotonic clock; the service's clock decides the rules.
  const tick = performance.now();
  if (cached && cached.until > tick) return cached.hours;
  const scheduled = await sites.findSession(db, site.id, session.date, hhmm(session.startsAt));
  const hours = scheduled ? clinicHoursOf(scheduled, site.timeZone) : [];
  if (clinicHoursCache.size > 1000) {
    for (const [k, v] of clinicHoursCache) if (v.until <= tick) clinicHoursCache.delete(k);
  }
  clinicHoursCache.set(key, { until: tick + CLINIC_HOURS_TTL_MS, hours });
  return hours;
}

/** The door session takes tickets: it is open, and it has not ended. */
const sessionTakesTickets = (session: repo.SessionRef, now: Date) =>
  session.closedAt === null && now.getTime() < session.endsAtInstant.getTime();

/** Tonight's scheduled session that has not ended (or the next one today), when the door has no row yet. */
function scheduledTonight<T extends ScheduledSession & { endsAtInstant: string | Date }>(
  sessions: readonly T[],
  now: Date,
  today: string,
): T | undefined {
  return sessions.find(
    (s) =>
      (s.date === today || s.date === addDays(today, -1)) &&
      new Date(s.endsAtInstant).getTime() > now.getTime() &&
      !s.closure,
  );
}

/**
 * The door session a new ticket goes into, and its clinic. Refused with CHOOSE_CLINIC (two clinics
 * take tickets and none was named), DOOR_NOT_OPEN (the clinic would take tickets but the door has not
 * opened tonight's session, or has closed it), or CLINIC_CLOSED with the next clinic hours.
 */
async function placeForTicket(
  ctx: AppContext,
  site: repo.SiteRef,
  session: repo.SessionRef | undefined,
  asked: ClinicKind | undefined,
  schedule: () => Promise<readonly (ScheduledSession & { endsAtInstant: string | Date })[]>,
): Promise<{ session: repo.SessionRef; clinicKind: ClinicKind }> {
  const now = ctx.clock.now();
  if (session && sessionTakesTickets(session, now)) {
    const choice = chooseClinic(takingTicketsAt(await clinicsOfSession(ctx.db, site, session), now), asked);
    if (choice.kind === "take") return { session, clinicKind: choice.clinicKind };
    if (choice.kind === "choose") {
      throw fieldError(
        "clinicKind",
        "CHOOSE_CLINIC",
        "Two clinics take tickets now. Choose the one she is waiting for.",
      );
    }
  }
  const sessions = await schedule();
  const today = todayIn(now, site.timeZone);
  const tonight = scheduledTonight(sessions, now, today);
  const wouldTake = tonight ? takingTicketsAt(clinicHoursOf(tonight, site.timeZone), now) : [];
  const clinicOn = asked === undefined ? wouldTake.length > 0 : wouldTake.includes(asked);
  if (clinicOn && !(session && sessionTakesTickets(session, now))) {
    throw new AppError(
      "DOOR_NOT_OPEN",
      "The clinic is on tonight, but the door has not opened tonight's session (or has closed it).",
    );
  }
  throw new AppError("CLINIC_CLOSED", closedMessage(nextClinicAfter(sessions, site.timeZone, now)));
}

/** The staff's view of the coming weeks' sessions (closures marked), for the next clinic hours. */
async function staffSchedule(ctx: AppContext, actor: Actor, site: repo.SiteRef) {
  const today = todayIn(ctx.clock.now(), site.timeZone);
  const { sessions } = await sites.sessionsOfSite(ctx, actor, site.id, {
    from: addDays(today, -1),
    to: addDays(today, NEXT_CLINIC_DAYS),
  });
  return sessions;
}

/** The public view of the coming week (closed days left out), for the visitor page. */
async function publicSchedule(ctx: AppContext, site: repo.SiteRef) {
  const hours = await sites.openingHours(ctx, site.slug);
  const list = [...(hours.current ? [hours.current] : []), ...hours.week];
  const seen = new Set<string>();
  return list.filter((s) => {
    const key = `${s.date}@${s.startsAt}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// Tickets

/** The appointment slot start of a waiting ticket as an instant, for the calling order. */
function withDue<T extends { appointmentStartsAt: string | null }>(
  rows: readonly T[],
  session: repo.SessionRef,
  timeZone: string,
) {
  return rows.map((row) => ({
    ...row,
    appointmentDueAt:
      row.appointmentStartsAt === null
        ? null
        : instantInSession(session.date, hhmm(session.startsAt), row.appointmentStartsAt, timeZone),
  }));
}

async function presentTicket(db: Queryable, ticketId: string): Promise<QueueTicket> {
  const view = await repo.findTicketView(db, ticketId);
  if (!view) throw notFound();
  const codes = await visits.codesOfIds(db, view.ticket.visitorCodeId ? [view.ticket.visitorCodeId] : []);
  return toQueueTicket(view, codes);
}

/**
 * Writes her ticket under the queue's lock (numbers follow each other without gaps or twins), or
 * answers her open ticket of the session (by code or visit) when she has one.
 */
async function writeTicket(
  tx: Tx,
  values: Omit<
    repo.TicketRow,
    "id" | "number" | "status" | "calledAt" | "calledBy" | "finishedAt" | "finishedBy"
  >,
): Promise<{ ticket: repo.TicketRow; created: boolean }> {
  await repo.lockQueue(tx, values.sessionId);
  const existing = await repo.findOpenTicketOf(tx, values.sessionId, {
    visitorCodeId: values.visitorCodeId,
    visitId: values.visitId,
  });
  if (existing) return { ticket: existing, created: false };
  return { ticket: await repo.insertNextTicket(tx, values), created: true };
}

/**
 * A walk-in's ticket at the door: by her visit tonight, her code as typed, or neither. Her open
 * ticket of tonight is answered instead of a second one (created: false).
 */
export async function takeTicket(
  ctx: AppContext,
  actor: Actor,
  siteId: string,
  input: {
    visitId?: string;
    visitorCode?: string;
    clinicKind?: ClinicKind;
    languageNeeded?: string | null;
  },
): Promise<{ ticket: QueueTicket; created: boolean }> {
  requirePermission(actor, "clinic.queue");
  // Independent reads at once; their refusals are then raised in the order of the form.
  const [place, visitRead, typedRead] = await Promise.allSettled([
    siteAndTonight(ctx, actor, siteId, ctx.clock.now()),
    input.visitId ? visits.visitForRecording(ctx.db, actor, input.visitId) : Promise.resolve(undefined),
    input.visitorCode
      ? visits.resolveTypedCode(ctx.db, "visitorCode", input.visitorCode)
      : Promise.resolve(undefined),
  ]);
  const { site, session: tonight } = settled(place);
  const visit = settled(visitRead);
  if (visit && visit.siteId !== siteId) {
    throw fieldError(
      "visitId",
      "VISIT_NOT_TONIGHT",
      "This visit is not from tonight's session at this site.",
    );
  }
  const typed = settled(typedRead);
  const { session, clinicKind } = await placeForTicket(ctx, site, tonight, input.clinicKind, () =>
    staffSchedule(ctx, actor, site),
  );
  if (visit && visit.sessionId !== session.id) {
    throw fieldError(
      "visitId",
      "VISIT_NOT_TONIGHT",
      "This visit is not from tonight's session at this site.",
    );
  }
  const { ticket, created } = await ctx.db.transaction((tx) =>
    writeTicket(tx, {
      siteId,
      sessionId: session.id,
      clinicKind,
      visitId: visit?.id ?? null,
      visitorCodeId: typed?.id ?? visit?.visitorCodeId ?? null,
      appointmentId: null,
      languageNeeded: input.languageNeeded ?? null,
      source: "door",
      takenAt: ctx.clock.now(),
      takenBy: actor.accountId,
      publicTokenHash: null,
    }),
  );
  if (!created) return { ticket: await presentTicket(ctx.db, ticket.id), created };
  // A new ticket has no caller and no appointment yet: only her code needs reading, if she has one.
  const codes = typed
    ? new Map([[typed.id, typed.code]])
    : await visits.codesOfIds(ctx.db, ticket.visitorCodeId ? [ticket.visitorCodeId] : []);
  return { ticket: toQueueTicket({ ticket, appointmentStartsAt: null, callerName: null }, codes), created };
}

/** A ticket the actor may act on: unknown, or on a site they do not work at, answers not found. */
async function visibleTicket(db: Queryable, actor: Actor, id: string) {
  const ticket = await repo.findTicket(db, id);
  if (!ticket || !maySeeSite(actor, ticket.siteId)) throw notFound();
  return ticket;
}

/**
 * Calls the next woman: appointments whose slot has begun first, then by number. Under the queue's
 * lock a nurse already calling someone gets that ticket back, so a double click calls one woman;
 * two nurses calling at once get two different women.
 */
export async function callNext(
  ctx: AppContext,
  actor: Actor,
  siteId: string,
  clinicKind: ClinicKind | undefined,
): Promise<CallNextResult> {
  requirePermission(actor, "clinic.call");
  const now = ctx.clock.now();
  const { site, session } = await siteAndTonight(ctx, actor, siteId, now);
  if (!session) return { ticket: null, alreadyCalling: false };
  const result = await ctx.db.transaction(async (tx) => {
    await repo.lockQueue(tx, session.id);
    const mine = await repo.findCalledBy(tx, session.id, actor.accountId);
    if (mine) return { id: mine.id, alreadyCalling: true };
    const waiting = withDue(await repo.listWaiting(tx, session.id, clinicKind), session, site.timeZone);
    const next = callingOrder(waiting, now)[0];
    if (!next) return null;
    const called = await repo.callTicket(tx, next.id, actor.accountId, now);
    return called ? { id: called.id, alreadyCalling: false } : null;
  });
  if (!result) return { ticket: null, alreadyCalling: false };
  return { ticket: await presentTicket(ctx.db, result.id), alreadyCalling: result.alreadyCalling };
}

/** Calls this waiting woman out of turn. Calling her again answers her ticket. */
export async function callTicket(ctx: AppContext, actor: Actor, ticketId: string): Promise<QueueTicket> {
  requirePermission(actor, "clinic.call");
  const found = await visibleTicket(ctx.db, actor, ticketId);
  await ctx.db.transaction(async (tx) => {
    await repo.lockQueue(tx, found.sessionId);
    const ticket = await repo.findTicket(tx, ticketId);
    if (!ticket) throw notFound();
    if (ticket.status === "called" && ticket.calledBy === actor.accountId) return;
    if (ticket.status !== "waiting") {
      throw new AppError("TICKET_NOT_WAITING", `Number ${ticket.number} is no longer waiting.`);
    }
    const mine = await repo.findCalledBy(tx, ticket.sessionId, actor.accountId);
    if (mine) {
      throw new AppError(
        "CALLING_SOMEONE",
        `You are calling number ${mine.number}. Finish it first: done, no-show or turned away.`,
      );
    }
    await repo.callTicket(tx, ticketId, actor.accountId, ctx.clock.now());
  });
  return presentTicket(ctx.db, ticketId);
}

type Finish = "done" | "no_show" | "turned_away" | "withdrawn";

async function finishTicket(
  ctx: AppContext,
  actor: Actor,
  ticketId: string,
  target: Finish,
  permission: Permission,
): Promise<QueueTicket> {
  requirePermission(actor, permission);
  await ctx.db.transaction(async (tx) => {
    const ticket = await repo.lockTicket(tx, ticketId);
    if (!ticket || !maySeeSite(actor, ticket.siteId)) throw notFound();
    const decision = finishDecision(ticket.status, target);
    if (decision === "same") return;
    if (decision === "finished") {
      throw new AppError(
        "TICKET_FINISHED",
        `Number ${ticket.number} is already finished (${ticket.status}).`,
      );
    }
    await repo.updateTicket(tx, ticketId, {
      status: target,
      finishedAt: ctx.clock.now(),
      finishedBy: actor.accountId,
    });
  });
  return presentTicket(ctx.db, ticketId);
}

export const ticketDone = (ctx: AppContext, actor: Actor, id: string) =>
  finishTicket(ctx, actor, id, "done", "clinic.call");
export const ticketNoShow = (ctx: AppContext, actor: Actor, id: string) =>
  finishTicket(ctx, actor, id, "no_show", "clinic.call");
export const ticketTurnAway = (ctx: AppContext, actor: Actor, id: string) =>
  finishTicket(ctx, actor, id, "turned_away", "clinic.call");
export const ticketWithdraw = (ctx: AppContext, actor: Actor, id: string) =>
  finishTicket(ctx, actor, id, "withdrawn", "clinic.queue");

/** No more time tonight: every waiting ticket (of one clinic, or both) is turned away and counted. */
export async function turnAwayRest(
  ctx: AppContext,
  actor: Actor,
  siteId: string,
  clinicKind: ClinicKind | undefined,
): Promise<{ turnedAway: number }> {
  requirePermission(actor, "clinic.call");
  const { session } = await siteAndTonight(ctx, actor, siteId, ctx.clock.now());
  if (!session) return { turnedAway: 0 };
  const turnedAway = await ctx.db.transaction(async (tx) => {
    await repo.lockQueue(tx, session.id);
    return repo.turnAwayWaiting(tx, session.id, clinicKind, actor.accountId, ctx.clock.now());
  });
  return { turnedAway };
}

// The desk and the screen

function countsOf(tickets: readonly { status: TicketStatus }[]): QueueCounts {
  const count = (status: TicketStatus) => tickets.filter((t) => t.status === status).length;
  return {
    waiting: count("waiting"),
    called: count("called"),
    done: count("done"),
    noShow: count("no_show"),
    turnedAway: count("turned_away"),
    withdrawn: count("withdrawn"),
  };
}

/** Waiting numbers in calling order, and the numbers called now (most recent first). */
function boardOf(views: readonly repo.TicketView[], session: repo.SessionRef, timeZone: string, now: Date) {
  const waiting = callingOrder(
    withDue(
      views
        .filter((v) => v.ticket.status === "waiting")
        .map((v) => ({
          id: v.ticket.id,
          number: v.ticket.number,
          clinicKind: v.ticket.clinicKind,
          appointmentStartsAt: v.appointmentStartsAt,
        })),
      session,
      timeZone,
    ),
    now,
  );
  const nowCalling = views
    .filter((v) => v.ticket.status === "called")
    .sort((a, b) => (b.ticket.calledAt?.getTime() ?? 0) - (a.ticket.calledAt?.getTime() ?? 0))
    .map((v) => v.ticket.number);
  return { waiting, nowCalling };
}

/** Tonight's clinic desk: hours, tickets with codes, counts, interpreting, appointments. */
export async function queue(ctx: AppContext, actor: Actor, siteId: string): Promise<Queue> {
  requirePermission(actor, "clinic.queue");
  const site = await visibleSite(ctx.db, actor, siteId);
  const now = ctx.clock.now();
  const today = todayIn(now, site.timeZone);
  const [list, session] = await Promise.all([
    roster.listSessions(ctx, actor, siteId, {
      from: addDays(today, -1),
      to: addDays(today, NEXT_CLINIC_DAYS),
    }),
    tonightsSession(ctx.db, siteId, now),
  ]);
  const staffSession = session
    ? list.items.find((s) => s.date === session.date && s.startsAt === hhmm(session.startsAt))
    : scheduledTonight(list.items, now, today);
  const clinics = staffSession ? clinicHoursOf(staffSession, site.timeZone) : [];
  const taking = session && sessionTakesTickets(session, now) ? takingTicketsAt(clinics, now) : [];
  const date = session?.date ?? staffSession?.date ?? today;
  const [views, appointmentViews] = await Promise.all([
    session ? repo.listTicketViews(ctx.db, session.id) : Promise.resolve([]),
    repo.listAppointmentViews(ctx.db, siteId, { from: date, to: date }),
  ]);
  const codeIds = [
    ...views.map((v) => v.ticket.visitorCodeId),
    ...appointmentViews.map((v) => v.appointment.visitorCodeId),
  ].filter((id): id is string => id !== null);
  const codes = await visits.codesOfIds(ctx.db, [...new Set(codeIds)]);
  const tickets = views.map((v) => toQueueTicket(v, codes));
  const onDuty = staffSession?.onDuty ?? [];
  const languages = new Map<string, number[]>();
  for (const t of tickets) {
    if (t.languageNeeded === null || (t.status !== "waiting" && t.status !== "called")) continue;
    languages.set(t.languageNeeded, [...(languages.get(t.languageNeeded) ?? []), t.number]);
  }
  return {
    site: { id: site.id, name: site.name, timeZone: site.timeZone },
    session: session
      ? { id: session.id, date: session.date, startsAt: hhmm(session.startsAt), endsAt: hhmm(session.endsAt) }
      : null,
    clinics,
    takingTickets: taking,
    nextClinic: nextClinicAfter(list.items, site.timeZone, now),
    tickets,
    myCall: tickets.find((t) => t.status === "called" && t.calledBy?.accountId === actor.accountId) ?? null,
    counts: countsOf(tickets),
    interpreting: [...languages.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([language, ticketNumbers]) => ({
        language,
        ticketNumbers,
        staff: onDuty
          .filter((d) => d.languages.includes(language))
          .map((d) => ({ accountId: d.accountId, displayName: d.displayName }))
          .filter((d, i, all) => all.findIndex((x) => x.accountId === d.accountId) === i),
      })),
    appointments: appointmentViews.map((v) => toAppointment(v, codes)),
    can: { call: can(actor.role, "clinic.call"), book: can(actor.role, "clinic.appointment") },
  };
}

/** The waiting-room screen: numbers only. */
export async function screen(ctx: AppContext, actor: Actor, siteId: string): Promise<QueueScreen> {
  requirePermission(actor, "clinic.queue");
  const now = ctx.clock.now();
  const { site, session } = await siteAndTonight(ctx, actor, siteId, now);
  if (!session) return { nowCalling: [], waiting: [], open: false, updatedAt: now.toISOString() };
  const [views, clinics] = await Promise.all([
    repo.listOpenTicketViews(ctx.db, session.id),
    clinicsOfSession(ctx.db, site, session),
  ]);
  const board = boardOf(views, session, site.timeZone, now);
  return {
    nowCalling: board.nowCalling,
    waiting: board.waiting.map((w) => w.number),
    open: sessionTakesTickets(session, now) && takingTicketsAt(clinics, now).length > 0,
    updatedAt: now.toISOString(),
  };
}

// Public: the visitor page

const codeNotAccepted = () =>
  fieldError(
    "code",
    "VISITOR_CODE_NOT_ACCEPTED",
    "We could not give a ticket for this code. Check it against your card, or ask at the door.",
  );

async function publicSite(db: Queryable, slug: string) {
  const site = await repo.findSiteBySlug(db, slug);
  if (!site) throw notFound();
  return site;
}

export async function publicStatus(ctx: AppContext, slug: string): Promise<PublicClinicStatus> {
  const site = await publicSite(ctx.db, slug);
  const now = ctx.clock.now();
  const [sessions, session] = await Promise.all([
    publicSchedule(ctx, site),
    tonightsSession(ctx.db, site.id, now),
  ]);
  const tonight = scheduledTonight(sessions, now, todayIn(now, site.timeZone));
  const clinics = tonight ? clinicHoursOf(tonight, site.timeZone) : [];
  return {
    takingTickets: session && sessionTakesTickets(session, now) ? takingTicketsAt(clinics, now) : [],
    tonight: clinics,
    nextClinic: nextClinicAfter(sessions, site.timeZone, now),
  };
}

/** Her place in the queue: her number, how many are called before her, the numbers called now. */
async function publicTicketOf(ctx: AppContext, ticket: repo.TicketRow): Promise<PublicTicket> {
  const [session, site] = await Promise.all([
    repo.findSessionById(ctx.db, ticket.sessionId),
    repo.findSite(ctx.db, ticket.siteId),
  ]);
  if (!session || !site) throw notFound();
  const [views, clinics] = await Promise.all([
    repo.listOpenTicketViews(ctx.db, session.id),
    clinicsOfSession(ctx.db, site, session),
  ]);
  const board = boardOf(views, session, site.timeZone, ctx.clock.now());
  const sameClinic = board.waiting.filter((w) => w.clinicKind === ticket.clinicKind);
  const place = sameClinic.findIndex((w) => w.id === ticket.id);
  return {
    number: ticket.number,
    clinicKind: ticket.clinicKind,
    status: ticket.status,
    ahead: ticket.status === "waiting" && place >= 0 ? place : 0,
    nowCalling: board.nowCalling,
    date: session.date,
    clinicEndsAt: clinics.find((c) => c.clinicKind === ticket.clinicKind)?.endsAt ?? null,
  };
}

/**
 * She takes a ticket with her code on the visitor page. The clinic is checked first (a closed clinic
 * answers the same whatever the code); then any wrong code, malformed or unknown, answers one and
 * the same problem. Her open ticket answers 200 with a fresh token (the old one stops working).
 */
export async function publicTakeTicket(
  ctx: AppContext,
  slug: string,
  input: { code: string; clinicKind?: ClinicKind; languageNeeded?: string | null },
): Promise<{ ticket: PublicTakenTicket; created: boolean }> {
  const site = await publicSite(ctx.db, slug);
  const tonight = await tonightsSession(ctx.db, site.id, ctx.clock.now());
  const { session, clinicKind } = await placeForTicket(ctx, site, tonight, input.clinicKind, () =>
    publicSchedule(ctx, site),
  );
  const code = await visits.resolveTypedCode(ctx.db, "code", input.code).catch((error: unknown) => {
    if (
      error instanceof AppError &&
      (error.code === "MALFORMED_VISITOR_CODE" || error.code === "UNKNOWN_VISITOR_CODE")
    ) {
      throw codeNotAccepted();
    }
    throw error;
  });
  const token = randomToken();
  const tokenHash = sha256(token);
  const { ticket, created } = await ctx.db.transaction(async (tx) => {
    const written = await writeTicket(tx, {
      siteId: site.id,
      sessionId: session.id,
      clinicKind,
      visitId: null,
      visitorCodeId: code.id,
      appointmentId: null,
      languageNeeded: input.languageNeeded ?? null,
      source: "visitor",
      takenAt: ctx.clock.now(),
      takenBy: null,
      publicTokenHash: tokenHash,
    });
    if (written.created) return written;
    const rotated = await repo.updateTicket(tx, written.ticket.id, { publicTokenHash: tokenHash });
    return { ticket: rotated ?? written.ticket, created: false };
  });
  return { ticket: { ...(await publicTicketOf(ctx, ticket)), token }, created };
}

const unknownTicket = () =>
  new AppError("NOT_FOUND", "This ticket is not known any more. Take a new one, or ask at the door.");

async function ticketByToken(db: Queryable, token: string) {
  const ticket = await repo.findTicketByTokenHash(db, sha256(token));
  if (!ticket) throw unknownTicket();
  return ticket;
}

export async function publicTicket(ctx: AppContext, token: string): Promise<PublicTicket> {
  return publicTicketOf(ctx, await ticketByToken(ctx.db, token));
}

/** She no longer waits. Withdrawing again changes nothing; a finished ticket stays as it is. */
export async function publicWithdraw(ctx: AppContext, token: string): Promise<PublicTicket> {
  const found = await ticketByToken(ctx.db, token);
  const ticket = await ctx.db.transaction(async (tx) => {
    const row = await repo.lockTicket(tx, found.id);
    if (!row) throw unknownTicket();
    if (finishDecision(row.status, "withdrawn") !== "change") return row;
    return (await repo.updateTicket(tx, row.id, { status: "withdrawn", finishedAt: ctx.clock.now() })) ?? row;
  });
  return publicTicketOf(ctx, ticket);
}

// Slot settings

async function slotMinutesOf(db: Queryable, siteId: string) {
  const settings = toSlotSettings(await repo.listSlotSettings(db, siteId));
  return (kind: ClinicKind) =>
    settings.items.find((s) => s.clinicKind === kind)?.slotMinutes ?? DEFAULT_SLOT_MINUTES;
}

export async function slotSettings(ctx: AppContext, actor: Actor, siteId: string): Promise<SlotSettings> {
  requirePermission(actor, "clinic.appointment");
  await visibleSite(ctx.db, actor, siteId);
  return toSlotSettings(await repo.listSlotSettings(ctx.db, siteId));
}

/** Sets a clinic's slot length; booked appointments keep their times. */
export async function updateSlotSetting(
  ctx: AppContext,
  actor: Actor,
  siteId: string,
  input: { clinicKind: ClinicKind; slotMinutes: number },
): Promise<SlotSettings> {
  requirePermission(actor, "clinic.statistics");
  await visibleSite(ctx.db, actor, siteId);
  return ctx.db.transaction(async (tx) => {
    await repo.upsertSlotSetting(tx, {
      siteId,
      clinicKind: input.clinicKind,
      slotMinutes: input.slotMinutes,
      updatedAt: ctx.clock.now(),
      updatedBy: actor.accountId,
    });
    await audit(tx, ctx, actor, "CLINIC_SLOT_LENGTH_SET", {
      siteId,
      type: "clinic_slot_setting",
      id: `${siteId}:${input.clinicKind}`,
    });
    return toSlotSettings(await repo.listSlotSettings(tx, siteId));
  });
}

// Appointments

/** The appointment slots of a range of evenings: each clinic's hours cut into slots, free or held. */
export async function slots(
  ctx: AppContext,
  actor: Actor,
  siteId: string,
  query: { from: string; to: string; clinicKind?: ClinicKind },
): Promise<Slots> {
  requirePermission(actor, "clinic.appointment");
  assertRange(query);
  const site = await visibleSite(ctx.db, actor, siteId);
  const [{ sessions }, minutesOf, held] = await Promise.all([
    sites.sessionsOfSite(ctx, actor, siteId, { from: query.from, to: query.to }),
    slotMinutesOf(ctx.db, siteId),
    repo.listHeldSlots(ctx.db, siteId, query),
  ]);
  const holder = new Map(held.map((h) => [`${h.date}|${h.clinicKind}|${hhmm(h.startsAt)}`, h.id]));
  const now = ctx.clock.now();
  const days = new Map<string, Slots["days"][number]>();
  for (const session of sessions) {
    for (const hours of clinicHoursOf(session, site.timeZone)) {
      if (query.clinicKind && hours.clinicKind !== query.clinicKind) continue;
      const slotMinutes = minutesOf(hours.clinicKind);
      const day = days.get(session.date) ?? { date: session.date, clinics: [] };
      days.set(session.date, day);
      day.clinics.push({
        clinicKind: hours.clinicKind,
        startsAt: hours.startsAt,
        endsAt: hours.endsAt,
        slotMinutes,
        closed: session.closure !== null,
        slots: slotsOf(hours, slotMinutes).map((slot) => ({
          startsAt: slot.startsAt,
          endsAt: slot.endsAt,
          appointmentId: holder.get(`${session.date}|${hours.clinicKind}|${slot.startsAt}`) ?? null,
          past: Date.parse(hours.startsAtInstant) + slot.offset * MINUTE_MS <= now.getTime(),
        })),
      });
    }
  }
  return { days: [...days.values()] };
}

async function presentAppointment(db: Queryable, id: string): Promise<Appointment> {
  const view = await repo.findAppointmentView(db, id);
  if (!view) throw notFound();
  const codeId = view.appointment.visitorCodeId;
  return toAppointment(view, await visits.codesOfIds(db, codeId ? [codeId] : []));
}

export async function listAppointments(
  ctx: AppContext,
  actor: Actor,
  siteId: string,
  query: { from: string; to: string; status?: AppointmentStatus },
): Promise<{ items: Appointment[] }> {
  requirePermission(actor, "clinic.appointment");
  assertRange(query);
  await visibleSite(ctx.db, actor, siteId);
  const views = await repo.listAppointmentViews(ctx.db, siteId, query, query.status);
  const ids = [
    ...new Set(views.map((v) => v.appointment.visitorCodeId).filter((id): id is string => id !== null)),
  ];
  const codes = await visits.codesOfIds(ctx.db, ids);
  return { items: views.map((v) => toAppointment(v, codes)) };
}

/**
 * Books a slot for a code. The slot must be one of the clinic's hours that day (not a closed day,
 * not begun); she holds one appointment per clinic and day; a held slot is refused with SLOT_TAKEN,
 * decided by the partial unique index so that two parallel bookings write one.
 */
export async function bookAppointment(
  ctx: AppContext,
  actor: Actor,
  siteId: string,
  input: Omit<BookAppointmentBody, "languageNeeded"> & { languageNeeded: string | null },
): Promise<Appointment> {
  requirePermission(actor, "clinic.appointment");
  const site = await visibleSite(ctx.db, actor, siteId);
  const code = await visits.resolveTypedCode(ctx.db, "visitorCode", input.visitorCode);
  const { sessions } = await sites.sessionsOfSite(ctx, actor, siteId, { from: input.date, to: input.date });
  const now = ctx.clock.now();
  const minutesOf = await slotMinutesOf(ctx.db, siteId);
  const slotMinutes = minutesOf(input.clinicKind);
  let match:
    | { hours: ClinicHours; slot: NonNullable<ReturnType<typeof slotAt>>; closed: boolean }
    | undefined;
  for (const session of sessions) {
    for (const hours of clinicHoursOf(session, site.timeZone)) {
      if (hours.clinicKind !== input.clinicKind) continue;
      const slot = slotAt(hours, slotMinutes, input.startsAt);
      if (slot) match = { hours, slot, closed: session.closure !== null };
    }
  }
  if (!match) {
    throw fieldError(
      "startsAt",
      "SLOT_NOT_IN_SCHEDULE",
      "This is not a slot in the clinic's hours that day. Choose a time from the list.",
    );
  }
  if (match.closed) {
    throw fieldError("date", "SITE_CLOSED_THAT_DAY", "The centre is closed that day. Choose another day.");
  }
  if (Date.parse(match.hours.startsAtInstant) + match.slot.offset * MINUTE_MS <= now.getTime()) {
    throw fieldError("startsAt", "SLOT_IN_PAST", "This time has already begun. Choose a later time.");
  }
  const found = match;
  const id = await ctx.db.transaction(async (tx) => {
    const existing = await repo.findBookingOf(tx, siteId, code.id, input.clinicKind, input.date);
    if (existing) {
      throw fieldError(
        "visitorCode",
        "ALREADY_BOOKED",
        `She already has an appointment at this clinic that day, at ${hhmm(existing.startsAt)}.`,
      );
    }
    const row = await repo.insertAppointment(tx, {
      siteId,
      visitorCodeId: code.id,
      clinicKind: input.clinicKind,
      date: input.date,
      startsAt: found.slot.startsAt,
      endsAt: found.slot.endsAt,
      languageNeeded: input.languageNeeded,
      bookedAt: now,
      bookedBy: actor.accountId,
    });
    if (!row) {
      throw fieldError("startsAt", "SLOT_TAKEN", "This time is already booked. Choose another time.");
    }
    await audit(tx, ctx, actor, "APPOINTMENT_BOOKED", { siteId, type: "clinic_appointment", id: row.id });
    return row.id;
  });
  return presentAppointment(ctx.db, id);
}

async function visibleAppointment(db: Queryable, actor: Actor, id: string) {
  const view = await repo.findAppointmentView(db, id);
  if (!view || !maySeeSite(actor, view.appointment.siteId)) throw notFound();
  return view.appointment;
}

const notBooked = (status: AppointmentStatus) =>
  new AppError("APPOINTMENT_NOT_BOOKED", `This appointment is no longer booked (${status}).`);

/** Cancels a booked appointment: the slot is free again. Cancelling again changes nothing. */
export async function cancelAppointment(ctx: AppContext, actor: Actor, id: string): Promise<Appointment> {
  requirePermission(actor, "clinic.appointment");
  await visibleAppointment(ctx.db, actor, id);
  await ctx.db.transaction(async (tx) => {
    const row = await repo.lockAppointment(tx, id);
    if (!row) throw notFound();
    if (row.status === "cancelled") return;
    if (row.status !== "booked") throw notBooked(row.status);
    await repo.updateAppointment(tx, id, {
      status: "cancelled",
      settledAt: ctx.clock.now(),
      settledBy: actor.accountId,
    });
    await audit(tx, ctx, actor, "APPOINTMENT_CANCELLED", {
      siteId: row.siteId,
      type: "clinic_appointment",
      id,
    });
  });
  return presentAppointment(ctx.db, id);
}

/** When her slot begins, from the clinic hours of that evening (the slot's own date if they changed). */
async function slotBeginsAt(ctx: AppContext, actor: Actor, site: repo.SiteRef, row: repo.AppointmentRow) {
  const { sessions } = await sites.sessionsOfSite(ctx, actor, site.id, { from: row.date, to: row.date });
  for (const session of sessions) {
    const hours = clinicHoursOf(session, site.timeZone).find((h) => h.clinicKind === row.clinicKind);
    if (hours) return instantInSession(row.date, session.startsAt, row.startsAt, site.timeZone);
  }
  return zonedInstant(row.date, hhmm(row.startsAt), site.timeZone);
}

/** She did not come: counted as a no-show, once her slot has begun. Marking it again changes nothing. */
export async function appointmentNoShow(ctx: AppContext, actor: Actor, id: string): Promise<Appointment> {
  requirePermission(actor, "clinic.call");
  const found = await visibleAppointment(ctx.db, actor, id);
  const site = await repo.findSite(ctx.db, found.siteId);
  if (!site) throw notFound();
  const begins = await slotBeginsAt(ctx, actor, site, found);
  await ctx.db.transaction(async (tx) => {
    const row = await repo.lockAppointment(tx, id);
    if (!row) throw notFound();
    if (row.status === "no_show") return;
    if (row.status !== "booked") throw notBooked(row.status);
    if (begins.getTime() > ctx.clock.now().getTime()) {
      throw new AppError("APPOINTMENT_NOT_DUE", "Her appointment has not begun yet.");
    }
    await repo.updateAppointment(tx, id, {
      status: "no_show",
      settledAt: ctx.clock.now(),
      settledBy: actor.accountId,
    });
  });
  return presentAppointment(ctx.db, id);
}

/**
 * She has come for tonight's appointment: she gets a ticket in the queue (her open walk-in ticket, if
 * any, becomes it), called first once her slot has begun.
 */
export async function appointmentArrived(
  ctx: AppContext,
  actor: Actor,
  id: string,
): Promise<{ appointment: Appointment; ticket: QueueTicket }> {
  requirePermission(actor, "clinic.queue");
  const found = await visibleAppointment(ctx.db, actor, id);
  const site = await repo.findSite(ctx.db, found.siteId);
  if (!site) throw notFound();
  const now = ctx.clock.now();
  const session = await tonightsSession(ctx.db, site.id, now);
  if (!session || session.date !== found.date || !sessionTakesTickets(session, now)) {
    if (session?.date === found.date) {
      throw new AppError(
        "DOOR_NOT_OPEN",
        "Tonight's session is closed at the door: no tickets can be given.",
      );
    }
    throw new AppError("APPOINTMENT_NOT_TONIGHT", "This appointment is not for tonight.");
  }
  const ticketId = await ctx.db.transaction(async (tx) => {
    const row = await repo.lockAppointment(tx, id);
    if (!row) throw notFound();
    if (row.status !== "booked" && row.status !== "arrived") throw notBooked(row.status);
    const written = await writeTicket(tx, {
      siteId: row.siteId,
      sessionId: session.id,
      clinicKind: row.clinicKind,
      visitId: null,
      visitorCodeId: row.visitorCodeId,
      appointmentId: row.id,
      languageNeeded: row.languageNeeded,
      source: "appointment",
      takenAt: now,
      takenBy: actor.accountId,
      publicTokenHash: null,
    });
    if (!written.created && written.ticket.appointmentId !== row.id) {
      await repo.updateTicket(tx, written.ticket.id, {
        appointmentId: row.id,
        clinicKind: row.clinicKind,
        languageNeeded: written.ticket.languageNeeded ?? row.languageNeeded,
      });
    }
    if (row.status === "booked") {
      await repo.updateAppointment(tx, id, { status: "arrived", settledAt: now, settledBy: actor.accountId });
    }
    return written.ticket.id;
  });
  return {
    appointment: await presentAppointment(ctx.db, id),
    ticket: await presentTicket(ctx.db, ticketId),
  };
}

// For other features

/** For the handover (S2): the codes with a live appointment (booked or arrived) at a site on a date. */
export async function appointmentCodesOn(db: Queryable, siteId: string, date: string): Promise<string[]> {
  return repo.codesWithAppointmentOn(db, siteId, date);
}

/** For clinic records (S4): one ticket as stored, or undefined. The caller checks access to its site. */
export async function ticketOf(db: Queryable, ticketId: string) {
  const ticket = await repo.findTicket(db, ticketId);
  if (!ticket) return undefined;
  return {
    id: ticket.id,
    siteId: ticket.siteId,
    sessionId: ticket.sessionId,
    number: ticket.number,
    clinicKind: ticket.clinicKind,
    status: ticket.status,
    source: ticket.source,
    visitId: ticket.visitId,
    visitorCodeId: ticket.visitorCodeId,
    appointmentId: ticket.appointmentId,
    languageNeeded: ticket.languageNeeded,
    takenAt: ticket.takenAt,
    calledAt: ticket.calledAt,
    calledBy: ticket.calledBy,
    finishedAt: ticket.finishedAt,
  };
}

/** For clinic statistics (S4): tickets per session by outcome (no-shows and turned away are evidence). */
export async function queueCountsOfSessions(
  db: Queryable,
  sessionIds: readonly string[],
): Promise<Map<string, QueueCounts & { tickets: number }>> {
  const result = new Map<string, QueueCounts & { tickets: number }>();
  if (sessionIds.length === 0) return result;
  const keyOf: Record<TicketStatus, keyof QueueCounts> = {
    waiting: "waiting",
    called: "called",
    done: "done",
    no_show: "noShow",
    turned_away: "turnedAway",
    withdrawn: "withdrawn",
  };
  for (const row of await repo.countTicketsOfSessions(db, sessionIds)) {
    const counts = result.get(row.sessionId) ?? {
      tickets: 0,
      waiting: 0,
      called: 0,
      done: 0,
      noShow: 0,
      turnedAway: 0,
      withdrawn: 0,
    };
    counts[keyOf[row.status]] += row.count;
    counts.tickets += row.count;
    result.set(row.sessionId, counts);
  }
  return result;
}

/** For clinic statistics (S4): appointments of a site per date by status (no-shows counted). */
export async function appointmentCountsOf(
  db: Queryable,
  siteId: string,
  range: { from: string; to: string },
): Promise<{ date: string; status: AppointmentStatus; count: number }[]> {
  return repo.countAppointments(db, siteId, range);
}
