import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { LANGUAGES } from "./i18n";

const folder = new URL("./locales/", import.meta.url);
const files = readdirSync(folder).filter((name) => name.endsWith(".json"));
const read = (language: string): Record<string, unknown> =>
  JSON.parse(readFileSync(new URL(`${language}.json`, folder), "utf8"));

const { $meta: _englishMeta, ...english } = read("en");
const englishKeys = Object.keys(english).sort();
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("visitor locales", () => {
  it("has one file per visitor language, and no other", () => {
    expect(files.map((name) => name.replace(/\.json$/, "")).sort()).toEqual(
      LANGUAGES.map((language) => language.code).sort(),
    );
  });

  it("English, the source, has strings for every key", () => {
    expect(englishKeys.length).toBeGreaterThan(10);
    for (const key of englishKeys) expect(typeof english[key], key).toBe("string");
  });

  describe.each(LANGUAGES.map((language) => language.code))("%s", (language) => {
    const { $meta, ...messages } = read(language);

    it("marks what a person has reviewed", () => {
      expect($meta).toMatchObject({ language, reviewed: language === "en" });
      const meta = $meta as { reviewedBy: unknown; reviewedKeys: unknown };
      expect(meta.reviewedBy === null || typeof meta.reviewedBy === "string").toBe(true);
      expect(Array.isArray(meta.reviewedKeys)).toBe(true);
      for (const key of meta.reviewedKeys as unknown[]) expect(englishKeys).toContain(key);
    });

    it("has every key of English, and only those", () => {
      expect(Object.keys(messages).sort()).toEqual(englishKeys);
    });

    it("has no empty strings", () => {
      for (const [key, value] of Object.entries(messages)) {
        expect(typeof value, key).toBe("string");
        expect((value as string).trim(), key).not.toBe("");
      }
    });

    it("keeps English's placeholders", () => {
      for (const key of englishKeys) {
        expect(placeholders(String(messages[key])), key).toEqual(placeholders(String(english[key])));
      }
    });
  });
});
