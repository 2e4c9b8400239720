import { describe, expect, it } from "vitest";
import { EMPTY_SEARCH, searchBody } from "./diary.search";

describe("the search's body", () => {
  it("sends only the filters chosen, trimmed", () => {
    expect(searchBody(EMPTY_SEARCH)).toEqual({ q: "" });
    expect(
      searchBody({
        ...EMPTY_SEARCH,
        q: "  læge  ",
        from: "2010-03-01",
        to: "not a date",
        themeId: "66666666-6666-4666-8666-666666666666",
        visitorCode: " k7mq 4xpr ",
      }),
    ).toEqual({
      q: "læge",
      from: "2010-03-01",
      themeId: "66666666-6666-4666-8666-666666666666",
      visitorCode: "k7mq 4xpr",
    });
  });

  it("leaves out the kinds when all are chosen, and sends a narrower choice", () => {
    expect(
      searchBody({ ...EMPTY_SEARCH, kinds: ["paragraph", "entry", "follow_up", "message"] }).kinds,
    ).toBeUndefined();
    expect(searchBody({ ...EMPTY_SEARCH, kinds: ["message"] }).kinds).toEqual(["message"]);
  });
});
