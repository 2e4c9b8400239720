import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { accountRoutes } from "../../common/contracts/accounts";
import { ApiError, buildUrl, callApi, callApiWithStatus, forgetSession, onUnauthenticated } from "./client";

const ME = {
  id: "7f3c1f4e-8f7e-4c39-9d55-2f3a6b3b9e11",
  username: "anna",
  displayName: "Anna",
  role: "administrator",
  organisationId: "0b8f3f7e-5b4c-4c1e-9a33-9d1f2e4c5a66",
  organisationName: "KC",
  profession: "",
  languages: ["da"],
  locale: "da",
  siteIds: [],
  permissions: ["account.read"],
  secondFactorEnrolled: true,
  next: "done",
  csrfToken: "token-1",
};

const json = (body: unknown, status = 200, type = "application/json") =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": type } });
const problem = (status: number, code: string, extra: object = {}) =>
  json(
    { type: "about:blank", title: "x", status, code, detail: `detail ${code}`, ...extra },
    status,
    "application/problem+json",
  );

const fetchMock = vi.fn<typeof fetch>();
const headersOf = (call: number) => new Headers(fetchMock.mock.calls[call]?.[1]?.headers);

beforeEach(() => {
  forgetSession();
  fetchMock.mockReset();
  vi.stubGlobal("fetch", fetchMock);
});
afterEach(() => vi.unstubAllGlobals());

describe("buildUrl", () => {
  it("fills path parameters, encoded, and appends the query without empty values", () => {
    expect(buildUrl("/api/v1/accounts/:id/reset", { id: "a b/c" })).toBe("/api/v1/accounts/a%20b%2Fc/reset");
    expect(buildUrl("/api/v1/accounts", {}, { limit: 25, cursor: undefined, tag: ["a", "b"] })).toBe(
      "/api/v1/accounts?limit=25&tag=a&tag=b",
    );
  });

  it("refuses to call a path with a missing parameter", () => {
    expect(() => buildUrl("/api/v1/accounts/:id", {})).toThrow(/id/);
  });
});

describe("callApi", () => {
  it("returns the checked answer and sends the session's CSRF token on later changes", async () => {
    fetchMock.mockResolvedValueOnce(json(ME)).mockResolvedValueOnce(json({ ok: true }));
    const me = await callApi(accountRoutes.signIn, { body: { username: "anna", password: "x" } });
    expect(me.displayName).toBe("Anna");
    expect(fetchMock.mock.calls[0]?.[0]).toBe("/api/v1/auth/sign-in");
    expect(fetchMock.mock.calls[0]?.[1]).toMatchObject({ method: "POST", credentials: "same-origin" });

    await callApi(accountRoutes.signOut);
    expect(headersOf(1).get("x-csrf-token")).toBe("token-1");
  });

  it("turns problem+json into an ApiError with its field errors", async () => {
    fetchMock.mockResolvedValueOnce(
      problem(400, "PASSWORD_TOO_SHORT", {
        errors: [{ path: "password", code: "PASSWORD_TOO_SHORT", message: "m" }],
      }),
    );
    const error = await callApi(accountRoutes.signIn, { body: { username: "a", password: "b" } }).catch(
      (e) => e,
    );
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 400,
      code: "PASSWORD_TOO_SHORT",
      detail: "detail PASSWORD_TOO_SHORT",
    });
    expect(error.fieldErrors).toEqual([{ path: "password", code: "PASSWORD_TOO_SHORT", message: "m" }]);
  });

  it("fetches the token first after a reload; a refused token is not retried, only fetched anew", async () => {
    fetchMock
      .mockResolvedValueOnce(json(ME)) // GET /me: no token in memory yet
      .mockResolvedValueOnce(problem(403, "CSRF_FAILED")) // another tab signed in meanwhile
      .mockResolvedValueOnce(json({ ...ME, csrfToken: "token-2" })) // GET /me, before the next action
      .mockResolvedValueOnce(json({ ok: true }));
    await expect(callApi(accountRoutes.signOutEverywhere)).rejects.toMatchObject({ code: "CSRF_FAILED" });
    // The refused action was not sent again behind the person's back.
    expect(fetchMock.mock.calls.map((call) => call[1]?.method ?? "GET")).toEqual(["GET", "POST"]);
    await callApi(accountRoutes.signOutEverywhere);
    expect(fetchMock.mock.calls.map((call) => call[1]?.method ?? "GET")).toEqual([
      "GET",
      "POST",
      "GET",
      "POST",
    ]);
    expect(headersOf(3).get("x-csrf-token")).toBe("token-2");
  });

  it("tells the app when the session is gone", async () => {
    const listener = vi.fn();
    const stop = onUnauthenticated(listener);
    fetchMock.mockResolvedValueOnce(problem(401, "UNAUTHENTICATED"));
    await expect(callApi(accountRoutes.me)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    expect(listener).toHaveBeenCalledWith(accountRoutes.me);
    stop();
  });

  it("does not count a wrong password as a lost session", async () => {
    const listener = vi.fn();
    const stop = onUnauthenticated(listener);
    fetchMock.mockResolvedValueOnce(problem(401, "INVALID_CREDENTIALS"));
    await expect(
      callApi(accountRoutes.signIn, { body: { username: "a", password: "b" } }),
    ).rejects.toMatchObject({
      code: "INVALID_CREDENTIALS",
    });
    expect(listener).not.toHaveBeenCalled();
    stop();
  });

  it("reports an unreachable server and an answer that breaks the contract as calm errors", async () => {
    fetchMock.mockRejectedValueOnce(new TypeError("Failed to fetch"));
    await expect(callApi(accountRoutes.setupStatus)).rejects.toMatchObject({
      code: "NETWORK_ERROR",
      status: 0,
    });

    const consoleError = vi.spyOn(console, "error").mockImplementation(() => {});
    fetchMock.mockResolvedValueOnce(json({ setupNeeded: "yes" }));
    await expect(callApi(accountRoutes.setupStatus)).rejects.toMatchObject({ code: "INTERNAL" });
    consoleError.mockRestore();
  });

  it("sends extra headers without letting them replace its own, and tells 200 from 201", async () => {
    fetchMock.mockResolvedValueOnce(json(ME)).mockResolvedValueOnce(json({ ok: true }, 201));
    await callApi(accountRoutes.signIn, { body: { username: "anna", password: "x" } });
    const answer = await callApiWithStatus(accountRoutes.signOut, {
      headers: { "Idempotency-Key": "key-1", "x-csrf-token": "forged", accept: "text/html" },
    });
    expect(answer).toEqual({ data: { ok: true }, status: 201 });
    expect(headersOf(1).get("idempotency-key")).toBe("key-1");
    expect(headersOf(1).get("x-csrf-token")).toBe("token-1");
    expect(headersOf(1).get("accept")).toBe("application/json");
  });
});
