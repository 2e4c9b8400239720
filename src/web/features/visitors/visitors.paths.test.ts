import { describe, expect, it } from "vitest";
import { noticeFrom, visitorPaths } from "./visitors.paths";

describe("visitor paths", () => {
  it("carry only the code's id", () => {
    expect(visitorPaths.profile("0b9e")).toBe("/visitors/0b9e");
    expect(visitorPaths.card("a/b")).toBe("/visitors/a%2Fb/card");
  });

  it("read a handed-over notice and nothing else from the router's state", () => {
    expect(noticeFrom({ notice: { kind: "issued" } })).toEqual({ kind: "issued" });
    expect(noticeFrom({ notice: { kind: "erased", extra: 1 } })).toEqual({ kind: "erased" });
    expect(noticeFrom({ notice: { kind: "other" } })).toBeNull();
    expect(noticeFrom({ notice: "issued" })).toBeNull();
    expect(noticeFrom(null)).toBeNull();
    expect(noticeFrom(undefined)).toBeNull();
  });
});
