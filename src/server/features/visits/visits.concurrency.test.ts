/**
 * Two tablets (here: four staff members on many) checking women in at once: 200 concurrent check-ins
 * through the whole app, with retries that repeat an Idempotency-Key and codes that come twice, and
 * not one lost or doubled visit. Nobody opened the session first: the first check-ins race to open it.
 */
import { afterAll, beforeAll, expect, it } from "vitest";
import type { Site } from "../../../common/contracts/sites.js";
import type { Visit, VisitorProfile } from "../../../common/contracts/visits.js";
import { buildTestApp, type SignedIn, type TestApp } from "../../test/build-test-app.js";

let t: TestApp;
let site: Site;
let staff: SignedIn[];
let codes: VisitorProfile[];

beforeAll(async () => {
  t = await buildTestApp();
  const manager = await t.signInAs("manager");
  site = (
    await manager.request({
      method: "POST",
      url: "/api/v1/sites",
      payload: { name: "Mødestedet", slug: "m" },
    })
  ).json<Site>();
  await manager.request({
    method: "POST",
    url: `/api/v1/sites/${site.id}/weekly-openings`,
    payload: { weekday: 1, startsAt: "16:00", endsAt: "22:00", validFrom: "2010-01-01" },
  });
  staff = [];
  for (const role of ["volunteer", "volunteer", "teacher", "social_worker"] as const) {
    staff.push(await t.signInAs(role, { siteIds: [site.id] }));
  }
  codes = [];
  for (let i = 0; i < 10; i++) {
    const res = await manager.request({
      method: "POST",
      url: "/api/v1/visitor-codes",
      payload: { nationality: "RO" },
    });
    codes.push(res.json<VisitorProfile>());
  }
});
afterAll(() => t.close());

interface Attempt {
  who: SignedIn;
  payload: object;
  key?: string;
  group: string;
}

it("writes each woman once under 200 concurrent check-ins", async () => {
  const attempts: Attempt[] = [];
  const base = { siteId: site.id, nationality: "BG", firstVisit: null };
  const by = (i: number) => staff[i % staff.length] as SignedIn;
  for (let i = 0; i < 90; i++) attempts.push({ who: by(i), payload: base, group: `anonymous-${i}` });
  for (let i = 0; i < 20; i++) {
    for (let retry = 0; retry < 2; retry++) {
      attempts.push({ who: by(i), payload: base, key: `retry-${i}`, group: `retry-${i}` });
    }
  }
  for (const [i, code] of codes.entries()) {
    for (let twice = 0; twice < 6; twice++) {
      attempts.push({
        who: by(i + twice),
        payload: { ...base, visitorCode: code.code },
        ...(twice % 2 === 0 ? { key: `code-${i}-${twice}` } : {}),
        group: `code-${i}`,
      });
    }
  }
  for (let i = 0; i < 5; i++) {
    for (let retry = 0; retry < 2; retry++) {
      attempts.push({
        who: by(i),
        payload: { ...base, issueCode: true },
        key: `new-${i}`,
        group: `new-${i}`,
      });
    }
  }
  expect(attempts).toHaveLength(200);
  // A fixed shuffle, so twins are not neighbours.
  const order = attempts.map((a, i) => ({ a, k: (i * 7919) % 200 })).sort((x, y) => x.k - y.k);
  const codesBefore = await count("select count(*)::int as n from visitor_codes");

  const answers = await Promise.all(
    order.map(({ a }) =>
      a.who
        .request({
          method: "POST",
          url: "/api/v1/visits",
          payload: a.payload,
          headers: a.key ? { "idempotency-key": a.key } : {},
        })
        .then((res) => ({ group: a.group, status: res.statusCode, body: res.body })),
    ),
  );

  const unexpected = answers.filter((a) => a.status !== 201 && a.status !== 200);
  expect(unexpected).toEqual([]);
  expect(answers.filter((a) => a.status === 201)).toHaveLength(125);
  expect(answers.filter((a) => a.status === 200)).toHaveLength(75);
  const idsByGroup = new Map<string, Set<string>>();
  for (const answer of answers) {
    const id = (JSON.parse(answer.body) as Visit).id;
    idsByGroup.set(answer.group, (idsByGroup.get(answer.group) ?? new Set()).add(id));
  }
  expect(idsByGroup.size).toBe(125);
  for (const [group, ids] of idsByGroup) expect([group, ids.size]).toEqual([group, 1]);

  expect(await count("select count(*)::int as n from visits where site_id = $1", [site.id])).toBe(125);
  expect(
    await count(
      "select count(distinct visitor_code_id)::int as n from visits where visitor_code_id is not null",
    ),
  ).toBe(15);
  expect(await count("select count(*)::int as n from visitor_codes")).toBe(codesBefore + 5);
  expect(await count("select count(*)::int as n from opening_sessions where site_id = $1", [site.id])).toBe(
    1,
  );
  expect(await count("select count(*)::int as n from audit_events where event = 'SESSION_OPENED'")).toBe(1);
  expect(await count("select count(*)::int as n from audit_events where event = 'VISITOR_CODE_ISSUED'")).toBe(
    10 + 5,
  );

  const board = await (staff[0] as SignedIn).request({
    method: "GET",
    url: `/api/v1/sites/${site.id}/tonight`,
  });
  expect(board.json()).toMatchObject({ visits: 125, headcount: 125, anonymousVisits: 110 });
});

async function count(query: string, params: unknown[] = []) {
  const { rows } = await t.database.pool.query<{ n: number }>(query, params);
  return rows[0]?.n ?? 0;
}
