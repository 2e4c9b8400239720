import { describe, expect, it } from "vitest";
import { personalDataHint, personalDataWarnings } from "./personal-data.js";

describe("personal data hints", () => {
  it("warn on what identifies a woman", () => {
    expect(personalDataHint("Maria Popescu")).toBe("LOOKS_LIKE_FULL_NAME");
    expect(personalDataHint("asked for Ana-Maria Ionescu-Pop")).toBe("LOOKS_LIKE_FULL_NAME");
    expect(personalDataHint("Мария Иванова")).toBe("LOOKS_LIKE_FULL_NAME");
    expect(personalDataHint("call +45 12 34 56 78")).toBe("LOOKS_LIKE_PHONE_NUMBER");
    expect(personalDataHint("tel. 0040-721-555-123")).toBe("LOOKS_LIKE_PHONE_NUMBER");
    expect(personalDataHint("maria.p@example.com")).toBe("LOOKS_LIKE_EMAIL");
  });

  it("stay quiet on nicknames and reasons", () => {
    for (const text of [
      "red scarf",
      "Big M",
      "tall, Romanian",
      "she had a cold and needed more",
      "2 extra for her friend",
      "Winter coat, size 38",
      "",
    ]) {
      expect(personalDataHint(text), text).toBeNull();
    }
  });
});

describe("personal data warnings of a longer text", () => {
  it("warn on passport numbers, written bare or after the word", () => {
    expect(personalDataWarnings("her passport no. 12345678 is with him")).toContain(
      "LOOKS_LIKE_PASSPORT_NUMBER",
    );
    expect(personalDataWarnings("pasnummer: AB123456")).toContain("LOOKS_LIKE_PASSPORT_NUMBER");
    expect(personalDataWarnings("RO1234567")).toContain("LOOKS_LIKE_PASSPORT_NUMBER");
  });

  it("stay quiet on the words themselves", () => {
    for (const text of [
      "two women asked where to renew their passports",
      "hendes pas er udløbet, hun spurgte om ambassaden",
      "passport photos at the library",
    ]) {
      expect(personalDataWarnings(text), text).toEqual([]);
    }
  });
});
