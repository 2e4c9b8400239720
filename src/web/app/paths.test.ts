import { describe, expect, it } from "vitest";
import { pathForNextStep } from "../features/accounts/sign-in-steps";
import { paths, safeReturnTo, withoutBasename } from "./paths";

describe("safeReturnTo", () => {
  it("keeps paths inside the staff app", () => {
    expect(safeReturnTo("/accounts")).toBe("/accounts");
    expect(safeReturnTo("/profile/password?x=1")).toBe("/profile/password?x=1");
  });

  it("refuses anything that could leave the app or loop back into signing in", () => {
    for (const value of [
      "https://evil.example",
      "//evil.example",
      "/\\evil.example",
      "accounts",
      "",
      null,
      undefined,
    ]) {
      expect(safeReturnTo(value)).toBeUndefined();
    }
    expect(safeReturnTo("/sign-in?reason=idle")).toBeUndefined();
    expect(safeReturnTo("/setup")).toBeUndefined();
  });
});

describe("paths", () => {
  it("puts the reason and the page to return to in the sign-in address", () => {
    expect(paths.signIn()).toBe("/sign-in");
    expect(paths.signIn({ reason: "idle", returnTo: "/accounts" })).toBe(
      "/sign-in?reason=idle&returnTo=%2Faccounts",
    );
    expect(paths.signIn({ returnTo: "//evil.example" })).toBe("/sign-in");
  });
});

describe("pathForNextStep", () => {
  it("follows the server's next step and returns afterwards", () => {
    expect(pathForNextStep("second_factor", "/accounts")).toBe("/sign-in/second-factor?returnTo=%2Faccounts");
    expect(pathForNextStep("enrol_second_factor")).toBe("/sign-in/enrol");
    expect(pathForNextStep("change_password")).toBe("/sign-in/change-password");
    expect(pathForNextStep("done", "/accounts")).toBe("/accounts");
    expect(pathForNextStep("done", "https://evil.example")).toBe("/");
  });
});

describe("withoutBasename", () => {
  it("drops /staff from the router's location", () => {
    expect(withoutBasename("/staff")).toBe("/");
    expect(withoutBasename("/staff/accounts")).toBe("/accounts");
    expect(withoutBasename("/staffing")).toBe("/staffing");
  });
});
