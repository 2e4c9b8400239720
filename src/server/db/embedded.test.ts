import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type EmbeddedDatabase, EmbeddedDatabaseError, startEmbeddedDatabase } from "./embedded.js";

const FIXTURE = fileURLToPath(new URL("./test-fixtures/crash-writer.ts", import.meta.url));
const isRoot = process.getuid?.() === 0;

let base: string;
const running: EmbeddedDatabase[] = [];
const children: ChildProcess[] = [];

beforeAll(async () => {
  base = await fs.mkdtemp(path.join(os.tmpdir(), "pusterum-embedded-"));
  // mkdtemp makes a private (0700) directory; as root that would push the server into the user
  // namespace mode, which has its own test below.
  await fs.chmod(base, 0o755);
});

afterAll(async () => {
  for (const child of children) child.kill("SIGKILL");
  await Promise.all(running.map((db) => db.stop()));
  await fs.rm(base, { recursive: true, force: true });
});

async function start(dataDir: string, fsync = false): Promise<EmbeddedDatabase> {
  const db = await startEmbeddedDatabase({ dataDir, fsync });
  running.push(db);
  return db;
}

async function query<T extends pg.QueryResultRow>(connectionString: string, sql: string): Promise<T[]> {
  const client = new pg.Client(connectionString);
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

/** Runs the fixture "app" and collects its stdout lines. */
function runFixture(dataDir: string, mode: "write" | "start" | "check", as?: { uid: number; gid: number }) {
  // The crash tests keep fsync on, as the app runs; the others need no durability.
  const fsync = mode === "write" ? "fsync=on" : "fsync=off";
  const child = spawn(process.execPath, ["--import", "tsx", FIXTURE, dataDir, mode, fsync], {
    stdio: ["ignore", "pipe", "pipe"],
    ...as,
  });
  children.push(child);
  const lines: string[] = [];
  let stderr = "";
  let pending = "";
  child.stdout?.setEncoding("utf8").on("data", (chunk: string) => {
    pending += chunk;
    const parts = pending.split("\n");
    pending = parts.pop() ?? "";
    lines.push(...parts);
  });
  child.stderr?.setEncoding("utf8").on("data", (chunk: string) => {
    stderr += chunk;
  });
  const waitFor = async (predicate: () => boolean, what: string, timeoutMs = 90_000) => {
    const deadline = Date.now() + timeoutMs;
    while (!predicate()) {
      if (child.exitCode !== null) throw new Error(`fixture exited before ${what}: ${stderr}`);
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}: ${stderr}`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  };
  const pid = () => Number(lines.find((line) => line.startsWith("pid "))?.slice(4));
  const killed = new Promise<void>((resolve) => child.on("exit", () => resolve()));
  return { lines, waitFor, pid, killed };
}

/** Running, not a zombie: an orphan's new parent may reap it late. */
function isAlive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return !/^[ZX]/.test(stat.slice(stat.lastIndexOf(")") + 2));
  } catch {
    return false;
  }
}

async function postmasterPid(dataDir: string): Promise<number> {
  const text = await fs.readFile(path.join(dataDir, "postgres", "postmaster.pid"), "utf8");
  return Number(text.split("\n")[0]);
}

describe("embedded PostgreSQL", () => {
  it("initialises, serves, stops and keeps its data across restarts", { timeout: 120_000 }, async () => {
    const dataDir = path.join(base, "lifecycle");
    const first = await start(dataDir);
    expect(first.connectionString).toMatch(/^postgres:\/\/postgres:[^@]+@127\.0\.0\.1:\d+\/pusterum$/);
    await query(first.connectionString, "CREATE TABLE notes (id int PRIMARY KEY, body text)");
    await query(first.connectionString, "INSERT INTO notes VALUES (1, 'kept')");
    const [settings] = await query<{ checksums: string; fsync: string; encoding: string }>(
      first.connectionString,
      "SELECT current_setting('data_checksums') AS checksums, current_setting('fsync') AS fsync, " +
        "pg_encoding_to_char(encoding) AS encoding FROM pg_database WHERE datname = current_database()",
    );
    expect(settings).toEqual({ checksums: "on", fsync: "off", encoding: "UTF8" });
    await first.stop();
    await first.stop(); // idempotent
    await expect(query(first.connectionString, "SELECT 1")).rejects.toThrow();
    expect(existsSync(path.join(dataDir, "pusterum.lock"))).toBe(false);

    const credentials = await fs.stat(path.join(dataDir, "credentials.json"));
    expect(credentials.mode & 0o777).toBe(0o600);
    const dir = await fs.stat(dataDir);
    // As root the server's own user must pass through the data directory to reach its cluster.
    expect(dir.mode & 0o777).toBe(isRoot ? 0o710 : 0o700);
    expect(existsSync(path.join(dataDir, "postgres", "PG_VERSION"))).toBe(true);

    const second = await start(dataDir, true); // as the app starts it: fsync on
    expect(second.connectionString).not.toBe(first.connectionString); // a fresh port each start
    expect(await query(second.connectionString, "SELECT body FROM notes")).toEqual([{ body: "kept" }]);
    expect(await query(second.connectionString, "SHOW fsync")).toEqual([{ fsync: "on" }]);
    await second.stop();

    // Refusals that must name their cause, and leave the directory usable afterwards.
    const version = path.join(dataDir, "postgres", "PG_VERSION");
    await fs.writeFile(version, "16\n");
    const mismatch = await startEmbeddedDatabase({ dataDir }).catch((error: unknown) => error);
    expect((mismatch as EmbeddedDatabaseError).code).toBe("VERSION_MISMATCH");
    await fs.writeFile(version, "17\n");
    await fs.rename(path.join(dataDir, "credentials.json"), path.join(dataDir, "credentials.moved"));
    const missing = await startEmbeddedDatabase({ dataDir }).catch((error: unknown) => error);
    expect((missing as EmbeddedDatabaseError).code).toBe("CREDENTIALS_MISSING");
    await fs.rename(path.join(dataDir, "credentials.moved"), path.join(dataDir, "credentials.json"));
    expect(existsSync(path.join(dataDir, "pusterum.lock"))).toBe(false);
  });

  it("refuses a second start on a data directory in use, naming it and the other process", async () => {
    const dataDir = path.join(base, "locked");
    const first = await start(dataDir);
    const refusal = await startEmbeddedDatabase({ dataDir }).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(EmbeddedDatabaseError);
    expect((refusal as EmbeddedDatabaseError).code).toBe("DATA_DIR_IN_USE");
    expect((refusal as EmbeddedDatabaseError).message).toContain(dataDir);
    expect((refusal as EmbeddedDatabaseError).message).toContain(`pid ${process.pid}`);
    // The refused start must not have disturbed the running server.
    expect(await query(first.connectionString, "SELECT 1 AS one")).toEqual([{ one: 1 }]);
    await first.stop();

    // A lock left by a process that is gone is taken over.
    const gone = spawn(process.execPath, ["-e", ""]);
    await new Promise((resolve) => gone.on("exit", resolve));
    await fs.writeFile(path.join(dataDir, "pusterum.lock"), JSON.stringify({ pid: gone.pid }));
    const again = await start(dataDir);
    await again.stop();
  }, 120_000);

  it("keeps every acknowledged write when the app is killed mid-burst, and stops its orphaned server", async () => {
    const dataDir = path.join(base, "crash");
    const app = runFixture(dataDir, "write");
    await app.waitFor(() => app.lines.filter((line) => line.startsWith("ack ")).length >= 150, "150 acks");
    process.kill(app.pid(), "SIGKILL");
    await app.killed;
    const acknowledged = app.lines.filter((line) => line.startsWith("ack ")).map((line) => line.slice(4));
    const orphan = await postmasterPid(dataDir);
    expect(isAlive(orphan)).toBe(true);

    const db = await start(dataDir);
    expect(isAlive(orphan)).toBe(false);
    const rows = await query<{ id: string; payload: Buffer; at: Date }>(
      db.connectionString,
      "SELECT id, payload, at FROM acks",
    );
    const present = new Set(rows.map((row) => row.id));
    expect(acknowledged.filter((id) => !present.has(id))).toEqual([]);
    expect(rows.every((row) => row.payload.length === 64)).toBe(true);
    expect(await query(db.connectionString, "SHOW data_checksums")).toEqual([{ data_checksums: "on" }]);
    await db.stop();
  }, 120_000);

  it("recovers when the app and its server were both killed (a stale postmaster.pid)", async () => {
    const dataDir = path.join(base, "crash-both");
    const app = runFixture(dataDir, "write");
    await app.waitFor(() => app.lines.filter((line) => line.startsWith("ack ")).length >= 50, "50 acks");
    const server = await postmasterPid(dataDir);
    process.kill(app.pid(), "SIGKILL");
    process.kill(server, "SIGKILL");
    await app.killed;
    const acknowledged = app.lines.filter((line) => line.startsWith("ack ")).map((line) => line.slice(4));

    const db = await start(dataDir);
    const rows = await query<{ id: string }>(db.connectionString, "SELECT id FROM acks");
    const present = new Set(rows.map((row) => row.id));
    expect(acknowledged.filter((id) => !present.has(id))).toEqual([]);
    await db.stop();
  }, 120_000);

  it("starts afresh after an initialisation that left a partial directory", async () => {
    const dataDir = path.join(base, "partial-init");
    await fs.mkdir(path.join(dataDir, "postgres.init-tmp", "base"), { recursive: true });
    await fs.writeFile(path.join(dataDir, "postgres.init-tmp", "PG_VERSION"), "17\n");
    const db = await start(dataDir);
    expect(await query(db.connectionString, "SELECT current_database() AS name")).toEqual([
      { name: "pusterum" },
    ]);
    expect(existsSync(path.join(dataDir, "postgres.init-tmp"))).toBe(false);
    await db.stop();
  }, 120_000);

  it("starts afresh after the app was killed during initdb", async () => {
    const dataDir = path.join(base, "killed-init");
    const app = runFixture(dataDir, "start");
    // initdb writes PG_VERSION first and then takes a second or more to bootstrap.
    await app.waitFor(() => existsSync(path.join(dataDir, "postgres.init-tmp", "PG_VERSION")), "initdb");
    process.kill(app.pid(), "SIGKILL");
    await app.killed;
    expect(existsSync(path.join(dataDir, "postgres"))).toBe(false);

    const db = await start(dataDir);
    expect(await query(db.connectionString, "SHOW data_checksums")).toEqual([{ data_checksums: "on" }]);
    expect(existsSync(path.join(dataDir, "postgres.init-tmp"))).toBe(false);
    await db.stop();
  }, 120_000);

  it.runIf(isRoot)(
    "as root, runs under a private parent directory such as /root",
    async () => {
      const privateDir = await fs.mkdtemp(path.join(base, "private-"));
      await fs.chmod(privateDir, 0o700);
      const dataDir = path.join(privateDir, "data");
      const db = await start(dataDir);
      await query(db.connectionString, "CREATE TABLE t (v text); INSERT INTO t VALUES ('x')");
      await db.stop();
      expect((await fs.stat(path.join(dataDir, "postgres"))).uid).toBe(0);

      // Moved where the server's own user can reach it, the cluster is handed over to that user.
      const moved = path.join(base, "moved-from-private");
      await fs.rename(dataDir, moved);
      const again = await start(moved);
      expect(await query(again.connectionString, "SELECT v FROM t")).toEqual([{ v: "x" }]);
      await again.stop();
      expect((await fs.stat(path.join(moved, "postgres"))).uid).not.toBe(0);
    },
    120_000,
  );

  it.runIf(isRoot)(
    "as a normal user, runs the server as that user",
    async () => {
      const nobody = { uid: 65534, gid: 65534 };
      const home = path.join(base, "normal-user");
      await fs.mkdir(home);
      await fs.chown(home, nobody.uid, nobody.gid);
      const dataDir = path.join(home, "data");
      const app = runFixture(dataDir, "check", nobody);
      await app.waitFor(() => app.lines.includes("checked"), "the check");
      await app.killed;
      const cluster = await fs.stat(path.join(dataDir, "postgres"));
      expect([cluster.uid, cluster.mode & 0o777]).toEqual([nobody.uid, 0o700]);
    },
    120_000,
  );
});
