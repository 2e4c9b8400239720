import { describe, expect, it } from "vitest";
import { matchCountries } from "./country-names";

const OPTIONS = [
  { value: "XX", label: "Not known" },
  { value: "CI", label: "Côte d’Ivoire" },
  { value: "GQ", label: "Equatorial Guinea" },
  { value: "GN", label: "Guinea" },
  { value: "NE", label: "Niger" },
  { value: "NG", label: "Nigeria" },
  { value: "RO", label: "Romania" },
];
const values = (search: string) => matchCountries(OPTIONS, search).map((o) => o.value);

describe("matchCountries", () => {
  it("puts names that start with the search first, then words, then anything containing it", () => {
    expect(values("rom")).toEqual(["RO"]);
    expect(values("guinea")).toEqual(["GN", "GQ"]);
    expect(values("nig")).toEqual(["NE", "NG"]);
    expect(values("eria")).toEqual(["NG"]);
    expect(values("ria")).toEqual(["GQ", "NG"]);
  });

  it("ignores accents and case, and finds a country by its code", () => {
    expect(values("COTE")).toEqual(["CI"]);
    expect(values("ng")).toEqual(["NG"]);
    expect(values("  ")).toHaveLength(OPTIONS.length);
  });
});
