/**
 * npm run inventory                       prints the data inventory as markdown (the record of processing)
 * npm run inventory -- --write FILE       replaces the part of FILE between the inventory markers
 *
 * docs/PRIVACY.md carries it; src/server/db/inventory.test.ts fails when the file is out of date.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { PRIVACY_MARKERS, renderInventoryMarkdown } from "../src/server/db/inventory.js";

/** The document with its inventory section replaced by the current rendering. */
export function withInventory(document: string): string {
  const start = document.indexOf(PRIVACY_MARKERS.start);
  const end = document.indexOf(PRIVACY_MARKERS.end);
  if (start < 0 || end < start) {
    throw new Error(`The file has no "${PRIVACY_MARKERS.start}" … "${PRIVACY_MARKERS.end}" section.`);
  }
  return `${document.slice(0, start + PRIVACY_MARKERS.start.length)}\n\n${renderInventoryMarkdown()}\n${document.slice(end)}`;
}

function main() {
  const { values } = parseArgs({ options: { write: { type: "string" } } });
  if (!values.write) {
    process.stdout.write(`${renderInventoryMarkdown()}\n`);
    return;
  }
  writeFileSync(values.write, withInventory(readFileSync(values.write, "utf8")));
  console.log(`Updated the data inventory in ${values.write}.`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
