import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DutyAssignment, SessionList, Shift } from "../../../common/contracts/roster.js";
import type { Site } from "../../../common/contracts/sites.js";
import { buildTestApp, type SignedIn, type TestApp } from "../../test/build-test-app.js";

let t: TestApp;
let manager: SignedIn;
let site: Site;
let ids: { monday: string; wednesday: string; friday: string; night: string };
let worker: SignedIn;
let teacher: SignedIn;

beforeAll(async () => {
  t = await buildTestApp();
  manager = await t.signInAs("manager");
  const created = await manager.request({
    method: "POST",
    url: "/api/v1/sites",
    payload: { name: "Mødestedet", slug: "moedestedet" },
  });
  site = created.json<Site>();
  const post = async (path: string, payload: object) => {
    const res = await manager.request({ method: "POST", url: `/api/v1/sites/${site.id}/${path}`, payload });
    expect(res.statusCode, res.body).toBe(201);
    return res.json<{ id: string }>().id;
  };
  ids = {
    monday: await post("weekly-openings", {
      weekday: 1,
      startsAt: "16:00",
      endsAt: "22:00",
      validFrom: "2010-01-01",
    }),
    wednesday: await post("weekly-openings", {
      weekday: 3,
      startsAt: "16:00",
      endsAt: "22:00",
      validFrom: "2010-01-01",
    }),
    friday: await post("weekly-openings", {
      weekday: 5,
      startsAt: "16:00",
      endsAt: "22:00",
      validFrom: "2010-01-01",
    }),
    night: await post("weekly-openings", {
      weekday: 5,
      startsAt: "23:00",
      endsAt: "05:00",
      validFrom: "2010-03-05",
      validTo: "2010-06-04",
    }),
  };
  await post("activities", {
    kind: "clinic_gynaecology",
    startsAt: "16:30",
    endsAt: "19:30",
    weeklyOpeningId: ids.monday,
  });
  worker = await t.signInAs("social_worker", { siteIds: [site.id], languages: ["ro", "en"] });
  teacher = await t.signInAs("teacher", { siteIds: [site.id], languages: ["fr", "en"] });
});
afterAll(() => t.close());

const assign = (payload: object, who: SignedIn = manager) =>
  who.request({ method: "POST", url: `/api/v1/sites/${site.id}/roster`, payload });
const sessions = async (from: string, to: string, who: SignedIn = manager) => {
  const res = await who.request({
    method: "GET",
    url: `/api/v1/sites/${site.id}/sessions?from=${from}&to=${to}`,
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<SessionList>();
};

describe("the duty roster", () => {
  it("puts staff on duty every week or once, and each session shows who and which languages", async () => {
    const weekly = await assign({
      accountId: worker.account.id,
      duty: "social_work",
      weeklyOpeningId: ids.monday,
      validFrom: "2010-03-01",
    });
    expect(weekly.statusCode, weekly.body).toBe(201);
    expect(weekly.json<DutyAssignment>()).toMatchObject({
      displayName: "Test social_worker",
      duty: "social_work",
      weeklyOpeningId: ids.monday,
    });
    const once = await assign({
      accountId: teacher.account.id,
      duty: "teaching",
      onDate: "2010-03-01",
      sessionStartsAt: "16:00",
    });
    expect(once.statusCode, once.body).toBe(201);
    const night = await assign({
      accountId: worker.account.id,
      duty: "social_work",
      onDate: "2010-03-05",
      sessionStartsAt: "23:00",
    });
    expect(night.statusCode).toBe(201);

    const list = await sessions("2010-03-01", "2010-03-08");
    expect(list.site).toMatchObject({
      id: site.id,
      timeZone: "Europe/Copenhagen",
      can: { manageRoster: true },
    });
    const byKey = new Map(list.items.map((s) => [s.key, s]));
    const monday = byKey.get("2010-03-01@16:00");
    expect(monday?.onDuty.map((d) => [d.displayName, d.duty, d.recurring])).toEqual([
      ["Test social_worker", "social_work", true],
      ["Test teacher", "teaching", false],
    ]);
    expect(monday?.languages).toEqual(["en", "fr", "ro"]);
    expect(monday?.unstaffed).toBe(false);
    expect(monday?.activities.map((a) => a.kind)).toEqual(["clinic_gynaecology"]);
    expect(byKey.get("2010-03-03@16:00")).toMatchObject({ onDuty: [], languages: [], unstaffed: true });
    expect(byKey.get("2010-03-05@23:00")).toMatchObject({
      overnight: true,
      endsAtInstant: "2010-03-06T04:00:00.000Z",
      unstaffed: false,
    });
    expect(byKey.get("2010-03-08@16:00")?.onDuty.map((d) => d.duty)).toEqual(["social_work"]);

    const audited = await t.database.pool.query("select event from audit_events where entity_id = $1", [
      weekly.json().id,
    ]);
    expect(audited.rows.map((r) => r.event)).toEqual(["DUTY_ASSIGNED"]);
  });

  it("refuses staff of other sites, sessions that do not exist and doubles", async () => {
    const outsider = await t.signInAs("volunteer");
    const notHere = await assign({
      accountId: outsider.account.id,
      duty: "volunteer",
      weeklyOpeningId: ids.wednesday,
    });
    expect(notHere.statusCode).toBe(400);
    expect(notHere.json().errors[0]).toMatchObject({ path: "accountId" });

    const noSession = await assign({
      accountId: teacher.account.id,
      duty: "teaching",
      onDate: "2010-03-02",
      sessionStartsAt: "16:00",
    });
    expect(noSession.json().errors[0]).toMatchObject({ path: "sessionStartsAt", code: "OUTSIDE_SESSION" });
    const neither = await assign({ accountId: teacher.account.id, duty: "teaching" });
    expect(neither.json().errors[0]).toMatchObject({ path: "weeklyOpeningId" });
    const backwards = await assign({
      accountId: teacher.account.id,
      duty: "teaching",
      weeklyOpeningId: ids.friday,
      validFrom: "2010-05-01",
      validTo: "2010-04-01",
    });
    expect(backwards.json().errors[0]).toMatchObject({ path: "validTo", code: "END_BEFORE_START" });
    const badDuty = await assign({
      accountId: teacher.account.id,
      duty: "cooking",
      weeklyOpeningId: ids.friday,
    });
    expect(badDuty.statusCode).toBe(400);
    expect(badDuty.json().errors[0]).toMatchObject({ path: "duty", code: "VALIDATION_FAILED" });

    // The social worker is on every Monday from 2010-03-01: once more on a Monday is a double.
    const double = await assign({
      accountId: worker.account.id,
      duty: "clinic",
      onDate: "2010-03-15",
      sessionStartsAt: "16:00",
    });
    expect(double.statusCode).toBe(409);
    expect(double.json().errors[0]).toMatchObject({ path: "accountId", code: "CONFLICT" });

    const before = await sessions("2010-03-01", "2010-03-31");
    expect(before.items.filter((s) => s.onDuty.length > 0)).toHaveLength(6);
  });

  it("removes an assignment", async () => {
    const added = await assign({
      accountId: teacher.account.id,
      duty: "teaching",
      weeklyOpeningId: ids.wednesday,
    });
    expect(added.statusCode).toBe(201);
    const id = added.json<DutyAssignment>().id;
    expect((await sessions("2010-03-03", "2010-03-03")).items[0]?.unstaffed).toBe(false);
    const removed = await manager.request({ method: "DELETE", url: `/api/v1/sites/${site.id}/roster/${id}` });
    expect(removed.statusCode).toBe(200);
    expect((await sessions("2010-03-03", "2010-03-03")).items[0]?.unstaffed).toBe(true);
    expect(
      (await manager.request({ method: "DELETE", url: `/api/v1/sites/${site.id}/roster/${id}` })).statusCode,
    ).toBe(404);
    const audited = await t.database.pool.query(
      "select event from audit_events where entity_id = $1 order by id",
      [id],
    );
    expect(audited.rows.map((r) => r.event)).toEqual(["DUTY_ASSIGNED", "DUTY_REMOVED"]);
  });

  it("lists the site's staff for managers only", async () => {
    const res = await manager.request({ method: "GET", url: `/api/v1/sites/${site.id}/staff` });
    expect(res.statusCode).toBe(200);
    expect(
      res
        .json()
        .items.map((m: { accountId: string }) => m.accountId)
        .sort(),
    ).toEqual([worker.account.id, teacher.account.id].sort());
    expect(res.json().items[0]).not.toHaveProperty("username");
    expect((await worker.request({ method: "GET", url: `/api/v1/sites/${site.id}/staff` })).statusCode).toBe(
      403,
    );
    expect((await t.app.inject({ method: "GET", url: `/api/v1/sites/${site.id}/staff` })).statusCode).toBe(
      401,
    );
  });

  it("is changed by managers only; staff of the site may read the sessions", async () => {
    const payload = { accountId: teacher.account.id, duty: "teaching", weeklyOpeningId: ids.friday };
    expect((await assign(payload, worker)).statusCode).toBe(403);
    expect(
      (await t.app.inject({ method: "POST", url: `/api/v1/sites/${site.id}/roster`, payload })).statusCode,
    ).toBe(401);
    const anyId = "00000000-0000-4000-8000-000000000000";
    expect(
      (await worker.request({ method: "DELETE", url: `/api/v1/sites/${site.id}/roster/${anyId}` }))
        .statusCode,
    ).toBe(403);
    expect(
      (await t.app.inject({ method: "DELETE", url: `/api/v1/sites/${site.id}/roster/${anyId}` })).statusCode,
    ).toBe(401);

    const seen = await sessions("2010-03-01", "2010-03-07", worker);
    expect(seen.site.can.manageRoster).toBe(false);
    expect(
      (
        await t.app.inject({
          method: "GET",
          url: `/api/v1/sites/${site.id}/sessions?from=2010-03-01&to=2010-03-07`,
        })
      ).statusCode,
    ).toBe(401);
    const stranger = await t.signInAs("health_staff");
    expect(
      (
        await stranger.request({
          method: "GET",
          url: `/api/v1/sites/${site.id}/sessions?from=2010-03-01&to=2010-03-07`,
        })
      ).statusCode,
    ).toBe(404);
  });

  it("refuses a bad range of sessions", async () => {
    const url = (q: string) => `/api/v1/sites/${site.id}/sessions?${q}`;
    const backwards = await manager.request({ method: "GET", url: url("from=2010-03-10&to=2010-03-01") });
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().errors[0]).toMatchObject({ path: "to", code: "END_BEFORE_START" });
    const tooLong = await manager.request({ method: "GET", url: url("from=2010-03-01&to=2010-05-02") });
    expect(tooLong.json().errors[0]).toMatchObject({ path: "to", code: "VALIDATION_FAILED" });
    expect(
      (await manager.request({ method: "GET", url: url("from=2010-03-01&to=2010-05-01") })).statusCode,
    ).toBe(200);
    const missing = await manager.request({ method: "GET", url: url("from=yesterday") });
    expect(missing.statusCode).toBe(400);
  });
});

describe("my shifts", () => {
  it("shows each person their own shifts, in time order, closures marked", async () => {
    await manager.request({
      method: "POST",
      url: `/api/v1/sites/${site.id}/closures`,
      payload: { startsOn: "2010-03-08", endsOn: "2010-03-08", reason: "Staff day" },
    });
    const res = await worker.request({
      method: "GET",
      url: "/api/v1/roster/mine?from=2010-03-01&to=2010-03-14",
    });
    expect(res.statusCode).toBe(200);
    const items = res.json<{ items: Shift[] }>().items;
    expect(items.map((s) => [s.date, s.startsAt, s.duty, s.recurring, s.closure?.reason ?? null])).toEqual([
      ["2010-03-01", "16:00", "social_work", true, null],
      ["2010-03-05", "23:00", "social_work", false, null],
      ["2010-03-08", "16:00", "social_work", true, "Staff day"],
    ]);
    expect(items[0]).toMatchObject({ siteName: "Mødestedet", activities: [{ kind: "clinic_gynaecology" }] });
    expect(items[1]).toMatchObject({ overnight: true, endsAt: "05:00" });

    const theirs = await teacher.request({
      method: "GET",
      url: "/api/v1/roster/mine?from=2010-03-01&to=2010-03-14",
    });
    expect(theirs.json().items.map((s: Shift) => s.date)).toEqual(["2010-03-01"]);
    const nobody = await t.signInAs("lawyer");
    expect(
      (
        await nobody.request({ method: "GET", url: "/api/v1/roster/mine?from=2010-03-01&to=2010-03-14" })
      ).json().items,
    ).toEqual([]);
  });

  it("needs a sign-in and a sensible range", async () => {
    expect(
      (await t.app.inject({ method: "GET", url: "/api/v1/roster/mine?from=2010-03-01&to=2010-03-14" }))
        .statusCode,
    ).toBe(401);
    const tooLong = await worker.request({
      method: "GET",
      url: "/api/v1/roster/mine?from=2010-01-01&to=2010-12-31",
    });
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json().errors[0]).toMatchObject({ path: "to" });
    const bad = await worker.request({
      method: "GET",
      url: "/api/v1/roster/mine?from=2010-13-01&to=2010-03-14",
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0]).toMatchObject({ path: "from", code: "VALIDATION_FAILED" });
  });
});
