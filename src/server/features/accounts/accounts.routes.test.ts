import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Me } from "../../../common/contracts/accounts.js";
import { buildTestApp, cookieFrom, type TestApp, totpCode } from "../../test/build-test-app.js";
import { createAccount, TEST_PASSWORD } from "../../test/factories.js";
import { issueSetupLink } from "./accounts.service.js";

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

const post = (url: string, payload: unknown, headers: Record<string, string> = {}) =>
  t.app.inject({ method: "POST", url, payload: payload as object, headers });

describe("first administrator", () => {
  it("needs the one-time link, refuses a weak password and then any second setup", async () => {
    expect((await t.app.inject({ method: "GET", url: "/api/v1/setup" })).json()).toEqual({
      setupNeeded: true,
    });
    const link = await issueSetupLink(t.ctx);
    const token = link?.split("#")[1] ?? "";
    const body = {
      token,
      username: "admin",
      displayName: "IT",
      password: "password1234567",
      organisationName: "KC",
      organisationKind: "government",
    };

    const weak = await post("/api/v1/setup", body);
    expect(weak.statusCode).toBe(400);
    expect(weak.json().errors[0]).toMatchObject({ path: "password", code: "PASSWORD_COMMON" });

    const wrongToken = await post("/api/v1/setup", {
      ...body,
      token: "x".repeat(40),
      password: "a calm evening at the door",
    });
    expect(wrongToken.json().code).toBe("SETUP_LINK_INVALID");

    const done = await post("/api/v1/setup", { ...body, password: "a calm evening at the door" });
    expect(done.statusCode).toBe(201);
    expect(done.json<Me>()).toMatchObject({
      role: "administrator",
      next: "enrol_second_factor",
      permissions: [],
    });

    const again = await post("/api/v1/setup", { ...body, password: "a calm evening at the door" });
    expect(again.json().code).toBe("SETUP_ALREADY_DONE");
    expect((await t.app.inject({ method: "GET", url: "/api/v1/setup" })).json()).toEqual({
      setupNeeded: false,
    });
  });
});

describe("sign-in", () => {
  it("asks for the second factor, refuses a reused code and issues a new session id", async () => {
    const org = (await t.signInAs("administrator")).account.organisationId;
    const nurse = await createAccount(t.ctx, { role: "health_staff", organisationId: org });
    const first = await post("/api/v1/auth/sign-in", {
      username: nurse.username.toUpperCase(),
      password: TEST_PASSWORD,
    });
    expect(first.statusCode).toBe(200);
    const pending = first.json<Me>();
    expect(pending.next).toBe("second_factor");
    const pendingCookie = cookieFrom(first.headers["set-cookie"]);

    // The pending session may not read anything yet.
    const early = await t.app.inject({
      method: "GET",
      url: "/api/v1/organisations",
      headers: { cookie: pendingCookie },
    });
    expect(early.json().code).toBe("SECOND_FACTOR_REQUIRED");

    const code = await totpCode(nurse.totpSecret ?? "", t.clock);
    const headers = { cookie: pendingCookie, "x-csrf-token": pending.csrfToken };
    const wrong = await post(
      "/api/v1/auth/second-factor",
      { code: code === "000000" ? "111111" : "000000" },
      headers,
    );
    expect(wrong.json().code).toBe("INVALID_CODE");
    const ok = await post("/api/v1/auth/second-factor", { code }, headers);
    expect(ok.statusCode).toBe(200);
    expect(ok.json<Me>().next).toBe("done");
    const fullCookie = cookieFrom(ok.headers["set-cookie"]);
    expect(fullCookie).not.toBe(pendingCookie);

    // The same code a second time, in a new sign-in, is refused.
    const second = await post("/api/v1/auth/sign-in", { username: nurse.username, password: TEST_PASSWORD });
    const reused = await post(
      "/api/v1/auth/second-factor",
      { code },
      { cookie: cookieFrom(second.headers["set-cookie"]), "x-csrf-token": second.json<Me>().csrfToken },
    );
    expect(reused.json().code).toBe("INVALID_CODE");
  });

  it("answers unknown and known names alike, then slows and locks both", async () => {
    const org = (await t.signInAs("administrator")).account.organisationId;
    const known = await createAccount(t.ctx, { role: "teacher", organisationId: org });
    const unknown = await post("/api/v1/auth/sign-in", {
      username: "nobody-here",
      password: "wrong password entirely",
    });
    const wrong = await post("/api/v1/auth/sign-in", {
      username: known.username,
      password: "wrong password entirely",
    });
    expect(unknown.statusCode).toBe(401);
    expect(wrong.statusCode).toBe(401);
    expect(unknown.json()).toEqual(wrong.json());

    for (let i = 0; i < 3; i++)
      await post("/api/v1/auth/sign-in", { username: known.username, password: "still wrong, sorry" });
    const slowed = await post("/api/v1/auth/sign-in", { username: known.username, password: TEST_PASSWORD });
    expect(slowed.json().code).toBe("ACCOUNT_LOCKED");
    t.clock.advance(60_000);
    const afterWait = await post("/api/v1/auth/sign-in", {
      username: known.username,
      password: TEST_PASSWORD,
    });
    expect(afterWait.statusCode).toBe(200);
  });

  it("ends an idle session after 15 minutes and a deactivated account's sessions at once", async () => {
    const admin = await t.signInAs("administrator");
    const volunteer = await t.signInAs("volunteer");
    expect((await volunteer.request({ method: "GET", url: "/api/v1/me" })).statusCode).toBe(200);
    t.clock.advance(16 * 60_000);
    expect((await volunteer.request({ method: "GET", url: "/api/v1/me" })).statusCode).toBe(401);

    const teacher = await t.signInAs("teacher");
    const admin2 = await t.signInAs("administrator");
    expect((await teacher.request({ method: "GET", url: "/api/v1/me" })).statusCode).toBe(200);
    const off = await admin2.request({
      method: "POST",
      url: `/api/v1/accounts/${teacher.account.id}/deactivate`,
    });
    expect(off.statusCode).toBe(200);
    expect((await teacher.request({ method: "GET", url: "/api/v1/me" })).statusCode).toBe(401);
    expect(admin.me.role).toBe("administrator");
  });

  it("refuses a change without the CSRF token", async () => {
    const manager = await t.signInAs("manager");
    const res = await t.app.inject({
      method: "PATCH",
      url: "/api/v1/me",
      headers: { cookie: manager.headers.cookie ?? "" },
      payload: { locale: "en" },
    });
    expect(res.json().code).toBe("CSRF_FAILED");
  });
});

describe("accounts, by an administrator", () => {
  it("creates an account whose temporary password must be changed, and resets it", async () => {
    const admin = await t.signInAs("administrator");
    const created = await admin.request({
      method: "POST",
      url: "/api/v1/accounts",
      payload: {
        username: "maria.t",
        displayName: "Maria",
        role: "volunteer",
        organisationId: admin.account.organisationId,
        languages: ["ro"],
      },
    });
    expect(created.statusCode).toBe(201);
    const { temporaryPassword, account } = created.json();
    expect(account).not.toHaveProperty("passwordHash");

    const duplicate = await admin.request({
      method: "POST",
      url: "/api/v1/accounts",
      payload: {
        username: "Maria.T",
        displayName: "Maria",
        role: "volunteer",
        organisationId: admin.account.organisationId,
      },
    });
    expect(duplicate.json().errors[0]).toMatchObject({ path: "username", code: "USERNAME_TAKEN" });

    const signIn = await post("/api/v1/auth/sign-in", { username: "maria.t", password: temporaryPassword });
    const me = signIn.json<Me>();
    expect(me.next).toBe("change_password");
    const headers = { cookie: cookieFrom(signIn.headers["set-cookie"]), "x-csrf-token": me.csrfToken };
    const blocked = await t.app.inject({ method: "GET", url: "/api/v1/organisations", headers });
    expect(blocked.json().code).toBe("PASSWORD_CHANGE_REQUIRED");
    const short = await post(
      "/api/v1/auth/password",
      { currentPassword: temporaryPassword, newPassword: "short" },
      headers,
    );
    expect(short.json().errors[0]).toMatchObject({ path: "newPassword", code: "PASSWORD_TOO_SHORT" });
    const changed = await post(
      "/api/v1/auth/password",
      { currentPassword: temporaryPassword, newPassword: "tea and soup on a monday" },
      headers,
    );
    expect(changed.json<Me>().next).toBe("done");

    const reset = await admin.request({ method: "POST", url: `/api/v1/accounts/${account.id}/reset` });
    expect(reset.json().temporaryPassword).not.toBe(temporaryPassword);
  });

  it("is refused to a social worker, and the refusal is audited", async () => {
    const worker = await t.signInAs("social_worker");
    const res = await worker.request({ method: "GET", url: "/api/v1/accounts" });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe("FORBIDDEN");
    const audit = await t.database.pool.query("select event from audit_events where actor_account_id = $1", [
      worker.account.id,
    ]);
    expect(audit.rows.map((r) => r.event)).toContain("PERMISSION_REFUSED");
  });

  it("refuses extra fields and bad input with field errors", async () => {
    const admin = await t.signInAs("administrator");
    const res = await admin.request({
      method: "POST",
      url: "/api/v1/accounts",
      payload: { username: "x", displayName: "", role: "king", organisationId: "nope", passwordHash: "x" },
    });
    expect(res.statusCode).toBe(400);
    expect(res.headers["content-type"]).toContain("application/problem+json");
    expect(res.json().errors.length).toBeGreaterThan(1);
  });
});
