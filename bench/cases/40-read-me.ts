import autocannon from "autocannon";
import { signIn } from "../../e2e/fixtures/api.js";
import { rateLimitOf } from "../lib/stats.js";
import type { BenchCase } from "../lib/types.js";

const CONNECTIONS = 10;

/** An authenticated read: GET /api/v1/me with a signed-in administrator's session cookie. */
const readMe: BenchCase = {
  name: "read-me",
  async run(context) {
    const { app, admin } = await context.shared();
    const { session } = await signIn(app.url, admin);
    const url = `${app.url}/api/v1/me`;
    const headers = { cookie: session.cookie };
    const probe = await fetch(url, { headers });
    if (probe.status !== 200) throw new Error(`GET /api/v1/me probe answered ${probe.status}`);
    const limit = await rateLimitOf(probe);
    const limited = limit !== undefined && limit.remaining < 200_000;
    const result = await autocannon({
      url,
      headers,
      connections: CONNECTIONS,
      ...(limited
        ? { amount: Math.max(10, (limit?.remaining ?? 10) - 5) }
        : { duration: context.durationSeconds }),
    });
    const ok = result["2xx"];
    if (result.non2xx > 0 || result.errors > 0) {
      throw new Error(`GET /api/v1/me load got ${result.non2xx} non-2xx answers and ${result.errors} errors`);
    }
    const note = limited
      ? `API rate limit ${limit?.limit}/min per address is on: measured only ${ok} requests (PUSTERUM_API_RATE_LIMIT raises it)`
      : `${ok} requests in ${result.duration.toFixed(1)} s, ${CONNECTIONS} connections; session lookup + CSRF-free GET`;
    return [
      { case: "read /me", metric: "throughput", value: ok / result.duration, unit: "req/s", note },
      { case: "read /me", metric: "latency p50", value: result.latency.p50, unit: "ms" },
      { case: "read /me", metric: "latency p99", value: result.latency.p99, unit: "ms" },
    ];
  },
};

export default readMe;
