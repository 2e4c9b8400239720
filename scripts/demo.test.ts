import { sql } from "drizzle-orm";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Me } from "../src/common/contracts/accounts.js";
import type { PublicOpeningHours } from "../src/common/contracts/public.js";
import type { SessionList } from "../src/common/contracts/roster.js";
import type { DoorReport, Tonight } from "../src/common/contracts/visits.js";
import { ROLES } from "../src/common/permissions.js";
import { verifyAuditChain } from "../src/server/audit/audit-log.js";
import { addDays } from "../src/server/features/sites/local-time.js";
import { buildTestApp, cookieFrom, type TestApp, totpCode } from "../src/server/test/build-test-app.js";
import {
  type DemoCredential,
  HISTORY_WEEKS,
  isEmpty,
  mondayOfThisWeek,
  reissueDemoCredentials,
  seedDemo,
} from "./demo-seed.js";

let t: TestApp;
let credentials: DemoCredential[];

beforeAll(async () => {
  // The test clock: Monday 1 March 2010, 17:00 in Copenhagen, an evening the centre is open.
  t = await buildTestApp();
  expect(await isEmpty(t.ctx)).toBe(true);
  credentials = await seedDemo(t.ctx);
});
afterAll(() => t.close());

async function query<T extends pg.QueryResultRow>(text: string) {
  const client = new pg.Client({ connectionString: t.connectionString });
  await client.connect();
  try {
    return (await client.query<T>(text)).rows;
  } finally {
    await client.end();
  }
}

async function signIn(credential: DemoCredential) {
  const first = await t.app.inject({
    method: "POST",
    url: "/api/v1/auth/sign-in",
    payload: { username: credential.username, password: credential.password },
  });
  if (first.statusCode !== 200) return { status: first.statusCode, me: undefined, headers: {} };
  let me = first.json<Me>();
  let cookie = cookieFrom(first.headers["set-cookie"]);
  if (me.next === "second_factor" && credential.totpSecret) {
    // A TOTP code counts once: each sign-in of the same person waits for the next code.
    t.clock.advance(30_000);
    const second = await t.app.inject({
      method: "POST",
      url: "/api/v1/auth/second-factor",
      headers: { cookie, "x-csrf-token": me.csrfToken },
      payload: { code: await totpCode(credential.totpSecret, t.clock) },
    });
    me = second.json<Me>();
    cookie = cookieFrom(second.headers["set-cookie"]);
  }
  return { status: 200, me, headers: { cookie, "x-csrf-token": me.csrfToken } };
}

describe("the demo centre", () => {
  it("has one working account per role, with a second factor where the role needs one", async () => {
    expect(credentials.map((c) => c.role)).toEqual([...ROLES]);
    expect(new Set(credentials.map((c) => c.password)).size).toBe(ROLES.length);
    for (const credential of credentials) {
      expect(credential.password.length).toBeGreaterThanOrEqual(15);
      const { me } = await signIn(credential);
      expect(me?.next, credential.role).toBe("done");
      expect(me?.role).toBe(credential.role);
    }
    const manager = credentials.find((c) => c.role === "manager");
    expect(manager?.otpauthUrl).toMatch(/^otpauth:\/\/totp\//);
    expect(credentials.find((c) => c.role === "volunteer")?.totpSecret).toBeNull();
  });

  it("is run by a government unit and an NGO, with staff from both", async () => {
    const manager = await signIn(credentials.find((c) => c.role === "manager") as DemoCredential);
    const organisations = await t.app.inject({
      method: "GET",
      url: "/api/v1/organisations",
      headers: manager.headers,
    });
    expect(
      organisations
        .json()
        .items.map((o: { name: string; kind: string }) => [o.name, o.kind])
        .sort(),
    ).toEqual([
      ["KC – Kompetencecenter Prostitution", "government"],
      ["Reden International", "ngo"],
    ]);
    const staff = await t.app.inject({
      method: "GET",
      url: "/api/v1/accounts?limit=50",
      headers: manager.headers,
    });
    expect(new Set(staff.json().items.map((a: { organisationId: string }) => a.organisationId)).size).toBe(2);
  });

  it("opens Mødestedet tonight with the 2010 week, the Friday night pilot and a monthly lawyer", async () => {
    const res = await t.app.inject({ method: "GET", url: "/api/v1/public/sites/modestedet/opening-hours" });
    expect(res.statusCode).toBe(200);
    const hours = res.json<PublicOpeningHours>();
    expect(hours.site).toMatchObject({ name: "Mødestedet", timeZone: "Europe/Copenhagen" });
    expect(hours.openNow).toBe(true);
    expect(hours.current?.activities.map((a) => a.kind).sort()).toEqual(
      ["class", "class", "clinic_general_practice", "clinic_gynaecology"].sort(),
    );
    const times = hours.week.map((s) => `${s.date} ${s.startsAt}-${s.endsAt}${s.pilot ? " pilot" : ""}`);
    expect(times).toEqual([
      "2010-03-01 16:00-22:00",
      "2010-03-03 16:00-22:00",
      "2010-03-05 16:00-22:00",
      "2010-03-05 23:00-05:00 pilot",
    ]);
    const wednesday = hours.week.find((s) => s.date === "2010-03-03");
    expect(wednesday?.activities.map((a) => a.kind)).toContain("legal_counselling");
  });

  it("has someone on duty at every session of the coming weeks, languages shown", async () => {
    const manager = await signIn(credentials.find((c) => c.role === "manager") as DemoCredential);
    const me = manager.me as Me;
    const from = mondayOfThisWeek(t.clock.now());
    const res = await t.app.inject({
      method: "GET",
      url: `/api/v1/sites/${me.siteIds[0]}/sessions?from=${from}&to=2010-04-25`,
      headers: manager.headers,
    });
    expect(res.statusCode).toBe(200);
    const sessions = res.json<SessionList>().items;
    expect(sessions.length).toBe(8 * 4);
    expect(sessions.filter((s) => s.unstaffed)).toEqual([]);
    const monday = sessions[0];
    expect(monday?.languages).toEqual(expect.arrayContaining(["ro", "da", "en"]));
    expect(monday?.onDuty.map((d) => d.duty).sort()).toEqual([
      "clinic",
      "social_work",
      "social_work",
      "teaching",
    ]);
  });

  it("remembers a year of evenings at the door, 15 to 35 women each", async () => {
    const manager = await signIn(credentials.find((c) => c.role === "manager") as DemoCredential);
    const siteId = (manager.me as Me).siteIds[0];
    const from = mondayOfThisWeek(t.clock.now());
    const res = await t.app.inject({
      method: "GET",
      url: `/api/v1/reports/door?siteId=${siteId}&from=${addDays(from, -7 * HISTORY_WEEKS)}&to=${addDays(from, -1)}`,
      headers: manager.headers,
    });
    expect(res.statusCode, res.body).toBe(200);
    const report = res.json<DoorReport>();
    // Three evenings a week, the first Friday night pilot's 13 nights, Friday 25 December 2009 closed.
    expect(report.totals.sessions).toBe(HISTORY_WEEKS * 3 + 13 - 1);
    for (const session of report.sessions) {
      expect(session.visits).toBeGreaterThanOrEqual(15);
      expect(session.visits).toBeLessThanOrEqual(35);
    }
    expect(report.sessions.filter((s) => s.pilot === "Natåbent fredag (første pilot)")).toHaveLength(13);
    expect(report.totals.anonymousVisits).toBeGreaterThan(report.totals.visits * 0.3);
    expect(report.totals.anonymousVisits).toBeLessThan(report.totals.visits * 0.7);
    // Regulars come back: far fewer women with a card than visits with one.
    const coded = report.totals.visits - report.totals.anonymousVisits;
    expect(report.totals.distinctCodes).toBeGreaterThan(45);
    expect(report.totals.distinctCodes).toBeLessThan(coded / 5);
    // A few new women each week, and they said how they heard of the centre.
    expect(report.totals.firstVisits).toBeGreaterThan(HISTORY_WEEKS * 1.5);
    expect(report.heardFrom.reduce((sum, h) => sum + h.count, 0)).toBe(report.totals.firstVisits);
    expect(report.byNationality.slice(0, 3).map((n) => n.key)).toEqual(["RO", "NG", "TH"]);
    expect(report.byNationality.map((n) => n.key)).toContain("XX");
    expect(report.totals.limitOverrides).toBeGreaterThan(0);
    const tea = report.services.find((s) => s.names.en === "Tea and coffee");
    expect(tea?.count).toBeGreaterThan(report.totals.visits / 2);
    const condoms = report.supplies.find((s) => s.names.en === "Condoms");
    expect(condoms?.quantity).toBeGreaterThan(report.totals.visits);
  });

  it("hands out within the limits, and over one only with a reason that is audited", async () => {
    const [perVisit] = await query<{ count: number }>(
      `select count(*)::int as count from supply_handouts h join supply_items i on i.id = h.item_id
        where h.over_limit_reason is null and h.quantity > i.limit_per_visit`,
    );
    expect(perVisit?.count).toBe(0);
    const [perWeek] = await query<{ count: number }>(
      `select count(*)::int as count from (
         select h.over_limit_reason, i.limit_per_week, sum(h.quantity) over (
           partition by v.visitor_code_id, h.item_id,
             date_trunc('week', v.checked_in_at at time zone 'Europe/Copenhagen')
           order by h.recorded_at, h.id rows unbounded preceding) as running
         from supply_handouts h join visits v on v.id = h.visit_id join supply_items i on i.id = h.item_id
         where v.visitor_code_id is not null and i.limit_per_week is not null) handed
       where running > limit_per_week and over_limit_reason is null`,
    );
    expect(perWeek?.count).toBe(0);
    const [overrides] = await query<{ handouts: number; audited: number }>(
      `select (select count(*)::int from supply_handouts where over_limit_reason is not null) as handouts,
              (select count(*)::int from audit_events where event = 'SUPPLY_LIMIT_OVERRIDDEN') as audited`,
    );
    expect(overrides?.handouts).toBeGreaterThan(0);
    expect(overrides?.audited).toBe(overrides?.handouts);
    // Stock is what was delivered and counted, less what was handed out.
    const stock = await query<{ stock: number; balance: number }>(
      `select i.stock,
              (select coalesce(sum(delta), 0)::int from stock_adjustments a where a.item_id = i.id)
            - (select coalesce(sum(quantity), 0)::int from supply_handouts h where h.item_id = i.id) as balance
         from supply_items i`,
    );
    for (const item of stock) expect(item.stock).toBe(item.balance);
  });

  it("leaves tonight's session for staff to open, with low stock and frequent nationalities on the board", async () => {
    const worker = await signIn(credentials.find((c) => c.role === "social_worker") as DemoCredential);
    const siteId = (worker.me as Me).siteIds[0];
    const res = await t.app.inject({
      method: "GET",
      url: `/api/v1/sites/${siteId}/tonight`,
      headers: worker.headers,
    });
    expect(res.statusCode, res.body).toBe(200);
    const board = res.json<Tonight>();
    expect(board.session).toMatchObject({
      state: "scheduled",
      id: null,
      date: "2010-03-01",
      startsAt: "16:00",
    });
    expect(board.visits).toBe(0);
    expect(board.frequentNationalities.slice(0, 2)).toEqual(["RO", "NG"]);
    expect(board.lowStock.map((s) => s.names.en)).toContain("Lubricant");
  });

  it("writes the same door history again from the same seed", async () => {
    const again = await buildTestApp();
    try {
      await seedDemo(again.ctx);
      const figures = async (app: TestApp) => {
        const [row] = await app.ctx.db.transaction(async (tx) => {
          const result = await tx.execute<{ figures: string }>(
            sql`select json_build_object(
                  'visits', (select count(*) from visits),
                  'codes', (select count(*) from visitor_codes),
                  'byNationality', (select json_object_agg(nationality, n) from
                     (select nationality, count(*) n from visits group by nationality) x),
                  'handouts', (select json_object_agg(key, q) from
                     (select i.key, sum(h.quantity) q from supply_handouts h join supply_items i on i.id = h.item_id group by i.key) y),
                  'overrides', (select count(*) from supply_handouts where over_limit_reason is not null),
                  'ticks', (select count(*) from visit_services)
                )::text as figures`,
          );
          return result.rows;
        });
        return JSON.parse(row?.figures ?? "{}");
      };
      const first = await figures(t);
      expect(first.visits).toBeGreaterThan(3000);
      expect(await figures(again)).toEqual(first);
    } finally {
      await again.close();
    }
  });

  it("keeps an intact audit chain", async () => {
    const result = await verifyAuditChain(t.ctx.db);
    expect(result.break).toBeUndefined();
    expect(result.rows).toBeGreaterThan(30);
  });

  it("issues new passwords on a later start, and the old ones stop working", async () => {
    expect(await isEmpty(t.ctx)).toBe(false);
    const volunteer = credentials.find((c) => c.role === "volunteer") as DemoCredential;
    const again = await reissueDemoCredentials(t.ctx, [volunteer.username]);
    expect(again).toHaveLength(1);
    expect(again[0]?.password).not.toBe(volunteer.password);
    expect((await signIn(volunteer)).status).toBe(401);
    expect((await signIn(again[0] as DemoCredential)).me?.next).toBe("done");
  });
});
