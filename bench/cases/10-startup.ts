import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startApp } from "../../e2e/fixtures/server.js";
import { median } from "../lib/stats.js";
import type { BenchCase } from "../lib/types.js";

const WARM_RUNS = 3;

/** Spawn to the first 200 from /readyz: on a fresh data directory (initdb included), then again on it. */
const startup: BenchCase = {
  name: "startup",
  async run() {
    const dataDir = mkdtempSync(join(tmpdir(), "pusterum-bench-start-"));
    try {
      const cold = await startApp({ dataDir });
      await cold.stop();
      const warm: number[] = [];
      for (let i = 0; i < WARM_RUNS; i++) {
        const app = await startApp({ dataDir });
        warm.push(app.readyMs);
        await app.stop();
      }
      return [
        {
          case: "startup",
          metric: "cold start to ready",
          value: cold.readyMs,
          unit: "ms",
          note: "fresh data dir: initdb of the embedded PostgreSQL, migrations, then /readyz 200 (node --import tsx)",
        },
        {
          case: "startup",
          metric: `warm start to ready (median of ${WARM_RUNS})`,
          value: median(warm),
          unit: "ms",
          note: `same data dir again; runs: ${warm.map((v) => v.toFixed(0)).join(", ")} ms`,
        },
      ];
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  },
};

export default startup;
