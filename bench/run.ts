/**
 * `npm run bench`: runs every case in bench/cases/ (in file-name order) against the real app, prints
 * a table and writes bench/results/<name>.json.
 *
 *   npm run bench                       all cases, results named <date>-<commit>
 *   npm run bench -- --name baseline    results in bench/results/baseline.json
 *   npm run bench -- --only sign-in     only the cases whose name contains "sign-in"
 *   BENCH_DURATION=5 npm run bench      seconds per load case (default 10)
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { createStaff, setUpFirstAdministrator } from "../e2e/fixtures/api.js";
import { ROOT, startApp } from "../e2e/fixtures/server.js";
import type { BenchCase, BenchContext, BenchRow, SharedServer } from "./lib/types.js";

// High limits for the shared server, so that load is measured rather than refused; the cases read
// the limit the server actually applies from its headers and say when one was still in force.
const LOAD_ENV = { PUSTERUM_SIGN_IN_RATE_LIMIT: "100000", PUSTERUM_API_RATE_LIMIT: "1000000" };

const { values } = parseArgs({
  options: { name: { type: "string" }, only: { type: "string" } },
  allowPositionals: false,
});

function git(...args: string[]): string {
  try {
    return execFileSync("git", args, {
      cwd: ROOT,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    }).trim();
  } catch {
    return "unknown";
  }
}

async function loadCases(): Promise<BenchCase[]> {
  const dir = join(ROOT, "bench/cases");
  const files = readdirSync(dir)
    .filter((f) => /\.ts$/.test(f) && !f.endsWith(".d.ts"))
    .sort();
  const cases: BenchCase[] = [];
  for (const file of files) {
    const module = (await import(join(dir, file))) as { default?: BenchCase };
    if (module.default) cases.push(module.default);
  }
  return cases.filter((c) => !values.only || c.name.includes(values.only));
}

function format(value: number): string {
  if (!Number.isFinite(value)) return "n/a";
  if (Math.abs(value) >= 100) return value.toFixed(0);
  if (Math.abs(value) >= 10) return value.toFixed(1);
  return value.toFixed(2);
}

function printTable(rows: BenchRow[]) {
  const header = ["case", "metric", "value", "unit"];
  // autocannon measures latency in whole milliseconds.
  const cells = rows.map((r) => [
    r.case,
    r.metric,
    r.unit === "ms" && r.value < 1 ? "<1" : format(r.value),
    r.unit,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => (c[i] ?? "").length)));
  const line = (c: string[]) =>
    c.map((cell, i) => (i === 2 ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0))).join("  ");
  console.log(`\n${line(header)}\n${widths.map((w) => "-".repeat(w)).join("  ")}`);
  for (const c of cells) console.log(line(c));
  const notes = rows.filter((r) => r.note);
  if (notes.length) {
    console.log("\nNotes:");
    for (const r of notes) console.log(`  ${r.case} / ${r.metric}: ${r.note}`);
  }
}

async function main() {
  const started = performance.now();
  const commit = git("rev-parse", "--short", "HEAD");
  const dirty = git("status", "--porcelain") !== "" ? "-dirty" : "";
  const name = values.name ?? `${new Date().toISOString().slice(0, 10)}-${commit}${dirty}`;
  if (!/^[\w.-]+$/.test(name))
    throw new Error(`--name must be letters, digits, dot, dash or underscore: ${name}`);

  let shared: Promise<SharedServer> | undefined;
  const context: BenchContext = {
    durationSeconds: Number(process.env.BENCH_DURATION ?? 10),
    shared() {
      shared ??= (async () => {
        const app = await startApp({ env: LOAD_ENV });
        if (!app.setupLink) throw new Error(`the app printed no setup link:\n${app.output()}`);
        const admin = await setUpFirstAdministrator(app.url, app.setupLink);
        const volunteer = await createStaff(admin.session, {
          role: "volunteer",
          username: "bench-volunteer",
          organisationId: admin.organisationId,
        });
        return { app, admin, volunteer };
      })();
      return shared;
    },
  };

  const rows: BenchRow[] = [];
  const failures: string[] = [];
  try {
    for (const benchCase of await loadCases()) {
      const t = performance.now();
      process.stdout.write(`bench: ${benchCase.name} … `);
      try {
        const caseRows = await benchCase.run(context);
        rows.push(...caseRows);
        console.log(`${((performance.now() - t) / 1000).toFixed(1)} s`);
      } catch (error) {
        console.log("FAILED");
        failures.push(`${benchCase.name}: ${(error as Error).message}`);
      }
    }
  } finally {
    if (shared) await (await shared.catch(() => undefined))?.app.stop();
  }

  printTable(rows);
  const result = {
    name,
    date: new Date().toISOString(),
    commit: `${commit}${dirty}`,
    node: process.version,
    machine: {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model ?? "unknown",
      memoryGiB: Math.round(totalmem() / 2 ** 30),
    },
    durationSeconds: context.durationSeconds,
    rows,
    failures,
  };
  const resultsDir = join(ROOT, "bench/results");
  mkdirSync(resultsDir, { recursive: true });
  const file = join(resultsDir, `${name}.json`);
  writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
  console.log(`\nWrote ${file} (${((performance.now() - started) / 1000).toFixed(0)} s in all).`);
  if (failures.length) {
    console.error(`\n${failures.length} bench case(s) failed:\n  ${failures.join("\n  ")}`);
    process.exitCode = 1;
  }
}

await main();
