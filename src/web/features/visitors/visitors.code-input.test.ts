import { describe, expect, it } from "vitest";
import { CODE_ALPHABET, checkCharacter, visitorCodeFrom } from "../../../common/visitor-code";
import { groupTyped, readTypedCode, sameCode, spelledCode } from "./visitors.code-input";

// A valid code built from the shared rules, so the test follows the alphabet if it ever changes.
const body = "K7MQ4XP";
const code = body + checkCharacter(body);
const printed = `${code.slice(0, 4)}-${code.slice(4)}`;
const wrongCheck = body + CODE_ALPHABET.charAt((CODE_ALPHABET.indexOf(checkCharacter(body)) + 1) % 32);

describe("reading a code as it is typed", () => {
  it("says nothing for an empty field", () => {
    expect(readTypedCode("")).toEqual({ kind: "empty" });
    expect(readTypedCode("  - ")).toEqual({ kind: "empty" });
  });

  it("counts a code being typed and groups it as on the card", () => {
    expect(readTypedCode("k7m")).toEqual({ kind: "incomplete", count: 3, shown: "K7M" });
    expect(readTypedCode("k7mq 4x")).toEqual({ kind: "incomplete", count: 6, shown: "K7MQ-4X" });
  });

  it("accepts a valid code however it is typed", () => {
    for (const typed of [code, printed, code.toLowerCase(), ` ${code.slice(0, 4)} ${code.slice(4)} `]) {
      expect(readTypedCode(typed)).toEqual({ kind: "valid", code, shown: printed });
    }
  });

  it("names characters no code has, each once, as typed", () => {
    expect(readTypedCode("K0MO-4XPR")).toEqual({ kind: "unusedCharacters", characters: ["0", "O"] });
    expect(readTypedCode("i1i")).toEqual({ kind: "unusedCharacters", characters: ["I", "1"] });
    expect(readTypedCode("K7MQ/4XPR")).toEqual({ kind: "unusedCharacters", characters: ["/"] });
  });

  it("says when there are too many characters", () => {
    expect(readTypedCode(`${code}A`)).toEqual({ kind: "tooLong", count: 9 });
  });

  it("catches a misread character through the check character", () => {
    expect(readTypedCode(wrongCheck)).toEqual({
      kind: "checkFailed",
      shown: `${wrongCheck.slice(0, 4)}-${wrongCheck.slice(4)}`,
    });
  });

  it("treats every generated code as valid", () => {
    for (let seed = 0; seed < 200; seed++) {
      const random = Uint8Array.from({ length: 7 }, (_, i) => (seed * 31 + i * 17) % 256);
      const generated = visitorCodeFrom(random);
      expect(readTypedCode(generated.toLowerCase())).toMatchObject({ kind: "valid", code: generated });
    }
  });
});

describe("helpers", () => {
  it("groups after the fourth character only", () => {
    expect(groupTyped("K7MQ")).toBe("K7MQ");
    expect(groupTyped("K7MQ4")).toBe("K7MQ-4");
  });

  it("compares codes however they are typed, and never two non-codes", () => {
    expect(sameCode(code.toLowerCase(), printed)).toBe(true);
    expect(sameCode(wrongCheck, printed)).toBe(false);
    expect(sameCode("nonsense", "nonsense")).toBe(false);
  });

  it("spells a code out one character at a time", () => {
    expect(spelledCode("K7MQ-4XPR")).toBe("K 7 M Q, 4 X P R");
    expect(spelledCode("K7MQ4XPR")).toBe("K 7 M Q, 4 X P R");
  });
});
