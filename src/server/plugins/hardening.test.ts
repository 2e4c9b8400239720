import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Me } from "../../common/contracts/accounts.js";
import { buildApp } from "../app.js";
import { buildTestApp, cookieFrom, type TestApp, totpCode } from "../test/build-test-app.js";
import { createAccount, TEST_PASSWORD } from "../test/factories.js";

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp({ signInRateLimit: 3 });
});
afterAll(() => t.close());

const signIn = (username: string, password: string, url = "/api/v1/auth/sign-in", headers = {}) =>
  t.app.inject({ method: "POST", url, payload: { username, password }, headers });

describe("hardening found in review", () => {
  it("refuses the NUL character with a field error, not a 500", async () => {
    const admin = await t.signInAs("administrator");
    const res = await admin.request({
      method: "PATCH",
      url: "/api/v1/me",
      payload: { displayName: "a\u0000b" },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].path).toBe("displayName");
  });
  it("counts the sign-in limit for percent-encoded paths too", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) {
      statuses.push(
        (await signIn(`encoded-${i}`, "wrong password here", "/%61pi/v1/auth/sign-in")).statusCode,
      );
    }
    // Without the fix every one of these would be 401: the encoded path skipped the counter.
    expect(statuses[0]).toBe(401);
    expect(statuses.slice(-2)).toEqual([429, 429]);
  });
});

describe("second factor", () => {
  it("does not forget wrong codes when the password is given again", async () => {
    const other = await buildTestApp();
    try {
      const orgId = (await other.signInAs("administrator")).account.organisationId;
      const nurse = await createAccount(other.ctx, { role: "health_staff", organisationId: orgId });
      const wrongCodes = async () => {
        const res = await other.app.inject({
          method: "POST",
          url: "/api/v1/auth/sign-in",
          payload: { username: nurse.username, password: TEST_PASSWORD },
        });
        if (res.statusCode !== 200) return res.json().code as string;
        const me = res.json<Me>();
        const headers = { cookie: cookieFrom(res.headers["set-cookie"]), "x-csrf-token": me.csrfToken };
        const good = await totpCode(nurse.totpSecret ?? "", other.clock);
        const wrong = good === "123456" ? "654321" : "123456";
        let last = "";
        for (let i = 0; i < 5; i++) {
          other.clock.advance(61_000); // past any slowing, so only the lock can stop it
          const r = await other.app.inject({
            method: "POST",
            url: "/api/v1/auth/second-factor",
            headers,
            payload: { code: wrong },
          });
          last = r.json().code;
        }
        return last;
      };
      await wrongCodes();
      expect(await wrongCodes()).toBe("ACCOUNT_LOCKED");
    } finally {
      await other.close();
    }
  });
});

describe("behind a proxy", () => {
  it("takes the address the trusted proxy saw, not one the client wrote", async () => {
    const built = await buildApp({
      connectionString: t.connectionString,
      encryptionKey: randomBytes(32),
      logger: false,
      trustProxy: 1,
    });
    try {
      const res = await built.app.inject({
        method: "POST",
        url: "/api/v1/auth/sign-in",
        remoteAddress: "10.0.0.2",
        headers: { "x-forwarded-for": "6.6.6.6, 203.0.113.9" },
        payload: { username: "proxy-test-name", password: "wrong password here" },
      });
      expect(res.statusCode).toBe(401);
      const rows = await built.database.pool.query<{ key: string }>(
        "select key from sign_in_throttles where key like 'address:%'",
      );
      const seen = rows.rows.map((r) => r.key).join(",");
      expect(seen).toContain("address:203.0.113.9");
      expect(seen).not.toContain("6.6.6.6");
    } finally {
      await built.app.close();
    }
  });
});
