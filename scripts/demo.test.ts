import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Me } from "../src/common/contracts/accounts.js";
import type { PublicOpeningHours } from "../src/common/contracts/public.js";
import type { SessionList } from "../src/common/contracts/roster.js";
import { ROLES } from "../src/common/permissions.js";
import { verifyAuditChain } from "../src/server/audit/audit-log.js";
import { buildTestApp, cookieFrom, type TestApp, totpCode } from "../src/server/test/build-test-app.js";
import {
  type DemoCredential,
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
