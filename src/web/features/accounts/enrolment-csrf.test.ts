import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { accountRoutes, type Me } from "../../../common/contracts/accounts";
import { callApi, forgetSession } from "../../api/client";

const PENDING: Me = {
  id: "7f3c1f4e-8f7e-4c39-9d55-2f3a6b3b9e11",
  username: "anna",
  displayName: "Anna",
  role: "administrator",
  organisationId: "0b8f3f7e-5b4c-4c1e-9a33-9d1f2e4c5a66",
  organisationName: "KC",
  profession: "",
  languages: [],
  locale: "en",
  siteIds: [],
  permissions: [],
  secondFactorEnrolled: false,
  next: "enrol_second_factor",
  csrfToken: "pending-session-token",
};

const fetchMock = vi.fn<typeof fetch>();
beforeEach(() => {
  forgetSession();
  fetchMock.mockReset();
  vi.stubGlobal("fetch", fetchMock);
});
afterEach(() => vi.unstubAllGlobals());

const json = (body: unknown) =>
  new Response(JSON.stringify(body), { status: 200, headers: { "content-type": "application/json" } });
const sent = () => fetchMock.mock.calls.map((call) => `${call[1]?.method ?? "GET"} ${String(call[0])}`);

describe("confirming the authenticator app", () => {
  it("keeps the new session's CSRF token from the answer, so the next change carries it", async () => {
    fetchMock
      .mockResolvedValueOnce(json(PENDING))
      .mockResolvedValueOnce(json({ recoveryCodes: ["abcde-12345"], csrfToken: "new-session-token" }))
      .mockResolvedValueOnce(json({ ok: true }));
    await callApi(accountRoutes.signIn, { body: { username: "anna", password: "x" } });
    const confirmed = await callApi(accountRoutes.confirmEnrolment, { body: { code: "123456" } });
    expect(confirmed.recoveryCodes).toEqual(["abcde-12345"]);
    await callApi(accountRoutes.signOutEverywhere);

    // No refusal and no second try, no GET /me to fetch the token again.
    expect(sent()).toEqual([
      "POST /api/v1/auth/sign-in",
      "POST /api/v1/auth/second-factor/enrolment/confirm",
      "POST /api/v1/auth/sign-out-everywhere",
    ]);
    const headers = (call: number) => new Headers(fetchMock.mock.calls[call]?.[1]?.headers);
    expect(headers(1).get("x-csrf-token")).toBe("pending-session-token");
    expect(headers(2).get("x-csrf-token")).toBe("new-session-token");
  });
});
