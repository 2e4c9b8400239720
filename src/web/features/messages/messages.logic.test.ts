import { describe, expect, it } from "vitest";
import { checkCompose, EMPTY_COMPOSE, messagePreview, sendBodyOf } from "./messages.logic";

const SITE = "5b1f1c0e-8a4d-4f0e-9a7a-3c2b1d0e9f8a";
const ANNA = "7f3e1d2c-9b8a-4c6d-8e5f-1a2b3c4d5e6f";

describe("messagePreview", () => {
  it("keeps a short message whole, on one line", () => {
    expect(messagePreview("  The heater\n\nis broken  ")).toBe("The heater is broken");
  });
  it("cuts a long message at a word, without a dangling comma", () => {
    const text = `${"word ".repeat(30)}end`;
    const preview = messagePreview(text, 40);
    expect(preview.endsWith("…")).toBe(true);
    expect(preview.length).toBeLessThanOrEqual(41);
    expect(preview).toBe("word word word word word word word word…");
    expect(messagePreview("Remember, everyone, the keys are on the hook by the door", 20)).toBe(
      "Remember, everyone…",
    );
  });
  it("cuts inside a very long word rather than leaving almost nothing", () => {
    expect(messagePreview(`a ${"x".repeat(50)}`, 10)).toBe(`a ${"x".repeat(8)}…`);
  });
});

describe("composing", () => {
  it("asks for a text, and for the colleague of a message to one person", () => {
    expect(checkCompose(EMPTY_COMPOSE)).toEqual({ body: "required" });
    expect(checkCompose({ ...EMPTY_COMPOSE, body: "Hi", audience: "person" })).toEqual({
      recipientId: "chooseRecipient",
    });
    expect(checkCompose({ ...EMPTY_COMPOSE, body: "x".repeat(4001) })).toEqual({ body: "tooLong" });
  });
  it("sends the recipient only to one person, even when one was picked before changing the audience", () => {
    expect(
      sendBodyOf({ audience: "managers", recipientId: ANNA, body: " Rota ", pinned: true }, SITE),
    ).toEqual({
      siteId: SITE,
      audience: "managers",
      body: "Rota",
      pinned: true,
    });
    expect(sendBodyOf({ audience: "person", recipientId: ANNA, body: "Hi", pinned: false }, SITE)).toEqual({
      siteId: SITE,
      audience: "person",
      recipientId: ANNA,
      body: "Hi",
      pinned: false,
    });
  });
});
