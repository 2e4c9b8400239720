/**
 * The findings of the foundation's security review, each pinned by a test that failed before its
 * fix: the sign-in lock under parallel guesses, the wait of a lock in a field, the CSRF token of
 * the enrolment, the setup's language, and the step-up before sensitive actions.
 */
import type { InjectOptions } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Me } from "../../../common/contracts/accounts.js";
import {
  buildTestApp,
  cookieFrom,
  type SignedIn,
  type TestApp,
  totpCode,
} from "../../test/build-test-app.js";
import { createAccount, TEST_PASSWORD } from "../../test/factories.js";
import { THROTTLE } from "./accounts.policy.js";
import { issueSetupLink } from "./accounts.service.js";

let t: TestApp;
let organisationId: string;
beforeAll(async () => {
  t = await buildTestApp();
  organisationId = (await t.signInAs("administrator")).account.organisationId;
});
afterAll(() => t.close());

// Each test signs in from its own address, so the per-address counter of one test never slows another.
let lastAddress = 0;
const nextAddress = () => `10.1.0.${++lastAddress}`;

const post = (url: string, payload: unknown, options: Partial<InjectOptions> = {}) =>
  t.app.inject({ method: "POST", url, payload: payload as object, ...options });

async function throttleOf(username: string) {
  const { rows } = await t.database.pool.query(
    "select failures, locked_until from sign_in_throttles where key = $1",
    [`account:${username.toLowerCase()}`],
  );
  return rows[0] as { failures: number; locked_until: Date | null } | undefined;
}

/** Puts a name's counter at `failures` in the current window, with no lock in force. */
async function nearLimit(username: string, failures: number) {
  await t.database.pool.query(
    `insert into sign_in_throttles (key, failures, window_started_at) values ($1, $2, $3)
     on conflict (key) do update set failures = $2, window_started_at = $3, locked_until = null`,
    [`account:${username.toLowerCase()}`, failures, t.clock.now()],
  );
}

async function auditCount(accountId: string, event: string) {
  const { rows } = await t.database.pool.query(
    "select count(*)::int as n from audit_events where entity_id = $1 and event = $2",
    [accountId, event],
  );
  return rows[0].n as number;
}

const codesOf = (responses: { json: () => { code?: string } }[]) =>
  responses.map((r) => r.json().code ?? "ok").sort();

describe("the sign-in lock under parallel guesses", () => {
  it("lets no more wrong passwords through to the check than the limit allows", async () => {
    const teacher = await createAccount(t.ctx, { role: "teacher", organisationId });
    await nearLimit(teacher.username, THROTTLE.account.lockAt - 1);
    const remoteAddress = nextAddress();
    const guesses = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        post(
          "/api/v1/auth/sign-in",
          { username: teacher.username, password: `wrong guess number ${i}` },
          { remoteAddress },
        ),
      ),
    );
    // One guess was left before the lock: exactly one reached the password check.
    expect(codesOf(guesses)).toEqual([...Array(9).fill("ACCOUNT_LOCKED"), "INVALID_CREDENTIALS"]);
    expect(await auditCount(teacher.id, "ACCOUNT_SIGN_IN_FAILED")).toBe(1);
    expect(await auditCount(teacher.id, "ACCOUNT_LOCKED")).toBe(1);
    const throttle = await throttleOf(teacher.username);
    expect(throttle?.failures).toBe(THROTTLE.account.lockAt);
    expect(throttle?.locked_until?.getTime()).toBe(t.clock.now().getTime() + THROTTLE.lockMinutes * 60_000);
  });

  it("lets no more wrong second-factor codes through than the limit allows", async () => {
    const nurse = await createAccount(t.ctx, { role: "health_staff", organisationId });
    const remoteAddress = nextAddress();
    const signIn = await post(
      "/api/v1/auth/sign-in",
      { username: nurse.username, password: TEST_PASSWORD },
      { remoteAddress },
    );
    const headers = {
      cookie: cookieFrom(signIn.headers["set-cookie"]),
      "x-csrf-token": signIn.json<Me>().csrfToken,
    };
    await nearLimit(nurse.username, THROTTLE.account.lockAt - 1);
    const right = await totpCode(nurse.totpSecret ?? "", t.clock);
    const wrong = right === "000000" ? "111111" : "000000";
    const guesses = await Promise.all(
      Array.from({ length: 10 }, () =>
        post("/api/v1/auth/second-factor", { code: wrong }, { headers, remoteAddress }),
      ),
    );
    expect(codesOf(guesses)).toEqual([...Array(9).fill("ACCOUNT_LOCKED"), "INVALID_CODE"]);
    expect(await auditCount(nurse.id, "SECOND_FACTOR_FAILED")).toBe(1);
    // Locked now, even for the right code.
    const late = await post("/api/v1/auth/second-factor", { code: right }, { headers, remoteAddress });
    expect(late.json().code).toBe("ACCOUNT_LOCKED");
  });

  it("takes back the attempt of a right password: no failure added, no lock left behind", async () => {
    const nurse = await createAccount(t.ctx, { role: "health_staff", organisationId });
    // Six failures: the next attempt is slowed in advance, and must not stay slowed when it succeeds.
    await nearLimit(nurse.username, 6);
    const remoteAddress = nextAddress();
    const ok = await post(
      "/api/v1/auth/sign-in",
      { username: nurse.username, password: TEST_PASSWORD },
      { remoteAddress },
    );
    expect(ok.json<Me>().next).toBe("second_factor");
    // The second factor is still owed, so the count stays (a password alone never resets it) …
    expect(await throttleOf(nurse.username)).toMatchObject({ failures: 6, locked_until: null });
    // … and a second browser is not refused for a lock the first one set in advance.
    const again = await post(
      "/api/v1/auth/sign-in",
      { username: nurse.username, password: TEST_PASSWORD },
      { remoteAddress },
    );
    expect(again.statusCode).toBe(200);
    const { rows } = await t.database.pool.query(
      "select failures, locked_until from sign_in_throttles where key = $1",
      [`address:${remoteAddress}`],
    );
    expect(rows[0]).toMatchObject({ failures: 0, locked_until: null });
  });
});

describe("the wait of a lock", () => {
  it("is in the problem's retryAfter field and the Retry-After header", async () => {
    const volunteer = await createAccount(t.ctx, { role: "volunteer", organisationId });
    await nearLimit(volunteer.username, THROTTLE.account.lockAt - 1);
    const remoteAddress = nextAddress();
    const wrong = await post(
      "/api/v1/auth/sign-in",
      { username: volunteer.username, password: "not the password at all" },
      { remoteAddress },
    );
    expect(wrong.json().code).toBe("INVALID_CREDENTIALS");
    t.clock.advance(60_000);
    const locked = await post(
      "/api/v1/auth/sign-in",
      { username: volunteer.username, password: TEST_PASSWORD },
      { remoteAddress },
    );
    expect(locked.statusCode).toBe(429);
    const waitSeconds = THROTTLE.lockMinutes * 60 - 60;
    expect(locked.json()).toMatchObject({ code: "ACCOUNT_LOCKED", retryAfter: waitSeconds });
    expect(locked.headers["retry-after"]).toBe(String(waitSeconds));
  });
});

describe("the enrolment of an authenticator app", () => {
  it("answers with the CSRF token of the new session, which the next change uses", async () => {
    const volunteer = await t.signInAs("volunteer");
    const started = await volunteer.request({ method: "POST", url: "/api/v1/auth/second-factor/enrolment" });
    const code = await totpCode(started.json().secret, t.clock);
    const confirmed = await volunteer.request({
      method: "POST",
      url: "/api/v1/auth/second-factor/enrolment/confirm",
      payload: { code },
    });
    expect(confirmed.statusCode).toBe(200);
    const body = confirmed.json();
    expect(body.recoveryCodes).toHaveLength(10);
    expect(body.csrfToken).toEqual(expect.any(String));
    expect(body.csrfToken).not.toBe(volunteer.headers["x-csrf-token"]);
    const next = await t.app.inject({
      method: "PATCH",
      url: "/api/v1/me",
      headers: { cookie: cookieFrom(confirmed.headers["set-cookie"]), "x-csrf-token": body.csrfToken },
      payload: { locale: "en" },
    });
    expect(next.statusCode).toBe(200);
  });
});

describe("the first administrator", () => {
  it("keeps the language the setup page was filled in", async () => {
    const fresh = await buildTestApp();
    try {
      const token = (await issueSetupLink(fresh.ctx))?.split("#")[1] ?? "";
      const done = await fresh.app.inject({
        method: "POST",
        url: "/api/v1/setup",
        payload: {
          token,
          username: "admin",
          displayName: "IT",
          password: "a calm evening at the door",
          organisationName: "KC",
          organisationKind: "government",
          locale: "en",
        },
      });
      expect(done.statusCode).toBe(201);
      expect(done.json<Me>().locale).toBe("en");
      const { rows } = await fresh.database.pool.query(
        "select locale from accounts where username = 'admin'",
      );
      expect(rows[0].locale).toBe("en");
    } finally {
      await fresh.close();
    }
  });
});

describe("step-up: a fresh second factor", () => {
  const stepUp = (who: SignedIn, code: string, remoteAddress = "10.9.0.1") =>
    who.request({ method: "POST", url: "/api/v1/me/step-up", payload: { code }, remoteAddress });
  const newRecoveryCodes = (who: SignedIn) =>
    who.request({ method: "POST", url: "/api/v1/auth/recovery-codes" });

  it("is needed for new recovery codes five minutes after the sign-in, and lasts five minutes", async () => {
    const nurse = await t.signInAs("health_staff");
    // Just signed in with the code: fresh.
    expect((await newRecoveryCodes(nurse)).statusCode).toBe(200);
    t.clock.advance(5 * 60_000 + 1000);
    const stale = await newRecoveryCodes(nurse);
    expect(stale.statusCode).toBe(403);
    expect(stale.json().code).toBe("STEP_UP_REQUIRED");

    const code = await totpCode(nurse.account.totpSecret ?? "", t.clock);
    const wrong = await stepUp(nurse, code === "000000" ? "111111" : "000000");
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().errors[0]).toMatchObject({ path: "code", code: "INVALID_CODE" });
    expect(await auditCount(nurse.account.id, "SECOND_FACTOR_FAILED")).toBe(1);

    expect((await stepUp(nurse, code)).json()).toEqual({ ok: true });
    expect(await auditCount(nurse.account.id, "STEP_UP_COMPLETED")).toBe(1);
    // The same code twice is refused: a code seen over a shoulder is spent.
    expect((await stepUp(nurse, code)).json().code).toBe("INVALID_CODE");
    const fresh = await newRecoveryCodes(nurse);
    expect(fresh.statusCode).toBe(200);
    expect(fresh.json().recoveryCodes).toHaveLength(10);

    t.clock.advance(5 * 60_000 + 1000);
    // Another request within the idle limit keeps the session; the step-up has run out.
    expect((await newRecoveryCodes(nurse)).json().code).toBe("STEP_UP_REQUIRED");
  });

  it("is not made fresh again by a password change", async () => {
    const nurse = await t.signInAs("health_staff");
    t.clock.advance(6 * 60_000);
    const changed = await nurse.request({
      method: "POST",
      url: "/api/v1/auth/password",
      payload: { currentPassword: TEST_PASSWORD, newPassword: "soup and tea after the evening" },
    });
    expect(changed.statusCode).toBe(200);
    const me = changed.json<Me>();
    expect(me.next).toBe("done");
    const res = await t.app.inject({
      method: "POST",
      url: "/api/v1/auth/recovery-codes",
      headers: { cookie: cookieFrom(changed.headers["set-cookie"]), "x-csrf-token": me.csrfToken },
    });
    expect(res.json().code).toBe("STEP_UP_REQUIRED");
  });

  it("is needed to change a role, not to change anything else", async () => {
    const admin = await t.signInAs("administrator");
    const teacher = await createAccount(t.ctx, { role: "teacher", organisationId });
    const patch = (payload: object) =>
      admin.request({ method: "PATCH", url: `/api/v1/accounts/${teacher.id}`, payload });
    t.clock.advance(6 * 60_000);

    expect((await patch({ displayName: "Teacher Two", role: "teacher" })).statusCode).toBe(200);
    const refused = await patch({ role: "social_worker" });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().code).toBe("STEP_UP_REQUIRED");
    const { rows } = await t.database.pool.query("select role from accounts where id = $1", [teacher.id]);
    expect(rows[0].role).toBe("teacher");

    expect((await stepUp(admin, await totpCode(admin.account.totpSecret ?? "", t.clock))).statusCode).toBe(
      200,
    );
    const changed = await patch({ role: "social_worker" });
    expect(changed.statusCode).toBe(200);
    expect(changed.json().role).toBe("social_worker");
  });

  it("answers a manager's role change with FORBIDDEN, not with a request for a code", async () => {
    const manager = await t.signInAs("manager");
    const teacher = await createAccount(t.ctx, { role: "teacher", organisationId });
    t.clock.advance(6 * 60_000);
    const res = await manager.request({
      method: "PATCH",
      url: `/api/v1/accounts/${teacher.id}`,
      payload: { role: "administrator" },
    });
    expect(res.json().code).toBe("FORBIDDEN");
  });

  it("needs an authenticator app: an account without one cannot step up", async () => {
    const volunteer = await t.signInAs("volunteer");
    expect((await stepUp(volunteer, "123456")).json().code).toBe("SECOND_FACTOR_ENROLMENT_REQUIRED");
    expect((await newRecoveryCodes(volunteer)).json().code).toBe("SECOND_FACTOR_ENROLMENT_REQUIRED");
  });

  it("counts wrong codes against the sign-in lock", async () => {
    const lawyer = await t.signInAs("lawyer");
    const right = await totpCode(lawyer.account.totpSecret ?? "", t.clock);
    const wrong = right === "000000" ? "111111" : "000000";
    const remoteAddress = nextAddress();
    await nearLimit(lawyer.account.username, THROTTLE.account.lockAt - 1);
    const guesses = await Promise.all(Array.from({ length: 5 }, () => stepUp(lawyer, wrong, remoteAddress)));
    expect(codesOf(guesses)).toEqual([...Array(4).fill("ACCOUNT_LOCKED"), "INVALID_CODE"]);
    expect((await stepUp(lawyer, right, remoteAddress)).json().code).toBe("ACCOUNT_LOCKED");
  });

  it("requires a signed-in session and six digits", async () => {
    const anonymous = await post("/api/v1/me/step-up", { code: "123456" });
    expect(anonymous.statusCode).toBe(401);
    const worker = await t.signInAs("social_worker");
    const bad = await worker.request({
      method: "POST",
      url: "/api/v1/me/step-up",
      payload: { code: "12ab" },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0]).toMatchObject({ path: "code" });
    const extra = await worker.request({
      method: "POST",
      url: "/api/v1/me/step-up",
      payload: { code: "123456", remember: true },
    });
    expect(extra.statusCode).toBe(400);
  });

  it("is refused to a browser that still owes the second factor", async () => {
    const nurse = await createAccount(t.ctx, { role: "health_staff", organisationId });
    const signIn = await post("/api/v1/auth/sign-in", { username: nurse.username, password: TEST_PASSWORD });
    const res = await post(
      "/api/v1/me/step-up",
      { code: await totpCode(nurse.totpSecret ?? "", t.clock) },
      {
        headers: {
          cookie: cookieFrom(signIn.headers["set-cookie"]),
          "x-csrf-token": signIn.json<Me>().csrfToken,
        },
      },
    );
    expect(res.statusCode).toBe(401);
    expect(res.json().code).toBe("SECOND_FACTOR_REQUIRED");
  });
});
