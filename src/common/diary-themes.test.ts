import { describe, expect, it } from "vitest";
import { BUILT_IN_THEMES, type KeywordRule, normaliseKeyword, suggestThemes } from "./diary-themes.js";

const rules: KeywordRule[] = [
  { themeId: "health", language: "da", keyword: "læge" },
  { themeId: "health", language: "en", keyword: "hospital" },
  { themeId: "travel", language: "en", keyword: "went home" },
  { themeId: "teaching", language: "da", keyword: "dansktime" },
];

describe("theme suggestions from keyword rules", () => {
  it("find a keyword at the start of a word, in either language, whatever the case", () => {
    expect(suggestThemes("Hun skal til LÆGEN i morgen", rules)).toEqual(["health"]);
    expect(suggestThemes("She was at the hospital's door", rules)).toEqual(["health"]);
    expect(suggestThemes("She went  home to Romania", rules)).toEqual(["travel"]);
    expect(suggestThemes("Efter dansktimen gik hun til lægen", rules)).toEqual(["health", "teaching"]);
  });

  it("never match inside a word, and leave chosen themes out", () => {
    expect(suggestThemes("Psykhospitalet", rules)).toEqual([]);
    expect(suggestThemes("kollegerne", [{ themeId: "x", language: "da", keyword: "leger" }])).toEqual([]);
    expect(suggestThemes("Hun skal til lægen", rules, ["health"])).toEqual([]);
    expect(suggestThemes("", rules)).toEqual([]);
    expect(suggestThemes("   ", rules)).toEqual([]);
  });

  it("suggest each theme once", () => {
    expect(suggestThemes("læge, læge, hospital", rules)).toEqual(["health"]);
  });

  it("normalise keywords as managers type them", () => {
    expect(normaliseKeyword("  Crisis   SHELTER ")).toBe("crisis shelter");
    expect(normaliseKeyword("Æble")).toBe("æble");
  });

  it("ship eight built-in themes, each with Danish and English names and keywords", () => {
    expect(BUILT_IN_THEMES).toHaveLength(8);
    for (const theme of BUILT_IN_THEMES) {
      expect(theme.names.da.length).toBeGreaterThan(0);
      expect(theme.names.en.length).toBeGreaterThan(0);
      expect(theme.keywords.da.length).toBeGreaterThan(0);
      expect(theme.keywords.en.length).toBeGreaterThan(0);
      for (const k of [...theme.keywords.da, ...theme.keywords.en]) expect(normaliseKeyword(k)).toBe(k);
    }
  });
});
