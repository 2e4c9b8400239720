import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FollowUp, FollowUpList } from "../../../common/contracts/follow-ups.js";
import type { Site } from "../../../common/contracts/sites.js";
import type { Tonight, Visit, VisitorProfile } from "../../../common/contracts/visits.js";
import { LIMITS } from "../../../common/limits.js";
import { checkCharacter } from "../../../common/visitor-code.js";
import { buildTestApp, type SignedIn, type TestApp } from "../../test/build-test-app.js";
import { accompanimentsOfReferrals, createAccompaniment } from "./follow-ups.service.js";

let t: TestApp;
let manager: SignedIn;
let admin: SignedIn;
let worker: SignedIn;
let worker2: SignedIn;
let volunteer: SignedIn;
let workerB: SignedIn;
let siteA: Site;
let siteB: Site;

/** A well-formed code that no card carries. */
const UNISSUED = `ZZZZZZZ${checkCharacter("ZZZZZZZ")}`;
const TODAY = "2010-03-01";

async function issue(who: SignedIn = worker) {
  const res = await who.request({
    method: "POST",
    url: "/api/v1/visitor-codes",
    payload: { nationality: "RO", languages: ["ro"] },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<VisitorProfile>();
}

async function flagsOf(code: string, who: SignedIn = volunteer) {
  const res = await who.request({ method: "POST", url: "/api/v1/visitor-codes/lookup", payload: { code } });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<VisitorProfile>().flags.map((f) => `${f.kind}:${f.source}`);
}

/** The flags the door's board shows on her visit tonight. */
async function boardFlagsOf(visitId: string) {
  const res = await volunteer.request({ method: "GET", url: `/api/v1/sites/${siteA.id}/tonight` });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<Tonight>().recentVisits.find((v) => v.id === visitId)?.flags;
}

const create = (who: SignedIn, payload: object) =>
  who.request({ method: "POST", url: "/api/v1/follow-ups", payload });

async function created(who: SignedIn, payload: object) {
  const res = await create(who, {
    siteId: siteA.id,
    dueOn: TODAY,
    assignee: { kind: "any_social_worker" },
    ...payload,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<FollowUp>();
}

const act = (who: SignedIn, id: string, action: "done" | "drop" | "reopen", payload?: object) =>
  who.request({ method: "POST", url: `/api/v1/follow-ups/${id}/${action}`, payload: payload ?? {} });

async function list(who: SignedIn, query = "", site: Site = siteA) {
  const res = await who.request({ method: "GET", url: `/api/v1/sites/${site.id}/follow-ups${query}` });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<FollowUpList>();
}

function problemOf(res: { statusCode: number; json: () => unknown }, status = 400) {
  expect(res.statusCode).toBe(status);
  const body = res.json() as { code: string; errors?: { path: string; code: string }[] };
  return { code: body.code, fields: (body.errors ?? []).map((e) => [e.path, e.code]) };
}

async function rowCount() {
  const { rows } = await t.database.pool.query<{ n: number }>("select count(*)::int as n from follow_ups");
  return rows[0]?.n ?? 0;
}

async function audited(event: string, entityId: string) {
  const { rows } = await t.database.pool.query<{ actor_account_id: string; site_id: string }>(
    "select actor_account_id, site_id from audit_events where event = $1 and entity_id = $2",
    [event, entityId],
  );
  return rows;
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
  for (const site of [siteA, siteB]) {
    const res = await manager.request({
      method: "POST",
      url: `/api/v1/sites/${site.id}/weekly-openings`,
      payload: { weekday: 1, startsAt: "16:00", endsAt: "22:00", validFrom: "2010-01-01" },
    });
    expect(res.statusCode, res.body).toBe(201);
  }
  admin = await t.signInAs("administrator");
  worker = await t.signInAs("social_worker", { siteIds: [siteA.id] });
  worker2 = await t.signInAs("social_worker", { siteIds: [siteA.id] });
  volunteer = await t.signInAs("volunteer", { siteIds: [siteA.id] });
  workerB = await t.signInAs("social_worker", { siteIds: [siteB.id] });
});
afterAll(() => t.close());

describe("a follow-up on a woman's code", () => {
  it("raises the door's 'talk to a colleague' flag on her profile and the board, and done clears it", async () => {
    const code = await issue();
    const checkIn = await volunteer.request({
      method: "POST",
      url: "/api/v1/visits",
      payload: { siteId: siteA.id, nationality: "RO", firstVisit: false, visitorCode: code.code },
    });
    expect(checkIn.statusCode, checkIn.body).toBe(201);
    const visit = checkIn.json<Visit>();
    expect(await boardFlagsOf(visit.id)).toEqual([]);

    const followUp = await created(worker, {
      title: "Ask about the appointment on Tuesday",
      body: "She wanted help with the letter.",
      visitorCode: code.code.toLowerCase().replace("-", " "),
    });
    expect(followUp).toMatchObject({
      kind: "task",
      status: "open",
      visitorCode: code.code,
      visitorCodeId: code.id,
      assignee: { kind: "any_social_worker" },
      dueOn: TODAY,
      overdue: false,
      createdBy: { accountId: worker.account.id },
      comments: [],
      can: { edit: true, close: true, reopen: false, comment: true },
    });
    expect(await flagsOf(code.code)).toEqual(["talk_to_colleague:follow_up"]);
    expect(await boardFlagsOf(visit.id)).toEqual(["talk_to_colleague"]);
    expect(await audited("FOLLOW_UP_CREATED", followUp.id)).toEqual([
      { actor_account_id: worker.account.id, site_id: siteA.id },
    ]);

    const done = await act(worker2, followUp.id, "done");
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json<FollowUp>()).toMatchObject({
      status: "done",
      closedBy: { accountId: worker2.account.id },
      can: { edit: false, close: false, reopen: true },
    });
    expect(await flagsOf(code.code)).toEqual([]);
    expect(await boardFlagsOf(visit.id)).toEqual([]);
    expect(await audited("FOLLOW_UP_COMPLETED", followUp.id)).toHaveLength(1);

    // Twice is refused, and changes nothing.
    expect(problemOf(await act(worker, followUp.id, "done"), 409).code).toBe("FOLLOW_UP_CLOSED");
    expect(problemOf(await act(worker, followUp.id, "drop", { reason: "x" }), 409).code).toBe(
      "FOLLOW_UP_CLOSED",
    );

    // Reopened by mistake-correction: the flag is back; reopening an open one is refused.
    const reopened = await act(worker, followUp.id, "reopen");
    expect(reopened.statusCode, reopened.body).toBe(200);
    expect(reopened.json<FollowUp>()).toMatchObject({ status: "open", closedAt: null, closedBy: null });
    expect(await flagsOf(code.code)).toEqual(["talk_to_colleague:follow_up"]);
    expect(problemOf(await act(worker, followUp.id, "reopen"), 409).code).toBe("FOLLOW_UP_OPEN");
  });

  it("needs a reason to drop it; dropped, the flag is cleared and the reason kept", async () => {
    const code = await issue();
    const followUp = await created(worker, { title: "Check her shelter place", visitorCode: code.code });
    for (const reason of ["", "   "]) {
      expect(problemOf(await act(worker, followUp.id, "drop", { reason })).fields).toEqual([
        ["reason", "DROP_REASON_REQUIRED"],
      ]);
    }
    expect(problemOf(await act(worker, followUp.id, "drop")).code).toBe("VALIDATION_FAILED");
    expect(
      problemOf(await act(worker, followUp.id, "drop", { reason: "x".repeat(LIMITS.reasonMax + 1) })).code,
    ).toBe("VALIDATION_FAILED");
    // Nothing was lost on the way.
    expect(await flagsOf(code.code)).toEqual(["talk_to_colleague:follow_up"]);

    const dropped = await act(worker, followUp.id, "drop", { reason: "  She has moved to Aarhus  " });
    expect(dropped.statusCode, dropped.body).toBe(200);
    expect(dropped.json<FollowUp>()).toMatchObject({
      status: "dropped",
      dropReason: "She has moved to Aarhus",
    });
    expect(await flagsOf(code.code)).toEqual([]);
    expect(await audited("FOLLOW_UP_DROPPED", followUp.id)).toHaveLength(1);

    // Reopening forgets the reason.
    const reopened = await act(worker, followUp.id, "reopen");
    expect(reopened.json<FollowUp>()).toMatchObject({ status: "open", dropReason: null });
  });

  it("refuses a malformed or unknown code on the field, saving nothing", async () => {
    const before = await rowCount();
    for (const [typed, code] of [
      ["K7MQ", "MALFORMED_VISITOR_CODE"],
      ["K7MQ-4XPO", "MALFORMED_VISITOR_CODE"],
      [UNISSUED, "UNKNOWN_VISITOR_CODE"],
    ] as const) {
      const res = await create(worker, {
        siteId: siteA.id,
        title: "Call back",
        dueOn: TODAY,
        assignee: { kind: "any_social_worker" },
        visitorCode: typed,
      });
      expect(problemOf(res).fields).toEqual([["visitorCode", code]]);
    }
    expect(await rowCount()).toBe(before);
  });

  it("moves the flag when the code changes, and clears it when the code is removed", async () => {
    const first = await issue();
    const second = await issue();
    const followUp = await created(worker, { title: "Bring the form", visitorCode: first.code });
    const moved = await worker.request({
      method: "PATCH",
      url: `/api/v1/follow-ups/${followUp.id}`,
      payload: { visitorCode: second.code, title: "Bring the new form" },
    });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json<FollowUp>()).toMatchObject({ visitorCode: second.code, title: "Bring the new form" });
    expect(await flagsOf(first.code)).toEqual([]);
    expect(await flagsOf(second.code)).toEqual(["talk_to_colleague:follow_up"]);

    const unknown = await worker.request({
      method: "PATCH",
      url: `/api/v1/follow-ups/${followUp.id}`,
      payload: { visitorCode: UNISSUED, title: "Lost" },
    });
    expect(problemOf(unknown).fields).toEqual([["visitorCode", "UNKNOWN_VISITOR_CODE"]]);
    expect(
      (await worker.request({ method: "GET", url: `/api/v1/follow-ups/${followUp.id}` })).json<FollowUp>(),
    ).toMatchObject({ title: "Bring the new form", visitorCode: second.code });

    const untied = await worker.request({
      method: "PATCH",
      url: `/api/v1/follow-ups/${followUp.id}`,
      payload: { visitorCode: null },
    });
    expect(untied.json<FollowUp>()).toMatchObject({ visitorCode: null, visitorCodeId: null });
    expect(await flagsOf(second.code)).toEqual([]);

    await act(worker, followUp.id, "done");
    const closed = await worker.request({
      method: "PATCH",
      url: `/api/v1/follow-ups/${followUp.id}`,
      payload: { title: "Too late" },
    });
    expect(problemOf(closed, 409).code).toBe("FOLLOW_UP_CLOSED");
  });

  it("keeps her flag while another open follow-up on her code remains", async () => {
    const code = await issue();
    const one = await created(worker, { title: "One", visitorCode: code.code });
    const two = await created(worker2, { title: "Two", visitorCode: code.code });
    expect(await flagsOf(code.code)).toEqual(["talk_to_colleague:follow_up", "talk_to_colleague:follow_up"]);
    await act(worker, one.id, "done");
    expect(await flagsOf(code.code)).toEqual(["talk_to_colleague:follow_up"]);
    await act(worker, two.id, "drop", { reason: "Done by phone" });
    expect(await flagsOf(code.code)).toEqual([]);
  });
});

describe("assignees and lists", () => {
  it("puts 'any social worker' in every social worker's own list, not a volunteer's", async () => {
    const task = await created(volunteer, { title: "Someone call the shelter", dueOn: "2010-02-26" });
    expect(task.overdue).toBe(true);
    const mineOf = async (who: SignedIn) => (await list(who, "?scope=mine")).items.map((f) => f.id);
    expect(await mineOf(worker)).toContain(task.id);
    expect(await mineOf(worker2)).toContain(task.id);
    expect(await mineOf(volunteer)).not.toContain(task.id);
    expect(await mineOf(manager)).not.toContain(task.id);
    expect((await list(volunteer, "?scope=any_social_worker")).items.map((f) => f.id)).toContain(task.id);
    expect((await list(volunteer, "?scope=created")).items.map((f) => f.id)).toContain(task.id);
    expect((await list(manager, "?scope=all")).items.map((f) => f.id)).toContain(task.id);
  });

  it("assigns to one colleague of the site, and refuses anyone else on the field", async () => {
    const task = await created(worker, {
      title: "Go through her papers",
      assignee: { kind: "person", accountId: volunteer.account.id },
    });
    expect(task.assignee).toEqual({
      kind: "person",
      accountId: volunteer.account.id,
      displayName: "Test volunteer",
    });
    expect((await list(volunteer)).items.map((f) => f.id)).toContain(task.id);
    expect((await list(worker2)).items.map((f) => f.id)).not.toContain(task.id);

    // Managers work at every site.
    const toManager = await created(worker, {
      title: "Budget for the bus cards",
      assignee: { kind: "person", accountId: manager.account.id },
    });
    expect((await list(manager)).items.map((f) => f.id)).toContain(toManager.id);

    const before = await rowCount();
    for (const accountId of [workerB.account.id, admin.account.id, randomUUID()]) {
      const res = await create(worker, {
        siteId: siteA.id,
        title: "Nobody here",
        dueOn: TODAY,
        assignee: { kind: "person", accountId },
      });
      expect(problemOf(res).fields).toEqual([["assignee.accountId", "UNKNOWN_ASSIGNEE"]]);
    }
    expect(await rowCount()).toBe(before);

    const reassigned = await worker.request({
      method: "PATCH",
      url: `/api/v1/follow-ups/${task.id}`,
      payload: { assignee: { kind: "person", accountId: workerB.account.id } },
    });
    expect(problemOf(reassigned).fields).toEqual([["assignee.accountId", "UNKNOWN_ASSIGNEE"]]);
  });

  it("lists open ones by due date, closed ones apart, and marks what is overdue", async () => {
    const later = await created(worker, { title: "Later", dueOn: "2010-03-20" });
    const earlier = await created(worker, { title: "Earlier", dueOn: "2010-02-01" });
    const closed = await created(worker, { title: "Closed", dueOn: "2010-01-01" });
    await act(worker, closed.id, "done");
    const open = (await list(worker, "?scope=created")).items;
    const ids = open.map((f) => f.id);
    expect(ids.indexOf(earlier.id)).toBeLessThan(ids.indexOf(later.id));
    expect(ids).not.toContain(closed.id);
    expect(open.find((f) => f.id === earlier.id)?.overdue).toBe(true);
    expect(open.find((f) => f.id === later.id)?.overdue).toBe(false);
    const done = (await list(worker, "?scope=created&status=closed")).items;
    expect(done.map((f) => f.id)).toContain(closed.id);
    expect(done.every((f) => f.status !== "open")).toBe(true);
    const page = await list(worker, "?scope=created&status=any&limit=2");
    expect(page.items).toHaveLength(2);
    expect(page.more).toBe(true);
  });

  it("answers the site's colleagues: its staff and the managers, never an administrator or another site's staff", async () => {
    const res = await worker.request({ method: "GET", url: `/api/v1/sites/${siteA.id}/colleagues` });
    expect(res.statusCode, res.body).toBe(200);
    const ids = res.json<{ items: { accountId: string }[] }>().items.map((c) => c.accountId);
    expect(ids).toEqual(
      expect.arrayContaining([
        worker.account.id,
        worker2.account.id,
        volunteer.account.id,
        manager.account.id,
      ]),
    );
    expect(ids).not.toContain(admin.account.id);
    expect(ids).not.toContain(workerB.account.id);
  });

  it("refuses bad input with a field error", async () => {
    const base = { siteId: siteA.id, title: "A task", dueOn: TODAY, assignee: { kind: "any_social_worker" } };
    const cases: [object, string][] = [
      [{ ...base, title: "   " }, "title"],
      [{ ...base, title: "x".repeat(LIMITS.followUpTitleMax + 1) }, "title"],
      [{ ...base, body: "x".repeat(LIMITS.followUpBodyMax + 1) }, "body"],
      [{ ...base, dueOn: "2010-02-30" }, "dueOn"],
      [{ ...base, assignee: { kind: "everyone" } }, "assignee.kind"],
      [{ ...base, createdBy: manager.account.id }, ""],
    ];
    const before = await rowCount();
    for (const [payload, path] of cases) {
      const res = await create(worker, payload);
      const problem = problemOf(res);
      expect(problem.code).toBe("VALIDATION_FAILED");
      if (path) expect(problem.fields.map(([p]) => p)).toContain(path);
    }
    expect(problemOf(await create(worker, { ...base, dueOn: "2099-01-01" })).fields).toEqual([
      ["dueOn", "DUE_DATE_TOO_FAR"],
    ]);
    expect(await rowCount()).toBe(before);
  });
});

describe("personal data", () => {
  it("saves a text that looks like it names her, and says so", async () => {
    const task = await created(worker, { title: "Call back", body: "Maria Popescu, phone 22 33 44 55" });
    expect(task.warnings).toEqual([
      { path: "body", warning: "LOOKS_LIKE_PHONE_NUMBER" },
      { path: "body", warning: "LOOKS_LIKE_FULL_NAME" },
    ]);
    expect(
      (await created(worker, { title: "Call back", body: "She asked about the course" })).warnings,
    ).toEqual([]);
  });
});

describe("comments", () => {
  it("keeps the thread with author and time, oldest first, and refuses an empty or oversized one", async () => {
    const task = await created(worker, { title: "Talk about the course" });
    const first = await worker.request({
      method: "POST",
      url: `/api/v1/follow-ups/${task.id}/comments`,
      payload: { body: "Called her, no answer." },
    });
    expect(first.statusCode, first.body).toBe(201);
    t.clock.set(new Date(t.clock.now().getTime() + 60_000));
    await volunteer.request({
      method: "POST",
      url: `/api/v1/follow-ups/${task.id}/comments`,
      payload: { body: "She will come on Thursday." },
    });
    const got = (
      await worker.request({ method: "GET", url: `/api/v1/follow-ups/${task.id}` })
    ).json<FollowUp>();
    expect(got.commentCount).toBe(2);
    expect(got.comments.map((c) => [c.author?.accountId, c.body])).toEqual([
      [worker.account.id, "Called her, no answer."],
      [volunteer.account.id, "She will come on Thursday."],
    ]);
    expect((await list(worker, "?scope=created")).items.find((f) => f.id === task.id)?.commentCount).toBe(2);
    for (const body of ["", "  ", "x".repeat(LIMITS.commentMax + 1)]) {
      const res = await worker.request({
        method: "POST",
        url: `/api/v1/follow-ups/${task.id}/comments`,
        payload: { body },
      });
      expect(problemOf(res).fields.map(([p]) => p)).toEqual(["body"]);
    }
    // Closed ones can still be discussed; a done task's closing note joins the thread.
    t.clock.set(new Date(t.clock.now().getTime() + 60_000));
    await act(worker, task.id, "done", { outcome: "She is enrolled." });
    const after = (
      await worker.request({ method: "GET", url: `/api/v1/follow-ups/${task.id}` })
    ).json<FollowUp>();
    expect(after.comments.at(-1)?.body).toBe("She is enrolled.");
  });
});

describe("another site's follow-ups", () => {
  it("answer 404 exactly like an unknown id, and an administrator 403", async () => {
    const task = await created(worker, { title: "Site A only" });
    const routes = [
      { method: "GET", url: `/api/v1/follow-ups/${task.id}` },
      { method: "PATCH", url: `/api/v1/follow-ups/${task.id}`, payload: { title: "Mine now" } },
      { method: "POST", url: `/api/v1/follow-ups/${task.id}/done`, payload: {} },
      { method: "POST", url: `/api/v1/follow-ups/${task.id}/drop`, payload: { reason: "No" } },
      { method: "POST", url: `/api/v1/follow-ups/${task.id}/reopen` },
      { method: "POST", url: `/api/v1/follow-ups/${task.id}/comments`, payload: { body: "Hi" } },
      { method: "GET", url: `/api/v1/sites/${siteA.id}/follow-ups` },
      { method: "GET", url: `/api/v1/sites/${siteA.id}/colleagues` },
    ] as const;
    for (const route of routes) {
      const res = await workerB.request(route);
      expect([route.method, route.url, res.statusCode, res.json().code]).toEqual([
        route.method,
        route.url,
        404,
        "NOT_FOUND",
      ]);
      const unknown = await workerB.request({ ...route, url: route.url.replace(task.id, randomUUID()) });
      expect(unknown.statusCode).toBe(404);
      expect((await admin.request(route)).statusCode).toBe(403);
    }
    expect(
      problemOf(
        await create(workerB, {
          siteId: siteA.id,
          title: "x",
          dueOn: TODAY,
          assignee: { kind: "any_social_worker" },
        }),
        404,
      ).code,
    ).toBe("NOT_FOUND");
    const still = (
      await worker.request({ method: "GET", url: `/api/v1/follow-ups/${task.id}` })
    ).json<FollowUp>();
    expect(still).toMatchObject({ title: "Site A only", status: "open", commentCount: 0 });
    expect((await list(workerB, "?scope=all", siteB)).items).toEqual([]);
  });
});

describe("accompaniments for the clinic", () => {
  it("are created in the clinic's transaction, raise her flag, need an outcome to be done, and answer per referral", async () => {
    const code = await issue();
    const referralId = randomUUID();
    const { id } = await t.ctx.db.transaction((tx) =>
      createAccompaniment(tx, {
        siteId: siteA.id,
        visitorCodeId: code.id,
        appointmentAt: new Date("2010-03-04T08:30:00Z"),
        place: "Hvidovre Hospital, Gynækologisk afdeling",
        languageNeeded: "ro",
        sourceReferralId: referralId,
        createdBy: worker.account.id,
        at: t.clock.now(),
      }),
    );
    expect(await flagsOf(code.code)).toEqual(["talk_to_colleague:follow_up"]);
    expect(await audited("FOLLOW_UP_CREATED", id)).toHaveLength(1);
    const followUp = (
      await worker.request({ method: "GET", url: `/api/v1/follow-ups/${id}` })
    ).json<FollowUp>();
    expect(followUp).toMatchObject({
      kind: "accompaniment",
      title: "Hvidovre Hospital, Gynækologisk afdeling",
      dueOn: "2010-03-04",
      assignee: { kind: "any_social_worker" },
      visitorCode: code.code,
      accompaniment: {
        appointmentAt: "2010-03-04T08:30:00.000Z",
        place: "Hvidovre Hospital, Gynækologisk afdeling",
        languageNeeded: "ro",
        sourceReferralId: referralId,
        outcome: null,
      },
    });
    expect((await list(worker, "?kind=accompaniment")).items.map((f) => f.id)).toEqual([id]);
    expect(await accompanimentsOfReferrals(t.ctx.db, [referralId, randomUUID()])).toEqual(
      new Map([[referralId, { followUpId: id, status: "open", outcome: null }]]),
    );

    const moved = await worker.request({
      method: "PATCH",
      url: `/api/v1/follow-ups/${id}`,
      payload: { accompaniment: { appointmentAt: "2010-03-05T09:00:00+01:00" } },
    });
    expect(moved.json<FollowUp>().accompaniment?.appointmentAt).toBe("2010-03-05T08:00:00.000Z");

    for (const payload of [{}, { outcome: "  " }]) {
      expect(problemOf(await act(worker, id, "done", payload)).fields).toEqual([
        ["outcome", "OUTCOME_REQUIRED"],
      ]);
    }
    expect(await flagsOf(code.code)).toEqual(["talk_to_colleague:follow_up"]);
    const done = await act(worker, id, "done", { outcome: "Went with her; next visit in two weeks." });
    expect(done.json<FollowUp>()).toMatchObject({
      status: "done",
      accompaniment: { outcome: "Went with her; next visit in two weeks." },
    });
    expect(await flagsOf(code.code)).toEqual([]);
    expect((await accompanimentsOfReferrals(t.ctx.db, [referralId])).get(referralId)).toEqual({
      followUpId: id,
      status: "done",
      outcome: "Went with her; next visit in two weeks.",
    });
  });

  it("can be written by hand; a task has no appointment to change", async () => {
    const hand = await created(worker, {
      title: "Go with her to the dentist",
      accompaniment: {
        appointmentAt: "2010-03-02T10:00:00+01:00",
        place: "Tandlægevagten",
        languageNeeded: null,
      },
    });
    expect(hand).toMatchObject({
      kind: "accompaniment",
      accompaniment: { place: "Tandlægevagten", sourceReferralId: null },
    });
    const task = await created(worker, { title: "Plain task" });
    const res = await worker.request({
      method: "PATCH",
      url: `/api/v1/follow-ups/${task.id}`,
      payload: { accompaniment: { place: "Somewhere" } },
    });
    expect(problemOf(res).fields).toEqual([["accompaniment", "NOT_AN_ACCOMPANIMENT"]]);
  });
});
