import { embeddedPostgresMemory, rssMiB } from "../lib/memory.js";
import type { BenchCase, BenchContext, BenchRow } from "../lib/types.js";

/** Memory of the server process and of its embedded PostgreSQL, after a quiet second. */
export async function memoryRows(context: BenchContext, label: string): Promise<BenchRow[]> {
  const { app } = await context.shared();
  await new Promise((r) => setTimeout(r, 1000));
  const rows: BenchRow[] = [
    {
      case: "memory",
      metric: `server RSS, ${label}`,
      value: rssMiB(app.pid),
      unit: "MiB",
      note: "VmRSS of the Node process",
    },
  ];
  const postgres = embeddedPostgresMemory(app.dataDir);
  if (postgres) {
    rows.push({
      case: "memory",
      metric: `embedded PostgreSQL PSS, ${label}`,
      value: postgres.pssTotalMiB,
      unit: "MiB",
      note: `${postgres.processes} processes (postmaster RSS ${postgres.rssPostmasterMiB.toFixed(1)} MiB); PSS splits shared buffers fairly`,
    });
  }
  return rows;
}

const memoryIdle: BenchCase = {
  name: "memory-idle",
  run: (context) => memoryRows(context, "idle after start"),
};

export default memoryIdle;
