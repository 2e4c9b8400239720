import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type {
  Appointment,
  CallNextResult,
  PublicClinicStatus,
  PublicTakenTicket,
  PublicTicket,
  Queue,
  QueueScreen,
  QueueTicket,
  SlotSettings,
  Slots,
} from "../../../common/contracts/clinic-queue.js";
import { clinicQueueRoutes } from "../../../common/contracts/clinic-queue.js";
import type { RouteContract } from "../../../common/contracts/route.js";
import type { Site } from "../../../common/contracts/sites.js";
import type { Visit, VisitorProfile } from "../../../common/contracts/visits.js";
import { LIMITS } from "../../../common/limits.js";
import { checkCharacter } from "../../../common/visitor-code.js";
import { buildTestApp, type SignedIn, type TestApp } from "../../test/build-test-app.js";
import * as service from "./clinic-queue.service.js";

let t: TestApp;
let manager: SignedIn;
let admin: SignedIn;
let volunteer: SignedIn;
let worker: SignedIn;
let nurse: SignedIn;
let nurse2: SignedIn;
let nurseB: SignedIn;
let siteA: Site;
let siteB: Site;

/** A well-formed code that no card carries (the check character is right, the row does not exist). */
const UNISSUED = `ZZZZZZZ${checkCharacter("ZZZZZZZ")}`;

let lastAddress = 0;
/** Public requests are rate-limited per address (in real time): each test speaks from its own. */
const nextAddress = () => `10.5.${Math.floor(++lastAddress / 250)}.${lastAddress % 250}`;

/** Moves the clock to a local time in Copenhagen (winter time in March 2010) and keeps sessions alive. */
async function travel(local: string) {
  const now = new Date(`${local}+01:00`);
  t.clock.set(now);
  await t.database.pool.query(
    "update account_sessions set last_seen_at = $1, expires_at = $1::timestamptz + interval '12 hours' where ended_at is null",
    [now],
  );
}

async function openDoor(site: Site = siteA) {
  const res = await volunteer.request({ method: "POST", url: `/api/v1/sites/${site.id}/tonight/open` });
  expect(res.statusCode, res.body).toBe(200);
}

async function issue(languages: string[] = ["ro"]) {
  const res = await volunteer.request({
    method: "POST",
    url: "/api/v1/visitor-codes",
    payload: { nationality: "RO", languages },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<VisitorProfile>();
}

async function checkIn(code?: string) {
  const res = await volunteer.request({
    method: "POST",
    url: "/api/v1/visits",
    payload: {
      siteId: siteA.id,
      nationality: "RO",
      firstVisit: false,
      ...(code ? { visitorCode: code } : {}),
    },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<Visit>();
}

const take = (who: SignedIn, payload: object = {}, site: Site = siteA) =>
  who.request({ method: "POST", url: `/api/v1/clinic/sites/${site.id}/tickets`, payload });

async function ticket(who: SignedIn, payload: object = {}, status = 201) {
  const res = await take(who, payload);
  expect(res.statusCode, res.body).toBe(status);
  return res.json<QueueTicket>();
}

async function queueOf(who: SignedIn, site: Site = siteA) {
  const res = await who.request({ method: "GET", url: `/api/v1/clinic/sites/${site.id}/queue` });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<Queue>();
}

const callNext = (who: SignedIn, payload: object = {}) =>
  who.request({ method: "POST", url: `/api/v1/clinic/sites/${siteA.id}/queue/call-next`, payload });

async function called(who: SignedIn, payload: object = {}) {
  const res = await callNext(who, payload);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<CallNextResult>();
}

const act = (who: SignedIn, id: string, action: string) =>
  who.request({ method: "POST", url: `/api/v1/clinic/tickets/${id}/${action}` });

const publicTake = (payload: object, remoteAddress = nextAddress(), slug = siteA.slug) =>
  t.app.inject({
    method: "POST",
    url: `/api/v1/clinic/public/sites/${slug}/tickets`,
    payload,
    remoteAddress,
  });

const publicPoll = (token: string, action: "status" | "withdraw" = "status", remoteAddress = nextAddress()) =>
  t.app.inject({
    method: "POST",
    url: `/api/v1/clinic/public/tickets/${action}`,
    payload: { token },
    remoteAddress,
  });

const book = (who: SignedIn, payload: object) =>
  who.request({ method: "POST", url: `/api/v1/clinic/sites/${siteA.id}/appointments`, payload });

async function booked(who: SignedIn, payload: object) {
  const res = await book(who, payload);
  expect(res.statusCode, res.body).toBe(201);
  return res.json<Appointment>();
}

function problemOf(res: { statusCode: number; json: () => unknown }, status: number) {
  expect(res.statusCode).toBe(status);
  const body = res.json() as { code: string; detail?: string; errors?: { path: string; code: string }[] };
  return { code: body.code, detail: body.detail, fields: (body.errors ?? []).map((e) => [e.path, e.code]) };
}

async function ticketRow(id: string) {
  const { rows } = await t.database.pool.query("select * from clinic_tickets where id = $1", [id]);
  return rows[0] as { status: string; called_by: string | null; number: number };
}

async function audited(event: string, entityId?: string) {
  const { rows } = await t.database.pool.query<{ entity_id: string }>(
    `select entity_id from audit_events where event = $1 ${entityId ? "and entity_id = $2" : ""}`,
    entityId ? [event, entityId] : [event],
  );
  return rows.length;
}

beforeAll(async () => {
  t = await buildTestApp();
  manager = await t.signInAs("manager");
  const makeSite = async (name: string, slug: string) => {
    const res = await manager.request({ method: "POST", url: "/api/v1/sites", payload: { name, slug } });
    expect(res.statusCode, res.body).toBe(201);
    return res.json<Site>();
  };
  siteA = await makeSite("Mødestedet", "moedestedet");
  siteB = await makeSite("Reden", "reden");
  const post = async (site: Site, path: string, payload: object) => {
    const res = await manager.request({ method: "POST", url: `/api/v1/sites/${site.id}/${path}`, payload });
    expect(res.statusCode, res.body).toBe(201);
    return res.json<{ id: string }>().id;
  };
  const weekly: string[] = [];
  for (const weekday of [1, 2, 3, 4, 5]) {
    weekly.push(
      await post(siteA, "weekly-openings", {
        weekday,
        startsAt: "16:00",
        endsAt: "22:00",
        validFrom: "2010-01-01",
      }),
    );
  }
  // Gynaecology 17:00–20:00 every weekday; general practice on Wednesdays too.
  for (const id of weekly) {
    await post(siteA, "activities", {
      kind: "clinic_gynaecology",
      startsAt: "17:00",
      endsAt: "20:00",
      weeklyOpeningId: id,
    });
  }
  await post(siteA, "activities", {
    kind: "clinic_general_practice",
    startsAt: "18:00",
    endsAt: "21:00",
    weeklyOpeningId: weekly[2],
  });
  await post(siteA, "closures", { startsOn: "2010-03-11", endsOn: "2010-03-11", reason: "Staff day" });
  const weeklyB = await post(siteB, "weekly-openings", {
    weekday: 1,
    startsAt: "16:00",
    endsAt: "22:00",
    validFrom: "2010-01-01",
  });
  await post(siteB, "activities", {
    kind: "clinic_gynaecology",
    startsAt: "17:00",
    endsAt: "20:00",
    weeklyOpeningId: weeklyB,
  });

  admin = await t.signInAs("administrator");
  volunteer = await t.signInAs("volunteer", { siteIds: [siteA.id, siteB.id], languages: ["en"] });
  worker = await t.signInAs("social_worker", { siteIds: [siteA.id], languages: ["ro", "en"] });
  nurse = await t.signInAs("health_staff", { siteIds: [siteA.id], languages: ["bg", "en"] });
  nurse2 = await t.signInAs("health_staff", { siteIds: [siteA.id], languages: ["en"] });
  nurseB = await t.signInAs("health_staff", { siteIds: [siteB.id], languages: ["en"] });
  for (const id of weekly) {
    const res = await manager.request({
      method: "POST",
      url: `/api/v1/sites/${siteA.id}/roster`,
      payload: { accountId: worker.account.id, duty: "social_work", weeklyOpeningId: id },
    });
    expect(res.statusCode, res.body).toBe(201);
  }
});
afterAll(() => t.close());

describe("who may use the clinic queue", () => {
  it("answers 401 without sign-in and 403 to an administrator on every staff route", async () => {
    await travel("2010-03-01T17:10");
    await openDoor();
    const mine = await ticket(volunteer);
    const appointmentId = "00000000-0000-4000-8000-000000000000";
    const routes = [
      { method: "GET", url: `/api/v1/clinic/sites/${siteA.id}/queue` },
      { method: "GET", url: `/api/v1/clinic/sites/${siteA.id}/screen` },
      { method: "POST", url: `/api/v1/clinic/sites/${siteA.id}/tickets`, payload: {} },
      { method: "POST", url: `/api/v1/clinic/sites/${siteA.id}/queue/call-next`, payload: {} },
      { method: "POST", url: `/api/v1/clinic/sites/${siteA.id}/queue/turn-away-rest`, payload: {} },
      { method: "POST", url: `/api/v1/clinic/tickets/${mine.id}/call` },
      { method: "POST", url: `/api/v1/clinic/tickets/${mine.id}/done` },
      { method: "POST", url: `/api/v1/clinic/tickets/${mine.id}/no-show` },
      { method: "POST", url: `/api/v1/clinic/tickets/${mine.id}/turn-away` },
      { method: "POST", url: `/api/v1/clinic/tickets/${mine.id}/withdraw` },
      { method: "GET", url: `/api/v1/clinic/sites/${siteA.id}/slots?from=2010-03-01&to=2010-03-07` },
      { method: "GET", url: `/api/v1/clinic/sites/${siteA.id}/appointments?from=2010-03-01&to=2010-03-07` },
      {
        method: "POST",
        url: `/api/v1/clinic/sites/${siteA.id}/appointments`,
        payload: {
          visitorCode: UNISSUED,
          clinicKind: "clinic_gynaecology",
          date: "2010-03-02",
          startsAt: "17:00",
        },
      },
      { method: "POST", url: `/api/v1/clinic/appointments/${appointmentId}/cancel` },
      { method: "POST", url: `/api/v1/clinic/appointments/${appointmentId}/arrived` },
      { method: "POST", url: `/api/v1/clinic/appointments/${appointmentId}/no-show` },
      { method: "GET", url: `/api/v1/clinic/sites/${siteA.id}/slot-settings` },
      {
        method: "PUT",
        url: `/api/v1/clinic/sites/${siteA.id}/slot-settings`,
        payload: { clinicKind: "clinic_gynaecology", slotMinutes: 30 },
      },
    ] as const;
    for (const route of routes) {
      const anonymous = await t.app.inject(route);
      expect([route.url, anonymous.statusCode]).toEqual([route.url, 401]);
      const refused = await admin.request(route);
      expect([route.url, refused.statusCode, refused.json().code]).toEqual([route.url, 403, "FORBIDDEN"]);
    }
    expect(await ticketRow(mine.id)).toMatchObject({ status: "waiting" });
  });

  it("lets only health staff call, and only health staff and managers set slot lengths", async () => {
    await travel("2010-03-01T17:20");
    const waiting = await ticket(volunteer);
    for (const who of [volunteer, worker, manager]) {
      expect((await callNext(who)).statusCode).toBe(403);
      expect((await act(who, waiting.id, "no-show")).statusCode).toBe(403);
      expect((await act(who, waiting.id, "turn-away")).statusCode).toBe(403);
    }
    const setting = { clinicKind: "clinic_gynaecology", slotMinutes: 20 };
    const url = `/api/v1/clinic/sites/${siteA.id}/slot-settings`;
    expect((await worker.request({ method: "PUT", url, payload: setting })).statusCode).toBe(403);
    expect((await volunteer.request({ method: "PUT", url, payload: setting })).statusCode).toBe(403);
    expect((await nurse.request({ method: "PUT", url, payload: setting })).statusCode).toBe(200);
    expect((await manager.request({ method: "PUT", url, payload: setting })).statusCode).toBe(200);
    // Volunteers give tickets but do not book appointments.
    expect((await volunteer.request({ method: "GET", url })).statusCode).toBe(403);
    expect((await worker.request({ method: "GET", url })).statusCode).toBe(200);
    expect((await act(volunteer, waiting.id, "withdraw")).statusCode).toBe(200);
  });

  it("answers another site's queue, tickets and appointments exactly like unknown ones", async () => {
    await travel("2010-03-01T17:25");
    const theirs = await ticket(volunteer);
    const unknown = "00000000-0000-4000-8000-000000000001";
    for (const id of [theirs.id, unknown]) {
      for (const action of ["call", "done", "no-show", "turn-away", "withdraw"]) {
        const res = await act(nurseB, id, action);
        expect([action, res.statusCode, res.json().code]).toEqual([action, 404, "NOT_FOUND"]);
      }
    }
    expect(
      (await nurseB.request({ method: "GET", url: `/api/v1/clinic/sites/${siteA.id}/queue` })).statusCode,
    ).toBe(404);
    expect(
      (await nurseB.request({ method: "GET", url: `/api/v1/clinic/sites/${siteA.id}/screen` })).statusCode,
    ).toBe(404);
    expect((await take(nurseB, {}, siteA)).statusCode).toBe(404);
    expect((await ticketRow(theirs.id)).status).toBe("waiting");
    await act(volunteer, theirs.id, "withdraw");
  });
});

describe("tickets at the door", () => {
  it("numbers tickets 1, 2, 3 per session and answers her open ticket instead of a second", async () => {
    await travel("2010-03-02T16:05");
    await openDoor();
    const code = await issue();
    const visit = await checkIn(code.code);
    const first = await ticket(volunteer, { visitId: visit.id, languageNeeded: "ro" });
    expect(first).toMatchObject({
      number: 1,
      clinicKind: "clinic_gynaecology",
      status: "waiting",
      source: "door",
      visitId: visit.id,
      visitorCodeId: code.id,
      visitorCode: code.code,
      languageNeeded: "ro",
    });
    // The same woman by her code, by her visit, or by a lower-case typed code: the same ticket.
    expect((await ticket(volunteer, { visitorCode: code.code }, 200)).id).toBe(first.id);
    expect((await ticket(worker, { visitId: visit.id }, 200)).id).toBe(first.id);
    expect((await ticket(volunteer, { visitorCode: code.code.toLowerCase() }, 200)).id).toBe(first.id);
    const anonymous = await ticket(volunteer);
    const anotherAnonymous = await ticket(volunteer, { clinicKind: "clinic_gynaecology" });
    expect([anonymous.number, anotherAnonymous.number]).toEqual([2, 3]);
    expect(anonymous.visitorCode).toBeNull();
    // Once her ticket is finished she may queue again, with the next number.
    await act(nurse, first.id, "done");
    const again = await ticket(volunteer, { visitorCode: code.code });
    expect(again.number).toBe(4);
    // A new evening starts again from 1.
    await travel("2010-03-03T17:05");
    await openDoor();
    expect((await ticket(volunteer, { clinicKind: "clinic_gynaecology" })).number).toBe(1);
  });

  it("numbers parallel tickets without gaps or twins", async () => {
    await travel("2010-03-04T17:00");
    await openDoor();
    const responses = await Promise.all(Array.from({ length: 12 }, () => take(volunteer)));
    expect(responses.map((r) => r.statusCode)).toEqual(Array(12).fill(201));
    const numbers = responses.map((r) => r.json<QueueTicket>().number).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
  });

  it("refuses wrong codes and visits with clear field errors, and saves nothing", async () => {
    await travel("2010-03-05T17:00");
    await openDoor();
    expect(problemOf(await take(volunteer, { visitorCode: "K7MQ" }), 400).fields).toEqual([
      ["visitorCode", "MALFORMED_VISITOR_CODE"],
    ]);
    expect(problemOf(await take(volunteer, { visitorCode: UNISSUED }), 400).fields).toEqual([
      ["visitorCode", "UNKNOWN_VISITOR_CODE"],
    ]);
    const code = await issue();
    const visit = await checkIn(code.code);
    expect(problemOf(await take(volunteer, { visitId: visit.id, visitorCode: code.code }), 400).code).toBe(
      "VALIDATION_FAILED",
    );
    expect(problemOf(await take(volunteer, { languageNeeded: "Romanian" }), 400).code).toBe(
      "VALIDATION_FAILED",
    );
    expect(problemOf(await take(volunteer, { clinicKind: "dentist" }), 400).code).toBe("VALIDATION_FAILED");
    expect(problemOf(await take(volunteer, { siteId: siteA.id }), 400).code).toBe("VALIDATION_FAILED");
    // Yesterday's visit is not tonight's.
    await travel("2010-03-08T17:00");
    await openDoor();
    expect(problemOf(await take(volunteer, { visitId: visit.id }), 400).fields).toEqual([
      ["visitId", "VISIT_NOT_TONIGHT"],
    ]);
    const { rows } = await t.database.pool.query(
      "select count(*)::int as n from clinic_tickets t join opening_sessions s on s.id = t.session_id where s.date in ('2010-03-05', '2010-03-08')",
    );
    expect(rows[0].n).toBe(0);
  });

  it("refuses a ticket for a closed clinic, naming the next clinic hours", async () => {
    await travel("2010-03-08T20:30");
    const refused = problemOf(await take(volunteer), 400);
    expect(refused.code).toBe("CLINIC_CLOSED");
    expect(refused.detail).toContain("2010-03-09, 17:00–20:00");
    const queue = await queueOf(volunteer);
    expect(queue.takingTickets).toEqual([]);
    expect(queue.nextClinic).toMatchObject({
      date: "2010-03-09",
      startsAt: "17:00",
      clinicKind: "clinic_gynaecology",
    });
    // Before the ticket window (an hour before the clinic) the clinic is closed too.
    await travel("2010-03-09T15:30");
    const early = problemOf(await take(volunteer), 400);
    expect(early.code).toBe("CLINIC_CLOSED");
    expect(early.detail).toContain("2010-03-09, 17:00–20:00");
    // General practice is on Wednesdays only.
    await travel("2010-03-09T17:30");
    await openDoor();
    expect(problemOf(await take(volunteer, { clinicKind: "clinic_general_practice" }), 400).code).toBe(
      "CLINIC_CLOSED",
    );
  });

  it("refuses tickets while the door's session is not open, and after it is closed", async () => {
    await travel("2010-03-10T17:30");
    expect(problemOf(await take(volunteer, { clinicKind: "clinic_gynaecology" }), 400).code).toBe(
      "DOOR_NOT_OPEN",
    );
    await openDoor();
    await ticket(volunteer, { clinicKind: "clinic_gynaecology" });
    const close = await volunteer.request({ method: "POST", url: `/api/v1/sites/${siteA.id}/tonight/close` });
    expect(close.statusCode).toBe(200);
    expect(problemOf(await take(volunteer, { clinicKind: "clinic_gynaecology" }), 400).code).toBe(
      "DOOR_NOT_OPEN",
    );
    // The nurse still finishes the queue after the door closed.
    expect((await called(nurse)).ticket?.number).toBe(1);
  });

  it("asks which clinic when two take tickets, and keeps each clinic's own queue", async () => {
    await travel("2010-03-17T18:10");
    await openDoor();
    expect(problemOf(await take(volunteer), 400).fields).toEqual([["clinicKind", "CHOOSE_CLINIC"]]);
    const gyn = await ticket(volunteer, { clinicKind: "clinic_gynaecology" });
    const gp = await ticket(volunteer, { clinicKind: "clinic_general_practice" });
    const queue = await queueOf(nurse);
    expect(queue.clinics.map((c) => [c.clinicKind, c.startsAt, c.endsAt])).toEqual([
      ["clinic_gynaecology", "17:00", "20:00"],
      ["clinic_general_practice", "18:00", "21:00"],
    ]);
    expect(queue.takingTickets).toEqual(["clinic_gynaecology", "clinic_general_practice"]);
    expect((await called(nurse, { clinicKind: "clinic_general_practice" })).ticket?.id).toBe(gp.id);
    expect((await called(nurse2, { clinicKind: "clinic_general_practice" })).ticket).toBeNull();
    expect((await called(nurse2)).ticket?.id).toBe(gyn.id);
    // After gynaecology ends, only general practice takes tickets: no need to choose.
    await travel("2010-03-17T20:15");
    expect((await ticket(volunteer)).clinicKind).toBe("clinic_general_practice");
  });
});

describe("calling", () => {
  it("calls in number order, appointments first once their slot has begun", async () => {
    await travel("2010-03-12T16:30");
    await openDoor();
    const code = await issue();
    await booked(worker, {
      visitorCode: code.code,
      clinicKind: "clinic_gynaecology",
      date: "2010-03-12",
      startsAt: "17:20",
    });
    const one = await ticket(volunteer);
    const two = await ticket(volunteer);
    const [appointment] = (await queueOf(volunteer)).appointments;
    const arrived = await volunteer.request({
      method: "POST",
      url: `/api/v1/clinic/appointments/${appointment?.id}/arrived`,
    });
    expect(arrived.statusCode, arrived.body).toBe(200);
    const { ticket: hers, appointment: after } = arrived.json<{
      appointment: Appointment;
      ticket: QueueTicket;
    }>();
    expect(hers).toMatchObject({
      number: 3,
      source: "appointment",
      appointmentStartsAt: "17:20",
      visitorCode: code.code,
    });
    expect(after).toMatchObject({ status: "arrived", ticketId: hers.id });
    // Her slot has not begun: walk-ins by number.
    await travel("2010-03-12T17:05");
    expect((await called(nurse)).ticket?.id).toBe(one.id);
    await act(nurse, one.id, "done");
    // 17:20: her slot has begun, she goes before number 2.
    await travel("2010-03-12T17:20");
    const screen = await nurse.request({ method: "GET", url: `/api/v1/clinic/sites/${siteA.id}/screen` });
    expect(screen.json<QueueScreen>().waiting).toEqual([3, 2]);
    expect((await called(nurse)).ticket?.id).toBe(hers.id);
    await act(nurse, hers.id, "done");
    expect((await called(nurse)).ticket?.id).toBe(two.id);
  });

  it("calls one woman when call-next is clicked twice at once", async () => {
    await travel("2010-03-15T17:00");
    await openDoor();
    for (let i = 0; i < 5; i++) await ticket(volunteer);
    const results = await Promise.all(Array.from({ length: 10 }, () => callNext(nurse)));
    expect(results.map((r) => r.statusCode)).toEqual(Array(10).fill(200));
    const ids = new Set(results.map((r) => r.json<CallNextResult>().ticket?.id));
    expect(ids.size).toBe(1);
    expect(results.filter((r) => !r.json<CallNextResult>().alreadyCalling)).toHaveLength(1);
    const { rows } = await t.database.pool.query(
      "select number from clinic_tickets t join opening_sessions s on s.id = t.session_id where s.date = '2010-03-15' and t.status = 'called'",
    );
    expect(rows).toEqual([{ number: 1 }]);
    // Two nurses at once: two rooms, two different women.
    const [a, b] = await Promise.all([callNext(nurse2), callNext(nurse2)]);
    expect(a?.json<CallNextResult>().ticket?.number).toBe(2);
    expect(b?.json<CallNextResult>().ticket?.number).toBe(2);
    const queue = await queueOf(nurse);
    expect(queue.myCall?.number).toBe(1);
    expect(queue.counts).toMatchObject({ waiting: 3, called: 2 });
    expect(queue.tickets.find((x) => x.number === 2)?.calledBy?.accountId).toBe(nurse2.account.id);
  });

  it("calls out of turn only a waiting woman, and only when the nurse calls nobody else", async () => {
    await travel("2010-03-16T17:00");
    await openDoor();
    const one = await ticket(volunteer);
    const two = await ticket(volunteer);
    const res = await act(nurse, two.id, "call");
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<QueueTicket>()).toMatchObject({ status: "called", number: 2 });
    expect((await act(nurse, two.id, "call")).statusCode).toBe(200);
    expect(problemOf(await act(nurse, one.id, "call"), 409).code).toBe("CALLING_SOMEONE");
    expect(problemOf(await act(nurse2, two.id, "call"), 409).code).toBe("TICKET_NOT_WAITING");
    expect((await called(nurse)).ticket?.id).toBe(two.id);
    expect((await called(nurse)).alreadyCalling).toBe(true);
    await act(nurse, two.id, "done");
    expect((await called(nurse)).ticket?.id).toBe(one.id);
    expect((await called(nurse2)).ticket).toBeNull();
  });

  it("counts done, no-shows, turned away and withdrawn; a finished ticket stays finished", async () => {
    await travel("2010-03-18T17:00");
    await openDoor();
    const tickets = [];
    for (let i = 0; i < 7; i++) tickets.push(await ticket(volunteer));
    const [a, b, c, d] = tickets as [QueueTicket, QueueTicket, QueueTicket, QueueTicket];
    expect((await called(nurse)).ticket?.id).toBe(a.id);
    const noShow = await act(nurse, a.id, "no-show");
    expect(noShow.json<QueueTicket>()).toMatchObject({ status: "no_show" });
    expect(noShow.json<QueueTicket>().finishedAt).not.toBeNull();
    expect((await act(nurse, a.id, "no-show")).statusCode).toBe(200);
    expect(problemOf(await act(nurse, a.id, "done"), 409).code).toBe("TICKET_FINISHED");
    expect((await called(nurse)).ticket?.id).toBe(b.id);
    expect((await act(nurse, b.id, "done")).json<QueueTicket>().status).toBe("done");
    expect((await act(nurse, c.id, "turn-away")).json<QueueTicket>().status).toBe("turned_away");
    expect((await act(volunteer, d.id, "withdraw")).json<QueueTicket>().status).toBe("withdrawn");
    expect(problemOf(await act(volunteer, b.id, "withdraw"), 409).code).toBe("TICKET_FINISHED");
    const rest = await nurse.request({
      method: "POST",
      url: `/api/v1/clinic/sites/${siteA.id}/queue/turn-away-rest`,
      payload: {},
    });
    expect(rest.json()).toEqual({ turnedAway: 3 });
    const queue = await queueOf(manager);
    expect(queue.counts).toEqual({ waiting: 0, called: 0, done: 1, noShow: 1, turnedAway: 4, withdrawn: 1 });
    const counts = await service.queueCountsOfSessions(t.ctx.db, [a.sessionId]);
    expect(counts.get(a.sessionId)).toEqual({
      tickets: 7,
      waiting: 0,
      called: 0,
      done: 1,
      noShow: 1,
      turnedAway: 4,
      withdrawn: 1,
    });
    // Called, done, no-show and turned away are records, not audit events.
    const { rows } = await t.database.pool.query(
      "select count(*)::int as n from audit_events where entity_type = 'clinic_ticket'",
    );
    expect(rows[0].n).toBe(0);
    expect(await service.ticketOf(t.ctx.db, a.id)).toMatchObject({
      id: a.id,
      siteId: siteA.id,
      sessionId: a.sessionId,
      number: 1,
      status: "no_show",
      calledBy: nurse.account.id,
    });
    expect(await service.ticketOf(t.ctx.db, "00000000-0000-4000-8000-000000000009")).toBeUndefined();
  });
});

describe("the desk and the screen", () => {
  it("shows on the screen numbers only: no codes, no nationalities", async () => {
    await travel("2010-03-19T17:00");
    await openDoor();
    const code = await issue(["bg"]);
    const visit = await checkIn(code.code);
    const hers = await ticket(volunteer, { visitId: visit.id, languageNeeded: "bg" });
    await ticket(volunteer);
    await ticket(volunteer);
    await called(nurse);
    const res = await volunteer.request({ method: "GET", url: `/api/v1/clinic/sites/${siteA.id}/screen` });
    expect(res.statusCode).toBe(200);
    const screen = res.json<QueueScreen>();
    expect(Object.keys(screen).sort()).toEqual(["nowCalling", "open", "updatedAt", "waiting"]);
    expect(screen).toMatchObject({ nowCalling: [hers.number], waiting: [2, 3], open: true });
    const raw = res.body;
    expect(raw).not.toContain(code.code);
    expect(raw).not.toContain(code.code.replace("-", ""));
    expect(raw).not.toContain("RO");
    expect(raw).not.toContain(code.id);
    expect(raw).not.toContain(visit.id);
  });

  it("shows the desk which staff on duty speak a waiting woman's language", async () => {
    await travel("2010-03-22T17:00");
    await openDoor();
    await ticket(volunteer, { languageNeeded: "ro" });
    await ticket(volunteer, { languageNeeded: "th" });
    await ticket(volunteer, { languageNeeded: "ro" });
    const queue = await queueOf(nurse);
    expect(queue.interpreting).toEqual([
      {
        language: "ro",
        ticketNumbers: [1, 3],
        staff: [{ accountId: worker.account.id, displayName: expect.any(String) }],
      },
      { language: "th", ticketNumbers: [2], staff: [] },
    ]);
    expect(queue.can).toEqual({ call: true, book: true });
    expect((await queueOf(volunteer)).can).toEqual({ call: false, book: false });
    expect(queue.session?.date).toBe("2010-03-22");
  });

  it("shows an empty queue calmly when nothing is open", async () => {
    await travel("2010-03-13T12:00");
    const queue = await queueOf(nurse);
    expect(queue).toMatchObject({ session: null, tickets: [], takingTickets: [], myCall: null });
    expect(queue.nextClinic).toMatchObject({ date: "2010-03-15", startsAt: "17:00" });
    const screen = await nurse.request({ method: "GET", url: `/api/v1/clinic/sites/${siteA.id}/screen` });
    expect(screen.json<QueueScreen>()).toMatchObject({ nowCalling: [], waiting: [], open: false });
    expect((await called(nurse)).ticket).toBeNull();
  });
});

describe("her ticket on the visitor page", () => {
  it("gives her a number and a token to follow her place, by her code in the body", async () => {
    await travel("2010-03-23T17:00");
    await openDoor();
    await ticket(volunteer);
    await ticket(volunteer);
    const code = await issue();
    const taken = await publicTake({ code: code.code.toLowerCase(), languageNeeded: "ro" });
    expect(taken.statusCode, taken.body).toBe(201);
    const mine = taken.json<PublicTakenTicket>();
    expect(mine).toMatchObject({
      number: 3,
      status: "waiting",
      ahead: 2,
      nowCalling: [],
      clinicEndsAt: "20:00",
    });
    expect(mine.token.length).toBeGreaterThanOrEqual(40);
    expect(taken.body).not.toContain(code.code);
    expect(taken.body).not.toContain(code.id);
    await called(nurse);
    const polled = await publicPoll(mine.token);
    expect(polled.statusCode).toBe(200);
    expect(polled.json<PublicTicket>()).toMatchObject({
      number: 3,
      ahead: 1,
      nowCalling: [1],
      status: "waiting",
    });
    // The desk sees her ticket with her code; it came from her phone.
    const desk = (await queueOf(nurse)).tickets.find((x) => x.number === 3);
    expect(desk).toMatchObject({ source: "visitor", visitorCode: code.code, languageNeeded: "ro" });
    // Asking again answers her ticket with a new token; the old one stops working.
    const again = await publicTake({ code: code.code });
    expect(again.statusCode).toBe(200);
    const second = again.json<PublicTakenTicket>();
    expect(second.number).toBe(3);
    expect(second.token).not.toBe(mine.token);
    expect((await publicPoll(mine.token)).statusCode).toBe(404);
    // She withdraws: the ticket is finished, not a no-show.
    const withdrawn = await publicPoll(second.token, "withdraw");
    expect(withdrawn.json<PublicTicket>()).toMatchObject({ status: "withdrawn", ahead: 0 });
    expect((await publicPoll(second.token, "withdraw")).statusCode).toBe(200);
  });

  it("answers a wrong code exactly like an unknown one, and tells nothing else", async () => {
    await travel("2010-03-24T17:05");
    await openDoor();
    const answers = [];
    for (const code of [UNISSUED, "ZZZZ-ZZZ2", "hello", "K7MQ-4XPR"]) {
      const res = await publicTake({ code, clinicKind: "clinic_gynaecology" });
      answers.push({ status: res.statusCode, body: res.json() });
    }
    for (const answer of answers) expect(answer).toEqual(answers[0]);
    expect(answers[0]).toMatchObject({
      status: 400,
      body: {
        code: "VISITOR_CODE_NOT_ACCEPTED",
        errors: [{ path: "code", code: "VISITOR_CODE_NOT_ACCEPTED" }],
      },
    });
    const { rows } = await t.database.pool.query(
      "select count(*)::int as n from clinic_tickets t join opening_sessions s on s.id = t.session_id where s.date = '2010-03-24'",
    );
    expect(rows[0].n).toBe(0);
    // An unknown token, and a site that does not exist.
    expect((await publicPoll("x".repeat(43))).statusCode).toBe(404);
    expect((await publicTake({ code: UNISSUED }, nextAddress(), "nowhere")).statusCode).toBe(404);
  });

  it("refuses her politely when the clinic is closed, whatever the code, and shows the next hours", async () => {
    await travel("2010-03-24T21:30");
    const code = await issue();
    for (const typed of [code.code, UNISSUED]) {
      const res = await publicTake({ code: typed });
      const problem = problemOf(res, 400);
      expect(problem.code).toBe("CLINIC_CLOSED");
      expect(problem.detail).toContain("2010-03-25, 17:00–20:00");
    }
    const status = await t.app.inject({
      method: "GET",
      url: `/api/v1/clinic/public/sites/${siteA.slug}/status`,
      remoteAddress: nextAddress(),
    });
    expect(status.statusCode).toBe(200);
    expect(status.json<PublicClinicStatus>()).toMatchObject({
      takingTickets: [],
      nextClinic: {
        date: "2010-03-25",
        startsAt: "17:00",
        endsAt: "20:00",
        clinicKind: "clinic_gynaecology",
      },
    });
    // Thursday the 11th is a closure: the next clinic after Wednesday the 10th is Friday the 12th.
    await travel("2010-03-10T21:30");
    const skip = await t.app.inject({
      method: "GET",
      url: `/api/v1/clinic/public/sites/${siteA.slug}/status`,
      remoteAddress: nextAddress(),
    });
    expect(skip.json<PublicClinicStatus>().nextClinic).toMatchObject({ date: "2010-03-12" });
  });

  it("is rate-limited per address", async () => {
    await travel("2010-03-25T17:00");
    await openDoor();
    const address = nextAddress();
    const statuses = [];
    for (let i = 0; i < LIMITS.publicTicketsPerMinute + 2; i++) {
      statuses.push((await publicTake({ code: UNISSUED }, address)).statusCode);
    }
    expect(statuses.slice(0, LIMITS.publicTicketsPerMinute)).toEqual(
      Array(LIMITS.publicTicketsPerMinute).fill(400),
    );
    expect(statuses.slice(LIMITS.publicTicketsPerMinute)).toEqual([429, 429]);
    const limited = await publicTake({ code: UNISSUED }, address);
    expect(limited.json().code).toBe("RATE_LIMITED");
    // Another address is not slowed.
    expect((await publicTake({ code: UNISSUED })).statusCode).toBe(400);
  });

  it("never puts a code or a token in a URL", () => {
    for (const route of Object.values(clinicQueueRoutes) as RouteContract[]) {
      expect(route.path).not.toMatch(/code|token/i);
      if (route.access === "public") expect(route.query).toBeUndefined();
    }
  });
});

describe("appointments", () => {
  it("cuts the clinic hours into slots of the site's length", async () => {
    await travel("2010-03-01T12:00");
    const url = `/api/v1/clinic/sites/${siteA.id}/slots?from=2010-03-01&to=2010-03-03`;
    const before = (await worker.request({ method: "GET", url })).json<Slots>();
    expect(before.days.map((d) => [d.date, d.clinics.map((c) => [c.clinicKind, c.slots.length])])).toEqual([
      ["2010-03-01", [["clinic_gynaecology", 9]]],
      ["2010-03-02", [["clinic_gynaecology", 9]]],
      [
        "2010-03-03",
        [
          ["clinic_gynaecology", 9],
          ["clinic_general_practice", 9],
        ],
      ],
    ]);
    const set = await nurse.request({
      method: "PUT",
      url: `/api/v1/clinic/sites/${siteA.id}/slot-settings`,
      payload: { clinicKind: "clinic_general_practice", slotMinutes: 45 },
    });
    expect(set.statusCode).toBe(200);
    expect(set.json<SlotSettings>().items).toEqual([
      { clinicKind: "clinic_gynaecology", slotMinutes: 20, isDefault: false, updatedAt: expect.any(String) },
      {
        clinicKind: "clinic_general_practice",
        slotMinutes: 45,
        isDefault: false,
        updatedAt: expect.any(String),
      },
    ]);
    expect(await audited("CLINIC_SLOT_LENGTH_SET")).toBeGreaterThanOrEqual(1);
    const after = (
      await worker.request({ method: "GET", url: `${url}&clinicKind=clinic_general_practice` })
    ).json<Slots>();
    const gp = after.days[0]?.clinics[0];
    expect(gp?.slotMinutes).toBe(45);
    // 18:00–21:00 in 45 minutes: four slots; a remainder too short stays free.
    expect(gp?.slots.map((s) => `${s.startsAt}–${s.endsAt}`)).toEqual([
      "18:00–18:45",
      "18:45–19:30",
      "19:30–20:15",
      "20:15–21:00",
    ]);
    const bad = await nurse.request({
      method: "PUT",
      url: `/api/v1/clinic/sites/${siteA.id}/slot-settings`,
      payload: { clinicKind: "clinic_general_practice", slotMinutes: 2 },
    });
    expect(problemOf(bad, 400).code).toBe("VALIDATION_FAILED");
    const tooLong = await worker.request({
      method: "GET",
      url: `/api/v1/clinic/sites/${siteA.id}/slots?from=2010-03-01&to=2010-06-01`,
    });
    expect(problemOf(tooLong, 400).fields).toEqual([["to", "VALIDATION_FAILED"]]);
    const backwards = await worker.request({
      method: "GET",
      url: `/api/v1/clinic/sites/${siteA.id}/slots?from=2010-03-05&to=2010-03-01`,
    });
    expect(problemOf(backwards, 400).fields).toEqual([["to", "END_BEFORE_START"]]);
  });

  it("books a slot for a code, refuses a double booking, and frees it when cancelled", async () => {
    await travel("2010-03-01T12:00");
    const code = await issue();
    const other = await issue();
    const slot = { clinicKind: "clinic_gynaecology", date: "2010-03-02", startsAt: "17:40" };
    const mine = await booked(worker, { ...slot, visitorCode: code.code, languageNeeded: "ro" });
    expect(mine).toMatchObject({
      ...slot,
      endsAt: "18:00",
      status: "booked",
      visitorCode: code.code,
      languageNeeded: "ro",
      bookedBy: { accountId: worker.account.id },
    });
    expect(await audited("APPOINTMENT_BOOKED", mine.id)).toBe(1);
    const taken = problemOf(await book(nurse, { ...slot, visitorCode: other.code }), 409);
    expect(taken).toMatchObject({ code: "SLOT_TAKEN", fields: [["startsAt", "SLOT_TAKEN"]] });
    const twice = problemOf(await book(nurse, { ...slot, startsAt: "18:00", visitorCode: code.code }), 409);
    expect(twice.fields).toEqual([["visitorCode", "ALREADY_BOOKED"]]);
    const slots = (
      await worker.request({
        method: "GET",
        url: `/api/v1/clinic/sites/${siteA.id}/slots?from=2010-03-02&to=2010-03-02&clinicKind=clinic_gynaecology`,
      })
    ).json<Slots>();
    expect(slots.days[0]?.clinics[0]?.slots.find((s) => s.startsAt === "17:40")?.appointmentId).toBe(mine.id);
    const cancel = await worker.request({
      method: "POST",
      url: `/api/v1/clinic/appointments/${mine.id}/cancel`,
    });
    expect(cancel.json<Appointment>().status).toBe("cancelled");
    expect(await audited("APPOINTMENT_CANCELLED", mine.id)).toBe(1);
    expect(
      (await worker.request({ method: "POST", url: `/api/v1/clinic/appointments/${mine.id}/cancel` }))
        .statusCode,
    ).toBe(200);
    expect(await audited("APPOINTMENT_CANCELLED", mine.id)).toBe(1);
    const rebooked = await booked(nurse, { ...slot, visitorCode: other.code });
    expect(rebooked.id).not.toBe(mine.id);
    const list = await worker.request({
      method: "GET",
      url: `/api/v1/clinic/sites/${siteA.id}/appointments?from=2010-03-02&to=2010-03-02`,
    });
    expect(
      list
        .json<{ items: Appointment[] }>()
        .items.map((a) => [a.startsAt, a.status])
        .sort(),
    ).toEqual([
      ["17:40", "booked"],
      ["17:40", "cancelled"],
    ]);
  });

  it("books one of two parallel requests for the same slot", async () => {
    await travel("2010-03-01T12:00");
    const codes = await Promise.all(Array.from({ length: 6 }, () => issue()));
    const slot = { clinicKind: "clinic_gynaecology", date: "2010-03-04", startsAt: "18:20" };
    const responses = await Promise.all(codes.map((c) => book(worker, { ...slot, visitorCode: c.code })));
    expect(responses.map((r) => r.statusCode).sort()).toEqual([201, 409, 409, 409, 409, 409]);
    const { rows } = await t.database.pool.query(
      "select count(*)::int as n from clinic_appointments where date = '2010-03-04' and starts_at = '18:20'",
    );
    expect(rows[0].n).toBe(1);
  });

  it("refuses slots outside the clinic hours, on closed days, and in the past", async () => {
    await travel("2010-03-02T17:30");
    const code = await issue();
    const base = { visitorCode: code.code, clinicKind: "clinic_gynaecology" };
    expect(
      problemOf(await book(worker, { ...base, date: "2010-03-05", startsAt: "17:10" }), 400).fields,
    ).toEqual([["startsAt", "SLOT_NOT_IN_SCHEDULE"]]);
    expect(
      problemOf(await book(worker, { ...base, date: "2010-03-06", startsAt: "17:00" }), 400).fields,
    ).toEqual([["startsAt", "SLOT_NOT_IN_SCHEDULE"]]);
    expect(
      problemOf(await book(worker, { ...base, date: "2010-03-11", startsAt: "17:00" }), 400).fields,
    ).toEqual([["date", "SITE_CLOSED_THAT_DAY"]]);
    expect(
      problemOf(await book(worker, { ...base, date: "2010-03-02", startsAt: "17:20" }), 400).fields,
    ).toEqual([["startsAt", "SLOT_IN_PAST"]]);
    expect(
      problemOf(
        await book(worker, {
          ...base,
          clinicKind: "clinic_general_practice",
          date: "2010-03-05",
          startsAt: "18:00",
        }),
        400,
      ).fields,
    ).toEqual([["startsAt", "SLOT_NOT_IN_SCHEDULE"]]);
    expect(
      problemOf(
        await book(worker, { ...base, visitorCode: UNISSUED, date: "2010-03-05", startsAt: "17:00" }),
        400,
      ).fields,
    ).toEqual([["visitorCode", "UNKNOWN_VISITOR_CODE"]]);
    expect(problemOf(await book(worker, { ...base, date: "2010-03-05", startsAt: "5pm" }), 400).code).toBe(
      "VALIDATION_FAILED",
    );
    expect(
      problemOf(await book(worker, { ...base, date: "2010-03-05", startsAt: "17:00", note: "x" }), 400).code,
    ).toBe("VALIDATION_FAILED");
    const { rows } = await t.database.pool.query(
      "select count(*)::int as n from clinic_appointments where visitor_code_id = $1",
      [code.id],
    );
    expect(rows[0].n).toBe(0);
  });

  it("counts a no-show once her slot has begun, and gives the handover tonight's codes", async () => {
    await travel("2010-03-26T12:00");
    const code = await issue();
    const other = await issue();
    const mine = await booked(worker, {
      visitorCode: code.code,
      clinicKind: "clinic_gynaecology",
      date: "2010-03-26",
      startsAt: "18:00",
    });
    const theirs = await booked(worker, {
      visitorCode: other.code,
      clinicKind: "clinic_gynaecology",
      date: "2010-03-26",
      startsAt: "18:20",
    });
    const cancelled = await booked(worker, {
      visitorCode: (await issue()).code,
      clinicKind: "clinic_gynaecology",
      date: "2010-03-26",
      startsAt: "18:40",
    });
    await worker.request({ method: "POST", url: `/api/v1/clinic/appointments/${cancelled.id}/cancel` });
    expect((await service.appointmentCodesOn(t.ctx.db, siteA.id, "2010-03-26")).sort()).toEqual(
      [code.id, other.id].sort(),
    );
    expect(await service.appointmentCodesOn(t.ctx.db, siteB.id, "2010-03-26")).toEqual([]);
    const url = `/api/v1/clinic/appointments/${mine.id}/no-show`;
    expect(problemOf(await nurse.request({ method: "POST", url }), 409).code).toBe("APPOINTMENT_NOT_DUE");
    expect(
      problemOf(
        await volunteer.request({ method: "POST", url: `/api/v1/clinic/appointments/${mine.id}/arrived` }),
        400,
      ).code,
    ).toBe("APPOINTMENT_NOT_TONIGHT");
    await travel("2010-03-26T18:05");
    const noShow = await nurse.request({ method: "POST", url });
    expect(noShow.json<Appointment>()).toMatchObject({ status: "no_show" });
    expect((await nurse.request({ method: "POST", url })).statusCode).toBe(200);
    expect(
      problemOf(
        await worker.request({ method: "POST", url: `/api/v1/clinic/appointments/${mine.id}/cancel` }),
        409,
      ).code,
    ).toBe("APPOINTMENT_NOT_BOOKED");
    await openDoor();
    expect(
      problemOf(
        await volunteer.request({ method: "POST", url: `/api/v1/clinic/appointments/${mine.id}/arrived` }),
        409,
      ).code,
    ).toBe("APPOINTMENT_NOT_BOOKED");
    const arrived = await volunteer.request({
      method: "POST",
      url: `/api/v1/clinic/appointments/${theirs.id}/arrived`,
    });
    expect(arrived.statusCode).toBe(200);
    expect(await service.appointmentCodesOn(t.ctx.db, siteA.id, "2010-03-26")).toEqual([other.id]);
    expect(
      await service.appointmentCountsOf(t.ctx.db, siteA.id, { from: "2010-03-26", to: "2010-03-26" }),
    ).toEqual(
      expect.arrayContaining([
        { date: "2010-03-26", status: "no_show", count: 1 },
        { date: "2010-03-26", status: "arrived", count: 1 },
        { date: "2010-03-26", status: "cancelled", count: 1 },
      ]),
    );
    const queue = await queueOf(nurse);
    expect(queue.appointments.map((a) => [a.startsAt, a.status])).toEqual([
      ["18:00", "no_show"],
      ["18:20", "arrived"],
      ["18:40", "cancelled"],
    ]);
    // An erased code (the door's erase deletes its row) leaves the appointment and its no-show, without the code.
    await t.database.pool.query("delete from visitor_codes where id = $1", [code.id]);
    expect((await queueOf(nurse)).appointments[0]).toMatchObject({
      status: "no_show",
      visitorCode: null,
      visitorCodeId: null,
    });
  });

  it("answers another site's appointments like unknown ones", async () => {
    await travel("2010-03-01T12:00");
    const code = await issue();
    const mine = await booked(worker, {
      visitorCode: code.code,
      clinicKind: "clinic_gynaecology",
      date: "2010-03-05",
      startsAt: "19:40",
    });
    for (const action of ["cancel", "no-show"]) {
      const res = await nurseB.request({
        method: "POST",
        url: `/api/v1/clinic/appointments/${mine.id}/${action}`,
      });
      expect(res.statusCode).toBe(404);
    }
    const list = await nurseB.request({
      method: "GET",
      url: `/api/v1/clinic/sites/${siteA.id}/appointments?from=2010-03-01&to=2010-03-07`,
    });
    expect(list.statusCode).toBe(404);
    const bookThere = await nurseB.request({
      method: "POST",
      url: `/api/v1/clinic/sites/${siteA.id}/appointments`,
      payload: {
        visitorCode: code.code,
        clinicKind: "clinic_gynaecology",
        date: "2010-03-05",
        startsAt: "19:20",
      },
    });
    expect(bookThere.statusCode).toBe(404);
  });
});
