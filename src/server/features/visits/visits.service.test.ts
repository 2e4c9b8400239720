import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Site } from "../../../common/contracts/sites.js";
import type { Visit, VisitorProfile } from "../../../common/contracts/visits.js";
import type { Actor } from "../../context.js";
import { AppError } from "../../errors.js";
import { buildTestApp, type SignedIn, type TestApp } from "../../test/build-test-app.js";
import { clearFlagsOf, getVisit, raiseFlag, visitForRecording } from "./visits.service.js";

let t: TestApp;
let manager: SignedIn;
let volunteer: SignedIn;
let site: Site;
let other: Site;

const actorOf = (who: SignedIn, siteIds: string[]): Actor => ({
  accountId: who.account.id,
  username: who.account.username,
  role: who.me.role,
  organisationId: who.account.organisationId,
  siteIds,
  locale: "en",
  sessionTokenHash: "",
  csrfToken: "",
  fullySignedIn: true,
  secondFactorEnrolled: false,
  mustChangePassword: false,
  address: "127.0.0.1",
});

async function profile(codeId: string) {
  const res = await volunteer.request({ method: "GET", url: `/api/v1/visitor-codes/${codeId}` });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<VisitorProfile>();
}

async function issue() {
  const res = await volunteer.request({
    method: "POST",
    url: "/api/v1/visitor-codes",
    payload: { nationality: "RO" },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<VisitorProfile>();
}

async function notFound(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe("NOT_FOUND");
}

beforeAll(async () => {
  t = await buildTestApp();
  manager = await t.signInAs("manager");
  const make = async (slug: string) => {
    const res = await manager.request({
      method: "POST",
      url: "/api/v1/sites",
      payload: { name: slug, slug },
    });
    return res.json<Site>();
  };
  site = await make("moedestedet");
  other = await make("reden");
  await manager.request({
    method: "POST",
    url: `/api/v1/sites/${site.id}/weekly-openings`,
    payload: { weekday: 1, startsAt: "16:00", endsAt: "22:00", validFrom: "2010-01-01" },
  });
  volunteer = await t.signInAs("volunteer", { siteIds: [site.id] });
});
afterAll(() => t.close());

describe("flags raised by the clinic and follow-ups", () => {
  it("raises a flag once per record, on the code she uses now, and clears only that record's flags", async () => {
    const code = await issue();
    const alias = await issue();
    const worker = await t.signInAs("social_worker", { siteIds: [site.id] });
    await worker.request({
      method: "POST",
      url: `/api/v1/visitor-codes/${code.id}/merge`,
      payload: { otherCode: alias.code },
    });
    await volunteer.request({
      method: "POST",
      url: `/api/v1/visitor-codes/${code.id}/flags`,
      payload: { kind: "talk_to_colleague" },
    });
    const test = randomUUID();
    const followUp = randomUUID();
    // A minute after the staff flag, so the order of the list is certain.
    const at = new Date(t.clock.now().getTime() + 60_000);
    await t.ctx.db.transaction(async (tx) => {
      await raiseFlag(tx, alias.id, "see_nurse", "clinic", test, worker.account.id, at);
      await raiseFlag(tx, code.id, "see_nurse", "clinic", test, worker.account.id, at);
      await raiseFlag(tx, code.id, "talk_to_colleague", "follow_up", followUp, null);
    });
    const raised = await profile(code.id);
    expect(raised.flags.map((f) => [f.kind, f.source])).toEqual([
      ["talk_to_colleague", "staff"],
      ["see_nurse", "clinic"],
      ["talk_to_colleague", "follow_up"],
    ]);
    expect(raised.flags[1]?.raisedAt).toBe(at.toISOString());

    await t.ctx.db.transaction((tx) => clearFlagsOf(tx, "clinic", test, worker.account.id, at));
    expect((await profile(code.id)).flags.map((f) => f.source)).toEqual(["staff", "follow_up"]);
    await t.ctx.db.transaction((tx) => clearFlagsOf(tx, "follow_up", followUp, null));
    expect((await profile(code.id)).flags.map((f) => f.source)).toEqual(["staff"]);
    const { rows } = await t.database.pool.query<{ cleared_by: string | null; n: number }>(
      "select cleared_by, count(*)::int as n from visitor_flags where visitor_code_id = $1 and cleared_at is not null group by cleared_by order by n",
      [code.id],
    );
    expect(rows).toEqual(
      expect.arrayContaining([
        { cleared_by: worker.account.id, n: 1 },
        { cleared_by: null, n: 1 },
      ]),
    );
    // A finished record's flag can be raised again by a new one.
    await t.ctx.db.transaction((tx) => raiseFlag(tx, code.id, "see_nurse", "clinic", randomUUID(), null));
    expect((await profile(code.id)).flags).toHaveLength(2);
  });

  it("answers not found for a code that does not exist", async () => {
    await notFound(
      t.ctx.db.transaction((tx) => raiseFlag(tx, randomUUID(), "see_nurse", "clinic", randomUUID(), null)),
    );
  });
});

describe("the visit a tick or a handout goes into", () => {
  it("tells its site, session state and time zone, and hides visits of other sites", async () => {
    const res = await volunteer.request({
      method: "POST",
      url: "/api/v1/visits",
      payload: { siteId: site.id, nationality: "RO", firstVisit: null },
    });
    const visit = res.json<Visit>();
    const actor = actorOf(volunteer, [site.id]);
    expect(await visitForRecording(t.ctx.db, actor, visit.id)).toEqual({
      id: visit.id,
      siteId: site.id,
      sessionId: visit.sessionId,
      sessionOpen: true,
      visitorCodeId: null,
      checkedInAt: new Date(visit.checkedInAt),
      timeZone: "Europe/Copenhagen",
    });
    expect(await getVisit(t.ctx, actor, visit.id)).toEqual(visit);
    await notFound(visitForRecording(t.ctx.db, actorOf(volunteer, [other.id]), visit.id));
    await notFound(visitForRecording(t.ctx.db, actor, randomUUID()));
    await notFound(getVisit(t.ctx, actorOf(volunteer, [other.id]), visit.id));

    await volunteer.request({ method: "POST", url: `/api/v1/sites/${site.id}/tonight/close` });
    expect((await visitForRecording(t.ctx.db, actor, visit.id)).sessionOpen).toBe(false);
  });
});
