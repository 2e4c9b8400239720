import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Catalogue, Service, SupplyItem } from "../../../common/contracts/services.js";
import type { Site } from "../../../common/contracts/sites.js";
import type { Visit } from "../../../common/contracts/visits.js";
import { buildTestApp, type SignedIn, type TestApp } from "../../test/build-test-app.js";
import { DEFAULT_SERVICES, DEFAULT_SUPPLY_ITEMS } from "./default-catalogue.js";
import { ensureDefaultCatalogue, lowStockOfSite, moveUsage, usageOfVisits } from "./services.service.js";

// The clock starts on Monday 2010-03-01 17:00 in Copenhagen, during the Monday session.
const MONDAY = "2010-03-01T16:00:00Z";
const WEDNESDAY = "2010-03-03T16:00:00Z";
const NEXT_MONDAY = "2010-03-08T16:00:00Z";

let t: TestApp;
let manager: SignedIn;
let worker: SignedIn;
let volunteer: SignedIn;
let admin: SignedIn;
let stranger: SignedIn;
let site: Site;
let other: Site;

let slugCounter = 0;
async function createSite(name: string): Promise<Site> {
  slugCounter += 1;
  const res = await manager.request({
    method: "POST",
    url: "/api/v1/sites",
    payload: { name, slug: `services-${slugCounter}` },
  });
  expect(res.statusCode, res.body).toBe(201);
  const created = res.json<Site>();
  for (const weekday of [1, 3]) {
    const opening = await manager.request({
      method: "POST",
      url: `/api/v1/sites/${created.id}/weekly-openings`,
      payload: { weekday, startsAt: "16:00", endsAt: "22:00", validFrom: "2010-01-01" },
    });
    expect(opening.statusCode, opening.body).toBe(201);
  }
  return created;
}

const catalogueOf = async (siteId: string, who: SignedIn = manager) => {
  const res = await who.request({ method: "GET", url: `/api/v1/sites/${siteId}/catalogue` });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<Catalogue>();
};

const supplyByKey = async (siteId: string, key: string) => {
  const item = (await catalogueOf(siteId)).supplies.find((s) => s.key === key);
  if (!item) throw new Error(`no supply ${key}`);
  return item;
};

const serviceByKey = async (siteId: string, key: string) => {
  const service = (await catalogueOf(siteId)).services.find((s) => s.key === key);
  if (!service) throw new Error(`no service ${key}`);
  return service;
};

const adjust = (siteId: string, itemId: string, payload: object, who: SignedIn = manager) =>
  who.request({ method: "POST", url: `/api/v1/sites/${siteId}/supplies/${itemId}/stock`, payload });

async function deliver(siteId: string, itemId: string, delta: number) {
  const res = await adjust(siteId, itemId, { delta, reason: "delivery" });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<SupplyItem>();
}

/** Checks a woman in through the visits feature; `code` links her visits, `issueCode` gives her one. */
async function checkIn(
  siteId: string,
  options: { code?: string; issueCode?: boolean; who?: SignedIn } = {},
): Promise<Visit> {
  const res = await (options.who ?? worker).request({
    method: "POST",
    url: "/api/v1/visits",
    payload: {
      siteId,
      nationality: "RO",
      firstVisit: options.code ? false : null,
      ...(options.code ? { visitorCode: options.code } : {}),
      ...(options.issueCode ? { issueCode: true, adultConfirmed: true } : {}),
    },
  });
  expect([200, 201], res.body).toContain(res.statusCode);
  return res.json<Visit>();
}

const handOut = (visitId: string, payload: object, who: SignedIn = worker) =>
  who.request({ method: "POST", url: `/api/v1/visits/${visitId}/supplies`, payload });

const tick = (visitId: string, serviceIds: string[], who: SignedIn = worker) =>
  who.request({ method: "POST", url: `/api/v1/visits/${visitId}/services`, payload: { serviceIds } });

async function auditOf(entityId: string) {
  const { rows } = await t.database.pool.query<{ event: string; entity_type: string; site_id: string }>(
    "select event, entity_type, site_id from audit_events where entity_id = $1 order by id",
    [entityId],
  );
  return rows;
}

async function stockOf(itemId: string) {
  const { rows } = await t.database.pool.query<{ stock: number }>(
    "select stock from supply_items where id = $1",
    [itemId],
  );
  return rows[0]?.stock;
}

async function handoutsOf(visitId: string) {
  const { rows } = await t.database.pool.query<{
    id: string;
    item_id: string;
    quantity: number;
    over_limit_reason: string | null;
  }>(
    "select id, item_id, quantity, over_limit_reason from supply_handouts where visit_id = $1 order by recorded_at, id",
    [visitId],
  );
  return rows;
}

beforeAll(async () => {
  t = await buildTestApp();
  manager = await t.signInAs("manager");
  site = await createSite("Mødestedet");
  other = await createSite("Other place");
  worker = await t.signInAs("social_worker", { siteIds: [site.id] });
  volunteer = await t.signInAs("volunteer", { siteIds: [site.id] });
  admin = await t.signInAs("administrator");
  stranger = await t.signInAs("social_worker", { siteIds: [other.id] });
});
afterAll(() => t.close());

describe("the catalogue", () => {
  it("requires sign-in", async () => {
    const res = await t.app.inject({ method: "GET", url: `/api/v1/sites/${site.id}/catalogue` });
    expect(res.statusCode).toBe(401);
  });

  it("gives a new site the sixteen services and the default supplies, in order", async () => {
    const catalogue = await catalogueOf(site.id);
    expect(catalogue.services.map((s) => s.key)).toEqual(DEFAULT_SERVICES.map((s) => s.key));
    expect(catalogue.services).toHaveLength(16);
    expect(catalogue.services[0]).toMatchObject({
      siteId: site.id,
      key: "tea_coffee",
      names: { da: "Te og kaffe", en: "Tea and coffee" },
      icon: "tea",
      position: 0,
      active: true,
    });
    expect(catalogue.services.map((s) => s.position)).toEqual([...Array(16).keys()]);
    expect(catalogue.supplies.map((s) => s.key)).toEqual([
      "condoms",
      "lubricant",
      "clothing",
      "food",
      "hygiene",
    ]);
    expect(catalogue.supplies[0]).toMatchObject({
      names: { da: "Kondomer", en: "Condoms" },
      stock: 0,
      lowStock: true,
      limitPerVisit: 10,
      limitPerWeek: 30,
    });
    expect(catalogue.supplies.find((s) => s.key === "lubricant")).toMatchObject({
      limitPerVisit: 2,
      limitPerWeek: null,
    });
    expect(catalogue.supplies.find((s) => s.key === "clothing")).toMatchObject({
      limitPerVisit: 3,
      limitPerWeek: 6,
    });
    expect(catalogue.supplies.find((s) => s.key === "food")).toMatchObject({
      limitPerVisit: null,
      limitPerWeek: null,
    });
    expect(catalogue.can).toEqual({ manage: true, adjustStock: true });
  });

  it("tells each role what it may do", async () => {
    expect((await catalogueOf(site.id, worker)).can).toEqual({ manage: false, adjustStock: true });
    expect((await catalogueOf(site.id, volunteer)).can).toEqual({ manage: false, adjustStock: false });
  });

  it("answers another site's catalogue, or an unknown site, as not found", async () => {
    const res = await stranger.request({ method: "GET", url: `/api/v1/sites/${site.id}/catalogue` });
    expect(res.statusCode).toBe(404);
    const unknown = await manager.request({
      method: "GET",
      url: "/api/v1/sites/00000000-0000-4000-8000-000000000000/catalogue",
    });
    expect(unknown.statusCode).toBe(404);
  });

  it("gives a site created before the catalogue its defaults on the first read, once", async () => {
    const old = await createSite("Old place");
    // As a site from before this feature: no catalogue rows at all.
    await t.database.pool.query("delete from services where site_id = $1", [old.id]);
    await t.database.pool.query("delete from supply_items where site_id = $1", [old.id]);
    const catalogue = await catalogueOf(old.id);
    expect(catalogue.services.map((s) => s.key)).toEqual(DEFAULT_SERVICES.map((s) => s.key));
    expect(catalogue.supplies.map((s) => s.key)).toEqual(DEFAULT_SUPPLY_ITEMS.map((s) => s.key));
    // Again, from the service directly, and from two first reads at once: nothing doubles.
    await ensureDefaultCatalogue(t.ctx.db, old.id);
    await t.database.pool.query("delete from services where site_id = $1", [old.id]);
    await t.database.pool.query("delete from supply_items where site_id = $1", [old.id]);
    await Promise.all([catalogueOf(old.id), catalogueOf(old.id)]);
    const { rows } = await t.database.pool.query<{ n: number }>(
      "select count(*)::int as n from services where site_id = $1",
      [old.id],
    );
    expect(rows[0]?.n).toBe(16);
    expect((await catalogueOf(old.id)).supplies).toHaveLength(DEFAULT_SUPPLY_ITEMS.length);
  });
});

describe("changing the catalogue", () => {
  it("lets a manager add a service at the end, audited", async () => {
    const res = await manager.request({
      method: "POST",
      url: `/api/v1/sites/${site.id}/services`,
      payload: { names: { da: "Frisør", en: "Hairdresser", ro: "Coafor" }, icon: "other" },
    });
    expect(res.statusCode, res.body).toBe(201);
    const service = res.json<Service>();
    expect(service).toMatchObject({ key: null, position: 16, active: true, names: { ro: "Coafor" } });
    expect(await auditOf(service.id)).toEqual([
      { event: "SERVICE_CREATED", entity_type: "service", site_id: site.id },
    ]);
    expect((await catalogueOf(site.id)).services.at(-1)?.id).toBe(service.id);
  });

  it("refuses a service without a Danish name, with an unknown icon or with extra fields", async () => {
    const noDanish = await manager.request({
      method: "POST",
      url: `/api/v1/sites/${site.id}/services`,
      payload: { names: { en: "Hairdresser" }, icon: "other" },
    });
    expect(noDanish.statusCode).toBe(400);
    expect(noDanish.json().errors[0]).toMatchObject({ path: "names", code: "VALIDATION_FAILED" });
    const icon = await manager.request({
      method: "POST",
      url: `/api/v1/sites/${site.id}/services`,
      payload: { names: { da: "Frisør", en: "Hairdresser" }, icon: "scissors" },
    });
    expect(icon.statusCode).toBe(400);
    expect(icon.json().errors[0]).toMatchObject({ path: "icon" });
    const extra = await manager.request({
      method: "POST",
      url: `/api/v1/sites/${site.id}/services`,
      payload: { names: { da: "Frisør", en: "Hairdresser" }, icon: "other", key: "hair" },
    });
    expect(extra.statusCode).toBe(400);
  });

  it("refuses staff who may not manage the catalogue", async () => {
    const payload = { names: { da: "Frisør", en: "Hairdresser" }, icon: "other" };
    const url = `/api/v1/sites/${site.id}/services`;
    expect((await t.app.inject({ method: "POST", url, payload })).statusCode).toBe(401);
    expect((await volunteer.request({ method: "POST", url, payload })).statusCode).toBe(403);
    expect((await worker.request({ method: "POST", url, payload })).statusCode).toBe(403);
    expect((await admin.request({ method: "POST", url, payload })).statusCode).toBe(403);
  });

  it("renames, hides and shows a service again; hidden ones stay in the catalogue", async () => {
    const tea = await serviceByKey(site.id, "tea_coffee");
    const url = `/api/v1/sites/${site.id}/services/${tea.id}`;
    const hidden = await manager.request({
      method: "PATCH",
      url,
      payload: { active: false, names: { da: "Te, kaffe og kakao", en: "Tea, coffee and cocoa" } },
    });
    expect(hidden.statusCode, hidden.body).toBe(200);
    expect(hidden.json<Service>()).toMatchObject({ active: false, key: "tea_coffee", icon: "tea" });
    expect((await catalogueOf(site.id)).services.find((s) => s.id === tea.id)).toMatchObject({
      active: false,
      names: { da: "Te, kaffe og kakao" },
    });
    const shown = await manager.request({ method: "PATCH", url, payload: { active: true } });
    expect(shown.json<Service>().active).toBe(true);
    expect((await auditOf(tea.id)).map((r) => r.event)).toEqual(["SERVICE_UPDATED", "SERVICE_UPDATED"]);
    expect((await volunteer.request({ method: "PATCH", url, payload: { active: false } })).statusCode).toBe(
      403,
    );
  });

  it("answers a service of another site as not found", async () => {
    const theirs = await serviceByKey(other.id, "tea_coffee");
    const res = await manager.request({
      method: "PATCH",
      url: `/api/v1/sites/${site.id}/services/${theirs.id}`,
      payload: { active: false },
    });
    expect(res.statusCode).toBe(404);
    expect((await serviceByKey(other.id, "tea_coffee")).active).toBe(true);
  });

  it("adds a supply item with limits and changes them", async () => {
    const res = await manager.request({
      method: "POST",
      url: `/api/v1/sites/${site.id}/supplies`,
      payload: {
        names: { da: "Bind", en: "Sanitary pads" },
        icon: "hygiene",
        lowStockAt: 5,
        limitPerVisit: 4,
        limitPerWeek: 8,
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    const item = res.json<SupplyItem>();
    expect(item).toMatchObject({ unit: "piece", stock: 0, lowStock: true, limitPerVisit: 4, position: 5 });
    const changed = await manager.request({
      method: "PATCH",
      url: `/api/v1/sites/${site.id}/supplies/${item.id}`,
      payload: { limitPerWeek: null, lowStockAt: 0 },
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json<SupplyItem>()).toMatchObject({
      limitPerVisit: 4,
      limitPerWeek: null,
      lowStock: true,
    });
    expect((await auditOf(item.id)).map((r) => r.event)).toEqual([
      "SUPPLY_ITEM_CREATED",
      "SUPPLY_ITEM_UPDATED",
    ]);
  });

  it("refuses a limit of zero, a stock set by hand, and staff who may not manage", async () => {
    const condoms = await supplyByKey(site.id, "condoms");
    const url = `/api/v1/sites/${site.id}/supplies/${condoms.id}`;
    const zero = await manager.request({ method: "PATCH", url, payload: { limitPerVisit: 0 } });
    expect(zero.statusCode).toBe(400);
    expect(zero.json().errors[0]).toMatchObject({ path: "limitPerVisit" });
    const stock = await manager.request({ method: "PATCH", url, payload: { stock: 1000 } });
    expect(stock.statusCode).toBe(400);
    expect((await worker.request({ method: "PATCH", url, payload: { limitPerVisit: 50 } })).statusCode).toBe(
      403,
    );
    const create = await volunteer.request({
      method: "POST",
      url: `/api/v1/sites/${site.id}/supplies`,
      payload: { names: { da: "Bind", en: "Pads" }, icon: "hygiene" },
    });
    expect(create.statusCode).toBe(403);
    expect(await supplyByKey(site.id, "condoms")).toMatchObject({ limitPerVisit: 10, stock: 0 });
  });
});

describe("stock", () => {
  it("records a delivery and a count, each with a row and an audit entry", async () => {
    const lubricant = await supplyByKey(site.id, "lubricant");
    const delivered = await deliver(site.id, lubricant.id, 50);
    expect(delivered).toMatchObject({ stock: 50, lowStock: false });
    const counted = await adjust(site.id, lubricant.id, { delta: -45, reason: "counted" }, worker);
    expect(counted.statusCode, counted.body).toBe(200);
    expect(counted.json<SupplyItem>()).toMatchObject({ stock: 5, lowStock: true });
    const { rows } = await t.database.pool.query<{
      id: string;
      delta: number;
      reason: string;
      adjusted_by: string;
    }>(
      "select id, delta, reason, adjusted_by from stock_adjustments where item_id = $1 order by adjusted_at, delta desc",
      [lubricant.id],
    );
    expect(rows.map((r) => [r.delta, r.reason, r.adjusted_by])).toEqual([
      [50, "delivery", manager.account.id],
      [-45, "counted", worker.account.id],
    ]);
    for (const row of rows) {
      expect(await auditOf(row.id)).toEqual([
        { event: "STOCK_ADJUSTED", entity_type: "stock_adjustment", site_id: site.id },
      ]);
    }
    expect(await lowStockOfSite(t.ctx.db, site.id)).toContainEqual({
      itemId: lubricant.id,
      names: lubricant.names,
      stock: 5,
    });
  });

  it("never goes below zero, and a refused count changes nothing", async () => {
    const lubricant = await supplyByKey(site.id, "lubricant");
    const res = await adjust(site.id, lubricant.id, { delta: -(lubricant.stock + 1) });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: "OUT_OF_STOCK" });
    expect(res.json().errors[0]).toMatchObject({ path: "delta", code: "OUT_OF_STOCK" });
    expect(res.json().errors[0].message).toContain(`Only ${lubricant.stock} in stock`);
    expect(await stockOf(lubricant.id)).toBe(lubricant.stock);
  });

  it("refuses a change of zero, extra fields, volunteers, and another site's items", async () => {
    const condoms = await supplyByKey(site.id, "condoms");
    const zero = await adjust(site.id, condoms.id, { delta: 0 });
    expect(zero.statusCode).toBe(400);
    expect(zero.json().errors[0]).toMatchObject({ path: "delta" });
    expect((await adjust(site.id, condoms.id, { delta: 5, stock: 5 })).statusCode).toBe(400);
    expect((await adjust(site.id, condoms.id, { delta: 5 }, volunteer)).statusCode).toBe(403);
    expect((await adjust(site.id, condoms.id, { delta: 5 }, stranger)).statusCode).toBe(404);
    const theirs = await supplyByKey(other.id, "condoms");
    expect((await adjust(site.id, theirs.id, { delta: 5 })).statusCode).toBe(404);
    const unsigned = await t.app.inject({
      method: "POST",
      url: `/api/v1/sites/${site.id}/supplies/${condoms.id}/stock`,
      payload: { delta: 5 },
    });
    expect(unsigned.statusCode).toBe(401);
    expect(await stockOf(condoms.id)).toBe(0);
    expect(await stockOf(theirs.id)).toBe(0);
  });
});

describe("ticking services in a visit", () => {
  it("ticks services once however often, and unticks", async () => {
    const visit = await checkIn(site.id);
    const tea = await serviceByKey(site.id, "tea_coffee");
    const shower = await serviceByKey(site.id, "shower_toilet");
    const first = await tick(visit.id, [shower.id, tea.id], volunteer);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json<Visit>().serviceIds).toEqual([tea.id, shower.id]);
    const again = await tick(visit.id, [tea.id, tea.id]);
    expect(again.statusCode).toBe(200);
    expect(again.json<Visit>().serviceIds).toEqual([tea.id, shower.id]);
    const { rows } = await t.database.pool.query<{ n: number }>(
      "select count(*)::int as n from visit_services where visit_id = $1",
      [visit.id],
    );
    expect(rows[0]?.n).toBe(2);

    const untick = await worker.request({
      method: "DELETE",
      url: `/api/v1/visits/${visit.id}/services/${tea.id}`,
    });
    expect(untick.statusCode, untick.body).toBe(200);
    expect(untick.json<Visit>().serviceIds).toEqual([shower.id]);
    const twice = await worker.request({
      method: "DELETE",
      url: `/api/v1/visits/${visit.id}/services/${tea.id}`,
    });
    expect(twice.json<Visit>().serviceIds).toEqual([shower.id]);
  });

  it("refuses services of another site, hidden ones, and unknown ids, saving nothing", async () => {
    const visit = await checkIn(site.id);
    const tea = await serviceByKey(site.id, "tea_coffee");
    const theirs = await serviceByKey(other.id, "shower_toilet");
    const res = await tick(visit.id, [tea.id, theirs.id, "00000000-0000-4000-8000-000000000000"]);
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([
      { path: "serviceIds.1", code: "VALIDATION_FAILED", message: "Not a service of this site." },
      { path: "serviceIds.2", code: "VALIDATION_FAILED", message: "Not a service of this site." },
    ]);
    const hiddenService = await manager.request({
      method: "POST",
      url: `/api/v1/sites/${site.id}/services`,
      payload: { names: { da: "Sauna", en: "Sauna" }, icon: "other", active: false },
    });
    const hidden = await tick(visit.id, [hiddenService.json<Service>().id]);
    expect(hidden.statusCode).toBe(400);
    expect(hidden.json().errors[0]).toMatchObject({ path: "serviceIds.0", code: "VALIDATION_FAILED" });
    const untickTheirs = await worker.request({
      method: "DELETE",
      url: `/api/v1/visits/${visit.id}/services/${theirs.id}`,
    });
    expect(untickTheirs.statusCode).toBe(404);
    const get = await worker.request({ method: "GET", url: `/api/v1/visits/${visit.id}` });
    expect(get.json<Visit>().serviceIds).toEqual([]);
  });

  it("refuses bad input, the administrator, sign-out and another site's staff", async () => {
    const visit = await checkIn(site.id);
    const tea = await serviceByKey(site.id, "tea_coffee");
    expect((await tick(visit.id, [])).statusCode).toBe(400);
    expect((await tick(visit.id, ["tea"])).statusCode).toBe(400);
    const extra = await worker.request({
      method: "POST",
      url: `/api/v1/visits/${visit.id}/services`,
      payload: { serviceIds: [tea.id], note: "x" },
    });
    expect(extra.statusCode).toBe(400);
    expect((await tick(visit.id, [tea.id], admin)).statusCode).toBe(403);
    const unsigned = await t.app.inject({
      method: "POST",
      url: `/api/v1/visits/${visit.id}/services`,
      payload: { serviceIds: [tea.id] },
    });
    expect(unsigned.statusCode).toBe(401);
    expect((await tick(visit.id, [tea.id], stranger)).statusCode).toBe(404);
    expect((await tick("00000000-0000-4000-8000-000000000000", [tea.id])).statusCode).toBe(404);
    const untick = await stranger.request({
      method: "DELETE",
      url: `/api/v1/visits/${visit.id}/services/${tea.id}`,
    });
    expect(untick.statusCode).toBe(404);
    const untickAdmin = await admin.request({
      method: "DELETE",
      url: `/api/v1/visits/${visit.id}/services/${tea.id}`,
    });
    expect(untickAdmin.statusCode).toBe(403);
  });
});

describe("handing out supplies", () => {
  let condoms: SupplyItem;
  let clothing: SupplyItem;
  let food: SupplyItem;

  beforeAll(async () => {
    condoms = await deliver(site.id, (await supplyByKey(site.id, "condoms")).id, 1000);
    clothing = await deliver(site.id, (await supplyByKey(site.id, "clothing")).id, 100);
    food = await deliver(site.id, (await supplyByKey(site.id, "food")).id, 2);
  });

  it("hands out and takes it from stock, summed per item in the visit", async () => {
    const visit = await checkIn(site.id);
    const res = await handOut(visit.id, {
      items: [
        { itemId: condoms.id, quantity: 3 },
        { itemId: clothing.id, quantity: 1 },
      ],
    });
    expect(res.statusCode, res.body).toBe(201);
    const more = await handOut(visit.id, { items: [{ itemId: condoms.id, quantity: 2 }] }, volunteer);
    expect(more.statusCode, more.body).toBe(201);
    expect(more.json<Visit>().supplies).toEqual([
      { itemId: condoms.id, quantity: 5, overLimit: false },
      { itemId: clothing.id, quantity: 1, overLimit: false },
    ]);
    expect(await stockOf(condoms.id)).toBe(995);
    expect(await stockOf(clothing.id)).toBe(99);
    // Ordinary handouts are records themselves, not audited.
    for (const h of await handoutsOf(visit.id)) expect(await auditOf(h.id)).toEqual([]);
  });

  it("refuses a negative or zero quantity, unknown items and another site's items, saving nothing", async () => {
    const visit = await checkIn(site.id);
    const negative = await handOut(visit.id, { items: [{ itemId: condoms.id, quantity: -3 }] });
    expect(negative.statusCode).toBe(400);
    expect(negative.json().errors[0]).toMatchObject({ path: "items.0.quantity", code: "VALIDATION_FAILED" });
    const zero = await handOut(visit.id, { items: [{ itemId: condoms.id, quantity: 0 }] });
    expect(zero.statusCode).toBe(400);
    const theirs = await supplyByKey(other.id, "condoms");
    const foreign = await handOut(visit.id, {
      items: [
        { itemId: condoms.id, quantity: 1 },
        { itemId: theirs.id, quantity: 1 },
        { itemId: "00000000-0000-4000-8000-000000000000", quantity: 1 },
      ],
    });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().errors).toEqual([
      { path: "items.1.itemId", code: "VALIDATION_FAILED", message: "Not a supply item of this site." },
      { path: "items.2.itemId", code: "VALIDATION_FAILED", message: "Not a supply item of this site." },
    ]);
    const extra = await handOut(visit.id, { items: [{ itemId: condoms.id, quantity: 1, note: "x" }] });
    expect(extra.statusCode).toBe(400);
    expect(await handoutsOf(visit.id)).toEqual([]);
    expect(await stockOf(condoms.id)).toBe(995);
  });

  it("refuses the administrator, sign-out and another site's staff", async () => {
    const visit = await checkIn(site.id);
    const payload = { items: [{ itemId: condoms.id, quantity: 1 }] };
    expect((await handOut(visit.id, payload, admin)).statusCode).toBe(403);
    expect((await handOut(visit.id, payload, stranger)).statusCode).toBe(404);
    const unsigned = await t.app.inject({
      method: "POST",
      url: `/api/v1/visits/${visit.id}/supplies`,
      payload,
    });
    expect(unsigned.statusCode).toBe(401);
    expect(await handoutsOf(visit.id)).toEqual([]);
  });

  it("refuses more than is in stock, naming what is left, and saves none of the request", async () => {
    const visit = await checkIn(site.id);
    const res = await handOut(visit.id, {
      items: [
        { itemId: condoms.id, quantity: 2 },
        { itemId: food.id, quantity: 3 },
      ],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: "OUT_OF_STOCK" });
    expect(res.json().errors).toEqual([
      { path: "items.1.quantity", code: "OUT_OF_STOCK", message: "Only 2 left in stock." },
    ]);
    expect(await handoutsOf(visit.id)).toEqual([]);
    expect(await stockOf(condoms.id)).toBe(995);
    expect(await stockOf(food.id)).toBe(2);
  });

  it("gives the last one to exactly one of two women handed out to at the same moment", async () => {
    const created = await manager.request({
      method: "POST",
      url: `/api/v1/sites/${site.id}/supplies`,
      payload: { names: { da: "Paraply", en: "Umbrella" }, icon: "other" },
    });
    const umbrella = await deliver(site.id, created.json<SupplyItem>().id, 1);
    const [a, b] = [await checkIn(site.id), await checkIn(site.id)];
    const results = await Promise.all([
      handOut(a.id, { items: [{ itemId: umbrella.id, quantity: 1 }] }),
      handOut(b.id, { items: [{ itemId: umbrella.id, quantity: 1 }] }, volunteer),
    ]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 400]);
    const refused = results.find((r) => r.statusCode === 400);
    expect(refused?.json().errors[0]).toMatchObject({ path: "items.0.quantity", code: "OUT_OF_STOCK" });
    expect(await stockOf(umbrella.id)).toBe(0);
    const { rows } = await t.database.pool.query<{ n: number }>(
      "select coalesce(sum(quantity), 0)::int as n from supply_handouts where item_id = $1",
      [umbrella.id],
    );
    expect(rows[0]?.n).toBe(1);
  });

  it("holds the per-visit limit, counting what this visit already had", async () => {
    const visit = await checkIn(site.id);
    expect((await handOut(visit.id, { items: [{ itemId: condoms.id, quantity: 8 }] })).statusCode).toBe(201);
    const over = await handOut(visit.id, {
      items: [
        { itemId: clothing.id, quantity: 1 },
        { itemId: condoms.id, quantity: 3 },
      ],
    });
    expect(over.statusCode).toBe(400);
    expect(over.json()).toMatchObject({ code: "LIMIT_EXCEEDED" });
    expect(over.json().errors).toEqual([
      {
        path: "items.1.quantity",
        code: "LIMIT_EXCEEDED",
        message: "The limit is 10 per visit; she already had 8 this visit. Give a reason to hand out more.",
      },
    ]);
    expect((await handoutsOf(visit.id)).map((h) => h.quantity)).toEqual([8]);
    expect(await stockOf(clothing.id)).toBe(99);
    // Two lines of the same item in one request count together.
    const split = await handOut(visit.id, {
      items: [
        { itemId: condoms.id, quantity: 1 },
        { itemId: condoms.id, quantity: 2 },
      ],
    });
    expect(split.statusCode).toBe(400);
    expect(split.json().errors.map((e: { path: string }) => e.path)).toEqual(["items.1.quantity"]);
  });

  it("hands out over a limit with a reason: kept on the handout and audited", async () => {
    const visit = await checkIn(site.id);
    const stockBefore = await stockOf(condoms.id);
    const res = await handOut(visit.id, {
      items: [
        { itemId: clothing.id, quantity: 1 },
        { itemId: condoms.id, quantity: 12 },
      ],
      overLimitReason: "Going to work in Aarhus for two weeks",
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json<Visit>().supplies).toEqual([
      { itemId: condoms.id, quantity: 12, overLimit: true },
      { itemId: clothing.id, quantity: 1, overLimit: false },
    ]);
    const handouts = await handoutsOf(visit.id);
    const overLimit = handouts.find((h) => h.item_id === condoms.id);
    expect(overLimit?.over_limit_reason).toBe("Going to work in Aarhus for two weeks");
    expect(handouts.find((h) => h.item_id === clothing.id)?.over_limit_reason).toBeNull();
    expect(await auditOf(overLimit?.id ?? "")).toEqual([
      { event: "SUPPLY_LIMIT_OVERRIDDEN", entity_type: "supply_handout", site_id: site.id },
    ]);
    expect(await stockOf(condoms.id)).toBe((stockBefore ?? 0) - 12);
    // A reason that is too long is refused before anything is saved.
    const long = await handOut(visit.id, {
      items: [{ itemId: condoms.id, quantity: 1 }],
      overLimitReason: "x".repeat(5000),
    });
    expect(long.statusCode).toBe(400);
    expect(long.json().errors[0]).toMatchObject({ path: "overLimitReason" });
  });

  it("holds the weekly limit for a code across visits, Monday to Sunday; anonymous visits only per visit", async () => {
    const weekly = await manager.request({
      method: "PATCH",
      url: `/api/v1/sites/${site.id}/supplies/${condoms.id}`,
      payload: { limitPerVisit: 10, limitPerWeek: 15 },
    });
    expect(weekly.statusCode, weekly.body).toBe(200);
    // A sign-in lapses when the clock jumps days ahead: whoever is at the door signs in each evening.
    const evening = async (instant: string) => {
      t.clock.set(instant);
      return t.signInAs("social_worker", { siteIds: [site.id] });
    };
    const give = (door: SignedIn, visitId: string, quantity: number) =>
      handOut(visitId, { items: [{ itemId: condoms.id, quantity }] }, door);
    try {
      let door = await evening(MONDAY);
      const monday = await checkIn(site.id, { issueCode: true, who: door });
      const code = monday.visitorCode;
      expect(code).not.toBeNull();
      expect((await give(door, monday.id, 10)).statusCode).toBe(201);

      door = await evening(WEDNESDAY);
      const wednesday = await checkIn(site.id, { code: code ?? "", who: door });
      expect(wednesday.id).not.toBe(monday.id);
      const over = await give(door, wednesday.id, 6);
      expect(over.statusCode).toBe(400);
      expect(over.json().errors).toEqual([
        {
          path: "items.0.quantity",
          code: "LIMIT_EXCEEDED",
          message:
            "The limit is 15 per week; she already had 10 this week (Monday to Sunday). Give a reason to hand out more.",
        },
      ]);
      expect(await handoutsOf(wednesday.id)).toEqual([]);
      expect((await give(door, wednesday.id, 5)).statusCode).toBe(201);
      // An anonymous woman the same evening: only the per-visit limit applies.
      const anonymous = await checkIn(site.id, { who: door });
      expect((await give(door, anonymous.id, 10)).statusCode).toBe(201);
      const overVisit = await give(door, anonymous.id, 1);
      expect(overVisit.statusCode).toBe(400);
      expect(overVisit.json().errors[0].message).toContain("10 per visit; she already had 10 this visit");

      // A new week starts on Monday.
      door = await evening(NEXT_MONDAY);
      const next = await checkIn(site.id, { code: code ?? "", who: door });
      const fresh = await give(door, next.id, 10);
      expect(fresh.statusCode, fresh.body).toBe(201);
    } finally {
      t.clock.set(MONDAY);
    }
  });
});

describe("usage for the visits feature", () => {
  it("reads many visits' usage at once and moves one visit's usage to another", async () => {
    const [a, b, empty] = [await checkIn(site.id), await checkIn(site.id), await checkIn(site.id)];
    const tea = await serviceByKey(site.id, "tea_coffee");
    const shower = await serviceByKey(site.id, "shower_toilet");
    const clothing = await supplyByKey(site.id, "clothing");
    expect((await tick(a.id, [tea.id, shower.id])).statusCode).toBe(200);
    expect((await tick(b.id, [tea.id])).statusCode).toBe(200);
    expect((await handOut(a.id, { items: [{ itemId: clothing.id, quantity: 1 }] })).statusCode).toBe(201);
    expect((await handOut(b.id, { items: [{ itemId: clothing.id, quantity: 2 }] })).statusCode).toBe(201);

    const usage = await usageOfVisits(t.ctx.db, [a.id, b.id, empty.id]);
    expect(usage.get(a.id)).toEqual({
      serviceIds: [tea.id, shower.id],
      supplies: [{ itemId: clothing.id, quantity: 1, overLimit: false }],
    });
    expect(usage.get(empty.id)).toEqual({ serviceIds: [], supplies: [] });
    expect((await usageOfVisits(t.ctx.db, [])).size).toBe(0);

    await t.ctx.db.transaction((tx) => moveUsage(tx, a.id, b.id));
    const moved = await usageOfVisits(t.ctx.db, [a.id, b.id]);
    expect(moved.get(a.id)).toEqual({ serviceIds: [], supplies: [] });
    expect(moved.get(b.id)).toEqual({
      serviceIds: [tea.id, shower.id],
      supplies: [{ itemId: clothing.id, quantity: 3, overLimit: false }],
    });
  });
});
