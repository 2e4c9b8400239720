import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../test/build-test-app.js";

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

describe("HTTP basics", () => {
  it("answers health and readiness", async () => {
    expect((await t.app.inject({ method: "GET", url: "/healthz" })).json()).toEqual({ status: "ok" });
    const ready = await t.app.inject({ method: "GET", url: "/readyz" });
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toEqual({ status: "ready" });
  });

  it("tells an unknown address (404) from a wrong method (405), as problem+json", async () => {
    const unknown = await t.app.inject({ method: "GET", url: "/api/v1/no-such-thing" });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.headers["content-type"]).toContain("application/problem+json");
    expect(unknown.json().code).toBe("NOT_FOUND");
    const wrongMethod = await t.app.inject({ method: "DELETE", url: "/api/v1/auth/sign-in" });
    expect(wrongMethod.statusCode).toBe(405);
    expect(wrongMethod.headers.allow).toBe("POST");
    expect(wrongMethod.json().code).toBe("METHOD_NOT_ALLOWED");
  });

  it("refuses oversized, malformed and non-JSON bodies without a stack trace", async () => {
    const big = await t.app.inject({
      method: "POST",
      url: "/api/v1/auth/sign-in",
      headers: { "content-type": "application/json" },
      payload: JSON.stringify({ username: "a", password: "x".repeat(300 * 1024) }),
    });
    expect(big.statusCode).toBe(413);
    expect(big.json().code).toBe("PAYLOAD_TOO_LARGE");

    const malformed = await t.app.inject({
      method: "POST",
      url: "/api/v1/auth/sign-in",
      headers: { "content-type": "application/json" },
      payload: '{"username": ',
    });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().code).toBe("MALFORMED_REQUEST");
    expect(malformed.body).not.toMatch(/at .*\.(ts|js):\d+/);

    const text = await t.app.inject({
      method: "POST",
      url: "/api/v1/auth/sign-in",
      headers: { "content-type": "text/plain" },
      payload: "username=a&password=b",
    });
    expect(text.statusCode).toBe(415);
  });

  it("sends security headers and a strict cookie", async () => {
    const res = await t.app.inject({ method: "GET", url: "/api/v1/setup" });
    const csp = String(res.headers["content-security-policy"]);
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain("unsafe-eval");
    expect(res.headers["x-content-type-options"]).toBe("nosniff");
    expect(res.headers["referrer-policy"]).toBe("no-referrer");

    const staff = await t.signInAs("volunteer");
    const again = await t.app.inject({
      method: "POST",
      url: "/api/v1/auth/sign-in",
      payload: { username: staff.account.username, password: "correct horse battery staple" },
    });
    const cookie = String(again.headers["set-cookie"]);
    expect(cookie).toContain("HttpOnly");
    expect(cookie).toContain("SameSite=Strict");
    expect(cookie).toContain("Path=/");
  });

  it("publishes the OpenAPI document with every API route", async () => {
    const res = await t.app.inject({ method: "GET", url: "/api/docs/json" });
    expect(res.statusCode).toBe(200);
    const doc = res.json<{ openapi: string; paths: Record<string, unknown> }>();
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(["/api/v1/auth/sign-in", "/api/v1/me"]));
    const page = await t.app.inject({ method: "GET", url: "/api/docs" });
    expect([200, 302]).toContain(page.statusCode);
  });
});
