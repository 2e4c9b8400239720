/**
 * Logical backups without pg_dump (the embedded binaries ship none): every table of schema `public`
 * read in one REPEATABLE READ snapshot, as PostgreSQL's own text form of each value, so that every
 * type (bytea, timestamptz, jsonb, arrays, …) goes back in exactly as it came out.
 *
 * The file is gzip-compressed UTF-8 lines:
 *   1. a header (JSON object): format, version, creation time, applied migrations, tables with their
 *      columns and row counts, sequence states;
 *   2. each table's rows in header order, one JSON array of text-or-null values per line;
 *   3. a trailer (JSON object) with the SHA-256 of every byte before it.
 * A `.sha256` file beside it holds the hash of the compressed file, in `sha256sum -c` form.
 * A restore reads the whole file and checks it before it changes anything, and loads in a single
 * transaction, so a damaged file or a failure midway leaves the target as it was.
 */
import { createHash } from "node:crypto";
import { createReadStream, createWriteStream, existsSync } from "node:fs";
import fs from "node:fs/promises";
import path from "node:path";
import { Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import { createGunzip, createGzip } from "node:zlib";
import pg from "pg";
import { EmbeddedDatabaseError, runningEmbeddedConnectionString, startEmbeddedDatabase } from "./embedded.js";

export const BACKUP_FORMAT = "pusterum-backup";
export const BACKUP_FORMAT_VERSION = 1;

export type BackupErrorCode =
  | "APP_RUNNING"
  | "NO_DATABASE"
  | "BACKUP_NOT_FOUND"
  | "BACKUP_DAMAGED"
  | "BACKUP_UNSUPPORTED"
  | "TARGET_NOT_EMPTY"
  | "MIGRATIONS_DIFFER"
  | "SCHEMA_DIFFERS";

export class BackupError extends Error {
  readonly code: BackupErrorCode;

  constructor(code: BackupErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "BackupError";
    this.code = code;
  }
}

export interface BackupColumn {
  name: string;
  type: string;
}

export interface BackupTable {
  name: string;
  columns: BackupColumn[];
  rows: number;
}

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  version: number;
  createdAt: string;
  serverVersion: string;
  /** drizzle's applied migrations, oldest first: a restore needs the same list on its target. */
  migrations: { hash: string; createdAt: string }[];
  /** In load order: a table comes after the tables its foreign keys point to (cycles aside). */
  tables: BackupTable[];
  sequences: { name: string; lastValue: string; isCalled: boolean }[];
}

interface Trailer {
  end: true;
  sha256: string;
}

// Every value travels as PostgreSQL's text form; these settings make that form exact and the same
// on both sides (UTC and ISO for timestamps, hex for bytea, all float digits).
const SESSION_SETTINGS = [
  "SET LOCAL TimeZone = 'UTC'",
  "SET LOCAL DateStyle = 'ISO, YMD'",
  "SET LOCAL IntervalStyle = 'postgres'",
  "SET LOCAL bytea_output = 'hex'",
  "SET LOCAL extra_float_digits = 3",
  "SET LOCAL standard_conforming_strings = on",
];

/** No parsing in the driver: each value stays the string PostgreSQL sent. */
const rawText = { getTypeParser: () => (value: string) => value };

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;
const tableRef = (name: string) => `public.${quote(name)}`;

// --- Reading the catalogue ---------------------------------------------------------------------

interface CatalogueTable {
  oid: number;
  name: string;
  partitioned: boolean;
  columns: BackupColumn[];
}

async function readCatalogue(
  client: pg.ClientBase,
): Promise<{ tables: CatalogueTable[]; sequences: string[] }> {
  // Partitioned tables are read and written through their parent; partitions are not listed apart.
  const tables = await client.query<{ oid: number; name: string; relkind: string }>(
    `SELECT c.oid, c.relname AS name, c.relkind
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT c.relispartition
      ORDER BY c.relname COLLATE "C"`,
  );
  const oids = tables.rows.map((t) => t.oid);
  // Generated columns are computed again on insert; dropped ones are gone.
  const columns = await client.query<{ table: number; name: string; type: string }>(
    `SELECT a.attrelid AS table, a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type
       FROM pg_attribute a
      WHERE a.attrelid = ANY($1) AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
      ORDER BY a.attrelid, a.attnum`,
    [oids],
  );
  const foreignKeys = await client.query<{ child: number; parent: number }>(
    `SELECT DISTINCT conrelid AS child, confrelid AS parent FROM pg_constraint
      WHERE contype = 'f' AND conrelid = ANY($1) AND confrelid = ANY($1) AND conrelid <> confrelid`,
    [oids],
  );
  const sequences = await client.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind = 'S' ORDER BY c.relname COLLATE "C"`,
  );

  const byOid = new Map<number, CatalogueTable>(
    tables.rows.map((t) => [
      t.oid,
      { oid: t.oid, name: t.name, partitioned: t.relkind === "p", columns: [] },
    ]),
  );
  for (const column of columns.rows)
    byOid.get(column.table)?.columns.push({ name: column.name, type: column.type });
  return {
    tables: parentsFirst([...byOid.values()], foreignKeys.rows),
    sequences: sequences.rows.map((s) => s.name),
  };
}

/** Orders tables so that each follows the tables it references; a cycle keeps name order. */
function parentsFirst(
  tables: CatalogueTable[],
  edges: { child: number; parent: number }[],
): CatalogueTable[] {
  const pending = new Map(tables.map((t) => [t.oid, new Set<number>()]));
  for (const { child, parent } of edges) pending.get(child)?.add(parent);
  const ordered: CatalogueTable[] = [];
  let remaining = [...tables];
  while (remaining.length > 0) {
    const ready = remaining.filter((t) => pending.get(t.oid)?.size === 0);
    const next = ready.length > 0 ? ready : remaining.slice(0, 1);
    for (const table of next) {
      ordered.push(table);
      for (const parents of pending.values()) parents.delete(table.oid);
    }
    const taken = new Set(next.map((t) => t.oid));
    remaining = remaining.filter((t) => !taken.has(t.oid));
  }
  return ordered;
}

async function readMigrations(client: pg.ClientBase): Promise<BackupHeader["migrations"]> {
  const exists = await client.query<{ found: boolean }>(
    "SELECT to_regclass('drizzle.__drizzle_migrations') IS NOT NULL AS found",
  );
  if (!exists.rows[0]?.found) return [];
  const rows = await client.query<{ hash: string; created_at: string }>({
    text: "SELECT hash, created_at FROM drizzle.__drizzle_migrations ORDER BY id",
    types: rawText,
  });
  return rows.rows.map((r) => ({ hash: r.hash, createdAt: r.created_at }));
}

// --- Writing -----------------------------------------------------------------------------------

export interface WriteBackupOptions {
  connectionString: string;
  file: string;
}

export interface WriteBackupResult {
  file: string;
  tables: number;
  rows: number;
  /** SHA-256 of the file as written, also in `${file}.sha256`. */
  sha256: string;
}

export async function writeBackup(options: WriteBackupOptions): Promise<WriteBackupResult> {
  const file = path.resolve(options.file);
  const temporary = `${file}.partial-${process.pid}`;
  const client = new pg.Client({
    connectionString: options.connectionString,
    application_name: "pusterum-backup",
  });
  await client.connect();
  const fileHash = createHash("sha256");
  let totalRows = 0;
  let tableCount = 0;
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    for (const setting of SESSION_SETTINGS) await client.query(setting);

    const { tables, sequences } = await readCatalogue(client);
    const header: BackupHeader = {
      format: BACKUP_FORMAT,
      version: BACKUP_FORMAT_VERSION,
      createdAt: new Date().toISOString(),
      serverVersion: (await client.query<{ v: string }>("SELECT version() AS v")).rows[0]?.v ?? "",
      migrations: await readMigrations(client),
      tables: [],
      sequences: [],
    };
    for (const table of tables) {
      const count = await client.query<{ n: string }>(`SELECT count(*) AS n FROM ${from(table)}`);
      header.tables.push({ name: table.name, columns: table.columns, rows: Number(count.rows[0]?.n ?? 0) });
    }
    for (const name of sequences) {
      const state = await client.query<{ last_value: string; is_called: boolean }>({
        text: `SELECT last_value::text, is_called FROM ${tableRef(name)}`,
      });
      const row = state.rows[0];
      if (row) header.sequences.push({ name, lastValue: row.last_value, isCalled: row.is_called });
    }
    tableCount = tables.length;

    const contentHash = createHash("sha256");
    async function* lines(): AsyncGenerator<Buffer> {
      const emit = (text: string) => {
        const line = Buffer.from(`${text}\n`, "utf8");
        contentHash.update(line);
        return line;
      };
      yield emit(JSON.stringify(header));
      for (const [index, table] of tables.entries()) {
        const expected = header.tables[index]?.rows ?? 0;
        let written = 0;
        const columns = table.columns.map((c) => quote(c.name)).join(", ");
        await client.query(`DECLARE backup_rows NO SCROLL CURSOR FOR SELECT ${columns} FROM ${from(table)}`);
        for (;;) {
          const batch = await client.query<unknown[]>({
            text: "FETCH 1000 FROM backup_rows",
            rowMode: "array",
            types: rawText,
          });
          if (batch.rows.length === 0) break;
          for (const row of batch.rows) yield emit(JSON.stringify(row));
          written += batch.rows.length;
        }
        await client.query("CLOSE backup_rows");
        // Cannot differ inside one snapshot; checked because a wrong count would make a bad file.
        if (written !== expected)
          throw new Error(`${table.name}: counted ${expected} rows but read ${written}`);
        totalRows += written;
      }
      const trailer: Trailer = { end: true, sha256: contentHash.digest("hex") };
      yield Buffer.from(`${JSON.stringify(trailer)}\n`, "utf8");
    }

    await fs.mkdir(path.dirname(file), { recursive: true });
    const hashing = new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        fileHash.update(chunk);
        callback(null, chunk);
      },
    });
    // Backups hold personal data: readable by their owner only.
    await pipeline(lines(), createGzip(), hashing, createWriteStream(temporary, { mode: 0o600 }));
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    await fs.rm(temporary, { force: true });
    throw error;
  } finally {
    await client.end();
  }

  // Durable before it is renamed into place: a crash never leaves a plausible partial backup, nor
  // a side file of an earlier backup under the same name beside a new one.
  await syncFile(temporary);
  const sideFile = `${file}.sha256`;
  await fs.rm(sideFile, { force: true });
  await fs.rename(temporary, file);
  const sha256 = fileHash.digest("hex");
  await fs.writeFile(`${sideFile}.partial-${process.pid}`, `${sha256}  ${path.basename(file)}\n`, {
    mode: 0o600,
  });
  await syncFile(`${sideFile}.partial-${process.pid}`);
  await fs.rename(`${sideFile}.partial-${process.pid}`, sideFile);
  await syncFile(path.dirname(file));
  return { file, tables: tableCount, rows: totalRows, sha256 };
}

async function syncFile(file: string): Promise<void> {
  const handle = await fs.open(file, "r");
  try {
    await handle.sync();
  } catch {
    // Some platforms cannot fsync a directory; the renames are still atomic.
  } finally {
    await handle.close();
  }
}

function from(table: CatalogueTable): string {
  // ONLY: rows of a table that inherits from this one are dumped with that table.
  return table.partitioned ? tableRef(table.name) : `ONLY ${tableRef(table.name)}`;
}

// --- Reading a backup file ---------------------------------------------------------------------

type BackupEvent =
  | { kind: "header"; header: BackupHeader }
  | { kind: "row"; table: number; values: (string | null)[] };

function damaged(file: string, reason: string, cause?: unknown): BackupError {
  return new BackupError(
    "BACKUP_DAMAGED",
    `The backup ${file} is damaged or incomplete (${reason}), so it was not used: nothing was changed. Use another copy.`,
    { cause },
  );
}

/** Splits a byte stream into lines without decoding: the hash covers the exact bytes. */
async function* byteLines(
  source: AsyncIterable<Buffer>,
): AsyncGenerator<{ line: Buffer; terminated: boolean }> {
  let pending: Buffer = Buffer.alloc(0);
  for await (const chunk of source) {
    pending = pending.length > 0 ? Buffer.concat([pending, chunk]) : chunk;
    let start = 0;
    for (let newline = pending.indexOf(10, start); newline !== -1; newline = pending.indexOf(10, start)) {
      yield { line: pending.subarray(start, newline), terminated: true };
      start = newline + 1;
    }
    pending = pending.subarray(start);
  }
  if (pending.length > 0) yield { line: pending, terminated: false };
}

function parseJson(file: string, line: Buffer, what: string): unknown {
  try {
    return JSON.parse(line.toString("utf8"));
  } catch (cause) {
    throw damaged(file, `unreadable ${what}`, cause);
  }
}

function isHeader(value: unknown): value is BackupHeader {
  const header = value as Partial<BackupHeader> | null;
  return (
    typeof header === "object" &&
    header !== null &&
    header.format === BACKUP_FORMAT &&
    typeof header.version === "number" &&
    Array.isArray(header.tables) &&
    Array.isArray(header.migrations) &&
    Array.isArray(header.sequences) &&
    header.tables.every(
      (t) =>
        typeof t?.name === "string" && Array.isArray(t.columns) && Number.isInteger(t.rows) && t.rows >= 0,
    )
  );
}

/**
 * Reads a backup, yielding its header and rows; throws BACKUP_DAMAGED at the first sign of damage,
 * including at the very end (trailer, hash). Consumers must not commit anything before it returns.
 */
async function* readBackupFile(file: string): AsyncGenerator<BackupEvent> {
  const source = createReadStream(file);
  const gunzip = createGunzip();
  source.on("error", (error) => gunzip.destroy(error));
  source.pipe(gunzip);

  const contentHash = createHash("sha256");
  let header: BackupHeader | undefined;
  let table = 0;
  let rowsLeft = 0;
  let trailer: Trailer | undefined;
  try {
    for await (const { line, terminated } of byteLines(gunzip)) {
      if (!terminated) throw damaged(file, "it ends in the middle of a line");
      if (trailer) throw damaged(file, "there is data after its end");
      if (!header) {
        const parsed = parseJson(file, line, "header");
        if ((parsed as { format?: unknown } | null)?.format !== BACKUP_FORMAT) {
          throw new BackupError("BACKUP_UNSUPPORTED", `${file} is not a Pusterum backup.`);
        }
        if (!isHeader(parsed)) throw damaged(file, "unreadable header");
        if (parsed.version !== BACKUP_FORMAT_VERSION) {
          throw new BackupError(
            "BACKUP_UNSUPPORTED",
            `${file} has backup format version ${parsed.version}; this Pusterum reads version ${BACKUP_FORMAT_VERSION}.`,
          );
        }
        header = parsed;
        contentHash.update(line).update("\n");
        yield { kind: "header", header };
        rowsLeft = header.tables[0]?.rows ?? 0;
        continue;
      }
      while (rowsLeft === 0 && table < header.tables.length) {
        table++;
        rowsLeft = header.tables[table]?.rows ?? 0;
      }
      if (table >= header.tables.length) {
        const parsed = parseJson(file, line, "trailer") as Partial<Trailer> | null;
        if (parsed?.end !== true || typeof parsed.sha256 !== "string")
          throw damaged(file, "unreadable trailer");
        trailer = { end: true, sha256: parsed.sha256 };
        continue;
      }
      contentHash.update(line).update("\n");
      const values = parseJson(file, line, "row");
      const width = header.tables[table]?.columns.length;
      if (
        !Array.isArray(values) ||
        values.length !== width ||
        !values.every((v) => v === null || typeof v === "string")
      ) {
        throw damaged(file, `a row of ${header.tables[table]?.name} does not match its columns`);
      }
      rowsLeft--;
      yield { kind: "row", table, values };
    }
  } catch (error) {
    if (error instanceof BackupError) throw error;
    throw damaged(file, error instanceof Error ? error.message : String(error), error);
  } finally {
    source.destroy();
  }
  if (!header) throw damaged(file, "it is empty");
  if (!trailer) throw damaged(file, "it was cut short");
  if (contentHash.digest("hex") !== trailer.sha256) throw damaged(file, "its checksum does not match");
}

async function checkSideFile(file: string): Promise<void> {
  let expected: string | undefined;
  try {
    expected = (await fs.readFile(`${file}.sha256`, "utf8")).split(/\s+/)[0];
  } catch {
    return; // the embedded checksum is enough; the side file is for operators' own tools
  }
  const actual = createHash("sha256");
  for await (const chunk of createReadStream(file)) actual.update(chunk as Buffer);
  if (expected !== actual.digest("hex"))
    throw damaged(file, `it does not match ${path.basename(file)}.sha256`);
}

/** Reads and checks a whole backup file; returns its header. */
export async function verifyBackup(file: string): Promise<BackupHeader> {
  const stat = await fs.stat(file).catch(() => undefined);
  if (!stat?.isFile()) throw new BackupError("BACKUP_NOT_FOUND", `There is no backup file ${file}.`);
  await checkSideFile(file);
  let header: BackupHeader | undefined;
  for await (const event of readBackupFile(file)) if (event.kind === "header") header = event.header;
  if (!header) throw damaged(file, "it is empty");
  return header;
}

// --- Restoring ---------------------------------------------------------------------------------

export interface RestoreBackupOptions {
  connectionString: string;
  file: string;
  /** Empty the target's tables first instead of refusing a target that holds data. */
  force?: boolean;
}

export async function restoreBackup(
  options: RestoreBackupOptions,
): Promise<{ tables: number; rows: number }> {
  const file = path.resolve(options.file);
  // The whole file is checked before the target is touched, and checked again while loading.
  const header = await verifyBackup(file);

  const client = new pg.Client({
    connectionString: options.connectionString,
    application_name: "pusterum-restore",
  });
  await client.connect();
  try {
    await client.query("BEGIN");
    for (const setting of SESSION_SETTINGS) await client.query(setting);

    const migrations = await readMigrations(client);
    const describe = (list: BackupHeader["migrations"]) =>
      list.map((m) => m.hash.slice(0, 12)).join(", ") || "none";
    if (
      JSON.stringify(migrations.map((m) => m.hash)) !== JSON.stringify(header.migrations.map((m) => m.hash))
    ) {
      throw new BackupError(
        "MIGRATIONS_DIFFER",
        `The backup was taken with ${header.migrations.length} migrations applied (${describe(header.migrations)}), ` +
          `the target has ${migrations.length} (${describe(migrations)}). Restore with the Pusterum version that ` +
          "made the backup, then upgrade.",
      );
    }

    const { tables, sequences } = await readCatalogue(client);
    checkSameSchema(header, tables, sequences);

    const nonEmpty: string[] = [];
    for (const table of tables) {
      const found = await client.query(`SELECT 1 FROM ${tableRef(table.name)} LIMIT 1`);
      if (found.rowCount) nonEmpty.push(table.name);
    }
    if (nonEmpty.length > 0 && !options.force) {
      throw new BackupError(
        "TARGET_NOT_EMPTY",
        `The target database already holds data (in ${nonEmpty.slice(0, 5).join(", ")}${nonEmpty.length > 5 ? ", …" : ""}). ` +
          "Restore into an empty database, or pass --force to replace everything in it.",
      );
    }

    // The rows are history as it was: triggers (append-only guards, timestamps, audit) must not fire,
    // and foreign keys hold already. Replica mode does both; it needs a superuser or a grant
    // (PostgreSQL 15+), otherwise the table owner can still switch off the tables' own triggers.
    const disabledTriggers = await disableTriggers(client, tables);
    if (nonEmpty.length > 0) await client.query(`TRUNCATE ${tables.map((t) => tableRef(t.name)).join(", ")}`);

    let rows = 0;
    let batch: (string | null)[][] = [];
    let batchTable: BackupTable | undefined;
    const flush = async () => {
      if (!batchTable || batch.length === 0) return;
      await insertRows(client, batchTable, batch);
      rows += batch.length;
      batch = [];
    };
    for await (const event of readBackupFile(file)) {
      if (event.kind !== "row") continue;
      const table = header.tables[event.table];
      if (table !== batchTable) {
        await flush();
        batchTable = table;
      }
      batch.push(event.values);
      if (batchTable && batch.length >= batchSize(batchTable)) await flush();
    }
    await flush();

    for (const sequence of header.sequences) {
      await client.query("SELECT setval($1::regclass, $2::bigint, $3)", [
        tableRef(sequence.name),
        sequence.lastValue,
        sequence.isCalled,
      ]);
    }
    for (const table of disabledTriggers)
      await client.query(`ALTER TABLE ${tableRef(table)} ENABLE TRIGGER USER`);
    await client.query("COMMIT");
    return { tables: header.tables.length, rows };
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}

function checkSameSchema(header: BackupHeader, tables: CatalogueTable[], sequences: string[]): void {
  const signature = (columns: BackupColumn[]) =>
    columns
      .map((c) => `${c.name} ${c.type}`)
      .sort()
      .join(", ");
  const target = new Map(tables.map((t) => [t.name, signature(t.columns)]));
  const problems: string[] = [];
  for (const table of header.tables) {
    const columns = target.get(table.name);
    if (columns === undefined) problems.push(`table ${table.name} is missing`);
    else if (columns !== signature(table.columns)) problems.push(`table ${table.name} has other columns`);
  }
  const inBackup = new Set(header.tables.map((t) => t.name));
  for (const table of tables)
    if (!inBackup.has(table.name)) problems.push(`table ${table.name} is not in the backup`);
  const targetSequences = new Set(sequences);
  for (const sequence of header.sequences) {
    if (!targetSequences.has(sequence.name)) problems.push(`sequence ${sequence.name} is missing`);
  }
  if (problems.length > 0) {
    throw new BackupError(
      "SCHEMA_DIFFERS",
      `The target database's tables differ from the backup's: ${problems.slice(0, 5).join("; ")}.`,
    );
  }
}

async function disableTriggers(client: pg.ClientBase, tables: CatalogueTable[]): Promise<string[]> {
  await client.query("SAVEPOINT replica_role");
  try {
    await client.query("SET LOCAL session_replication_role = replica");
    await client.query("RELEASE SAVEPOINT replica_role");
    return [];
  } catch {
    await client.query("ROLLBACK TO SAVEPOINT replica_role");
  }
  for (const table of tables) await client.query(`ALTER TABLE ${tableRef(table.name)} DISABLE TRIGGER USER`);
  return tables.map((t) => t.name);
}

function batchSize(table: BackupTable): number {
  // PostgreSQL takes at most 65535 parameters in one statement.
  return Math.max(1, Math.min(1000, Math.floor(60_000 / Math.max(1, table.columns.length))));
}

async function insertRows(
  client: pg.ClientBase,
  table: BackupTable,
  rows: (string | null)[][],
): Promise<void> {
  const width = table.columns.length;
  const columns = table.columns.map((c) => quote(c.name)).join(", ");
  if (width === 0) {
    for (const _ of rows) await client.query(`INSERT INTO ${tableRef(table.name)} DEFAULT VALUES`);
    return;
  }
  // Text parameters of unknown type take the target column's type, through its input function.
  const tuples = rows.map((_, r) => `(${table.columns.map((_, c) => `$${r * width + c + 1}`).join(", ")})`);
  await client.query(
    `INSERT INTO ${tableRef(table.name)} (${columns}) OVERRIDING SYSTEM VALUE VALUES ${tuples.join(", ")}`,
    rows.flat(),
  );
}

// --- Which database the backup and restore scripts work on -------------------------------------

export interface MaintenanceDatabase {
  connectionString: string;
  /** For messages: which database this is, without its password. */
  description: string;
  close(): Promise<void>;
}

export interface OpenMaintenanceDatabaseOptions {
  env?: NodeJS.ProcessEnv;
  /** Backup only reads in one snapshot, so it may use the running app's server; restore may not. */
  purpose: "backup" | "restore";
}

/**
 * DATABASE_URL when set; otherwise the embedded database in PUSTERUM_DATA_DIR (default ./data),
 * started for the job. While the app runs it holds that directory: a backup then reads through the
 * app's own server, a restore is refused.
 */
export async function openMaintenanceDatabase(
  options: OpenMaintenanceDatabaseOptions,
): Promise<MaintenanceDatabase> {
  const env = options.env ?? process.env;
  if (env.DATABASE_URL) {
    const url = new URL(env.DATABASE_URL);
    return {
      connectionString: env.DATABASE_URL,
      description: `the database ${url.pathname.slice(1)} at ${url.host} (DATABASE_URL)`,
      close: async () => {},
    };
  }
  const dataDir = path.resolve(env.PUSTERUM_DATA_DIR ?? "./data");
  if (options.purpose === "backup" && !existsSync(path.join(dataDir, "postgres", "PG_VERSION"))) {
    throw new BackupError(
      "NO_DATABASE",
      `There is no embedded database in ${dataDir}. Set PUSTERUM_DATA_DIR to the app's data directory, or DATABASE_URL.`,
    );
  }
  try {
    const database = await startEmbeddedDatabase({ dataDir });
    return {
      connectionString: database.connectionString,
      description: `the embedded database in ${dataDir}`,
      close: () => database.stop(),
    };
  } catch (error) {
    if (!(error instanceof EmbeddedDatabaseError) || error.code !== "DATA_DIR_IN_USE") throw error;
    const app = `The Pusterum app (pid ${error.pid}) is running on ${dataDir}`;
    if (options.purpose === "restore") {
      throw new BackupError(
        "APP_RUNNING",
        `${app}. Stop it before restoring: a restore replaces the data it is working with.`,
        { cause: error },
      );
    }
    const running = await runningEmbeddedConnectionString(dataDir);
    if (!running) {
      throw new BackupError(
        "APP_RUNNING",
        `${app}, and its database server cannot be reached. Stop the app and try again, or set DATABASE_URL.`,
        { cause: error },
      );
    }
    return {
      connectionString: running,
      description: `the running app's embedded database in ${dataDir}`,
      close: async () => {},
    };
  }
}
