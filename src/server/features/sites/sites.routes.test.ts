import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Site, Week } from "../../../common/contracts/sites.js";
import { buildTestApp, type SignedIn, type TestApp } from "../../test/build-test-app.js";

let t: TestApp;
let manager: SignedIn;
beforeAll(async () => {
  t = await buildTestApp();
  manager = await t.signInAs("manager");
});
afterAll(() => t.close());

let slugCounter = 0;
async function createSite(extra: Record<string, unknown> = {}): Promise<Site> {
  slugCounter += 1;
  const res = await manager.request({
    method: "POST",
    url: "/api/v1/sites",
    payload: { name: "Mødestedet", slug: `site-${slugCounter}`, address: "Copenhagen", ...extra },
  });
  expect(res.statusCode).toBe(201);
  return res.json<Site>();
}

const auditEvents = async (entityId: string) =>
  (
    await t.database.pool.query("select event from audit_events where entity_id = $1 order by id", [entityId])
  ).rows.map((r) => r.event as string);

async function getWeek(siteId: string, who: SignedIn = manager): Promise<Week> {
  const res = await who.request({ method: "GET", url: `/api/v1/sites/${siteId}/week` });
  expect(res.statusCode).toBe(200);
  return res.json<Week>();
}

/** Sets up the report's 2010 week and returns the ids. */
async function the2010Week(siteId: string) {
  const post = async (path: string, payload: object) => {
    const res = await manager.request({ method: "POST", url: `/api/v1/sites/${siteId}/${path}`, payload });
    expect(res.statusCode, res.body).toBe(201);
    return res.json<{ id: string }>().id;
  };
  const monday = await post("weekly-openings", {
    weekday: 1,
    startsAt: "16:00",
    endsAt: "22:00",
    validFrom: "2010-01-01",
  });
  const wednesday = await post("weekly-openings", {
    weekday: 3,
    startsAt: "16:00",
    endsAt: "22:00",
    validFrom: "2010-01-01",
  });
  const friday = await post("weekly-openings", {
    weekday: 5,
    startsAt: "16:00",
    endsAt: "22:00",
    validFrom: "2010-01-01",
  });
  const pilot = await post("pilot-periods", {
    label: "Night pilot",
    startsOn: "2010-03-05",
    endsOn: "2010-06-04",
  });
  const night = await post("weekly-openings", {
    weekday: 5,
    startsAt: "23:00",
    endsAt: "05:00",
    validFrom: "2010-03-05",
    pilotPeriodId: pilot,
  });
  const gynaecology = await post("activities", {
    kind: "clinic_gynaecology",
    title: "Clinic",
    startsAt: "16:30",
    endsAt: "19:30",
    weeklyOpeningId: monday,
  });
  await post("activities", {
    kind: "clinic_general_practice",
    startsAt: "20:00",
    endsAt: "21:00",
    weeklyOpeningId: monday,
  });
  await post("activities", {
    kind: "class",
    title: "Computers",
    startsAt: "16:00",
    endsAt: "18:00",
    weeklyOpeningId: wednesday,
  });
  return { monday, wednesday, friday, pilot, night, gynaecology };
}

describe("sites", () => {
  it("a manager creates a site; the slug must be free and the time zone real", async () => {
    const site = await createSite({ timeZone: "Europe/Copenhagen", roomCapacity: 35 });
    expect(site).toMatchObject({
      name: "Mødestedet",
      timeZone: "Europe/Copenhagen",
      roomCapacity: 35,
      can: { update: true, editSchedule: true, manageRoster: true },
    });
    expect(await auditEvents(site.id)).toEqual(["SITE_CREATED"]);

    const taken = await manager.request({
      method: "POST",
      url: "/api/v1/sites",
      payload: { name: "Other", slug: site.slug },
    });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().errors[0]).toMatchObject({ path: "slug", code: "SLUG_TAKEN" });

    const zone = await manager.request({
      method: "POST",
      url: "/api/v1/sites",
      payload: { name: "Other", slug: "other", timeZone: "Europe/Atlantis" },
    });
    expect(zone.statusCode).toBe(400);
    expect(zone.json().errors[0]).toMatchObject({ path: "timeZone", code: "UNKNOWN_TIME_ZONE" });

    const bad = await manager.request({
      method: "POST",
      url: "/api/v1/sites",
      payload: { name: "", slug: "Not A Slug", roomCapacity: 0 },
    });
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(["name", "roomCapacity", "slug"]);
  });

  it("an administrator may create a site but not edit its week", async () => {
    const admin = await t.signInAs("administrator");
    const res = await admin.request({
      method: "POST",
      url: "/api/v1/sites",
      payload: { name: "Outreach base", slug: "outreach-base" },
    });
    expect(res.statusCode).toBe(201);
    expect(res.json<Site>().can).toEqual({ update: true, editSchedule: false, manageRoster: false });
    const week = await admin.request({
      method: "POST",
      url: `/api/v1/sites/${res.json<Site>().id}/weekly-openings`,
      payload: { weekday: 1, startsAt: "16:00", endsAt: "22:00", validFrom: "2010-01-01" },
    });
    expect(week.statusCode).toBe(403);
  });

  it("needs a sign-in, and site.manage to create or change", async () => {
    expect((await t.app.inject({ method: "GET", url: "/api/v1/sites" })).statusCode).toBe(401);
    expect(
      (await t.app.inject({ method: "POST", url: "/api/v1/sites", payload: { name: "x", slug: "x" } }))
        .statusCode,
    ).toBe(401);
    const site = await createSite();
    const worker = await t.signInAs("social_worker", { siteIds: [site.id] });
    const create = await worker.request({
      method: "POST",
      url: "/api/v1/sites",
      payload: { name: "x", slug: "x" },
    });
    expect(create.statusCode).toBe(403);
    const update = await worker.request({
      method: "PATCH",
      url: `/api/v1/sites/${site.id}`,
      payload: { name: "Mine now" },
    });
    expect(update.statusCode).toBe(403);
    const refused = await t.database.pool.query(
      "select event from audit_events where actor_account_id = $1",
      [worker.account.id],
    );
    expect(refused.rows.map((r) => r.event)).toEqual([
      "ACCOUNT_SIGNED_IN",
      "PERMISSION_REFUSED",
      "PERMISSION_REFUSED",
    ]);
  });

  it("staff see the sites they work at; managers see all; others' sites are not found", async () => {
    const mine = await createSite();
    const other = await createSite();
    const worker = await t.signInAs("social_worker", { siteIds: [mine.id] });
    const list = await worker.request({ method: "GET", url: "/api/v1/sites" });
    expect(list.statusCode).toBe(200);
    expect(list.json().items.map((s: Site) => s.id)).toEqual([mine.id]);
    expect(list.json().items[0].can).toEqual({ update: false, editSchedule: false, manageRoster: false });
    expect((await worker.request({ method: "GET", url: `/api/v1/sites/${mine.id}` })).statusCode).toBe(200);
    expect((await worker.request({ method: "GET", url: `/api/v1/sites/${other.id}` })).statusCode).toBe(404);
    expect((await worker.request({ method: "GET", url: `/api/v1/sites/${other.id}/week` })).statusCode).toBe(
      404,
    );

    const all = await manager.request({ method: "GET", url: "/api/v1/sites?limit=1" });
    expect(all.json().items).toHaveLength(1);
    expect(all.json().nextCursor).not.toBeNull();
    const next = await manager.request({
      method: "GET",
      url: `/api/v1/sites?limit=200&cursor=${all.json().nextCursor}`,
    });
    expect(next.json().items.map((s: Site) => s.id)).toEqual(expect.arrayContaining([mine.id, other.id]));
  });

  it("updates name, slug, address, time zone and capacity, refusing bad values without change", async () => {
    const site = await createSite();
    const res = await manager.request({
      method: "PATCH",
      url: `/api/v1/sites/${site.id}`,
      payload: {
        name: "The Meeting Place",
        slug: `${site.slug}-new`,
        address: "Vesterbro",
        timeZone: "Europe/Oslo",
        roomCapacity: 50,
      },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      name: "The Meeting Place",
      slug: `${site.slug}-new`,
      address: "Vesterbro",
      timeZone: "Europe/Oslo",
      roomCapacity: 50,
    });

    const zone = await manager.request({
      method: "PATCH",
      url: `/api/v1/sites/${site.id}`,
      payload: { name: "Changed?", timeZone: "Mars/Olympus" },
    });
    expect(zone.json().errors[0]).toMatchObject({ path: "timeZone", code: "UNKNOWN_TIME_ZONE" });
    const extra = await manager.request({
      method: "PATCH",
      url: `/api/v1/sites/${site.id}`,
      payload: { id: "x" },
    });
    expect(extra.statusCode).toBe(400);
    const other = await createSite();
    const taken = await manager.request({
      method: "PATCH",
      url: `/api/v1/sites/${site.id}`,
      payload: { slug: other.slug },
    });
    expect(taken.json().errors[0]).toMatchObject({ path: "slug", code: "SLUG_TAKEN" });

    const after = await manager.request({ method: "GET", url: `/api/v1/sites/${site.id}` });
    expect(after.json()).toMatchObject({ name: "The Meeting Place", timeZone: "Europe/Oslo" });
    expect(await auditEvents(site.id)).toEqual(["SITE_CREATED", "SITE_UPDATED"]);
  });
});

describe("the week", () => {
  it("holds the 2010 week: openings, the night pilot, clinic hours and classes", async () => {
    const site = await createSite();
    const ids = await the2010Week(site.id);
    const worker = await t.signInAs("social_worker", { siteIds: [site.id] });
    const week = await getWeek(site.id, worker);
    expect(week.today).toBe("2010-03-01");
    expect(week.weeklyOpenings.map((o) => [o.weekday, o.startsAt, o.endsAt, o.overnight])).toEqual([
      [1, "16:00", "22:00", false],
      [3, "16:00", "22:00", false],
      [5, "16:00", "22:00", false],
      [5, "23:00", "05:00", true],
    ]);
    expect(week.weeklyOpenings[3]?.pilotPeriodId).toBe(ids.pilot);
    expect(week.pilotPeriods).toEqual([
      { id: ids.pilot, label: "Night pilot", startsOn: "2010-03-05", endsOn: "2010-06-04" },
    ]);
    expect(week.activities).toHaveLength(3);
    expect(await auditEvents(ids.night)).toEqual(["WEEKLY_OPENING_CREATED"]);
    expect(await auditEvents(ids.gynaecology)).toEqual(["ACTIVITY_CREATED"]);
  });

  it("refuses overlapping openings, naming the other one, and keeps the saved week", async () => {
    const site = await createSite();
    await the2010Week(site.id);
    const before = await getWeek(site.id);
    const post = (path: string, payload: object) =>
      manager.request({ method: "POST", url: `/api/v1/sites/${site.id}/${path}`, payload });

    const sameEvening = await post("weekly-openings", {
      weekday: 1,
      startsAt: "21:00",
      endsAt: "23:00",
      validFrom: "2010-01-01",
    });
    expect(sameEvening.statusCode).toBe(400);
    expect(sameEvening.json().errors[0]).toMatchObject({ path: "startsAt", code: "SCHEDULE_OVERLAP" });
    expect(sameEvening.json().errors[0].message).toContain("Monday 16:00–22:00");

    // Saturday 04:00 meets the Friday night pilot after midnight.
    const pastMidnight = await post("weekly-openings", {
      weekday: 6,
      startsAt: "04:00",
      endsAt: "08:00",
      validFrom: "2010-01-01",
    });
    expect(pastMidnight.json().errors[0]).toMatchObject({ code: "SCHEDULE_OVERLAP" });
    expect(pastMidnight.json().errors[0].message).toContain("Friday 23:00–05:00");
    // After the pilot ended, Saturday mornings are free.
    const afterPilot = await post("weekly-openings", {
      weekday: 6,
      startsAt: "04:00",
      endsAt: "08:00",
      validFrom: "2010-06-06",
    });
    expect(afterPilot.statusCode).toBe(201);
    await manager.request({
      method: "DELETE",
      url: `/api/v1/sites/${site.id}/weekly-openings/${afterPilot.json().id}`,
    });

    const oneOff = await post("one-off-openings", {
      onDate: "2010-03-03",
      startsAt: "12:00",
      endsAt: "17:00",
      label: "Theme day",
    });
    expect(oneOff.json().errors[0]).toMatchObject({ path: "startsAt", code: "SCHEDULE_OVERLAP" });
    expect(oneOff.json().errors[0].message).toContain("Wednesday 16:00–22:00");

    const zero = await post("weekly-openings", {
      weekday: 2,
      startsAt: "16:00",
      endsAt: "16:00",
      validFrom: "2010-01-01",
    });
    expect(zero.json().errors[0]).toMatchObject({ path: "endsAt", code: "END_BEFORE_START" });
    const backwards = await post("weekly-openings", {
      weekday: 2,
      startsAt: "16:00",
      endsAt: "22:00",
      validFrom: "2010-05-01",
      validTo: "2010-04-01",
    });
    expect(backwards.json().errors[0]).toMatchObject({ path: "validTo", code: "END_BEFORE_START" });
    const badTime = await post("weekly-openings", {
      weekday: 8,
      startsAt: "24:00",
      endsAt: "5pm",
      validFrom: "2010-02-30",
    });
    expect(badTime.statusCode).toBe(400);
    expect(
      badTime
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(["endsAt", "startsAt", "validFrom", "weekday"]);

    expect(await getWeek(site.id)).toEqual(before);
  });

  it("changes an opening only when it still fits: no overlap, its activities inside", async () => {
    const site = await createSite();
    const ids = await the2010Week(site.id);
    const before = await getWeek(site.id);
    const patch = (id: string, payload: object) =>
      manager.request({ method: "PATCH", url: `/api/v1/sites/${site.id}/weekly-openings/${id}`, payload });

    const overlap = await patch(ids.friday, { endsAt: "23:30" });
    expect(overlap.json().errors[0]).toMatchObject({ code: "SCHEDULE_OVERLAP" });
    const squeezed = await patch(ids.monday, { endsAt: "20:30" });
    expect(squeezed.json().errors[0]).toMatchObject({ path: "endsAt", code: "OUTSIDE_SESSION" });
    expect(await getWeek(site.id)).toEqual(before);

    const longer = await patch(ids.monday, { endsAt: "23:00" });
    expect(longer.statusCode).toBe(200);
    expect(longer.json()).toMatchObject({ startsAt: "16:00", endsAt: "23:00" });
    expect(await auditEvents(ids.monday)).toEqual(["WEEKLY_OPENING_CREATED", "WEEKLY_OPENING_UPDATED"]);

    const gone = await manager.request({
      method: "DELETE",
      url: `/api/v1/sites/${site.id}/weekly-openings/${ids.monday}`,
    });
    expect(gone.statusCode).toBe(200);
    const week = await getWeek(site.id);
    expect(week.weeklyOpenings.map((o) => o.id)).not.toContain(ids.monday);
    expect(week.activities.filter((a) => a.weeklyOpeningId === ids.monday)).toEqual([]);
    expect(
      (
        await manager.request({
          method: "DELETE",
          url: `/api/v1/sites/${site.id}/weekly-openings/${ids.monday}`,
        })
      ).statusCode,
    ).toBe(404);
  });

  it("keeps activities inside their sessions", async () => {
    const site = await createSite();
    const ids = await the2010Week(site.id);
    const post = (payload: object) =>
      manager.request({ method: "POST", url: `/api/v1/sites/${site.id}/activities`, payload });

    const outside = await post({
      kind: "class",
      startsAt: "21:00",
      endsAt: "22:30",
      weeklyOpeningId: ids.wednesday,
    });
    expect(outside.statusCode).toBe(400);
    expect(outside.json().errors[0]).toMatchObject({ path: "startsAt", code: "OUTSIDE_SESSION" });

    const night = await post({
      kind: "other",
      title: "Soup",
      startsAt: "00:30",
      endsAt: "01:30",
      weeklyOpeningId: ids.night,
    });
    expect(night.statusCode).toBe(201);

    const noSession = await post({
      kind: "legal_counselling",
      startsAt: "17:00",
      endsAt: "19:00",
      onDate: "2010-03-02",
    });
    expect(noSession.json().errors[0]).toMatchObject({ path: "onDate", code: "OUTSIDE_SESSION" });
    const lawyer = await post({
      kind: "legal_counselling",
      title: "Lawyer",
      startsAt: "17:00",
      endsAt: "19:00",
      onDate: "2010-03-03",
    });
    expect(lawyer.statusCode).toBe(201);
    const both = await post({
      kind: "class",
      startsAt: "17:00",
      endsAt: "18:00",
      onDate: "2010-03-03",
      weeklyOpeningId: ids.wednesday,
    });
    expect(both.json().errors[0]).toMatchObject({ path: "weeklyOpeningId" });
    const otherSite = await createSite();
    const foreign = await manager.request({
      method: "POST",
      url: `/api/v1/sites/${otherSite.id}/activities`,
      payload: { kind: "class", startsAt: "17:00", endsAt: "18:00", weeklyOpeningId: ids.wednesday },
    });
    expect(foreign.json().errors[0]).toMatchObject({ path: "weeklyOpeningId", code: "VALIDATION_FAILED" });
    const kind = await post({
      kind: "karaoke",
      startsAt: "17:00",
      endsAt: "18:00",
      weeklyOpeningId: ids.wednesday,
    });
    expect(kind.json().errors[0]).toMatchObject({ path: "kind", code: "VALIDATION_FAILED" });

    const moved = await manager.request({
      method: "PATCH",
      url: `/api/v1/sites/${site.id}/activities/${lawyer.json().id}`,
      payload: { startsAt: "20:00", endsAt: "21:00" },
    });
    expect(moved.json()).toMatchObject({ startsAt: "20:00", endsAt: "21:00", onDate: "2010-03-03" });
    const movedOut = await manager.request({
      method: "PATCH",
      url: `/api/v1/sites/${site.id}/activities/${lawyer.json().id}`,
      payload: { endsAt: "23:00" },
    });
    expect(movedOut.json().errors[0]).toMatchObject({ code: "OUTSIDE_SESSION" });
    const removed = await manager.request({
      method: "DELETE",
      url: `/api/v1/sites/${site.id}/activities/${lawyer.json().id}`,
    });
    expect(removed.statusCode).toBe(200);
    expect(await auditEvents(lawyer.json().id)).toEqual([
      "ACTIVITY_CREATED",
      "ACTIVITY_UPDATED",
      "ACTIVITY_DELETED",
    ]);
  });

  it("edits one-off openings, closures and pilot periods", async () => {
    const site = await createSite();
    const ids = await the2010Week(site.id);
    const url = (path: string) => `/api/v1/sites/${site.id}/${path}`;

    const theme = await manager.request({
      method: "POST",
      url: url("one-off-openings"),
      payload: { onDate: "2010-03-06", startsAt: "12:00", endsAt: "16:00", label: "Theme day" },
    });
    expect(theme.statusCode).toBe(201);
    expect(theme.json()).toMatchObject({
      onDate: "2010-03-06",
      overnight: false,
      label: "Theme day",
      pilotPeriodId: null,
    });
    const moved = await manager.request({
      method: "PATCH",
      url: url(`one-off-openings/${theme.json().id}`),
      payload: { onDate: "2010-03-07" },
    });
    expect(moved.json().onDate).toBe("2010-03-07");
    const clash = await manager.request({
      method: "PATCH",
      url: url(`one-off-openings/${theme.json().id}`),
      payload: { onDate: "2010-03-01", startsAt: "15:00", endsAt: "17:00" },
    });
    expect(clash.json().errors[0]).toMatchObject({ code: "SCHEDULE_OVERLAP" });
    const outsidePilot = await manager.request({
      method: "PATCH",
      url: url(`one-off-openings/${theme.json().id}`),
      payload: { pilotPeriodId: ids.pilot, onDate: "2010-07-04" },
    });
    expect(outsidePilot.json().errors[0]).toMatchObject({ path: "onDate" });
    expect(
      (await manager.request({ method: "DELETE", url: url(`one-off-openings/${theme.json().id}`) }))
        .statusCode,
    ).toBe(200);
    expect(await auditEvents(theme.json().id)).toEqual([
      "ONE_OFF_OPENING_CREATED",
      "ONE_OFF_OPENING_UPDATED",
      "ONE_OFF_OPENING_DELETED",
    ]);

    const easter = await manager.request({
      method: "POST",
      url: url("closures"),
      payload: { startsOn: "2010-04-01", endsOn: "2010-04-05", reason: "Easter" },
    });
    expect(easter.statusCode).toBe(201);
    const backwards = await manager.request({
      method: "PATCH",
      url: url(`closures/${easter.json().id}`),
      payload: { endsOn: "2010-03-01" },
    });
    expect(backwards.json().errors[0]).toMatchObject({ path: "endsOn", code: "END_BEFORE_START" });
    const longer = await manager.request({
      method: "PATCH",
      url: url(`closures/${easter.json().id}`),
      payload: { endsOn: "2010-04-06" },
    });
    expect(longer.json()).toMatchObject({ startsOn: "2010-04-01", endsOn: "2010-04-06", reason: "Easter" });
    expect((await getWeek(site.id)).closures).toHaveLength(1);
    expect(
      (await manager.request({ method: "DELETE", url: url(`closures/${easter.json().id}`) })).statusCode,
    ).toBe(200);
    expect(await auditEvents(easter.json().id)).toEqual([
      "CLOSURE_CREATED",
      "CLOSURE_UPDATED",
      "CLOSURE_DELETED",
    ]);

    // A Saturday morning after the pilot; extending the pilot over it would make the night overlap.
    const saturday = await manager.request({
      method: "POST",
      url: url("weekly-openings"),
      payload: { weekday: 6, startsAt: "04:00", endsAt: "08:00", validFrom: "2010-06-12" },
    });
    expect(saturday.statusCode).toBe(201);
    const extend = await manager.request({
      method: "PATCH",
      url: url(`pilot-periods/${ids.pilot}`),
      payload: { endsOn: "2010-09-03" },
    });
    expect(extend.json().errors[0]).toMatchObject({ path: "endsOn", code: "SCHEDULE_OVERLAP" });
    const relabel = await manager.request({
      method: "PATCH",
      url: url(`pilot-periods/${ids.pilot}`),
      payload: { label: "Friday nights", endsOn: "2010-06-10" },
    });
    expect(relabel.json()).toMatchObject({ label: "Friday nights", endsOn: "2010-06-10" });
    const inUse = await manager.request({ method: "DELETE", url: url(`pilot-periods/${ids.pilot}`) });
    expect(inUse.statusCode).toBe(409);
    await manager.request({ method: "DELETE", url: url(`weekly-openings/${ids.night}`) });
    expect(
      (await manager.request({ method: "DELETE", url: url(`pilot-periods/${ids.pilot}`) })).statusCode,
    ).toBe(200);
    expect(await auditEvents(ids.pilot)).toEqual([
      "PILOT_PERIOD_CREATED",
      "PILOT_PERIOD_UPDATED",
      "PILOT_PERIOD_DELETED",
    ]);
  });

  it("lets staff read the week but only managers change it", async () => {
    const site = await createSite();
    const ids = await the2010Week(site.id);
    const volunteer = await t.signInAs("volunteer", { siteIds: [site.id] });
    expect(
      (await volunteer.request({ method: "GET", url: `/api/v1/sites/${site.id}/week` })).statusCode,
    ).toBe(200);
    expect((await t.app.inject({ method: "GET", url: `/api/v1/sites/${site.id}/week` })).statusCode).toBe(
      401,
    );
    for (const [method, path, payload] of [
      [
        "POST",
        "weekly-openings",
        { weekday: 2, startsAt: "16:00", endsAt: "22:00", validFrom: "2010-01-01" },
      ],
      ["PATCH", `weekly-openings/${ids.monday}`, { endsAt: "23:00" }],
      ["DELETE", `weekly-openings/${ids.monday}`, undefined],
      ["POST", "one-off-openings", { onDate: "2010-03-06", startsAt: "12:00", endsAt: "16:00" }],
      ["POST", "closures", { startsOn: "2010-04-01", endsOn: "2010-04-05" }],
      ["POST", "pilot-periods", { label: "x", startsOn: "2010-04-01", endsOn: "2010-04-05" }],
      [
        "POST",
        "activities",
        { kind: "class", startsAt: "16:00", endsAt: "17:00", weeklyOpeningId: ids.monday },
      ],
      ["DELETE", `activities/${ids.gynaecology}`, undefined],
    ] as const) {
      const url = `/api/v1/sites/${site.id}/${path}`;
      expect((await volunteer.request({ method, url, payload })).statusCode, `${method} ${path}`).toBe(403);
      expect((await t.app.inject({ method, url, payload })).statusCode, `${method} ${path}`).toBe(401);
    }
    // Another site's ids are not found through this site.
    const other = await createSite();
    const cross = await manager.request({
      method: "PATCH",
      url: `/api/v1/sites/${other.id}/weekly-openings/${ids.monday}`,
      payload: { endsAt: "23:00" },
    });
    expect(cross.statusCode).toBe(404);
  });
});

describe("public opening hours", () => {
  it("lists sites and shows tonight without sign-in, staff or languages, cached for a minute", async () => {
    const site = await createSite({ slug: "moedestedet" });
    await the2010Week(site.id);
    await manager.request({
      method: "POST",
      url: `/api/v1/sites/${site.id}/closures`,
      payload: { startsOn: "2010-03-03", endsOn: "2010-03-03", reason: "Staff training" },
    });
    const sites = await t.app.inject({ method: "GET", url: "/api/v1/public/sites" });
    expect(sites.statusCode).toBe(200);
    expect(sites.headers["cache-control"]).toBe("public, max-age=60");
    expect(sites.json().items).toContainEqual({
      slug: "moedestedet",
      name: "Mødestedet",
      address: "Copenhagen",
      timeZone: "Europe/Copenhagen",
    });

    // The pinned clock: Monday 2010-03-01, 17:00 in Copenhagen.
    const res = await t.app.inject({ method: "GET", url: "/api/v1/public/sites/moedestedet/opening-hours" });
    expect(res.statusCode).toBe(200);
    expect(res.headers["cache-control"]).toBe("public, max-age=60");
    const hours = res.json();
    expect(hours.openNow).toBe(true);
    expect(hours.current).toMatchObject({
      date: "2010-03-01",
      startsAt: "16:00",
      endsAt: "22:00",
      startsAtInstant: "2010-03-01T15:00:00.000Z",
      pilot: false,
    });
    expect(hours.current.activities.map((a: { kind: string }) => a.kind)).toEqual([
      "clinic_gynaecology",
      "clinic_general_practice",
    ]);
    // Wednesday is closed; Friday has its evening and the night pilot.
    expect(
      hours.week.map((s: { date: string; startsAt: string; pilot: boolean }) => [
        s.date,
        s.startsAt,
        s.pilot,
      ]),
    ).toEqual([
      ["2010-03-01", "16:00", false],
      ["2010-03-05", "16:00", false],
      ["2010-03-05", "23:00", true],
    ]);
    expect(hours.closures).toEqual([{ startsOn: "2010-03-03", endsOn: "2010-03-03" }]);
    expect(res.body).not.toContain("Staff training");
    expect(res.body).not.toContain("languages");
    expect(res.body).not.toContain("Test ");

    expect(
      (await t.app.inject({ method: "GET", url: "/api/v1/public/sites/nowhere/opening-hours" })).statusCode,
    ).toBe(404);
    expect(
      (await t.app.inject({ method: "GET", url: "/api/v1/public/sites/Not_A_Slug/opening-hours" }))
        .statusCode,
    ).toBe(400);
  });

  it("is open at 04:00 on Saturday in Friday's night, and points to the next session when closed", async () => {
    const site = await createSite({ slug: "night-owls" });
    await the2010Week(site.id);
    const start = t.clock.now();
    try {
      t.clock.set("2010-03-06T03:00:00Z");
      const night = (
        await t.app.inject({ method: "GET", url: "/api/v1/public/sites/night-owls/opening-hours" })
      ).json();
      expect(night.openNow).toBe(true);
      expect(night.current).toMatchObject({
        date: "2010-03-05",
        startsAt: "23:00",
        endsAt: "05:00",
        pilot: true,
      });
      expect(night.week[0]).toMatchObject({ date: "2010-03-08", startsAt: "16:00" });

      t.clock.set("2010-03-01T21:30:00Z");
      const late = (
        await t.app.inject({ method: "GET", url: "/api/v1/public/sites/night-owls/opening-hours" })
      ).json();
      expect(late.openNow).toBe(false);
      expect(late.current).toMatchObject({ date: "2010-03-03", startsAt: "16:00" });
    } finally {
      t.clock.set(start);
    }
  });
});
