import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { accountRoutes } from "../../../common/contracts/accounts";
import { ApiError, callApi, forgetSession } from "../../api/client";
import { lockWaitOf } from "./lock-wait";

const fetchMock = vi.fn<typeof fetch>();
beforeEach(() => {
  forgetSession();
  fetchMock.mockReset();
  vi.stubGlobal("fetch", fetchMock);
});
afterEach(() => vi.unstubAllGlobals());

const locked = (body: object, headers: Record<string, string> = {}) =>
  new Response(
    JSON.stringify({
      type: "about:blank",
      title: "Too many requests",
      status: 429,
      code: "ACCOUNT_LOCKED",
      ...body,
    }),
    { status: 429, headers: { "content-type": "application/problem+json", ...headers } },
  );
const signIn = () =>
  callApi(accountRoutes.signIn, { body: { username: "anna", password: "x" } }).catch((e) => e);

describe("the wait of a locked sign-in", () => {
  it("is read from the problem's retryAfter field", async () => {
    fetchMock.mockResolvedValueOnce(locked({ retryAfter: 840 }, { "retry-after": "840" }));
    const error = await signIn();
    expect(error).toBeInstanceOf(ApiError);
    expect(error.retryAfter).toBe(840);
    expect(lockWaitOf(error)).toEqual({ unit: "minutes", count: 14 });
  });

  it("falls back to the Retry-After header, and is absent when the server gave none", async () => {
    fetchMock.mockResolvedValueOnce(locked({}, { "retry-after": "8" }));
    expect(lockWaitOf(await signIn())).toEqual({ unit: "seconds", count: 8 });
    fetchMock.mockResolvedValueOnce(locked({}));
    const error = await signIn();
    expect(error.retryAfter).toBeNull();
    expect(lockWaitOf(error)).toBeNull();
  });

  it("says seconds up to a minute, then whole minutes rounded up", () => {
    const wait = (retryAfter: number) =>
      lockWaitOf(new ApiError({ status: 429, code: "ACCOUNT_LOCKED", retryAfter }));
    expect(wait(1)).toEqual({ unit: "seconds", count: 1 });
    expect(wait(60)).toEqual({ unit: "seconds", count: 60 });
    expect(wait(61)).toEqual({ unit: "minutes", count: 2 });
    expect(wait(900)).toEqual({ unit: "minutes", count: 15 });
    expect(lockWaitOf(new ApiError({ status: 429, code: "RATE_LIMITED", retryAfter: 30 }))).toBeNull();
  });
});
