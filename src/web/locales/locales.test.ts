import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

// The staff app's languages. English is the reference the TypeScript types are built from.
const here = import.meta.dirname;
const REFERENCE = "en";
const OTHERS = ["da"];

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

const read = (language: string, namespace: string) =>
  flatten(JSON.parse(readFileSync(join(here, language, `${namespace}.json`), "utf8")) as Tree);
const variables = (text: string) => [...text.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]).sort();
const namespaces = readdirSync(join(here, REFERENCE))
  .filter((file) => file.endsWith(".json") && file !== "visitor.json")
  .map((file) => file.replace(/\.json$/, ""));

describe.each(OTHERS)("staff strings in %s", (language) => {
  it.each(namespaces)("%s has exactly the English keys, each translated, with the same variables", (namespace) => {
    const reference = read(REFERENCE, namespace);
    const translated = read(language, namespace);
    expect([...translated.keys()].sort()).toEqual([...reference.keys()].sort());
    for (const [key, text] of translated) {
      expect(text.trim(), `${language}/${namespace}: ${key} is empty`).not.toBe("");
      expect(variables(text), `${language}/${namespace}: ${key}`).toEqual(variables(reference.get(key) ?? ""));
    }
  });
});
