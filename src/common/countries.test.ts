import { describe, expect, it } from "vitest";
import { COUNTRY_CODES, isCountryCode, UNKNOWN_COUNTRY } from "./countries.js";

describe("countries", () => {
  it("are the ISO 3166-1 codes with Kosovo, and unknown", () => {
    expect(COUNTRY_CODES).toHaveLength(250);
    for (const code of ["RO", "NG", "TH", "BG", "HU", "DK", "XK", UNKNOWN_COUNTRY])
      expect(isCountryCode(code)).toBe(true);
    for (const code of ["EU", "UK", "ZZ", "ro", "ROU", ""]) expect(isCountryCode(code)).toBe(false);
  });

  it("each have a name the browser can show", () => {
    const names = new Intl.DisplayNames(["da"], { type: "region", fallback: "none" });
    for (const code of COUNTRY_CODES) expect(names.of(code), code).toBeTruthy();
  });
});
