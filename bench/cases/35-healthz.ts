import autocannon from "autocannon";
import type { BenchCase } from "../lib/types.js";

const CONNECTIONS = 10;

/** The floor: GET /healthz touches neither the database nor the rate limiter. Reads compare to it. */
const healthz: BenchCase = {
  name: "healthz",
  async run(context) {
    const { app } = await context.shared();
    const duration = Math.min(5, context.durationSeconds);
    const result = await autocannon({ url: `${app.url}/healthz`, connections: CONNECTIONS, duration });
    if (result.non2xx > 0 || result.errors > 0) {
      throw new Error(`GET /healthz got ${result.non2xx} non-2xx answers and ${result.errors} errors`);
    }
    const note = `${result["2xx"]} requests in ${result.duration.toFixed(1)} s, ${CONNECTIONS} connections; no database, no rate limit: the HTTP floor`;
    return [
      { case: "healthz", metric: "throughput", value: result["2xx"] / result.duration, unit: "req/s", note },
      { case: "healthz", metric: "latency p50", value: result.latency.p50, unit: "ms" },
      { case: "healthz", metric: "latency p99", value: result.latency.p99, unit: "ms" },
    ];
  },
};

export default healthz;
