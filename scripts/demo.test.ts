import { sql } from "drizzle-orm";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Me } from "../src/common/contracts/accounts.js";
import type { PublicOpeningHours } from "../src/common/contracts/public.js";
import type { SessionList } from "../src/common/contracts/roster.js";
import type { DoorReport, Tonight } from "../src/common/contracts/visits.js";
import { ROLES } from "../src/common/permissions.js";
import { personalDataWarnings } from "../src/common/personal-data.js";
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

  it("keeps a diary of most evenings, themes through the seasons, and none for tonight", async () => {
    const [counts] = await query<{
      sessions: number;
      entries: number;
      paragraphs: number;
      restricted: number;
      tonight: number;
    }>(
      `select (select count(*)::int from opening_sessions) as sessions,
              (select count(*)::int from diary_entries) as entries,
              (select count(*)::int from diary_paragraphs) as paragraphs,
              (select count(*)::int from diary_paragraphs where restriction <> 'none') as restricted,
              (select count(*)::int from diary_entries where session_date >= '2010-03-01') as tonight`,
    );
    expect(counts?.entries).toBeGreaterThan((counts?.sessions ?? 0) * 0.8);
    expect(counts?.entries).toBeLessThan(counts?.sessions ?? 0);
    expect(counts?.paragraphs).toBeGreaterThan((counts?.entries ?? 0) * 2);
    expect(counts?.restricted).toBeGreaterThan(5);
    expect(counts?.tonight).toBe(0);
    // A restricted text is only ciphertext, and its every version too.
    const [sealed] = await query<{ plain: number; versions: number }>(
      `select count(*) filter (where body is not null)::int as plain,
              (select count(*)::int from diary_paragraph_versions where body_sealed is null) as versions
         from diary_paragraphs where restriction <> 'none'`,
    );
    expect(sealed).toEqual({ plain: 0, versions: 0 });

    const manager = await signIn(credentials.find((c) => c.role === "manager") as DemoCredential);
    const siteId = (manager.me as Me).siteIds[0];
    const res = await t.app.inject({
      method: "GET",
      url: `/api/v1/sites/${siteId}/diary/theme-months?from=2009-03&to=2010-02`,
      headers: manager.headers,
    });
    expect(res.statusCode, res.body).toBe(200);
    const page = res.json<{
      months: { month: string; entries: number }[];
      themes: { id: string; key: string | null }[];
      cells: { themeId: string; month: string; count: number }[];
    }>();
    const idOf = (key: string) => page.themes.find((th) => th.key === key)?.id;
    const count = (key: string, month: string) =>
      page.cells.find((c) => c.themeId === idOf(key) && c.month === month)?.count ?? 0;
    // All eight themes are used, in most months; travel peaks before Christmas, the shelter in winter.
    for (const theme of page.themes.filter((th) => th.key)) {
      expect(
        new Set(page.cells.filter((c) => c.themeId === theme.id).map((c) => c.month)).size,
        theme.key ?? "",
      ).toBeGreaterThanOrEqual(5);
    }
    // Travel peaks before Christmas, the shelter in the cold months, teaching in the school year.
    const rate = (key: string, months: string[]) =>
      months.reduce((sum, m) => sum + count(key, m), 0) /
      Math.max(
        1,
        months.reduce((sum, m) => sum + (page.months.find((x) => x.month === m)?.entries ?? 0), 0),
      );
    expect(rate("travel", ["2009-11", "2009-12"])).toBeGreaterThan(rate("travel", ["2009-09", "2009-10"]));
    expect(rate("crisis_shelter", ["2009-12", "2010-01", "2010-02"])).toBeGreaterThan(
      rate("crisis_shelter", ["2009-06", "2009-07", "2009-08"]),
    );
    expect(rate("teaching", ["2009-07"])).toBeLessThan(rate("teaching", ["2009-09", "2009-10"]));

    // The last evening's summary is what the next shift reads first.
    const handover = await t.app.inject({
      method: "GET",
      url: `/api/v1/sites/${siteId}/handover`,
      headers: manager.headers,
    });
    expect(handover.statusCode, handover.body).toBe(200);
    expect(handover.json().lastEntry?.summary).toMatch(/\d+/);
  });

  it("has follow-ups open and closed, the open ones on a code flagged at the door, and messages", async () => {
    const [f] = await query<{
      open: number;
      done: number;
      dropped: number;
      openOnCode: number;
      flagged: number;
      accompaniments: number;
    }>(
      `select count(*) filter (where status = 'open')::int as open,
              count(*) filter (where status = 'done')::int as done,
              count(*) filter (where status = 'dropped')::int as dropped,
              count(*) filter (where status = 'open' and visitor_code_id is not null)::int as "openOnCode",
              count(*) filter (where status = 'open' and visitor_code_id is not null and exists (
                select 1 from visitor_flags g where g.source = 'follow_up' and g.source_id = follow_ups.id
                   and g.kind = 'talk_to_colleague' and g.cleared_at is null))::int as flagged,
              count(*) filter (where kind = 'accompaniment')::int as accompaniments
         from follow_ups`,
    );
    expect(f?.open).toBeGreaterThanOrEqual(4);
    expect(f?.done).toBeGreaterThanOrEqual(4);
    expect(f?.dropped).toBeGreaterThanOrEqual(1);
    expect(f?.openOnCode).toBeGreaterThanOrEqual(3);
    expect(f?.flagged).toBe(f?.openOnCode);
    expect(f?.accompaniments).toBeGreaterThan(0);
    const [closedFlags] = await query<{ open: number }>(
      `select count(*)::int as open from visitor_flags g join follow_ups u on u.id = g.source_id
        where g.source = 'follow_up' and u.status <> 'open' and g.cleared_at is null`,
    );
    expect(closedFlags?.open).toBe(0);
    const [m] = await query<{ messages: number; pinned: number; managers: number; reads: number }>(
      `select count(*)::int as messages, count(*) filter (where pinned)::int as pinned,
              count(*) filter (where audience = 'managers')::int as managers,
              (select count(*)::int from message_reads) as reads
         from messages`,
    );
    expect(m?.messages).toBeGreaterThanOrEqual(6);
    expect(m?.pinned).toBeGreaterThanOrEqual(1);
    expect(m?.managers).toBeGreaterThanOrEqual(1);
    expect(m?.reads).toBeGreaterThan(5);
    const worker = await signIn(credentials.find((c) => c.role === "social_worker") as DemoCredential);
    const siteId = (worker.me as Me).siteIds[0];
    const handover = await t.app.inject({
      method: "GET",
      url: `/api/v1/sites/${siteId}/handover`,
      headers: worker.headers,
    });
    expect(handover.statusCode, handover.body).toBe(200);
    const body = handover.json();
    expect(body.unreadMessages.length).toBeGreaterThan(0);
  });

  it("has a year of clinic evenings: tickets, consultations, tests with a lab's turnaround, results to tell", async () => {
    const [c] = await query<{
      consultations: number;
      sessions: number;
      noShows: number;
      turnedAway: number;
      dispensed: number;
      costs: number;
      referrals: number;
    }>(
      `select (select count(*)::int from clinic_consultations) as consultations,
              (select count(distinct session_id)::int from clinic_consultations) as sessions,
              (select count(*)::int from clinic_tickets where status = 'no_show') as "noShows",
              (select count(*)::int from clinic_tickets where status = 'turned_away') as "turnedAway",
              (select count(*)::int from clinic_medicine_dispensings) as dispensed,
              (select count(*)::int from clinic_costs) as costs,
              (select count(*)::int from clinic_referrals) as referrals`,
    );
    expect(c?.consultations).toBeGreaterThan(300);
    expect(c?.sessions).toBeGreaterThan(90);
    expect(c?.noShows).toBeGreaterThan(0);
    expect(c?.turnedAway).toBeGreaterThan(0);
    expect(c?.dispensed).toBeGreaterThan(50);
    expect(c?.costs).toBeGreaterThan(10);
    expect(c?.referrals).toBeGreaterThan(3);
    // Clinical text is ciphertext at rest.
    const [plain] = await query<{ n: number }>(
      `select count(*)::int as n from clinic_consultations where position('\\x'::bytea in reason) = 0 and reason::text ilike '%test%'`,
    );
    expect(plain?.n).toBe(0);
    // Every state, in order in time, with days to a couple of weeks from taken to result.
    const [tests] = await query<{
      taken: number;
      sent: number;
      result_in: number;
      told: number;
      disorder: number;
      median: number;
      max: number;
    }>(
      `select count(*) filter (where state = 'taken')::int as taken,
              count(*) filter (where state = 'sent')::int as sent,
              count(*) filter (where state = 'result_in')::int as result_in,
              count(*) filter (where state = 'told')::int as told,
              count(*) filter (where sent_at < taken_at or result_at < sent_at or told_at < result_at)::int as disorder,
              percentile_cont(0.5) within group (order by extract(epoch from result_at - taken_at) / 86400)
                filter (where test_type <> 'pregnancy')::float as median,
              max(extract(epoch from result_at - taken_at) / 86400)::float as max
         from clinic_tests`,
    );
    expect(tests?.told).toBeGreaterThan(200);
    expect(tests?.sent).toBeGreaterThan(0);
    expect(tests?.result_in).toBeGreaterThan(0);
    expect(tests?.disorder).toBe(0);
    expect(tests?.median).toBeGreaterThan(3);
    expect(tests?.median).toBeLessThan(14);
    expect(tests?.max).toBeLessThanOrEqual(15);
    // Each result waiting to be told asks the door to send her to the nurse.
    const [flags] = await query<{ waiting: number; flagged: number; stray: number }>(
      `select count(*)::int as waiting,
              count(*) filter (where exists (select 1 from visitor_flags g where g.source = 'clinic'
                 and g.source_id = t.id and g.kind = 'see_nurse' and g.cleared_at is null))::int as flagged,
              (select count(*)::int from visitor_flags g join clinic_tests x on x.id = g.source_id
                 where g.source = 'clinic' and x.state <> 'result_in' and g.cleared_at is null) as stray
         from clinic_tests t where state = 'result_in'`,
    );
    expect(flags?.flagged).toBe(flags?.waiting);
    expect(flags?.stray).toBe(0);
    const stock = await query<{ stock: number; balance: number }>(
      `select m.stock,
              (select coalesce(sum(delta), 0)::int from clinic_medicine_adjustments a where a.medicine_id = m.id)
            - (select coalesce(sum(quantity), 0)::int from clinic_medicine_dispensings d where d.medicine_id = m.id) as balance
         from clinic_medicines m`,
    );
    for (const item of stock) expect(item.stock).toBe(item.balance);
  });

  it("writes no name, phone number, e-mail or passport number into any text", async () => {
    const texts = await query<{ text: string }>(
      `select body as text from diary_paragraphs where body is not null
       union all select summary from diary_entries
       union all select title || ' ' || body from follow_ups
       union all select coalesce(outcome, '') || ' ' || coalesce(drop_reason, '') from follow_ups
       union all select body from follow_up_comments
       union all select body from messages`,
    );
    const sealed = await query<{ sealed: Buffer }>(
      `select body_sealed as sealed from diary_paragraphs where body_sealed is not null
       union all select reason from clinic_consultations union all select notes from clinic_consultations
       union all select place from clinic_referrals union all select note from clinic_referrals`,
    );
    const all = [...texts.map((r) => r.text), ...sealed.map((r) => t.ctx.cipher.decrypt(r.sealed))];
    expect(all.length).toBeGreaterThan(1000);
    const flagged = all.filter((text) => personalDataWarnings(text).length > 0);
    expect(flagged).toEqual([]);
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
