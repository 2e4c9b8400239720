import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withInventory } from "../../../scripts/inventory.js";
import { ROLES } from "../../common/permissions.js";
import { buildTestApp, type TestApp } from "../test/build-test-app.js";
import { DATA_CATEGORIES, INVENTORY, schemaTables } from "./inventory.js";

let t: TestApp;
let live: { table: string; column: string; type: string }[];

beforeAll(async () => {
  t = await buildTestApp();
  const client = new pg.Client({ connectionString: t.connectionString });
  await client.connect();
  try {
    // Schema public only: drizzle's own bookkeeping lives in schema "drizzle".
    const result = await client.query<{ table_name: string; column_name: string; data_type: string }>(
      `select c.table_name, c.column_name, c.data_type
       from information_schema.columns c
       join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
       where c.table_schema = 'public' and t.table_type = 'BASE TABLE'`,
    );
    live = result.rows.map((r) => ({ table: r.table_name, column: r.column_name, type: r.data_type }));
  } finally {
    await client.end();
  }
});
afterAll(() => t.close());

const key = (table: string, column: string) => `${table}.${column}`;
const inventoried = () =>
  INVENTORY.flatMap((table) => table.columns.map((c) => ({ table: table.name, ...c })));

const HOW_TO_FIX =
  "Describe every column in src/server/db/inventory.ts, then run `npm run inventory -- --write docs/PRIVACY.md`.";

describe("the data inventory", () => {
  it("knows every column of the live database, and nothing the database lacks", () => {
    const inDatabase = new Set(live.map((c) => key(c.table, c.column)));
    const inInventory = new Set(inventoried().map((c) => key(c.table, c.name)));
    expect(live.length).toBeGreaterThan(50);
    expect(
      [...inDatabase].filter((k) => !inInventory.has(k)),
      `not in the inventory. ${HOW_TO_FIX}`,
    ).toEqual([]);
    expect(
      [...inInventory].filter((k) => !inDatabase.has(k)),
      "in the inventory but not in the database",
    ).toEqual([]);
  });

  it("describes every table the Drizzle schema declares, once", () => {
    const names = INVENTORY.map((t) => t.name);
    expect(new Set(names).size).toBe(names.length);
    expect([...schemaTables().keys()].sort()).toEqual([...names].sort());
  });

  it("keeps encrypted columns as bytea, and the TOTP secret encrypted", () => {
    const types = new Map(live.map((c) => [key(c.table, c.column), c.type]));
    const encrypted = inventoried().filter((c) => c.encrypted);
    expect(encrypted.map((c) => key(c.table, c.name))).toContain("accounts.totp_secret");
    for (const c of encrypted) expect(types.get(key(c.table, c.name)), key(c.table, c.name)).toBe("bytea");
  });

  it("gives every column a purpose, a known category, real readers and writers, and a retention", () => {
    const parties = new Set<string>([...ROLES, "self", "system", "public"]);
    for (const c of inventoried()) {
      const where = key(c.table, c.name);
      expect(c.purpose.length, where).toBeGreaterThan(5);
      expect(Object.keys(DATA_CATEGORIES), where).toContain(c.category);
      expect(c.readers.length, where).toBeGreaterThan(0);
      expect(c.writers.length, where).toBeGreaterThan(0);
      for (const p of [...c.readers, ...c.writers]) expect(parties.has(p), `${where}: ${p}`).toBe(true);
      expect(c.retention.length, where).toBeGreaterThan(5);
    }
  });

  it("lets the public read nothing personal and no credential", () => {
    for (const c of inventoried().filter((c) => c.readers.includes("public"))) {
      expect(c.personal, key(c.table, c.name)).toBe(false);
      expect(c.category, key(c.table, c.name)).not.toMatch(/credential|session|security|audit/);
    }
  });

  it("has no column for a person's name except staff names", () => {
    // No visitor names anywhere. A new name-like column needs a deliberate entry here.
    const allowed = new Set([
      "accounts.username",
      "accounts.display_name",
      "organisations.name",
      "sites.name",
      "services.names",
      "supply_items.names",
      // The issue asks for it: a word or two staff chose, encrypted, its reading audited; never her name.
      "visitor_codes.nickname",
      // The name of a medicine in the clinic's stock, like a supply item's.
      "clinic_medicines.name",
    ]);
    const nameLike = live
      .map((c) => key(c.table, c.column))
      .filter((k) => /(^|_|\.)(name|names|first_?name|last_?name|surname|full_?name|nick_?name)$/.test(k));
    expect(nameLike.filter((k) => !allowed.has(k))).toEqual([]);
  });

  it("is rendered, up to date, in docs/PRIVACY.md", () => {
    const file = fileURLToPath(new URL("../../../docs/PRIVACY.md", import.meta.url));
    const document = readFileSync(file, "utf8");
    expect(withInventory(document) === document, `docs/PRIVACY.md is out of date. ${HOW_TO_FIX}`).toBe(true);
  });
});
