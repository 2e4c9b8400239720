import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Catalogue } from "../../../common/contracts/services.js";
import type { Site } from "../../../common/contracts/sites.js";
import type { DoorSession, Tonight, Visit, VisitorProfile } from "../../../common/contracts/visits.js";
import { LIMITS } from "../../../common/limits.js";
import { checkCharacter, normaliseVisitorCode } from "../../../common/visitor-code.js";
import { buildTestApp, type SignedIn, type TestApp, totpCode } from "../../test/build-test-app.js";

let t: TestApp;
let manager: SignedIn;
let admin: SignedIn;
let volunteer: SignedIn;
let worker: SignedIn;
let teacher: SignedIn;
let volunteerB: SignedIn;
let siteA: Site;
let siteB: Site;

/** A well-formed code that no card carries (the check character is right, the row does not exist). */
const UNISSUED = `ZZZZZZZ${checkCharacter("ZZZZZZZ")}`;

/**
 * Moves the clock to a local time in Copenhagen (winter time in March 2010) and keeps everyone's
 * account sessions alive, as staff who stayed at their tablets.
 */
async function travel(local: string) {
  const now = new Date(`${local}+01:00`);
  t.clock.set(now);
  await t.database.pool.query(
    "update account_sessions set last_seen_at = $1, expires_at = $1::timestamptz + interval '12 hours' where ended_at is null",
    [now],
  );
}

const checkIn = (who: SignedIn, payload: object, headers: Record<string, string> = {}) =>
  who.request({ method: "POST", url: "/api/v1/visits", payload, headers });

async function checkedIn(who: SignedIn, payload: object, status = 201) {
  const res = await checkIn(who, payload);
  expect(res.statusCode, res.body).toBe(status);
  return res.json<Visit>();
}

async function board(who: SignedIn, site: Site = siteA) {
  const res = await who.request({ method: "GET", url: `/api/v1/sites/${site.id}/tonight` });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<Tonight>();
}

async function sessionAction(who: SignedIn, action: "open" | "close", site: Site = siteA) {
  return who.request({ method: "POST", url: `/api/v1/sites/${site.id}/tonight/${action}` });
}

async function issue(who: SignedIn, payload: object = { nationality: "RO", languages: ["ro"] }) {
  const res = await who.request({ method: "POST", url: "/api/v1/visitor-codes", payload });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<VisitorProfile>();
}

async function lookup(who: SignedIn, code: string) {
  return who.request({ method: "POST", url: "/api/v1/visitor-codes/lookup", payload: { code } });
}

async function audited(event: string, entityId?: string) {
  const { rows } = await t.database.pool.query<{ entity_id: string; entity_type: string; site_id: string }>(
    `select entity_id, entity_type, site_id from audit_events where event = $1 ${entityId ? "and entity_id = $2" : ""} order by id`,
    entityId ? [event, entityId] : [event],
  );
  return rows;
}

async function visitRows(siteId: string) {
  const { rows } = await t.database.pool.query<{ n: number }>(
    "select count(*)::int as n from visits where site_id = $1",
    [siteId],
  );
  return rows[0]?.n ?? 0;
}

/** How many statements the app sends to PostgreSQL outside transactions while `action` runs. */
async function queriesOf(action: () => Promise<unknown>) {
  const pool = t.database.pool;
  const original = pool.query;
  let count = 0;
  pool.query = ((...args: Parameters<typeof original>) => {
    count += 1;
    return original.apply(pool, args);
  }) as typeof original;
  try {
    await action();
  } finally {
    pool.query = original;
  }
  return count;
}

function fieldErrorOf(res: { statusCode: number; json: () => unknown }, status = 400) {
  expect(res.statusCode).toBe(status);
  const body = res.json() as { code: string; errors?: { path: string; code: string }[] };
  return { code: body.code, fields: (body.errors ?? []).map((e) => [e.path, e.code]) };
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
  await post(siteA, "weekly-openings", {
    weekday: 5,
    startsAt: "23:00",
    endsAt: "05:00",
    validFrom: "2010-01-01",
  });
  await post(siteA, "closures", { startsOn: "2010-03-11", endsOn: "2010-03-11", reason: "Staff day" });
  await post(siteA, "activities", {
    kind: "clinic_gynaecology",
    startsAt: "16:30",
    endsAt: "19:30",
    weeklyOpeningId: weekly[0],
  });
  await post(siteB, "weekly-openings", {
    weekday: 1,
    startsAt: "16:00",
    endsAt: "22:00",
    validFrom: "2010-01-01",
  });

  admin = await t.signInAs("administrator");
  volunteer = await t.signInAs("volunteer", { siteIds: [siteA.id], languages: ["en"] });
  worker = await t.signInAs("social_worker", { siteIds: [siteA.id], languages: ["ro", "en"] });
  teacher = await t.signInAs("teacher", { siteIds: [siteA.id], languages: ["bg", "fr"] });
  volunteerB = await t.signInAs("volunteer", { siteIds: [siteB.id], languages: ["en"] });
  const assign = async (payload: object) => {
    const res = await manager.request({ method: "POST", url: `/api/v1/sites/${siteA.id}/roster`, payload });
    expect(res.statusCode, res.body).toBe(201);
  };
  await assign({ accountId: worker.account.id, duty: "social_work", weeklyOpeningId: weekly[0] });
  await assign({
    accountId: teacher.account.id,
    duty: "teaching",
    onDate: "2010-03-01",
    sessionStartsAt: "16:00",
  });
});
afterAll(() => t.close());

describe("who may use the door", () => {
  it("answers 401 without sign-in, 403 to an administrator, on every route", async () => {
    await travel("2010-03-01T17:00");
    const visit = await checkedIn(volunteer, { siteId: siteA.id, nationality: "RO", firstVisit: false });
    const code = await issue(volunteer);
    const routes = [
      { method: "GET", url: `/api/v1/sites/${siteA.id}/tonight` },
      { method: "POST", url: `/api/v1/sites/${siteA.id}/tonight/open` },
      { method: "POST", url: `/api/v1/sites/${siteA.id}/tonight/close` },
      {
        method: "POST",
        url: "/api/v1/visits",
        payload: { siteId: siteA.id, nationality: "RO", firstVisit: null },
      },
      { method: "GET", url: `/api/v1/visits/${visit.id}` },
      { method: "DELETE", url: `/api/v1/visits/${visit.id}` },
      { method: "POST", url: `/api/v1/visits/${visit.id}/left` },
      { method: "POST", url: `/api/v1/visits/${visit.id}/introduction` },
      { method: "POST", url: "/api/v1/visitor-codes/lookup", payload: { code: code.code } },
      { method: "POST", url: "/api/v1/visitor-codes", payload: { nationality: "RO" } },
      { method: "GET", url: `/api/v1/visitor-codes/${code.id}` },
      { method: "PATCH", url: `/api/v1/visitor-codes/${code.id}`, payload: { nickname: "Rosa" } },
      { method: "POST", url: `/api/v1/visitor-codes/${code.id}/flags`, payload: { kind: "see_nurse" } },
      { method: "DELETE", url: `/api/v1/visitor-codes/${code.id}/flags/${visit.id}` },
      { method: "POST", url: `/api/v1/visitor-codes/${code.id}/merge`, payload: { otherCode: UNISSUED } },
      { method: "DELETE", url: `/api/v1/visitor-codes/${code.id}` },
    ] as const;
    for (const route of routes) {
      const anonymous = await t.app.inject(route);
      expect([route.method, route.url, anonymous.statusCode]).toEqual([route.method, route.url, 401]);
      const refused = await admin.request(route);
      expect([route.method, route.url, refused.statusCode, refused.json().code]).toEqual([
        route.method,
        route.url,
        403,
        "FORBIDDEN",
      ]);
    }
    // Nothing changed on the way.
    expect((await board(volunteer)).session?.state).toBe("open");
    expect((await lookup(volunteer, code.code)).statusCode).toBe(200);
  });

  it("lets only those who manage codes change, merge or erase them", async () => {
    const code = await issue(volunteer);
    const other = await issue(volunteer);
    for (const who of [volunteer, teacher]) {
      const patch = await who.request({
        method: "PATCH",
        url: `/api/v1/visitor-codes/${code.id}`,
        payload: { nickname: "Rosa" },
      });
      expect(patch.statusCode).toBe(403);
      const merge = await who.request({
        method: "POST",
        url: `/api/v1/visitor-codes/${code.id}/merge`,
        payload: { otherCode: other.code },
      });
      expect(merge.statusCode).toBe(403);
      const erase = await who.request({ method: "DELETE", url: `/api/v1/visitor-codes/${code.id}` });
      expect(erase.statusCode).toBe(403);
    }
    expect((await lookup(volunteer, other.code)).json<VisitorProfile>().id).toBe(other.id);
  });

  it("answers another site's board, session and visits as not found, exactly like unknown ones", async () => {
    await travel("2010-03-01T17:05");
    const visit = await checkedIn(volunteer, { siteId: siteA.id, nationality: "BG", firstVisit: false });
    const unknownId = "00000000-0000-4000-8000-000000000000";
    const attempts = [
      { method: "GET", url: `/api/v1/sites/${siteA.id}/tonight` },
      { method: "POST", url: `/api/v1/sites/${siteA.id}/tonight/open` },
      { method: "POST", url: `/api/v1/sites/${siteA.id}/tonight/close` },
      {
        method: "POST",
        url: "/api/v1/visits",
        payload: { siteId: siteA.id, nationality: "RO", firstVisit: null },
      },
      { method: "GET", url: `/api/v1/visits/${visit.id}` },
      { method: "DELETE", url: `/api/v1/visits/${visit.id}` },
      { method: "POST", url: `/api/v1/visits/${visit.id}/left` },
      { method: "POST", url: `/api/v1/visits/${visit.id}/introduction` },
    ] as const;
    for (const attempt of attempts) {
      const res = await volunteerB.request(attempt);
      expect([attempt.method, attempt.url, res.statusCode, res.json().code]).toEqual([
        attempt.method,
        attempt.url,
        404,
        "NOT_FOUND",
      ]);
      const unknown = await volunteer.request({
        ...attempt,
        url: attempt.url.replace(siteA.id, unknownId).replace(visit.id, unknownId),
        ...("payload" in attempt ? { payload: { ...attempt.payload, siteId: unknownId } } : {}),
      });
      expect(unknown.statusCode).toBe(404);
      expect(unknown.body).toBe(res.body);
    }
    const after = await volunteer.request({ method: "GET", url: `/api/v1/visits/${visit.id}` });
    expect(after.json<Visit>()).toMatchObject({ id: visit.id, leftAt: null, introducedAt: null });
    expect((await board(volunteer)).session?.state).toBe("open");
    // Her own site's board works for the volunteer of the other site.
    expect((await board(volunteerB, siteB)).site.id).toBe(siteB.id);
  });
});

describe("tonight's session", () => {
  it("shows the scheduled session before it is opened, who is on duty and the activities", async () => {
    await travel("2010-03-02T15:00");
    const tonight = await board(worker);
    expect(tonight.site).toEqual({
      id: siteA.id,
      name: "Mødestedet",
      timeZone: "Europe/Copenhagen",
      roomCapacity: 40,
    });
    expect(tonight.session).toMatchObject({
      id: null,
      state: "scheduled",
      date: "2010-03-02",
      startsAt: "16:00",
      endsAt: "22:00",
      overnight: false,
      startsAtInstant: "2010-03-02T15:00:00.000Z",
      openedAt: null,
      closedAt: null,
    });
    expect([tonight.visits, tonight.headcount, tonight.recentVisits]).toEqual([0, 0, []]);
    // Monday: the weekly social worker and the teacher for that one evening, with their languages.
    await travel("2010-03-01T17:10");
    const monday = await board(worker);
    expect(monday.onDuty.map((d) => [d.displayName, d.duty, d.languages])).toEqual([
      ["Test social_worker", "social_work", ["ro", "en"]],
      ["Test teacher", "teaching", ["bg", "fr"]],
    ]);
    expect(monday.activities.map((a) => [a.kind, a.startsAt])).toEqual([["clinic_gynaecology", "16:30"]]);
  });

  it("opens, keeps open when opened again, closes, refuses check-ins while closed, and reopens", async () => {
    await travel("2010-03-02T15:30");
    const before = (await audited("SESSION_OPENED")).length;
    const opened = await sessionAction(volunteer, "open");
    expect(opened.statusCode, opened.body).toBe(200);
    const session = opened.json<DoorSession>();
    const sessionId = session.id ?? "";
    expect(session).toMatchObject({ state: "open", date: "2010-03-02", closedAt: null });
    expect(session.openedAt).toBe("2010-03-02T14:30:00.000Z");
    const again = await sessionAction(worker, "open");
    expect(again.json<DoorSession>()).toMatchObject({
      id: session.id,
      state: "open",
      openedAt: session.openedAt,
    });
    expect((await audited("SESSION_OPENED")).length).toBe(before + 1);

    await travel("2010-03-02T21:30");
    await checkedIn(volunteer, { siteId: siteA.id, nationality: "RO", firstVisit: false });
    const closed = await sessionAction(worker, "close");
    expect(closed.json<DoorSession>()).toMatchObject({
      id: session.id,
      state: "closed",
      closedAt: "2010-03-02T20:30:00.000Z",
    });
    expect(await audited("SESSION_CLOSED", sessionId)).toHaveLength(1);
    const closedAgain = await sessionAction(worker, "close");
    expect(closedAgain.json<DoorSession>().closedAt).toBe("2010-03-02T20:30:00.000Z");
    expect(await audited("SESSION_CLOSED", sessionId)).toHaveLength(1);

    const count = await visitRows(siteA.id);
    const refused = await checkIn(volunteer, { siteId: siteA.id, nationality: "RO", firstVisit: null });
    expect(fieldErrorOf(refused)).toEqual({ code: "SESSION_CLOSED", fields: [["siteId", "SESSION_CLOSED"]] });
    expect(await visitRows(siteA.id)).toBe(count);
    expect((await board(volunteer)).session?.state).toBe("closed");

    // Closed too early: reopen the same evening, and the door takes women again.
    const reopened = await sessionAction(volunteer, "open");
    expect(reopened.json<DoorSession>()).toMatchObject({ id: session.id, state: "open", closedAt: null });
    expect(await audited("SESSION_OPENED", sessionId)).toHaveLength(2);
    await checkedIn(volunteer, { siteId: siteA.id, nationality: "RO", firstVisit: null });
    expect((await board(volunteer)).visits).toBe(2);
  });

  it("opens itself at the first check-in from an hour before the start, not earlier", async () => {
    await travel("2010-03-04T14:59");
    const early = await checkIn(volunteer, { siteId: siteA.id, nationality: "PL", firstVisit: null });
    expect(fieldErrorOf(early)).toEqual({
      code: "NO_SESSION_TONIGHT",
      fields: [["siteId", "NO_SESSION_TONIGHT"]],
    });
    expect((await board(volunteer)).session).toMatchObject({ state: "scheduled", date: "2010-03-04" });

    await travel("2010-03-04T15:00");
    const visit = await checkedIn(volunteer, { siteId: siteA.id, nationality: "PL", firstVisit: null });
    const tonight = await board(volunteer);
    expect(tonight.session).toMatchObject({
      state: "open",
      id: visit.sessionId,
      openedAt: "2010-03-04T14:00:00.000Z",
    });
    expect(await audited("SESSION_OPENED", visit.sessionId)).toHaveLength(1);
    await checkedIn(volunteer, { siteId: siteA.id, nationality: "PL", firstVisit: null });
    expect(await audited("SESSION_OPENED", visit.sessionId)).toHaveLength(1);
  });

  it("has no session on a day without one or on a closure, and says so", async () => {
    await travel("2010-03-06T17:00");
    expect((await board(volunteer)).session).toBeNull();
    expect(fieldErrorOf(await sessionAction(volunteer, "open"))).toEqual({
      code: "NO_SESSION_TONIGHT",
      fields: [["siteId", "NO_SESSION_TONIGHT"]],
    });
    expect(
      fieldErrorOf(await checkIn(volunteer, { siteId: siteA.id, nationality: "RO", firstVisit: null })).code,
    ).toBe("NO_SESSION_TONIGHT");
    await travel("2010-03-11T17:00");
    expect((await board(volunteer)).session).toBeNull();
    expect(
      fieldErrorOf(await checkIn(volunteer, { siteId: siteA.id, nationality: "RO", firstVisit: null })).code,
    ).toBe("NO_SESSION_TONIGHT");
  });

  it("keeps a night past midnight on the evening it started", async () => {
    await travel("2010-03-06T00:30");
    const visit = await checkedIn(volunteer, { siteId: siteA.id, nationality: "NG", firstVisit: true });
    const tonight = await board(volunteer);
    expect(tonight.session).toMatchObject({
      state: "open",
      date: "2010-03-05",
      startsAt: "23:00",
      endsAt: "05:00",
      overnight: true,
      endsAtInstant: "2010-03-06T04:00:00.000Z",
    });
    expect(tonight.recentVisits.map((v) => v.id)).toEqual([visit.id]);
  });
});

describe("checking a woman in", () => {
  it("checks in anonymously, and the board counts her", async () => {
    await travel("2010-03-03T17:00");
    const visit = await checkedIn(volunteer, {
      siteId: siteA.id,
      nationality: "ro",
      firstVisit: true,
      heardFrom: "outreach_massage_clinic",
      languages: ["ro"],
      adultConfirmed: true,
    });
    expect(visit).toMatchObject({
      siteId: siteA.id,
      visitorCode: null,
      visitorCodeId: null,
      nationality: "RO",
      firstVisit: true,
      heardFrom: "outreach_massage_clinic",
      languages: ["ro"],
      adultConfirmed: true,
      checkedInAt: "2010-03-03T16:00:00.000Z",
      leftAt: null,
      introducedAt: null,
      flags: [],
      serviceIds: [],
      supplies: [],
    });
    const tonight = await board(volunteer);
    expect([tonight.visits, tonight.headcount, tonight.firstVisits, tonight.anonymousVisits]).toEqual([
      1, 1, 1, 1,
    ]);
  });

  it("refuses bad input on its field and saves nothing", async () => {
    await travel("2010-03-03T17:05");
    const count = await visitRows(siteA.id);
    const base = { siteId: siteA.id, firstVisit: null };
    expect(fieldErrorOf(await checkIn(volunteer, { ...base, nationality: "QQ" }))).toEqual({
      code: "UNKNOWN_COUNTRY",
      fields: [["nationality", "UNKNOWN_COUNTRY"]],
    });
    expect(fieldErrorOf(await checkIn(volunteer, { ...base, nationality: "Romania" })).fields).toEqual([
      ["nationality", "VALIDATION_FAILED"],
    ]);
    const typo = UNISSUED.slice(0, 7) + (UNISSUED.endsWith("2") ? "3" : "2");
    for (const bad of ["K7MQ", "K7MQ-4XPO", typo]) {
      expect(
        fieldErrorOf(await checkIn(volunteer, { ...base, nationality: "RO", visitorCode: bad })),
      ).toEqual({
        code: "MALFORMED_VISITOR_CODE",
        fields: [["visitorCode", "MALFORMED_VISITOR_CODE"]],
      });
    }
    expect(
      fieldErrorOf(await checkIn(volunteer, { ...base, nationality: "RO", visitorCode: UNISSUED })),
    ).toEqual({
      code: "UNKNOWN_VISITOR_CODE",
      fields: [["visitorCode", "UNKNOWN_VISITOR_CODE"]],
    });
    const code = await issue(volunteer);
    expect(
      fieldErrorOf(
        await checkIn(volunteer, { ...base, nationality: "RO", visitorCode: code.code, issueCode: true }),
      ),
    ).toEqual({ code: "VALIDATION_FAILED", fields: [["issueCode", "VALIDATION_FAILED"]] });
    expect(
      fieldErrorOf(await checkIn(volunteer, { ...base, nationality: "RO", name: "Maria" })).fields,
    ).toEqual([["", "VALIDATION_FAILED"]]);
    expect(
      fieldErrorOf(await checkIn(volunteer, { ...base, nationality: "RO", languages: ["Romanian"] })).code,
    ).toBe("VALIDATION_FAILED");
    expect(fieldErrorOf(await checkIn(volunteer, { siteId: siteA.id, nationality: "RO" })).fields).toEqual([
      ["firstVisit", "VALIDATION_FAILED"],
    ]);
    // Another site's session: answered as if the site did not exist.
    expect((await checkIn(volunteer, { ...base, siteId: siteB.id, nationality: "RO" })).statusCode).toBe(404);
    expect(await visitRows(siteA.id)).toBe(count);
    expect(await visitRows(siteB.id)).toBe(0);
  });

  it("links a visit to her code as typed, and answers the first visit when the code comes twice", async () => {
    await travel("2010-03-03T17:10");
    const code = await issue(volunteer, { nationality: "BG", languages: ["bg"] });
    const typed = code.code.toLowerCase().replace("-", " ");
    const first = await checkedIn(volunteer, {
      siteId: siteA.id,
      nationality: "BG",
      firstVisit: false,
      visitorCode: typed,
    });
    expect(first).toMatchObject({ visitorCode: code.code, visitorCodeId: code.id, languages: ["bg"] });
    const again = await checkIn(worker, {
      siteId: siteA.id,
      nationality: "BG",
      firstVisit: false,
      visitorCode: code.code,
    });
    expect(again.statusCode).toBe(200);
    expect(again.json<Visit>().id).toBe(first.id);
    const { rows } = await t.database.pool.query("select id from visits where visitor_code_id = $1", [
      code.id,
    ]);
    expect(rows).toHaveLength(1);
  });

  it("issues a new code with the visit, audited", async () => {
    await travel("2010-03-03T17:15");
    const visit = await checkedIn(volunteer, {
      siteId: siteA.id,
      nationality: "TH",
      firstVisit: true,
      issueCode: true,
      languages: ["th"],
      heardFrom: "friend",
      adultConfirmed: true,
    });
    expect(visit.visitorCode).toMatch(/^[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$/);
    expect(normaliseVisitorCode(visit.visitorCode ?? "")).not.toBeNull();
    const profile = (await lookup(volunteer, visit.visitorCode ?? "")).json<VisitorProfile>();
    expect(profile).toMatchObject({
      id: visit.visitorCodeId,
      nationality: "TH",
      languages: ["th"],
      heardFrom: "friend",
      adultConfirmed: true,
      visitCount: 1,
      firstVisitOn: "2010-03-03",
    });
    expect(await audited("VISITOR_CODE_ISSUED", profile.id)).toEqual([
      { entity_id: profile.id, entity_type: "visitor_code", site_id: siteA.id },
    ]);
  });

  it("answers a retry with the same Idempotency-Key with the same visit", async () => {
    await travel("2010-03-03T17:20");
    const payload = { siteId: siteA.id, nationality: "HU", firstVisit: null };
    const first = await checkIn(volunteer, payload, { "idempotency-key": "tablet-1-0001" });
    expect(first.statusCode).toBe(201);
    const retry = await checkIn(volunteer, payload, { "idempotency-key": "tablet-1-0001" });
    expect(retry.statusCode).toBe(200);
    expect(retry.json<Visit>().id).toBe(first.json<Visit>().id);
    // A retry that issues a code issues it once.
    const issuing = { ...payload, issueCode: true };
    const withCode = await checkIn(volunteer, issuing, { "idempotency-key": "tablet-1-0002" });
    const retried = await checkIn(volunteer, issuing, { "idempotency-key": "tablet-1-0002" });
    expect([withCode.statusCode, retried.statusCode]).toEqual([201, 200]);
    expect(retried.json<Visit>().visitorCode).toBe(withCode.json<Visit>().visitorCode);
    // The key is the staff member's: a colleague's same key is another woman.
    const colleague = await checkIn(worker, payload, { "idempotency-key": "tablet-1-0001" });
    expect(colleague.statusCode).toBe(201);
    expect(colleague.json<Visit>().id).not.toBe(first.json<Visit>().id);

    const count = await visitRows(siteA.id);
    const long = await checkIn(volunteer, payload, {
      "idempotency-key": "k".repeat(LIMITS.idempotencyKeyMax + 1),
    });
    expect(fieldErrorOf(long).fields).toEqual([["Idempotency-Key", "VALIDATION_FAILED"]]);
    const longest = await checkIn(volunteer, payload, {
      "idempotency-key": "k".repeat(LIMITS.idempotencyKeyMax),
    });
    expect(longest.statusCode).toBe(201);
    expect(await visitRows(siteA.id)).toBe(count + 1);
  });

  it("keeps first visit as staff said it, and fills only what her profile does not know", async () => {
    await travel("2010-03-03T17:25");
    const code = await issue(volunteer, { nationality: "XX" });
    expect(code).toMatchObject({ nationality: "XX", languages: [], heardFrom: null, adultConfirmed: false });
    await checkedIn(volunteer, {
      siteId: siteA.id,
      nationality: "RO",
      firstVisit: true,
      visitorCode: code.code,
      languages: ["ro", "hu"],
      heardFrom: "street",
      adultConfirmed: true,
    });
    const filled = (await lookup(volunteer, code.code)).json<VisitorProfile>();
    expect(filled).toMatchObject({
      nationality: "RO",
      languages: ["ro", "hu"],
      heardFrom: "street",
      adultConfirmed: true,
    });
    // Next week she says another country: the profile keeps what was recorded.
    await travel("2010-03-08T17:00");
    const later = await checkedIn(volunteer, {
      siteId: siteA.id,
      nationality: "MD",
      firstVisit: true,
      visitorCode: code.code,
      languages: ["ru"],
    });
    expect(later).toMatchObject({ firstVisit: true, nationality: "MD", languages: ["ru"] });
    expect((await lookup(volunteer, code.code)).json<VisitorProfile>()).toMatchObject({
      nationality: "RO",
      languages: ["ro", "hu"],
      visitCount: 2,
      firstVisitOn: "2010-03-03",
      lastVisitOn: "2010-03-08",
    });
  });
});

describe("a visit", () => {
  it("shows what she used, marks her as left, and marks the introduction", async () => {
    await travel("2010-03-08T17:10");
    const visit = await checkedIn(volunteer, {
      siteId: siteA.id,
      nationality: "RO",
      firstVisit: false,
      languages: ["ro"],
    });
    const catalogue = (
      await volunteer.request({ method: "GET", url: `/api/v1/sites/${siteA.id}/catalogue` })
    ).json<Catalogue>();
    const tea = catalogue.services[0];
    if (!tea) throw new Error("no default services");
    const ticked = await volunteer.request({
      method: "POST",
      url: `/api/v1/visits/${visit.id}/services`,
      payload: { serviceIds: [tea.id] },
    });
    expect(ticked.statusCode, ticked.body).toBeLessThan(300);
    const read = await volunteer.request({ method: "GET", url: `/api/v1/visits/${visit.id}` });
    expect(read.json<Visit>()).toMatchObject({ id: visit.id, serviceIds: [tea.id], supplies: [] });

    const before = await board(volunteer);
    expect(before.languageMatches.find((m) => m.visitId === visit.id)).toMatchObject({ introducedAt: null });
    const introduced = await volunteer.request({
      method: "POST",
      url: `/api/v1/visits/${visit.id}/introduction`,
    });
    expect(introduced.json<Visit>().introducedAt).toBe("2010-03-08T16:10:00.000Z");
    expect((await board(volunteer)).languageMatches.find((m) => m.visitId === visit.id)?.introducedAt).toBe(
      "2010-03-08T16:10:00.000Z",
    );

    const left = await volunteer.request({ method: "POST", url: `/api/v1/visits/${visit.id}/left` });
    expect(left.json<Visit>().leftAt).toBe("2010-03-08T16:10:00.000Z");
    const after = await board(volunteer);
    expect(after.headcount).toBe(before.headcount - 1);
    expect(after.visits).toBe(before.visits);
    await travel("2010-03-08T17:30");
    const leftAgain = await volunteer.request({ method: "POST", url: `/api/v1/visits/${visit.id}/left` });
    expect(leftAgain.json<Visit>().leftAt).toBe("2010-03-08T16:10:00.000Z");
  });

  it("undoes a mistaken check-in while the session is open, audited, and not after it closed", async () => {
    await travel("2010-03-09T17:00");
    const visit = await checkedIn(volunteer, { siteId: siteA.id, nationality: "RO", firstVisit: null });
    const removed = await volunteer.request({ method: "DELETE", url: `/api/v1/visits/${visit.id}` });
    expect(removed.statusCode, removed.body).toBe(200);
    expect(await audited("VISIT_REMOVED", visit.id)).toEqual([
      { entity_id: visit.id, entity_type: "visit", site_id: siteA.id },
    ]);
    expect((await volunteer.request({ method: "GET", url: `/api/v1/visits/${visit.id}` })).statusCode).toBe(
      404,
    );

    const supplied = await checkedIn(volunteer, { siteId: siteA.id, nationality: "RO", firstVisit: null });
    const catalogue = (
      await volunteer.request({ method: "GET", url: `/api/v1/sites/${siteA.id}/catalogue` })
    ).json<Catalogue>();
    const item = catalogue.supplies[0];
    if (!item) throw new Error("no default supplies");
    await manager.request({
      method: "POST",
      url: `/api/v1/sites/${siteA.id}/supplies/${item.id}/stock`,
      payload: { delta: 100, reason: "Delivery" },
    });
    const handed = await volunteer.request({
      method: "POST",
      url: `/api/v1/visits/${supplied.id}/supplies`,
      payload: { items: [{ itemId: item.id, quantity: 1 }] },
    });
    expect(handed.statusCode, handed.body).toBe(201);
    const kept = await volunteer.request({ method: "DELETE", url: `/api/v1/visits/${supplied.id}` });
    expect(kept.statusCode).toBe(409);

    const late = await checkedIn(volunteer, { siteId: siteA.id, nationality: "RO", firstVisit: null });
    await sessionAction(volunteer, "close");
    const refused = await volunteer.request({ method: "DELETE", url: `/api/v1/visits/${late.id}` });
    expect([refused.statusCode, refused.json().code]).toEqual([400, "SESSION_CLOSED"]);
    expect((await volunteer.request({ method: "GET", url: `/api/v1/visits/${late.id}` })).statusCode).toBe(
      200,
    );
    await sessionAction(volunteer, "open");
  });
});

describe("the board", () => {
  it("matches women who speak no English with staff on duty who speak their language", async () => {
    await travel("2010-03-01T18:00");
    const romanian = await checkedIn(volunteer, {
      siteId: siteA.id,
      nationality: "RO",
      firstVisit: true,
      languages: ["ro", "hu"],
    });
    const bulgarian = await checkedIn(volunteer, {
      siteId: siteA.id,
      nationality: "BG",
      firstVisit: true,
      languages: ["bg", "ro"],
    });
    const english = await checkedIn(volunteer, {
      siteId: siteA.id,
      nationality: "NG",
      firstVisit: true,
      languages: ["en", "ro"],
    });
    const thai = await checkedIn(volunteer, {
      siteId: siteA.id,
      nationality: "TH",
      firstVisit: true,
      languages: ["th"],
    });
    const tonight = await board(volunteer);
    const byVisit = new Map(tonight.languageMatches.map((m) => [m.visitId, m]));
    expect(byVisit.get(romanian.id)).toEqual({
      visitId: romanian.id,
      visitorCode: null,
      nationality: "RO",
      languages: ["ro"],
      staff: [{ accountId: worker.account.id, displayName: "Test social_worker", languages: ["ro"] }],
      introducedAt: null,
    });
    expect(byVisit.get(bulgarian.id)?.staff.map((s) => [s.displayName, s.languages])).toEqual([
      ["Test social_worker", ["ro"]],
      ["Test teacher", ["bg"]],
    ]);
    expect(byVisit.get(bulgarian.id)?.languages).toEqual(["bg", "ro"]);
    expect(byVisit.has(english.id)).toBe(false);
    expect(byVisit.has(thai.id)).toBe(false);
  });

  it("lists tonight's visits newest first with her code's flags, and the site's frequent nationalities", async () => {
    await travel("2010-03-01T18:30");
    const code = await issue(volunteer, { nationality: "RO", languages: ["ro"] });
    await volunteer.request({
      method: "POST",
      url: `/api/v1/visitor-codes/${code.id}/flags`,
      payload: { kind: "see_nurse" },
    });
    await travel("2010-03-01T18:31");
    const flagged = await checkedIn(volunteer, {
      siteId: siteA.id,
      nationality: "RO",
      firstVisit: false,
      visitorCode: code.code,
    });
    expect(flagged.flags).toEqual(["see_nurse"]);
    const tonight = await board(volunteer);
    expect(tonight.recentVisits[0]).toMatchObject({
      id: flagged.id,
      visitorCode: code.code,
      flags: ["see_nurse"],
    });
    const times = tonight.recentVisits.map((v) => v.checkedInAt);
    expect(times).toEqual([...times].sort().reverse());
    expect(tonight.visits).toBe(tonight.recentVisits.length);
    expect(tonight.anonymousVisits).toBe(tonight.recentVisits.filter((v) => v.visitorCodeId === null).length);
    // RO is the most frequent nationality at this site over the last 90 days; XX never shows.
    expect(tonight.frequentNationalities[0]).toBe("RO");
    expect(tonight.frequentNationalities.length).toBeLessThanOrEqual(8);
    expect(tonight.frequentNationalities).not.toContain("XX");
    expect(Array.isArray(tonight.lowStock)).toBe(true);
    // The other site's board knows nothing of these women.
    expect((await board(volunteerB, siteB)).frequentNationalities).toEqual([]);
  });

  it("reads a board of a hundred visits in as few queries as a board of a few (no query per visit)", async () => {
    await travel("2010-03-01T19:00");
    const url = `/api/v1/sites/${siteA.id}/tonight`;
    const before = await queriesOf(() => volunteer.request({ method: "GET", url }));
    const { rows } = await t.database.pool.query<{ id: string }>(
      "select id from opening_sessions where site_id = $1 and date = '2010-03-01'",
      [siteA.id],
    );
    await t.database.pool.query(
      `insert into visits (session_id, site_id, nationality, first_visit, languages, checked_in_at)
       select $1, $2, (array['RO','BG','NG','TH','HU'])[1 + g % 5], g % 3 = 0, array['ro'], $3::timestamptz - make_interval(secs => g)
       from generate_series(1, 100) g`,
      [rows[0]?.id, siteA.id, new Date("2010-03-01T17:59:00Z")],
    );
    const tonight = await board(volunteer);
    expect(tonight.visits).toBeGreaterThanOrEqual(100);
    expect(tonight.recentVisits).toHaveLength(tonight.visits);
    const after = await queriesOf(() => volunteer.request({ method: "GET", url }));
    expect(after).toBe(before);
    expect(before).toBeGreaterThan(5);
    // Sign-in check, site, schedule (five lists), roster, rows, nationalities, stock, visits, use.
    expect(after).toBeLessThanOrEqual(20);
  });
});

describe("visitor codes", () => {
  it("issues a code for her card and finds it as typed; a malformed or unknown code says which", async () => {
    await travel("2010-03-08T18:00");
    const code = await issue(volunteer, {
      nationality: "ro",
      languages: ["ro"],
      heardFrom: "outreach_online",
    });
    expect(code).toMatchObject({
      nationality: "RO",
      languages: ["ro"],
      heardFrom: "outreach_online",
      adultConfirmed: false,
      nickname: null,
      issuedAt: "2010-03-08T17:00:00.000Z",
      firstVisitOn: null,
      lastVisitOn: null,
      visitCount: 0,
      flags: [],
      mergedCodes: [],
      can: { manage: false, readNickname: false },
    });
    expect(code.cardUrl).toBe(`${t.ctx.publicUrl.replace(/\/+$/, "")}/#c=${code.code.replace("-", "")}`);
    expect(await audited("VISITOR_CODE_ISSUED", code.id)).toHaveLength(1);
    const found = await lookup(worker, ` ${code.code.toLowerCase().replace("-", "")} `);
    expect(found.json<VisitorProfile>()).toMatchObject({
      id: code.id,
      can: { manage: true, readNickname: true },
    });
    expect(fieldErrorOf(await lookup(volunteer, "K7MQ-4XPO"))).toEqual({
      code: "MALFORMED_VISITOR_CODE",
      fields: [["code", "MALFORMED_VISITOR_CODE"]],
    });
    expect(fieldErrorOf(await lookup(volunteer, UNISSUED))).toEqual({
      code: "UNKNOWN_VISITOR_CODE",
      fields: [["code", "UNKNOWN_VISITOR_CODE"]],
    });
    const bad = await volunteer.request({
      method: "POST",
      url: "/api/v1/visitor-codes",
      payload: { nationality: "QQ" },
    });
    expect(fieldErrorOf(bad).fields).toEqual([["nationality", "UNKNOWN_COUNTRY"]]);
    const extra = await volunteer.request({
      method: "POST",
      url: "/api/v1/visitor-codes",
      payload: { nationality: "RO", name: "Maria Popescu" },
    });
    expect(extra.statusCode).toBe(400);
    // Reading a code is open to every site's door (codes are the centre's), by id too.
    const byId = await volunteerB.request({ method: "GET", url: `/api/v1/visitor-codes/${code.id}` });
    expect(byId.json<VisitorProfile>().code).toBe(code.code);
    const unknownId = await volunteer.request({
      method: "GET",
      url: "/api/v1/visitor-codes/00000000-0000-4000-8000-000000000000",
    });
    expect(unknownId.statusCode).toBe(404);
  });

  it("counts her visits by each evening's local date", async () => {
    await travel("2010-03-06T00:40");
    const code = await issue(volunteer, { nationality: "NG" });
    await checkedIn(volunteer, {
      siteId: siteA.id,
      nationality: "NG",
      firstVisit: true,
      visitorCode: code.code,
    });
    const profile = (await lookup(volunteer, code.code)).json<VisitorProfile>();
    // 23:40 UTC on the 5th is 00:40 on the 6th in Copenhagen.
    expect(profile).toMatchObject({ visitCount: 1, firstVisitOn: "2010-03-06", lastVisitOn: "2010-03-06" });
  });

  it("keeps a nickname encrypted, shows it only to those who counsel her, and audits each reading", async () => {
    await travel("2010-03-08T18:10");
    const code = await issue(volunteer);
    const patch = (payload: object, who: SignedIn = worker) =>
      who.request({ method: "PATCH", url: `/api/v1/visitor-codes/${code.id}`, payload });
    const updated = await patch({ nickname: "  Red scarf ", languages: ["ro", "it"] });
    expect(updated.statusCode, updated.body).toBe(200);
    expect(updated.json<VisitorProfile>()).toMatchObject({ nickname: "Red scarf", languages: ["ro", "it"] });
    expect(await audited("VISITOR_CODE_UPDATED", code.id)).toHaveLength(1);
    expect(await audited("VISITOR_NICKNAME_READ", code.id)).toHaveLength(1);
    const { rows } = await t.database.pool.query<{ nickname: Buffer }>(
      "select nickname from visitor_codes where id = $1",
      [code.id],
    );
    expect(rows[0]?.nickname.toString("latin1")).not.toContain("Red scarf");

    const asVolunteer = (await lookup(volunteer, code.code)).json<VisitorProfile>();
    expect(asVolunteer).toMatchObject({ nickname: null, can: { readNickname: false } });
    expect(await audited("VISITOR_NICKNAME_READ", code.id)).toHaveLength(1);
    const asWorker = await worker.request({ method: "GET", url: `/api/v1/visitor-codes/${code.id}` });
    expect(asWorker.json<VisitorProfile>().nickname).toBe("Red scarf");
    expect(await audited("VISITOR_NICKNAME_READ", code.id)).toHaveLength(2);
    // The door looks codes up all evening; a lookup never carries the nickname, so it reads nothing.
    const atTheDoor = (await lookup(worker, code.code)).json<VisitorProfile>();
    expect(atTheDoor).toMatchObject({ nickname: null, can: { readNickname: true } });
    expect(await audited("VISITOR_NICKNAME_READ", code.id)).toHaveLength(2);

    const tooLong = await patch({ nickname: "x".repeat(LIMITS.nicknameMax + 1) });
    expect(fieldErrorOf(tooLong).fields).toEqual([["nickname", "VALIDATION_FAILED"]]);
    expect(fieldErrorOf(await patch({ nationality: "QQ" })).fields).toEqual([
      ["nationality", "UNKNOWN_COUNTRY"],
    ]);
    expect(fieldErrorOf(await patch({ name: "Maria" })).code).toBe("VALIDATION_FAILED");

    const cleared = await patch({ nickname: "" });
    expect(cleared.json<VisitorProfile>().nickname).toBeNull();
    expect(await audited("VISITOR_NICKNAME_READ", code.id)).toHaveLength(2);
  });

  it("raises and clears flags that tell the door what to ask, never why", async () => {
    await travel("2010-03-08T18:20");
    const code = await issue(volunteer);
    const raise = (kind: string) =>
      volunteer.request({ method: "POST", url: `/api/v1/visitor-codes/${code.id}/flags`, payload: { kind } });
    const raised = await raise("talk_to_colleague");
    expect(raised.statusCode, raised.body).toBe(201);
    const flags = raised.json<VisitorProfile>().flags;
    expect(flags).toEqual([
      {
        id: expect.any(String),
        kind: "talk_to_colleague",
        source: "staff",
        raisedAt: "2010-03-08T17:20:00.000Z",
      },
    ]);
    expect((await raise("talk_to_colleague")).json<VisitorProfile>().flags).toHaveLength(1);
    expect(await audited("VISITOR_FLAG_RAISED", flags[0]?.id)).toHaveLength(1);
    expect(fieldErrorOf(await raise("call_police")).code).toBe("VALIDATION_FAILED");

    const other = await issue(volunteer);
    const wrongCode = await volunteer.request({
      method: "DELETE",
      url: `/api/v1/visitor-codes/${other.id}/flags/${flags[0]?.id}`,
    });
    expect(wrongCode.statusCode).toBe(404);
    const cleared = await volunteer.request({
      method: "DELETE",
      url: `/api/v1/visitor-codes/${code.id}/flags/${flags[0]?.id}`,
    });
    expect(cleared.json<VisitorProfile>().flags).toEqual([]);
    const clearedAgain = await volunteer.request({
      method: "DELETE",
      url: `/api/v1/visitor-codes/${code.id}/flags/${flags[0]?.id}`,
    });
    expect(clearedAgain.statusCode).toBe(200);
    expect(await audited("VISITOR_FLAG_CLEARED", flags[0]?.id)).toHaveLength(1);
  });

  it("merges two codes of one woman: visits, usage, flags and her old card come along", async () => {
    await travel("2010-03-08T18:30");
    const keep = await issue(volunteer, { nationality: "XX" });
    const old = await issue(volunteer, { nationality: "RO", languages: ["ro"] });
    await worker.request({
      method: "PATCH",
      url: `/api/v1/visitor-codes/${old.id}`,
      payload: { nickname: "Blue" },
    });
    await volunteer.request({
      method: "POST",
      url: `/api/v1/visitor-codes/${old.id}/flags`,
      payload: { kind: "see_nurse" },
    });
    // Last week under the old code; tonight under both (two tablets, two cards).
    await travel("2010-03-03T18:00");
    await checkedIn(volunteer, {
      siteId: siteA.id,
      nationality: "RO",
      firstVisit: true,
      visitorCode: old.code,
    });
    await travel("2010-03-08T18:31");
    const keptVisit = await checkedIn(volunteer, {
      siteId: siteA.id,
      nationality: "XX",
      firstVisit: false,
      visitorCode: keep.code,
    });
    await travel("2010-03-08T18:32");
    const twin = await checkedIn(worker, {
      siteId: siteA.id,
      nationality: "RO",
      firstVisit: false,
      visitorCode: old.code,
    });
    const catalogue = (
      await volunteer.request({ method: "GET", url: `/api/v1/sites/${siteA.id}/catalogue` })
    ).json<Catalogue>();
    const shower = catalogue.services[1];
    if (!shower) throw new Error("no default services");
    await volunteer.request({
      method: "POST",
      url: `/api/v1/visits/${twin.id}/services`,
      payload: { serviceIds: [shower.id] },
    });
    const visitsBefore = (await board(volunteer)).visits;

    const merge = (otherCode: string, id = keep.id) =>
      worker.request({ method: "POST", url: `/api/v1/visitor-codes/${id}/merge`, payload: { otherCode } });
    const merged = await merge(old.code.toLowerCase());
    expect(merged.statusCode, merged.body).toBe(200);
    expect(merged.json<VisitorProfile>()).toMatchObject({
      id: keep.id,
      nationality: "RO",
      languages: ["ro"],
      nickname: "Blue",
      visitCount: 2,
      firstVisitOn: "2010-03-03",
      lastVisitOn: "2010-03-08",
      mergedCodes: [old.code],
      flags: [{ kind: "see_nurse", source: "staff" }],
    });
    expect(await audited("VISITOR_CODES_MERGED", keep.id)).toHaveLength(1);
    const tonight = await board(volunteer);
    expect(tonight.visits).toBe(visitsBefore - 1);
    const kept = await volunteer.request({ method: "GET", url: `/api/v1/visits/${keptVisit.id}` });
    expect(kept.json<Visit>()).toMatchObject({
      visitorCodeId: keep.id,
      serviceIds: [shower.id],
      flags: ["see_nurse"],
    });
    expect((await volunteer.request({ method: "GET", url: `/api/v1/visits/${twin.id}` })).statusCode).toBe(
      404,
    );

    // Her old card still works, and answers her code.
    expect((await lookup(volunteer, old.code)).json<VisitorProfile>().id).toBe(keep.id);
    const again = await checkIn(volunteer, {
      siteId: siteA.id,
      nationality: "RO",
      firstVisit: false,
      visitorCode: old.code,
    });
    expect([again.statusCode, again.json<Visit>().id]).toEqual([200, keptVisit.id]);

    expect(fieldErrorOf(await merge(keep.code))).toEqual({
      code: "VALIDATION_FAILED",
      fields: [["otherCode", "VALIDATION_FAILED"]],
    });
    expect(fieldErrorOf(await merge(old.code)).fields).toEqual([["otherCode", "VALIDATION_FAILED"]]);
    expect(fieldErrorOf(await merge(keep.code, old.id)).fields).toEqual([["otherCode", "VALIDATION_FAILED"]]);
    expect(fieldErrorOf(await merge(UNISSUED)).fields).toEqual([["otherCode", "UNKNOWN_VISITOR_CODE"]]);
    expect(fieldErrorOf(await merge("nonsense")).fields).toEqual([["otherCode", "MALFORMED_VISITOR_CODE"]]);
  });

  it("erases a code on her request: her visits stay as anonymous counts, her old cards go too", async () => {
    await travel("2010-03-08T19:00");
    const code = await issue(volunteer, { nationality: "RO" });
    const alias = await issue(volunteer, { nationality: "RO" });
    await worker.request({
      method: "POST",
      url: `/api/v1/visitor-codes/${code.id}/merge`,
      payload: { otherCode: alias.code },
    });
    const visit = await checkedIn(volunteer, {
      siteId: siteA.id,
      nationality: "RO",
      firstVisit: false,
      visitorCode: code.code,
    });
    const anonymousBefore = (await board(volunteer)).anonymousVisits;

    // A week after signing in, erasure first asks the worker to prove it is still them.
    const stale = await worker.request({ method: "DELETE", url: `/api/v1/visitor-codes/${code.id}` });
    expect(stale.statusCode).toBe(403);
    expect(stale.json()).toMatchObject({ code: "STEP_UP_REQUIRED" });
    expect((await lookup(volunteer, code.code)).statusCode, "nothing erased yet").toBe(200);
    const stepUp = await worker.request({
      method: "POST",
      url: "/api/v1/me/step-up",
      payload: { code: await totpCode(worker.account.totpSecret ?? "", t.clock) },
    });
    expect(stepUp.statusCode, stepUp.body).toBe(200);

    const erased = await worker.request({ method: "DELETE", url: `/api/v1/visitor-codes/${code.id}` });
    expect(erased.statusCode, erased.body).toBe(200);
    expect(await audited("VISITOR_CODE_ERASED")).toContainEqual({
      entity_id: code.id,
      entity_type: "visitor_code",
      site_id: null,
    });
    expect(fieldErrorOf(await lookup(volunteer, code.code)).code).toBe("UNKNOWN_VISITOR_CODE");
    expect(fieldErrorOf(await lookup(volunteer, alias.code)).code).toBe("UNKNOWN_VISITOR_CODE");
    const after = (
      await volunteer.request({ method: "GET", url: `/api/v1/visits/${visit.id}` })
    ).json<Visit>();
    expect(after).toMatchObject({ visitorCode: null, visitorCodeId: null, nationality: "RO" });
    expect((await board(volunteer)).anonymousVisits).toBe(anonymousBefore + 1);
    const { rows } = await t.database.pool.query("select 1 from visitor_codes where id = any($1)", [
      [code.id, alias.id],
    ]);
    expect(rows).toEqual([]);
    const again = await worker.request({ method: "DELETE", url: `/api/v1/visitor-codes/${code.id}` });
    expect(again.statusCode).toBe(404);
  });
});
