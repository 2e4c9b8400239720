import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  CODE_ALPHABET,
  CODE_LENGTH,
  checkCharacter,
  formatVisitorCode,
  normaliseVisitorCode,
  visitorCodeFrom,
} from "./visitor-code.js";

const randomCode = fc.uint8Array({ minLength: 7, maxLength: 7 }).map((bytes) => visitorCodeFrom(bytes));

describe("visitor codes", () => {
  it("never use the characters people confuse", () => {
    for (const ch of "01OI") expect(CODE_ALPHABET).not.toContain(ch);
    expect(new Set(CODE_ALPHABET).size).toBe(32);
  });

  it("are eight characters that pass their own check", () => {
    fc.assert(
      fc.property(randomCode, (code) => {
        expect(code).toHaveLength(CODE_LENGTH);
        expect(normaliseVisitorCode(code)).toBe(code);
      }),
    );
  });

  it("read back from how staff type them: lowercase, spaces, the printed dash", () => {
    fc.assert(
      fc.property(randomCode, (code) => {
        const printed = formatVisitorCode(code);
        expect(printed).toMatch(/^.{4}-.{4}$/);
        expect(normaliseVisitorCode(printed.toLowerCase())).toBe(code);
        expect(normaliseVisitorCode(` ${code.slice(0, 4)} ${code.slice(4)} `)).toBe(code);
      }),
    );
  });

  it("catch every single mistyped character", () => {
    fc.assert(
      fc.property(
        randomCode,
        fc.nat(CODE_LENGTH - 1),
        fc.nat(CODE_ALPHABET.length - 2),
        (code, at, shift) => {
          const original = CODE_ALPHABET.indexOf(code.charAt(at));
          const wrong = CODE_ALPHABET.charAt((original + 1 + shift) % CODE_ALPHABET.length);
          const typo = code.slice(0, at) + wrong + code.slice(at + 1);
          expect(normaliseVisitorCode(typo)).toBeNull();
        },
      ),
    );
  });

  it("catch most swapped neighbours", () => {
    let caught = 0;
    let swaps = 0;
    fc.assert(
      fc.property(randomCode, fc.nat(CODE_LENGTH - 2), (code, at) => {
        if (code.charAt(at) === code.charAt(at + 1)) return;
        swaps++;
        const swapped = code.slice(0, at) + code.charAt(at + 1) + code.charAt(at) + code.slice(at + 2);
        if (normaliseVisitorCode(swapped) === null) caught++;
      }),
      { numRuns: 2000 },
    );
    // Luhn mod N misses only the swap of two characters whose doubled values wrap to each other.
    expect(caught / swaps).toBeGreaterThan(0.9);
  });

  it("refuse what cannot be a code", () => {
    for (const typed of ["", "K7MQ4XP", "K7MQ4XPRR", "O0I1O0I1", "K7MQ-4XP!"]) {
      expect(normaliseVisitorCode(typed)).toBeNull();
    }
    expect(checkCharacter("2222222")).toHaveLength(1);
  });
});
