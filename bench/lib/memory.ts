import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

/** Resident set size of one process in MiB (VmRSS), or NaN when it is gone. */
export function rssMiB(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = Number(/^VmRSS:\s+(\d+)\s+kB/m.exec(status)?.[1]);
    return kb / 1024;
  } catch {
    return Number.NaN;
  }
}

/** Proportional set size in MiB: shared pages split among the processes sharing them, so sums are fair. */
export function pssMiB(pid: number): number {
  try {
    const rollup = readFileSync(`/proc/${pid}/smaps_rollup`, "utf8");
    return Number(/^Pss:\s+(\d+)\s+kB/m.exec(rollup)?.[1]) / 1024;
  } catch {
    return Number.NaN;
  }
}

function childrenOf(parent: number): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      // Field 4 (ppid) follows the parenthesised command name, which may itself hold spaces.
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      if (ppid === parent) pids.push(Number(entry));
    } catch {
      // The process ended while we looked.
    }
  }
  return pids;
}

function findPostmasterPid(dir: string, depth = 3): number | undefined {
  const file = join(dir, "postmaster.pid");
  if (existsSync(file)) return Number(readFileSync(file, "utf8").split("\n")[0]);
  if (depth === 0) return undefined;
  for (const entry of readdirSync(dir)) {
    const child = join(dir, entry);
    try {
      if (statSync(child).isDirectory()) {
        const found = findPostmasterPid(child, depth - 1);
        if (found) return found;
      }
    } catch {
      // Not readable: not ours.
    }
  }
  return undefined;
}

/** The embedded PostgreSQL of a data directory: the postmaster and its children (backends, workers). */
export function embeddedPostgresMemory(
  dataDir: string,
): { processes: number; rssPostmasterMiB: number; pssTotalMiB: number } | undefined {
  const postmaster = findPostmasterPid(dataDir);
  if (!postmaster || Number.isNaN(rssMiB(postmaster))) return undefined;
  const pids = [postmaster, ...childrenOf(postmaster)];
  const pss = pids.map(pssMiB).filter((v) => !Number.isNaN(v));
  return {
    processes: pids.length,
    rssPostmasterMiB: rssMiB(postmaster),
    pssTotalMiB: pss.reduce((a, b) => a + b, 0),
  };
}
