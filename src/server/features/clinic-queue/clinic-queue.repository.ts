import { and, asc, desc, eq, gte, inArray, isNotNull, lte, ne, sql } from "drizzle-orm";
import type { Queryable, Tx } from "../../db/client.js";
import {
  accounts,
  clinicAppointments,
  clinicSlotSettings,
  clinicTickets,
  openingSessions,
  sites,
} from "../../db/schema/index.js";

export type TicketRow = typeof clinicTickets.$inferSelect;
export type AppointmentRow = typeof clinicAppointments.$inferSelect;
export type SlotSettingRow = typeof clinicSlotSettings.$inferSelect;
export type ClinicKindValue = TicketRow["clinicKind"];

// Sites and the door's session rows (read only: the door writes them).

export interface SiteRef {
  id: string;
  slug: string;
  name: string;
  timeZone: string;
}

const siteRef = { id: sites.id, slug: sites.slug, name: sites.name, timeZone: sites.timeZone };

export const findSite = async (db: Queryable, id: string): Promise<SiteRef | undefined> =>
  (await db.select(siteRef).from(sites).where(eq(sites.id, id)).limit(1))[0];

export const findSiteBySlug = async (db: Queryable, slug: string): Promise<SiteRef | undefined> =>
  (await db.select(siteRef).from(sites).where(eq(sites.slug, slug)).limit(1))[0];

export interface SessionRef {
  id: string;
  siteId: string;
  date: string;
  startsAt: string;
  endsAt: string;
  startsAtInstant: Date;
  endsAtInstant: Date;
  closedAt: Date | null;
}

const sessionRef = {
  id: openingSessions.id,
  siteId: openingSessions.siteId,
  date: openingSessions.date,
  startsAt: openingSessions.startsAt,
  endsAt: openingSessions.endsAt,
  startsAtInstant: openingSessions.startsAtInstant,
  endsAtInstant: openingSessions.endsAtInstant,
  closedAt: openingSessions.closedAt,
};

/**
 * Tonight's door session of a site: the latest one that has begun (or begins within `leadMinutes`)
 * and ended less than `graceMinutes` ago, open or closed, from `earliestDate` on (bounds the index
 * scan). The clinic may still finish its queue after the door has closed.
 */
export const findTonightsSession = async (
  db: Queryable,
  siteId: string,
  now: Date,
  window: { leadMinutes: number; graceMinutes: number },
  earliestDate: string,
): Promise<SessionRef | undefined> =>
  (
    await db
      .select(sessionRef)
      .from(openingSessions)
      .where(
        and(
          eq(openingSessions.siteId, siteId),
          gte(openingSessions.date, earliestDate),
          sql`${openingSessions.startsAtInstant} - make_interval(mins => ${window.leadMinutes}) <= ${now}`,
          sql`${openingSessions.endsAtInstant} + make_interval(mins => ${window.graceMinutes}) > ${now}`,
        ),
      )
      .orderBy(desc(openingSessions.startsAtInstant))
      .limit(1)
  )[0];

export const findSessionById = async (db: Queryable, id: string): Promise<SessionRef | undefined> =>
  (await db.select(sessionRef).from(openingSessions).where(eq(openingSessions.id, id)).limit(1))[0];

// Tickets

/** Serialises the queue of one session: numbering and calling wait for each other, nothing else does. */
export const lockQueue = (tx: Tx, sessionId: string) =>
  tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`clinic_queue:${sessionId}`}, 0))`);

/** Inserts a ticket with the session's next number, in one statement (the caller holds the queue's lock). */
export const insertNextTicket = async (tx: Tx, values: Omit<typeof clinicTickets.$inferInsert, "number">) =>
  (
    await tx
      .insert(clinicTickets)
      .values({
        ...values,
        number: sql`(select coalesce(max(t.number), 0) + 1 from clinic_tickets t where t.session_id = ${values.sessionId})`,
      })
      .returning()
  )[0] as TicketRow;

export const updateTicket = async (
  db: Queryable,
  id: string,
  values: Partial<typeof clinicTickets.$inferInsert>,
) =>
  (await db.update(clinicTickets).set(values).where(eq(clinicTickets.id, id)).returning())[0] as
    | TicketRow
    | undefined;

export const findTicket = async (db: Queryable, id: string) =>
  (await db.select().from(clinicTickets).where(eq(clinicTickets.id, id)).limit(1))[0];

export const lockTicket = async (tx: Tx, id: string) =>
  (await tx.select().from(clinicTickets).where(eq(clinicTickets.id, id)).for("update").limit(1))[0];

export const findTicketByTokenHash = async (db: Queryable, hash: string) =>
  (await db.select().from(clinicTickets).where(eq(clinicTickets.publicTokenHash, hash)).limit(1))[0];

const OPEN = ["waiting", "called"] as const;

/** Her open ticket in a session, by code or by visit. */
export const findOpenTicketOf = async (
  db: Queryable,
  sessionId: string,
  of: { visitorCodeId?: string | null; visitId?: string | null },
) => {
  const conditions = [];
  if (of.visitorCodeId) conditions.push(eq(clinicTickets.visitorCodeId, of.visitorCodeId));
  if (of.visitId) conditions.push(eq(clinicTickets.visitId, of.visitId));
  if (conditions.length === 0) return undefined;
  return (
    await db
      .select()
      .from(clinicTickets)
      .where(
        and(
          eq(clinicTickets.sessionId, sessionId),
          inArray(clinicTickets.status, [...OPEN]),
          sql`(${sql.join(conditions, sql` or `)})`,
        ),
      )
      .limit(1)
  )[0];
};

/** The ticket a nurse is calling now in a session. */
export const findCalledBy = async (db: Queryable, sessionId: string, accountId: string) =>
  (
    await db
      .select()
      .from(clinicTickets)
      .where(
        and(
          eq(clinicTickets.sessionId, sessionId),
          eq(clinicTickets.calledBy, accountId),
          eq(clinicTickets.status, "called"),
        ),
      )
      .limit(1)
  )[0];

/** A ticket with its appointment's slot start, for the calling order. */
export interface TicketView {
  ticket: TicketRow;
  appointmentStartsAt: string | null;
  callerName: string | null;
}

const ticketView = {
  ticket: clinicTickets,
  appointmentStartsAt: clinicAppointments.startsAt,
  callerName: accounts.displayName,
};

/** A session's tickets in number order, by the (session, number) index. */
export const listTicketViews = (db: Queryable, sessionId: string): Promise<TicketView[]> =>
  db
    .select(ticketView)
    .from(clinicTickets)
    .leftJoin(clinicAppointments, eq(clinicAppointments.id, clinicTickets.appointmentId))
    .leftJoin(accounts, eq(accounts.id, clinicTickets.calledBy))
    .where(eq(clinicTickets.sessionId, sessionId))
    .orderBy(asc(clinicTickets.number));

/** A session's open tickets (waiting or called) in number order: the screen and her place need no more. */
export const listOpenTicketViews = (db: Queryable, sessionId: string): Promise<TicketView[]> =>
  db
    .select(ticketView)
    .from(clinicTickets)
    .leftJoin(clinicAppointments, eq(clinicAppointments.id, clinicTickets.appointmentId))
    .leftJoin(accounts, eq(accounts.id, clinicTickets.calledBy))
    .where(and(eq(clinicTickets.sessionId, sessionId), inArray(clinicTickets.status, [...OPEN])))
    .orderBy(asc(clinicTickets.number));

export const findTicketView = async (db: Queryable, id: string): Promise<TicketView | undefined> =>
  (
    await db
      .select(ticketView)
      .from(clinicTickets)
      .leftJoin(clinicAppointments, eq(clinicAppointments.id, clinicTickets.appointmentId))
      .leftJoin(accounts, eq(accounts.id, clinicTickets.calledBy))
      .where(eq(clinicTickets.id, id))
      .limit(1)
  )[0];

/** Waiting tickets of a session (one clinic or both), with their appointment's slot start. */
export const listWaiting = (db: Queryable, sessionId: string, clinicKind?: ClinicKindValue) =>
  db
    .select({
      id: clinicTickets.id,
      number: clinicTickets.number,
      appointmentStartsAt: clinicAppointments.startsAt,
    })
    .from(clinicTickets)
    .leftJoin(clinicAppointments, eq(clinicAppointments.id, clinicTickets.appointmentId))
    .where(
      and(
        eq(clinicTickets.sessionId, sessionId),
        eq(clinicTickets.status, "waiting"),
        clinicKind ? eq(clinicTickets.clinicKind, clinicKind) : undefined,
      ),
    )
    .orderBy(asc(clinicTickets.number));

/** Marks a waiting ticket called; undefined if it was no longer waiting. */
export const callTicket = async (tx: Tx, id: string, by: string, at: Date) =>
  (
    await tx
      .update(clinicTickets)
      .set({ status: "called", calledAt: at, calledBy: by })
      .where(and(eq(clinicTickets.id, id), eq(clinicTickets.status, "waiting")))
      .returning()
  )[0];

export const turnAwayWaiting = async (
  tx: Tx,
  sessionId: string,
  clinicKind: ClinicKindValue | undefined,
  by: string,
  at: Date,
) =>
  (
    await tx
      .update(clinicTickets)
      .set({ status: "turned_away", finishedAt: at, finishedBy: by })
      .where(
        and(
          eq(clinicTickets.sessionId, sessionId),
          eq(clinicTickets.status, "waiting"),
          clinicKind ? eq(clinicTickets.clinicKind, clinicKind) : undefined,
        ),
      )
      .returning({ id: clinicTickets.id })
  ).length;

/** Counts of tickets by status per session, for the clinic's statistics. */
export const countTicketsOfSessions = (db: Queryable, sessionIds: readonly string[]) =>
  db
    .select({
      sessionId: clinicTickets.sessionId,
      status: clinicTickets.status,
      count: sql<number>`count(*)::int`,
    })
    .from(clinicTickets)
    .where(inArray(clinicTickets.sessionId, [...sessionIds]))
    .groupBy(clinicTickets.sessionId, clinicTickets.status);

// Appointments

export interface AppointmentView {
  appointment: AppointmentRow;
  bookerName: string | null;
  ticketId: string | null;
}

const appointmentView = {
  appointment: clinicAppointments,
  bookerName: accounts.displayName,
  ticketId: sql<
    string | null
  >`(select t.id from clinic_tickets t where t.appointment_id = ${clinicAppointments.id} order by t.taken_at desc limit 1)`,
};

export const listAppointmentViews = (
  db: Queryable,
  siteId: string,
  range: { from: string; to: string },
  status?: AppointmentRow["status"],
): Promise<AppointmentView[]> =>
  db
    .select(appointmentView)
    .from(clinicAppointments)
    .leftJoin(accounts, eq(accounts.id, clinicAppointments.bookedBy))
    .where(
      and(
        eq(clinicAppointments.siteId, siteId),
        gte(clinicAppointments.date, range.from),
        lte(clinicAppointments.date, range.to),
        status ? eq(clinicAppointments.status, status) : undefined,
      ),
    )
    .orderBy(
      asc(clinicAppointments.date),
      asc(clinicAppointments.startsAt),
      asc(clinicAppointments.clinicKind),
    );

export const findAppointmentView = async (db: Queryable, id: string): Promise<AppointmentView | undefined> =>
  (
    await db
      .select(appointmentView)
      .from(clinicAppointments)
      .leftJoin(accounts, eq(accounts.id, clinicAppointments.bookedBy))
      .where(eq(clinicAppointments.id, id))
      .limit(1)
  )[0];

/** The slots already held (not cancelled) in a range: one row per booked slot. */
export const listHeldSlots = (db: Queryable, siteId: string, range: { from: string; to: string }) =>
  db
    .select({
      id: clinicAppointments.id,
      clinicKind: clinicAppointments.clinicKind,
      date: clinicAppointments.date,
      startsAt: clinicAppointments.startsAt,
    })
    .from(clinicAppointments)
    .where(
      and(
        eq(clinicAppointments.siteId, siteId),
        gte(clinicAppointments.date, range.from),
        lte(clinicAppointments.date, range.to),
        ne(clinicAppointments.status, "cancelled"),
      ),
    );

/** Her live booking (booked or arrived) at a clinic on a date, if any. */
export const findBookingOf = async (
  db: Queryable,
  siteId: string,
  visitorCodeId: string,
  clinicKind: ClinicKindValue,
  date: string,
) =>
  (
    await db
      .select({ id: clinicAppointments.id, startsAt: clinicAppointments.startsAt })
      .from(clinicAppointments)
      .where(
        and(
          eq(clinicAppointments.siteId, siteId),
          eq(clinicAppointments.visitorCodeId, visitorCodeId),
          eq(clinicAppointments.clinicKind, clinicKind),
          eq(clinicAppointments.date, date),
          inArray(clinicAppointments.status, ["booked", "arrived"]),
        ),
      )
      .limit(1)
  )[0];

/** Inserts the booking; undefined when the slot was taken meanwhile (the partial unique index decides). */
export const insertAppointment = async (tx: Tx, values: typeof clinicAppointments.$inferInsert) =>
  (
    await tx
      .insert(clinicAppointments)
      .values(values)
      .onConflictDoNothing({
        target: [
          clinicAppointments.siteId,
          clinicAppointments.clinicKind,
          clinicAppointments.date,
          clinicAppointments.startsAt,
        ],
        where: sql`${clinicAppointments.status} <> 'cancelled'`,
      })
      .returning()
  )[0];

export const lockAppointment = async (tx: Tx, id: string) =>
  (await tx.select().from(clinicAppointments).where(eq(clinicAppointments.id, id)).for("update").limit(1))[0];

export const updateAppointment = async (
  db: Queryable,
  id: string,
  values: Partial<typeof clinicAppointments.$inferInsert>,
) =>
  (await db.update(clinicAppointments).set(values).where(eq(clinicAppointments.id, id)).returning())[0] as
    | AppointmentRow
    | undefined;

/** The codes with a live appointment (booked or arrived) at a site on a date. */
export const codesWithAppointmentOn = async (db: Queryable, siteId: string, date: string) =>
  (
    await db
      .selectDistinct({ id: clinicAppointments.visitorCodeId })
      .from(clinicAppointments)
      .where(
        and(
          eq(clinicAppointments.siteId, siteId),
          eq(clinicAppointments.date, date),
          inArray(clinicAppointments.status, ["booked", "arrived"]),
          isNotNull(clinicAppointments.visitorCodeId),
        ),
      )
  )
    .map((r) => r.id)
    .filter((id): id is string => id !== null);

export const countAppointments = (db: Queryable, siteId: string, range: { from: string; to: string }) =>
  db
    .select({
      date: clinicAppointments.date,
      status: clinicAppointments.status,
      count: sql<number>`count(*)::int`,
    })
    .from(clinicAppointments)
    .where(
      and(
        eq(clinicAppointments.siteId, siteId),
        gte(clinicAppointments.date, range.from),
        lte(clinicAppointments.date, range.to),
      ),
    )
    .groupBy(clinicAppointments.date, clinicAppointments.status);

// Slot settings

export const listSlotSettings = (db: Queryable, siteId: string) =>
  db.select().from(clinicSlotSettings).where(eq(clinicSlotSettings.siteId, siteId));

export const upsertSlotSetting = async (
  tx: Tx,
  values: {
    siteId: string;
    clinicKind: ClinicKindValue;
    slotMinutes: number;
    updatedAt: Date;
    updatedBy: string;
  },
) =>
  (
    await tx
      .insert(clinicSlotSettings)
      .values(values)
      .onConflictDoUpdate({
        target: [clinicSlotSettings.siteId, clinicSlotSettings.clinicKind],
        set: { slotMinutes: values.slotMinutes, updatedAt: values.updatedAt, updatedBy: values.updatedBy },
      })
      .returning()
  )[0] as SlotSettingRow;
