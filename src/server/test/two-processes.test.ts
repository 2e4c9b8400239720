/**
 * Two app processes against one PostgreSQL behave as one (sessions and rate-limit counters live in
 * the database), and a closing app finishes what it started before it lets go of the database.
 */
import { randomBytes } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from "vitest";
import { buildApp, type PusterumApp } from "../app.js";
import { buildTestApp, type TestApp } from "./build-test-app.js";

const SIGN_IN_LIMIT = 4;
let a: TestApp;
let b: PusterumApp;

/** A second process on the same database: its own pool, its own key, nothing shared in memory. */
const secondApp = (connectionString: string, options: { signInRateLimit?: number } = {}) =>
  buildApp({
    connectionString,
    encryptionKey: randomBytes(32),
    clock: a.clock,
    logger: false,
    apiRateLimit: 100_000,
    signInRateLimit: options.signInRateLimit ?? SIGN_IN_LIMIT,
  });

async function clearRateLimits() {
  const client = new pg.Client({ connectionString: a.connectionString });
  await client.connect();
  await client.query("delete from rate_limit_counters");
  await client.end();
}

beforeAll(async () => {
  a = await buildTestApp({ signInRateLimit: SIGN_IN_LIMIT });
  b = await secondApp(a.connectionString);
});
afterAll(async () => {
  await b.app.close();
  await a.close();
});

describe("two app processes on one database", () => {
  it("accept each other's sessions, and a sign-out on one ends it on both", async () => {
    const manager = await a.signInAs("manager");
    const onB = await b.app.inject({ method: "GET", url: "/api/v1/me", headers: manager.headers });
    expect(onB.statusCode).toBe(200);
    expect(onB.json().id).toBe(manager.account.id);

    const signOut = await b.app.inject({
      method: "POST",
      url: "/api/v1/auth/sign-out",
      headers: manager.headers,
    });
    expect(signOut.statusCode).toBe(200);
    expect(
      (await a.app.inject({ method: "GET", url: "/api/v1/me", headers: manager.headers })).statusCode,
    ).toBe(401);
  });

  it("share the sign-in rate limit: after the limit, spread over both, the next is refused on either", async () => {
    const attempt = (app: PusterumApp["app"], i: number) =>
      app.inject({
        method: "POST",
        url: "/api/v1/auth/sign-in",
        // A new name each time, so the per-name lock stays out of the way: this is the address limit.
        payload: { username: `nobody-${i}`, password: "not anybody's password" },
      });
    // Start from empty counters (signing in staff for the other tests counted too), and leave them so.
    await clearRateLimits();
    onTestFinished(clearRateLimits);
    for (let i = 0; i < SIGN_IN_LIMIT; i++) {
      const res = await attempt(i % 2 === 0 ? a.app : b.app, i);
      expect(res.statusCode, `attempt ${i + 1}`).toBe(401);
    }
    for (const [which, app] of [
      ["A", a.app],
      ["B", b.app],
    ] as const) {
      const refused = await attempt(app, 99);
      expect(refused.statusCode, which).toBe(429);
      expect(refused.json().code, which).toBe("RATE_LIMITED");
    }
  });
});

function get(port: number, path: string, headers: Record<string, string>) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = http.request({ host: "127.0.0.1", port, path, headers, agent: false }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => {
        body += chunk;
      });
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

async function until(condition: () => Promise<boolean>, what: string) {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (await condition()) return;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe("graceful shutdown", () => {
  it("finishes in-flight requests, refuses new connections, then closes the pool", async () => {
    const server = await secondApp(a.connectionString, { signInRateLimit: 100_000 });
    onTestFinished(() => (server.database.pool.ended ? undefined : server.app.close()));
    await server.app.listen({ port: 0, host: "127.0.0.1" });
    const { port } = server.app.server.address() as AddressInfo;
    const volunteer = await a.signInAs("volunteer");

    // Hold every request in the database: each one needs the accounts table to find its session.
    const blocker = new pg.Client({ connectionString: a.connectionString });
    blocker.on("error", () => {});
    await blocker.connect();
    onTestFinished(() => blocker.end().catch(() => {}));
    await blocker.query("begin");
    await blocker.query("lock table accounts in access exclusive mode");
    const inFlight = Array.from({ length: 20 }, () => get(port, "/api/v1/me", volunteer.headers));
    // Ten wait on the lock (the pool's size), the other ten for a connection from the pool.
    await until(async () => {
      const { rows } = await blocker.query<{ n: string }>(
        "select count(*) as n from pg_stat_activity where application_name = 'pusterum' and wait_event_type = 'Lock'",
      );
      // Inside a transaction pg_stat_activity keeps its first snapshot; take a fresh one each time.
      await blocker.query("select pg_stat_clear_snapshot()");
      return Number(rows[0]?.n) >= 10 && server.database.pool.waitingCount >= 10;
    }, "the requests to reach the database");

    const closing = server.app.close();
    await until(
      () =>
        get(port, "/healthz", {}).then(
          () => false,
          (error: NodeJS.ErrnoException) => error.code === "ECONNREFUSED",
        ),
      "new connections to be refused",
    );
    expect(server.database.pool.ended).toBe(false);

    await blocker.query("commit");
    const answers = await Promise.all(inFlight);
    await closing;
    expect(answers.map((r) => r.status)).toEqual(Array(20).fill(200));
    expect(JSON.parse(answers[0]?.body ?? "{}").id).toBe(volunteer.account.id);
    expect(server.database.pool.ended).toBe(true);
    await expect(server.database.pool.query("select 1")).rejects.toThrow();
  });
});
