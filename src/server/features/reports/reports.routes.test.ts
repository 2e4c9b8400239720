/**
 * The door statistics after a realistic first week of March 2010, built through the real API: women
 * checked in (new, returning with a card, anonymous), a mistaken check-in undone, a repeated one,
 * services ticked, supplies handed out within limits and once over a limit with a reason, a Friday
 * night pilot session, an evening opened with no one coming, and visits at another site and outside
 * the period that must not count.
 */
import { Readable } from "node:stream";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AuditEventList } from "../../../common/contracts/audit.js";
import type { Catalogue } from "../../../common/contracts/services.js";
import type { Site } from "../../../common/contracts/sites.js";
import type { CheckInBody, DoorReport, Visit } from "../../../common/contracts/visits.js";
import { LIMITS } from "../../../common/limits.js";
import { buildTestApp, type SignedIn, type TestApp } from "../../test/build-test-app.js";
import { preferredFormat } from "./reports.routes.js";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const PILOT = "Natåbent fredag (pilot)";

let t: TestApp;
let manager: SignedIn;
let site: Site;
let otherSite: Site;
let catalogue: Catalogue;
/** The women's cards, as printed, and their code ids. */
const cards: Record<"ana" | "bea" | "tida" | "lost", { code: string; id: string }> = {} as never;

const itemId = (key: string) => catalogue.supplies.find((s) => s.key === key)?.id as string;
const serviceId = (key: string) => catalogue.services.find((s) => s.key === key)?.id as string;
let cakeId: string;

async function ok<T>(
  who: SignedIn,
  method: "GET" | "POST" | "PATCH" | "DELETE",
  url: string,
  payload?: object,
) {
  const res = await who.request({ method, url, ...(payload ? { payload } : {}) });
  expect(res.statusCode, `${method} ${url}: ${res.body}`).toBeLessThan(300);
  return res.json<T>();
}

/** Sign-ins end after 15 idle minutes, so each evening staff sign in afresh at the new time. */
async function eveningAt(instant: string, siteId = site.id) {
  t.clock.set(instant);
  return t.signInAs("social_worker", { siteIds: [siteId] });
}

async function checkIn(who: SignedIn, body: CheckInBody, status = 201) {
  const res = await who.request({ method: "POST", url: "/api/v1/visits", payload: body });
  expect(res.statusCode, res.body).toBe(status);
  return res.json<Visit>();
}

const tick = (who: SignedIn, visit: Visit, ...ids: string[]) =>
  ok<Visit>(who, "POST", `/api/v1/visits/${visit.id}/services`, { serviceIds: ids });

const handOut = (
  who: SignedIn,
  visit: Visit,
  items: { itemId: string; quantity: number }[],
  reason?: string,
) =>
  who.request({
    method: "POST",
    url: `/api/v1/visits/${visit.id}/supplies`,
    payload: { items, ...(reason ? { overLimitReason: reason } : {}) },
  });

const reportUrl = (from = "2010-03-01", to = "2010-03-05", siteId = site.id) =>
  `/api/v1/reports/door?siteId=${siteId}&from=${from}&to=${to}`;

async function report(who: SignedIn, url = reportUrl()) {
  const res = await who.request({ method: "GET", url });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<DoorReport>();
}

beforeAll(async () => {
  t = await buildTestApp();
  manager = await t.signInAs("manager");
  site = await ok<Site>(manager, "POST", "/api/v1/sites", { name: "Mødestedet", slug: "moedestedet" });
  otherSite = await ok<Site>(manager, "POST", "/api/v1/sites", { name: "Nattecaféen", slug: "nattecafeen" });
  const opening = (s: Site, weekday: number, startsAt: string, endsAt: string, pilotPeriodId?: string) =>
    ok(manager, "POST", `/api/v1/sites/${s.id}/weekly-openings`, {
      weekday,
      startsAt,
      endsAt,
      validFrom: "2010-01-01",
      ...(pilotPeriodId ? { pilotPeriodId } : {}),
    });
  const pilot = await ok<{ id: string }>(manager, "POST", `/api/v1/sites/${site.id}/pilot-periods`, {
    label: PILOT,
    startsOn: "2010-03-01",
    endsOn: "2010-05-31",
  });
  await opening(site, 1, "16:00", "22:00");
  await opening(site, 3, "16:00", "22:00");
  await opening(site, 5, "16:00", "22:00");
  await opening(site, 5, "23:00", "05:00", pilot.id);
  await opening(otherSite, 1, "16:00", "22:00");

  catalogue = await ok<Catalogue>(manager, "GET", `/api/v1/sites/${site.id}/catalogue`);
  for (const key of ["condoms", "lubricant"]) {
    await ok(manager, "POST", `/api/v1/sites/${site.id}/supplies/${itemId(key)}/stock`, {
      delta: 500,
      reason: "Delivery",
    });
  }
  // A manager's own service whose name a spreadsheet would run as a formula.
  cakeId = (
    await ok<{ id: string }>(manager, "POST", `/api/v1/sites/${site.id}/services`, {
      names: { da: "=Kage", en: "=Cake" },
      icon: "food",
    })
  ).id;
  const tea = serviceId("tea_coffee");
  const shower = serviceId("shower_toilet");
  const condoms = itemId("condoms");
  const lubricant = itemId("lubricant");

  // Monday 1 March, 17:00 in Copenhagen.
  let door = await eveningAt("2010-03-01T16:00:00Z");
  // Tida got her card on an earlier visit (before the system): issued at the desk, then checked in.
  const tidaCard = await ok<{ id: string; code: string }>(door, "POST", "/api/v1/visitor-codes", {
    nationality: "TH",
    languages: ["th"],
    adultConfirmed: true,
  });
  cards.tida = { code: tidaCard.code, id: tidaCard.id };
  const ana = await checkIn(door, {
    siteId: site.id,
    nationality: "RO",
    firstVisit: true,
    issueCode: true,
    heardFrom: "friend",
    languages: ["ro"],
    adultConfirmed: true,
  });
  const bea = await checkIn(door, {
    siteId: site.id,
    nationality: "RO",
    firstVisit: true,
    issueCode: true,
    heardFrom: "outreach_street",
    languages: ["ro", "en"],
    adultConfirmed: true,
  });
  cards.ana = { code: ana.visitorCode as string, id: ana.visitorCodeId as string };
  cards.bea = { code: bea.visitorCode as string, id: bea.visitorCodeId as string };
  const cleo = await checkIn(door, {
    siteId: site.id,
    nationality: "NG",
    firstVisit: true,
    heardFrom: "friend",
    adultConfirmed: true,
  });
  const tida = await checkIn(door, {
    siteId: site.id,
    nationality: "TH",
    firstVisit: false,
    visitorCode: cards.tida.code,
  });
  const anonymousThai = await checkIn(door, { siteId: site.id, nationality: "TH", firstVisit: false });
  await checkIn(door, { siteId: site.id, nationality: "XX", firstVisit: null });
  await checkIn(door, { siteId: site.id, nationality: "BG", firstVisit: false });
  // A mistaken check-in, undone: it counts nowhere.
  const mistake = await checkIn(door, { siteId: site.id, nationality: "HU", firstVisit: false });
  await ok(door, "DELETE", `/api/v1/visits/${mistake.id}`);
  // Ana's card read twice: still one visit.
  const again = await checkIn(
    door,
    { siteId: site.id, nationality: "RO", firstVisit: false, visitorCode: cards.ana.code },
    200,
  );
  expect(again.id).toBe(ana.id);

  for (const visit of [ana, bea, cleo, tida, anonymousThai]) await tick(door, visit, tea);
  await tick(door, ana, tea, shower);
  await tick(door, tida, shower);
  await tick(door, bea, cakeId);

  expect(
    (
      await handOut(door, ana, [
        { itemId: condoms, quantity: 10 },
        { itemId: lubricant, quantity: 2 },
      ])
    ).statusCode,
  ).toBe(201);
  // Over the limit of 10 per visit without a reason: refused, nothing saved.
  const refused = await handOut(door, bea, [{ itemId: condoms, quantity: 11 }]);
  expect(refused.statusCode).toBe(400);
  expect(refused.json().errors[0]).toMatchObject({ path: "items.0.quantity", code: "LIMIT_EXCEEDED" });
  expect(
    (await handOut(door, tida, [{ itemId: condoms, quantity: 15 }], "Away working for two weeks")).statusCode,
  ).toBe(201);
  expect((await handOut(door, anonymousThai, [{ itemId: condoms, quantity: 5 }])).statusCode).toBe(201);

  // The other site's Monday: counts only there.
  const elsewhere = await eveningAt("2010-03-01T16:30:00Z", otherSite.id);
  await checkIn(elsewhere, {
    siteId: otherSite.id,
    nationality: "ES",
    firstVisit: true,
    heardFrom: "street",
    adultConfirmed: true,
  });

  // Wednesday 3 March: Ana again, a woman who lost her card gets a new one, a new Polish woman.
  door = await eveningAt("2010-03-03T16:00:00Z");
  const anaAgain = await checkIn(door, {
    siteId: site.id,
    nationality: "RO",
    firstVisit: false,
    visitorCode: cards.ana.code,
  });
  const lost = await checkIn(door, {
    siteId: site.id,
    nationality: "RO",
    firstVisit: false,
    issueCode: true,
  });
  cards.lost = { code: lost.visitorCode as string, id: lost.visitorCodeId as string };
  const polish = await checkIn(door, {
    siteId: site.id,
    nationality: "PL",
    firstVisit: true,
    heardFrom: "outreach_online",
    adultConfirmed: true,
  });
  await tick(door, anaAgain, tea);
  await tick(door, polish, tea);

  // Friday 5 March: the 16:00 evening is opened but no one comes; Bea comes to the night pilot.
  door = await eveningAt("2010-03-05T16:00:00Z");
  await ok(door, "POST", `/api/v1/sites/${site.id}/tonight/open`);
  door = await eveningAt("2010-03-05T22:30:00Z");
  await checkIn(door, { siteId: site.id, nationality: "RO", firstVisit: false, visitorCode: cards.bea.code });

  // Monday 8 March: outside the period asked for below.
  door = await eveningAt("2010-03-08T16:00:00Z");
  await checkIn(door, {
    siteId: site.id,
    nationality: "TH",
    firstVisit: false,
    visitorCode: cards.tida.code,
  });

  manager = await t.signInAs("manager");
});
afterAll(() => t.close());

describe("GET /api/v1/reports/door", () => {
  it("counts the period: sessions, visits, women, anonymous and first visits, overrides", async () => {
    const body = await report(manager);
    expect(body.site).toEqual({ id: site.id, name: "Mødestedet" });
    expect([body.from, body.to]).toEqual(["2010-03-01", "2010-03-05"]);
    // Ana, Bea, Tida and the new card: four codes; Cleo, two Monday women, one unknown, the Polish woman anonymous.
    expect(body.totals).toEqual({
      sessions: 4,
      visits: 11,
      distinctCodes: 4,
      anonymousVisits: 5,
      firstVisits: 4,
      limitOverrides: 1,
    });
  });

  it("gives each session its figures and pilot period, in time order, empty evenings included", async () => {
    const body = await report(manager);
    expect(body.sessions.map(({ sessionId: _, ...s }) => s)).toEqual([
      {
        date: "2010-03-01",
        startsAt: "16:00",
        pilot: null,
        visits: 7,
        distinctCodes: 3,
        anonymousVisits: 4,
        firstVisits: 3,
      },
      {
        date: "2010-03-03",
        startsAt: "16:00",
        pilot: null,
        visits: 3,
        distinctCodes: 2,
        anonymousVisits: 1,
        firstVisits: 1,
      },
      {
        date: "2010-03-05",
        startsAt: "16:00",
        pilot: null,
        visits: 0,
        distinctCodes: 0,
        anonymousVisits: 0,
        firstVisits: 0,
      },
      {
        date: "2010-03-05",
        startsAt: "23:00",
        pilot: PILOT,
        visits: 1,
        distinctCodes: 1,
        anonymousVisits: 0,
        firstVisits: 0,
      },
    ]);
  });

  it("counts nationalities, how new women heard of the centre, services and supplies", async () => {
    const body = await report(manager);
    expect(body.byNationality).toEqual([
      { key: "RO", count: 5 },
      { key: "TH", count: 2 },
      { key: "BG", count: 1 },
      { key: "NG", count: 1 },
      { key: "PL", count: 1 },
      { key: "XX", count: 1 },
    ]);
    expect(body.heardFrom).toEqual([
      { key: "friend", count: 2 },
      { key: "outreach_online", count: 1 },
      { key: "outreach_street", count: 1 },
    ]);
    const services = new Map(body.services.map((s) => [s.serviceId, s]));
    expect(services.get(serviceId("tea_coffee"))?.count).toBe(7);
    expect(services.get(serviceId("shower_toilet"))).toMatchObject({
      count: 2,
      names: { da: "Bad og toilet", en: "Shower and toilet" },
    });
    expect(services.get(cakeId)?.count).toBe(1);
    expect(services.get(serviceId("legal_counselling"))?.count).toBe(0);
    // Every service of the catalogue is listed, in its order, so the report shows what was not used too.
    expect(body.services.map((s) => s.serviceId)).toEqual(catalogue.services.map((s) => s.id).concat(cakeId));
    const supplies = new Map(body.supplies.map((s) => [s.itemId, s]));
    expect(supplies.get(itemId("condoms"))).toMatchObject({ quantity: 30, handouts: 3, overrides: 1 });
    expect(supplies.get(itemId("lubricant"))).toMatchObject({ quantity: 2, handouts: 1, overrides: 0 });
    expect(supplies.get(itemId("clothing"))).toMatchObject({ quantity: 0, handouts: 0, overrides: 0 });
  });

  it("keeps sites and periods apart", async () => {
    const other = await report(manager, reportUrl("2010-03-01", "2010-03-05", otherSite.id));
    expect(other.totals).toMatchObject({ sessions: 1, visits: 1, firstVisits: 1 });
    expect(other.byNationality).toEqual([{ key: "ES", count: 1 }]);
    expect(other.heardFrom).toEqual([{ key: "street", count: 1 }]);
    const nextWeek = await report(manager, reportUrl("2010-03-06", "2010-03-12"));
    expect(nextWeek.totals).toMatchObject({ sessions: 1, visits: 1, distinctCodes: 1, anonymousVisits: 0 });
    const monday = await report(manager, reportUrl("2010-03-01", "2010-03-01"));
    expect(monday.totals).toMatchObject({ sessions: 1, visits: 7, limitOverrides: 1 });
    const quiet = await report(manager, reportUrl("2009-01-01", "2009-12-31"));
    expect(quiet.totals).toEqual({
      sessions: 0,
      visits: 0,
      distinctCodes: 0,
      anonymousVisits: 0,
      firstVisits: 0,
      limitOverrides: 0,
    });
    expect(quiet.sessions).toEqual([]);
    expect(quiet.services.every((s) => s.count === 0)).toBe(true);
  });

  it("is for managers only", async () => {
    expect((await t.app.inject({ method: "GET", url: reportUrl() })).statusCode).toBe(401);
    for (const role of ["volunteer", "administrator", "social_worker", "health_staff"] as const) {
      const who = await t.signInAs(role, { siteIds: [site.id] });
      for (const accept of ["application/json", "text/csv", XLSX]) {
        const res = await who.request({ method: "GET", url: reportUrl(), headers: { accept } });
        expect(res.statusCode, `${role} ${accept}`).toBe(403);
        expect(res.json().code).toBe("FORBIDDEN");
      }
    }
  });

  it("refuses bad ranges and unknown sites with a clear error", async () => {
    const get = (url: string) => manager.request({ method: "GET", url });
    const reversed = await get(reportUrl("2010-03-05", "2010-03-01"));
    expect(reversed.statusCode).toBe(400);
    expect(reversed.json().errors).toEqual([
      { path: "to", code: "END_BEFORE_START", message: "The last date must be on or after the first." },
    ]);
    const longest = addDaysUtc("2010-01-01", LIMITS.doorReportMaxDays - 1);
    expect((await get(reportUrl("2010-01-01", longest))).statusCode).toBe(200);
    const tooLong = await get(reportUrl("2010-01-01", addDaysUtc(longest, 1)));
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json().errors[0]).toMatchObject({ path: "to", code: "VALIDATION_FAILED" });
    expect(tooLong.json().errors[0].message).toContain(String(LIMITS.doorReportMaxDays));
    for (const [query, path] of [
      [`siteId=${site.id}&from=2010-02-30&to=2010-03-05`, "from"],
      [`siteId=${site.id}&from=2010-03-01`, "to"],
      [`siteId=not-a-site&from=2010-03-01&to=2010-03-05`, "siteId"],
      [`from=2010-03-01&to=2010-03-05`, "siteId"],
    ] as const) {
      const res = await get(`/api/v1/reports/door?${query}`);
      expect(res.statusCode, query).toBe(400);
      expect(
        res.json().errors.map((e: { path: string }) => e.path),
        query,
      ).toContain(path);
    }
    const extra = await get(`${reportUrl()}&nationality=RO`);
    expect(extra.statusCode).toBe(400);
    const unknown = await get(reportUrl("2010-03-01", "2010-03-05", "00000000-0000-4000-8000-000000000000"));
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().code).toBe("NOT_FOUND");
  });
});

describe("the report as a file", () => {
  async function download(who: SignedIn, accept: string) {
    const res = await who.request({ method: "GET", url: reportUrl(), headers: { accept } });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers["content-disposition"]).toBe(
      `attachment; filename="door-moedestedet-2010-03-01-2010-03-05.${accept.startsWith(XLSX) ? "xlsx" : "csv"}"`,
    );
    expect(res.headers["cache-control"]).toBe("no-store");
    expect(res.headers.vary).toMatch(/accept/i);
    return res;
  }

  async function exportsSoFar() {
    const list = await ok<AuditEventList>(
      manager,
      "GET",
      "/api/v1/audit-events?event=DOOR_REPORT_EXPORTED&limit=200",
    );
    return list.items;
  }

  /** The CSV read back by a CSV parser (exceljs's), every cell as the text it holds. */
  async function parseCsv(text: string) {
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const sheet = await new ExcelJS.Workbook().csv.read(Readable.from([text.slice(1)]), {
      map: (value: unknown) => value,
    });
    const rows: string[][] = [];
    sheet.eachRow((row) => {
      rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? "")));
    });
    return rows;
  }

  it("answers JSON by default and when a wildcard is accepted, and is not audited then", async () => {
    const before = (await exportsSoFar()).length;
    for (const accept of [undefined, "*/*", "application/json", "text/html,*/*;q=0.8", "image/png"]) {
      const res = await manager.request({
        method: "GET",
        url: reportUrl(),
        headers: accept ? { accept } : {},
      });
      expect(res.statusCode, accept).toBe(200);
      expect(res.headers["content-type"], accept).toMatch(/^application\/json/);
      expect(res.headers["content-disposition"], accept).toBeUndefined();
    }
    expect((await exportsSoFar()).length).toBe(before);
  });

  it("gives one CSV as a long table, in the manager's language, safe from formulas, and audits it", async () => {
    const before = await exportsSoFar();
    const res = await download(manager, "text/csv");
    expect(res.headers["content-type"]).toBe("text/csv; charset=utf-8");
    const rows = await parseCsv(res.body);
    expect(rows[0]).toEqual(["afsnit", "nøgle", "betegnelse", "værdi"]);
    const value = (section: string, key: string) => rows.find((r) => r[0] === section && r[1] === key)?.[3];
    expect(value("I alt", "visits")).toBe("11");
    expect(value("I alt", "distinct_codes")).toBe("4");
    expect(value("I alt", "limit_overrides")).toBe("1");
    expect(value("Åbninger: Besøg", "2010-03-01 16:00")).toBe("7");
    expect(value("Åbninger: Anonyme besøg", "2010-03-01 16:00")).toBe("4");
    expect(value("Åbninger: Pilotperiode", "2010-03-05 23:00")).toBe(PILOT);
    expect(rows.find((r) => r[1] === "2010-03-05 23:00")?.[2]).toBe(`2010-03-05 23:00 (${PILOT})`);
    expect(rows.find((r) => r[0] === "Nationaliteter" && r[1] === "RO")).toEqual([
      "Nationaliteter",
      "RO",
      "Rumænien",
      "5",
    ]);
    expect(rows.find((r) => r[0] === "Nationaliteter" && r[1] === "XX")?.[2]).toBe("Ukendt");
    expect(rows.find((r) => r[0] === "Hørt om os" && r[1] === "friend")).toEqual([
      "Hørt om os",
      "friend",
      "En veninde",
      "2",
    ]);
    expect(rows.find((r) => r[1] === serviceId("tea_coffee"))).toEqual([
      "Ydelser",
      serviceId("tea_coffee"),
      "Te og kaffe",
      "7",
    ]);
    // "=Kage" would run as a formula in a spreadsheet: it leaves as text.
    expect(rows.find((r) => r[1] === cakeId)?.[2]).toBe("'=Kage");
    expect(value("Udlevering: Antal udleveret", itemId("condoms"))).toBe("30");
    expect(value("Udlevering: Over en grænse, med begrundelse", itemId("condoms"))).toBe("1");
    // Counts only: no visitor code, no reason given for an override.
    expect(res.body).not.toContain(cards.ana.code);
    expect(res.body).not.toContain("Away working");

    const after = await exportsSoFar();
    expect(after.length).toBe(before.length + 1);
    expect(after[0]).toMatchObject({
      event: "DOOR_REPORT_EXPORTED",
      siteId: site.id,
      actor: { id: manager.account.id },
      entityType: "door_report",
      entityId: "csv:2010-03-01/2010-03-05",
    });
  });

  it("names and heads the CSV in English for a manager who reads English", async () => {
    const reader = await t.signInAs("manager");
    await ok(reader, "PATCH", "/api/v1/me", { locale: "en" });
    const rows = await parseCsv((await download(reader, "text/csv")).body);
    expect(rows[0]).toEqual(["section", "key", "label", "value"]);
    expect(rows.find((r) => r[0] === "Nationalities" && r[1] === "RO")?.[2]).toBe("Romania");
    expect(rows.find((r) => r[1] === cakeId)?.[2]).toBe("'=Cake");
    expect(rows.find((r) => r[0] === "Totals" && r[1] === "first_visits")).toEqual([
      "Totals",
      "first_visits",
      "First visits",
      "4",
    ]);
  });

  it("gives an XLSX workbook with one sheet per table, read back by exceljs, and audits it", async () => {
    const before = (await exportsSoFar()).length;
    const res = await download(manager, `${XLSX}, application/json;q=0.5`);
    expect(res.headers["content-type"]).toBe(XLSX);
    const workbook = new ExcelJS.Workbook();
    const bytes = res.rawPayload;
    await workbook.xlsx.load(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
    );
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      "Åbninger",
      "Nationaliteter",
      "Hørt om os",
      "Ydelser",
      "Udlevering",
      "I alt",
    ]);
    const table = (name: string) => {
      const rows: unknown[][] = [];
      workbook.getWorksheet(name)?.eachRow((row) => {
        rows.push((row.values as unknown[]).slice(1));
      });
      return rows;
    };
    const sessions = table("Åbninger");
    expect(sessions[0]).toEqual([
      "Dato",
      "Starter",
      "Pilotperiode",
      "Besøg",
      "Forskellige koder",
      "Anonyme besøg",
      "Første besøg",
    ]);
    expect(sessions.slice(1)).toEqual([
      [new Date("2010-03-01T00:00:00Z"), "16:00", undefined, 7, 3, 4, 3],
      [new Date("2010-03-03T00:00:00Z"), "16:00", undefined, 3, 2, 1, 1],
      [new Date("2010-03-05T00:00:00Z"), "16:00", undefined, 0, 0, 0, 0],
      [new Date("2010-03-05T00:00:00Z"), "23:00", PILOT, 1, 1, 0, 0],
    ]);
    expect(table("Nationaliteter").slice(0, 3)).toEqual([
      ["Kode", "Land", "Besøg"],
      ["RO", "Rumænien", 5],
      ["TH", "Thailand", 2],
    ]);
    expect(table("Hørt om os")[1]).toEqual(["friend", "En veninde", 2]);
    expect(table("Ydelser")).toContainEqual(["Te og kaffe", 7]);
    // A text cell, never a formula (a formula would read back as { formula }).
    expect(table("Ydelser")).toContainEqual(["=Kage", 1]);
    expect(table("Udlevering")).toContainEqual(["Kondomer", 30, 3, 1]);
    expect(table("I alt")).toEqual([
      ["Tal", "Værdi"],
      ["Åbninger", 4],
      ["Besøg", 11],
      ["Forskellige koder", 4],
      ["Anonyme besøg", 5],
      ["Første besøg", 4],
      ["Overskredne grænser", 1],
    ]);
    expect((await exportsSoFar()).length).toBe(before + 1);
  });
});

describe("codes merged or erased later", () => {
  it("counts a woman whose two cards were merged once, and an erased code's visits as anonymous", async () => {
    t.clock.set("2010-03-09T10:00:00Z");
    manager = await t.signInAs("manager");
    await ok(manager, "POST", `/api/v1/visitor-codes/${cards.bea.id}/merge`, { otherCode: cards.lost.code });
    const merged = await report(manager);
    expect(merged.totals).toMatchObject({ visits: 11, distinctCodes: 3, anonymousVisits: 5 });

    await ok(manager, "DELETE", `/api/v1/visitor-codes/${cards.tida.id}`);
    const erased = await report(manager);
    expect(erased.totals).toMatchObject({ visits: 11, distinctCodes: 2, anonymousVisits: 6 });
    expect(erased.sessions[0]).toMatchObject({ visits: 7, distinctCodes: 2, anonymousVisits: 5 });
  });
});

describe("choosing the format from the Accept header", () => {
  it.each([
    [undefined, "json"],
    ["", "json"],
    ["*/*", "json"],
    ["application/json", "json"],
    ["text/csv", "csv"],
    ["TEXT/CSV; charset=utf-8", "csv"],
    [XLSX, "xlsx"],
    ["text/csv;q=0.4, application/json", "json"],
    ["application/json;q=0.4, text/csv", "csv"],
    [`text/csv;q=0.5, ${XLSX};q=0.9`, "xlsx"],
    ["*/*, text/csv", "csv"],
    ["text/*", "json"],
    ["text/csv;q=0", "json"],
    ["image/png", "json"],
  ] as const)("%s → %s", (accept, format) => {
    expect(preferredFormat(accept)).toBe(format);
  });
});

function addDaysUtc(date: string, days: number) {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
