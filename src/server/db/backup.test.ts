import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BackupError, restoreBackup, verifyBackup, writeBackup } from "./backup.js";
import { type EmbeddedDatabase, startEmbeddedDatabase } from "./embedded.js";

let server: EmbeddedDatabase;
let dir: string;
let databases = 0;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "pusterum-backup-"));
  await fs.chmod(dir, 0o755);
  server = await startEmbeddedDatabase({ dataDir: path.join(dir, "data"), fsync: false });
}, 60_000);

afterAll(async () => {
  await server?.stop();
  await fs.rm(dir, { recursive: true, force: true });
});

async function run<T extends pg.QueryResultRow = pg.QueryResultRow>(
  connectionString: string,
  sql: string,
): Promise<T[]> {
  const client = new pg.Client(connectionString);
  await client.connect();
  try {
    await client.query("SET TimeZone = 'UTC'");
    const result = await client.query<T>(sql);
    return (Array.isArray(result) ? (result.at(-1)?.rows ?? []) : result.rows) as T[];
  } finally {
    await client.end();
  }
}

async function createDatabase(options: { owner?: string } = {}): Promise<string> {
  const name = `db${++databases}`;
  await run(
    server.connectionString,
    `CREATE DATABASE ${name}${options.owner ? ` OWNER ${options.owner}` : ""}`,
  );
  const url = new URL(server.connectionString);
  url.pathname = `/${name}`;
  return url.toString();
}

const MIGRATIONS = `
  CREATE SCHEMA drizzle;
  CREATE TABLE drizzle.__drizzle_migrations (id serial PRIMARY KEY, hash text NOT NULL, created_at bigint);
  INSERT INTO drizzle.__drizzle_migrations (hash, created_at) VALUES ('a1b2c3', 1700000000000), ('d4e5f6', 1700000001000);
`;

// Table names sorted by name put children first: the load order must follow the foreign keys.
const SCHEMA = `
  CREATE TYPE mood AS ENUM ('calm', 'busy');
  CREATE TABLE sites (id uuid PRIMARY KEY, name text NOT NULL);
  CREATE TABLE people (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    site_id uuid NOT NULL REFERENCES sites(id),
    mentor_id bigint REFERENCES people(id),
    nickname text NOT NULL,
    photo bytea,
    seen_at timestamptz,
    born date,
    profile jsonb,
    raw json,
    score numeric(40, 10),
    ratio double precision,
    tags text[],
    mood mood,
    waited interval,
    nickname_upper text GENERATED ALWAYS AS (upper(nickname)) STORED,
    updated_at timestamptz NOT NULL DEFAULT now()
  );
  CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.updated_at := now(); RETURN NEW; END $$;
  CREATE TRIGGER people_touch BEFORE INSERT OR UPDATE ON people FOR EACH ROW EXECUTE FUNCTION touch();
  CREATE TABLE visits (id serial PRIMARY KEY, person_id bigint NOT NULL REFERENCES people(id), at timestamptz NOT NULL);
  CREATE TABLE events (id bigserial PRIMARY KEY, kind text NOT NULL, at timestamptz NOT NULL DEFAULT now());
  CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'append-only'; END $$;
  CREATE TRIGGER events_append_only BEFORE UPDATE OR DELETE ON events FOR EACH ROW EXECUTE FUNCTION refuse();
  CREATE TRIGGER events_no_truncate BEFORE TRUNCATE ON events FOR EACH STATEMENT EXECUTE FUNCTION refuse();
`;

const DATA = `
  INSERT INTO sites VALUES ('6f1c1d56-9d7e-4a1e-8f57-0d1d2c3b4a59', 'Vesterbro'), ('0a7e5b6c-1111-4222-8333-944455556666', 'Nørrebro');
  INSERT INTO people (site_id, mentor_id, nickname, photo, seen_at, born, profile, raw, score, ratio, tags, mood, waited)
  VALUES
    ('6f1c1d56-9d7e-4a1e-8f57-0d1d2c3b4a59', NULL, E'Ana \\u00e9\\u00df \\U0001F600\\nline two', (SELECT string_agg(set_byte('\\x00'::bytea, 0, b), ''::bytea) FROM generate_series(0, 255) b),
     '2024-03-31 01:59:59.123456+00', '1999-12-31', '{"a": [1, 2.50, 1e400], "s": "tab\\t \\"quoted\\" \\\\ back", "ü": {"n": null}}',
     '{"b": 1,   "b": 2}', '12345678901234567890.0123456789', 0.1, '{a,NULL,"with,comma","with \\"quote\\""}', 'calm',
     '1 year 2 mons 3 days 04:05:06.789'),
    ('6f1c1d56-9d7e-4a1e-8f57-0d1d2c3b4a59', 1, 'Bea', '\\x', '-infinity', '0044-03-15 BC', '[]', 'null', 'NaN', 1e-310, '{}', 'busy', '-1 day'),
    ('0a7e5b6c-1111-4222-8333-944455556666', NULL, 'Cleo', NULL, 'infinity', NULL, NULL, NULL, NULL, '-Infinity', NULL, NULL, NULL);
  UPDATE people SET mentor_id = 3 WHERE id = 1;
  INSERT INTO visits (person_id, at) SELECT 1 + g % 3, '2024-01-01T18:00:00Z'::timestamptz + g * interval '1 minute 0.000001 second' FROM generate_series(1, 2500) g;
  INSERT INTO events (kind) VALUES ('SITE_CREATED'), ('PERSON_CREATED');
  SELECT setval('events_id_seq', 100);
`;

async function sourceDatabase(): Promise<string> {
  const source = await createDatabase();
  await run(source, MIGRATIONS + SCHEMA + DATA);
  return source;
}

async function emptyTarget(): Promise<string> {
  const target = await createDatabase();
  await run(target, MIGRATIONS + SCHEMA);
  return target;
}

/** Everything a restore must reproduce, as text. */
async function state(connectionString: string) {
  const tables: Record<string, string[]> = {};
  for (const table of ["sites", "people", "visits", "events"]) {
    const rows = await run<{ r: string }>(connectionString, `SELECT t::text AS r FROM ${table} t ORDER BY 1`);
    tables[table] = rows.map((row) => row.r);
  }
  const sequences = await run(
    connectionString,
    "SELECT 'people' AS s, last_value, is_called FROM people_id_seq UNION ALL " +
      "SELECT 'visits', last_value, is_called FROM visits_id_seq UNION ALL " +
      "SELECT 'events', last_value, is_called FROM events_id_seq",
  );
  return { tables, sequences };
}

/** A copy with one byte changed (a digit or letter to another), keeping the JSON readable. */
function changeByte(bytes: Buffer, at: number): Buffer {
  const copy = Buffer.from(bytes);
  copy[at] = copy[at] === 0x37 ? 0x38 : 0x37;
  return copy;
}

function expectCode(error: unknown, code: BackupError["code"]) {
  expect(error).toBeInstanceOf(BackupError);
  expect((error as BackupError).code).toBe(code);
}

describe("backup and restore", () => {
  let source: string;
  let file: string;

  beforeAll(async () => {
    source = await sourceDatabase();
    file = path.join(dir, "backups", "full.backup.gz");
  }, 60_000);

  it("round-trips every row, type and sequence exactly, without firing triggers", async () => {
    const written = await writeBackup({ connectionString: source, file });
    expect(written).toMatchObject({ file, tables: 4, rows: 2 + 3 + 2500 + 2 });
    expect((await fs.stat(file)).mode & 0o777).toBe(0o600);
    const bytes = await fs.readFile(file);
    expect(written.sha256).toBe(createHash("sha256").update(bytes).digest("hex"));
    expect(await fs.readFile(`${file}.sha256`, "utf8")).toBe(`${written.sha256}  full.backup.gz\n`);
    const header = await verifyBackup(file);
    expect(header.migrations.map((m) => m.hash)).toEqual(["a1b2c3", "d4e5f6"]);
    expect(header.tables.map((t) => t.name)).toEqual(["events", "sites", "people", "visits"]);

    const target = await emptyTarget();
    expect(await restoreBackup({ connectionString: target, file })).toEqual({ tables: 4, rows: 2507 });
    const [expected, actual] = await Promise.all([state(source), state(target)]);
    expect(actual).toEqual(expected);
    // Values as a client reads them, beyond their text form.
    const [person] = await run<{ photo: Buffer; profile: unknown; seen_at: Date }>(
      target,
      "SELECT photo, profile, seen_at FROM people WHERE id = 1",
    );
    expect(person?.photo).toEqual(Buffer.from(Array.from({ length: 256 }, (_, i) => i)));
    expect(person?.seen_at.toISOString()).toBe("2024-03-31T01:59:59.123Z");
    // The identity and serial sequences carry on where the source's were.
    expect(await run(target, "INSERT INTO events (kind) VALUES ('NEXT') RETURNING id")).toEqual([
      { id: "101" },
    ]);
  }, 60_000);

  it("refuses a target that holds data unless forced, then replaces it", async () => {
    const target = await emptyTarget();
    await run(target, DATA);
    await run(target, "INSERT INTO events (kind) VALUES ('ONLY_IN_TARGET')");
    const before = await state(target);
    const refusal = await restoreBackup({ connectionString: target, file }).catch((e: unknown) => e);
    expectCode(refusal, "TARGET_NOT_EMPTY");
    expect(await state(target)).toEqual(before);

    await restoreBackup({ connectionString: target, file, force: true });
    expect(await state(target)).toEqual(await state(source));
  }, 60_000);

  it("refuses a truncated or altered file and leaves the target unchanged", async () => {
    const target = await emptyTarget();
    await run(target, "INSERT INTO sites VALUES ('00000000-0000-4000-8000-000000000000', 'keep me')");
    const before = await state(target);
    const original = await fs.readFile(file);
    const content = gunzipSync(original);

    const damagedCopies: Record<string, Buffer> = {
      truncated: original.subarray(0, Math.floor(original.length / 2)),
      truncatedAtLineEnd: gzipSync(content.subarray(0, content.indexOf(10, content.length / 2) + 1)),
      byteFlipped: Buffer.from(original),
      // A valid gzip stream of content with one byte changed: only the backup's own checksum sees it.
      contentChanged: gzipSync(changeByte(content, content.length - 200)),
    };
    const flipped = damagedCopies.byteFlipped as Buffer;
    flipped[Math.floor(flipped.length / 2)] = (flipped[Math.floor(flipped.length / 2)] ?? 0) ^ 0x01;
    expect(damagedCopies.contentChanged?.equals(gzipSync(content))).toBe(false);

    for (const [name, bytes] of Object.entries(damagedCopies)) {
      const copy = path.join(dir, `${name}.backup.gz`);
      await fs.writeFile(copy, bytes);
      const refusal = await restoreBackup({ connectionString: target, file: copy, force: true }).catch(
        (e: unknown) => e,
      );
      expectCode(refusal, "BACKUP_DAMAGED");
      expect((refusal as Error).message).toContain(copy);
      expect(await state(target), name).toEqual(before);
    }

    // The side file catches a change to the file as a whole.
    const copy = path.join(dir, "side.backup.gz");
    await fs.writeFile(copy, original);
    await fs.writeFile(`${copy}.sha256`, `${"0".repeat(64)}  side.backup.gz\n`);
    expectCode(await verifyBackup(copy).catch((e: unknown) => e), "BACKUP_DAMAGED");
  }, 60_000);

  it("refuses a target whose migrations differ from the backup's", async () => {
    const target = await emptyTarget();
    await run(
      target,
      "INSERT INTO drizzle.__drizzle_migrations (hash, created_at) VALUES ('newer', 1700000002000)",
    );
    const refusal = await restoreBackup({ connectionString: target, file }).catch((e: unknown) => e);
    expectCode(refusal, "MIGRATIONS_DIFFER");
    expect(await run(target, "SELECT count(*)::int AS n FROM people")).toEqual([{ n: 0 }]);
  }, 60_000);

  it("restores as a table owner who is not a superuser", async () => {
    await run(server.connectionString, "CREATE ROLE app_owner LOGIN PASSWORD 'owner-secret' NOSUPERUSER");
    const target = await createDatabase({ owner: "app_owner" });
    const asOwner = new URL(target);
    asOwner.username = "app_owner";
    asOwner.password = "owner-secret";
    await run(asOwner.toString(), MIGRATIONS + SCHEMA);
    await run(asOwner.toString(), "INSERT INTO events (kind) VALUES ('ONLY_IN_TARGET')");
    await restoreBackup({ connectionString: asOwner.toString(), file, force: true });
    expect(await state(target)).toEqual(await state(source));
    // The append-only guard is back on afterwards.
    await expect(run(target, "DELETE FROM events")).rejects.toThrow("append-only");
  }, 60_000);

  it("handles a database without drizzle's migrations table", async () => {
    const bare = await createDatabase();
    await run(
      bare,
      "CREATE TABLE things (id int PRIMARY KEY, body text); INSERT INTO things VALUES (1, 'x')",
    );
    const bareFile = path.join(dir, "bare.backup.gz");
    await writeBackup({ connectionString: bare, file: bareFile });
    expect((await verifyBackup(bareFile)).migrations).toEqual([]);
    const target = await createDatabase();
    await run(target, "CREATE TABLE things (id int PRIMARY KEY, body text)");
    expect(await restoreBackup({ connectionString: target, file: bareFile })).toEqual({ tables: 1, rows: 1 });
    expect(await run(target, "SELECT * FROM things")).toEqual([{ id: 1, body: "x" }]);
    // A target with other tables is refused.
    const other = await createDatabase();
    await run(other, "CREATE TABLE things (id int PRIMARY KEY, body varchar(10))");
    expectCode(
      await restoreBackup({ connectionString: other, file: bareFile }).catch((e: unknown) => e),
      "SCHEMA_DIFFERS",
    );
    expect(existsSync(`${bareFile}.sha256`)).toBe(true);
  }, 60_000);
});
