import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatKroner, kronerForInput, readKroner } from "./clinic.money";

const ore = (typed: string, language = "da") => {
  const read = readKroner(typed, language);
  return read.kind === "valid" ? read.ore : read.kind === "empty" ? "empty" : read.problem;
};

describe("readKroner", () => {
  it("reads kroner as Danish staff type them", () => {
    expect(ore("200")).toBe(20_000);
    expect(ore("200,5")).toBe(20_050);
    expect(ore("1.234,50")).toBe(123_450);
    expect(ore("1 234,50")).toBe(123_450);
    expect(ore("1.234")).toBe(123_400);
    expect(ore("1.234.567")).toBe(123_456_700);
    expect(ore("0,05")).toBe(5);
    expect(ore("kr. 350")).toBe(35_000);
    expect(ore("350 kr.")).toBe(35_000);
    expect(ore("350 DKK")).toBe(35_000);
  });

  it("reads kroner as English staff type them", () => {
    expect(ore("200", "en")).toBe(20_000);
    expect(ore("1,234.50", "en")).toBe(123_450);
    expect(ore("1,234", "en")).toBe(123_400);
    expect(ore("12.5", "en")).toBe(1_250);
  });

  it("takes a point with one or two digits after it as decimals in Danish too", () => {
    expect(ore("200.50")).toBe(20_050);
    expect(ore("1,234.50")).toBe(123_450);
  });

  it("refuses three decimals where the mark cannot group thousands", () => {
    expect(ore("1,234")).toBe("tooManyDecimals");
    expect(ore("1.234", "en")).toBe("tooManyDecimals");
    expect(ore("1,2345", "en")).toBe("tooManyDecimals");
  });

  it("says what is wrong with anything else", () => {
    expect(ore("")).toBe("empty");
    expect(ore("   ")).toBe("empty");
    expect(ore("-20")).toBe("negative");
    expect(ore("abc")).toBe("notANumber");
    expect(ore("20,")).toBe("notANumber");
    expect(ore("1..2")).toBe("notANumber");
    expect(ore("12,34,56")).toBe("notANumber");
    expect(ore("1.234.5")).toBe("notANumber");
    expect(ore("99999999999999")).toBe("tooLarge");
    expect(readKroner("1000", "da", 50_000)).toEqual({ kind: "invalid", problem: "tooLarge" });
  });

  it("gives back any amount written for a field, in either language", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000_000_00 }),
        fc.constantFrom("da", "en"),
        (amount, lang) => {
          const read = readKroner(kronerForInput(amount, lang), lang);
          expect(read).toEqual({ kind: "valid", ore: amount });
        },
      ),
    );
  });

  it("gives back any amount as shown on the page", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000_000_00 }),
        fc.constantFrom("da", "en"),
        (amount, lang) => {
          expect(readKroner(formatKroner(amount, lang), lang)).toEqual({ kind: "valid", ore: amount });
        },
      ),
    );
  });
});

describe("formatKroner", () => {
  it("shows øre as kroner in the reader's language", () => {
    expect(formatKroner(123_450, "da").replace(/\s/g, " ")).toBe("1.234,50 kr.");
    expect(formatKroner(5, "en").replace(/\s/g, " ")).toBe("DKK 0.05");
  });

  it("puts whole kroner into a field without decimals", () => {
    expect(kronerForInput(20_000, "da")).toBe("200");
    expect(kronerForInput(20_050, "da")).toBe("200,50");
    expect(kronerForInput(20_050, "en")).toBe("200.50");
  });
});
