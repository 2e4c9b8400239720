import autocannon from "autocannon";
import { rateLimitOf } from "../lib/stats.js";
import type { BenchCase } from "../lib/types.js";

const CONNECTIONS = 4;

/**
 * Password sign-in of a volunteer (no second factor). argon2id is deliberately slow: this is the
 * cost that makes guessing expensive, so a low figure here is by design.
 */
const signIn: BenchCase = {
  name: "sign-in",
  async run(context) {
    const { app, volunteer } = await context.shared();
    const url = `${app.url}/api/v1/auth/sign-in`;
    const body = JSON.stringify({ username: volunteer.username, password: volunteer.password });
    const headers = { "content-type": "application/json" };
    const probe = await fetch(url, { method: "POST", headers, body });
    if (probe.status !== 200) throw new Error(`sign-in probe answered ${probe.status}`);
    const limit = await rateLimitOf(probe);
    // Under the production limit (per address and minute), measure only what the window still allows.
    const limited = limit !== undefined && limit.remaining < 10_000;
    const result = await autocannon({
      url,
      method: "POST",
      headers,
      body,
      connections: limited ? 2 : CONNECTIONS,
      ...(limited
        ? { amount: Math.max(2, (limit?.remaining ?? 2) - 1) }
        : { duration: context.durationSeconds }),
    });
    const ok = result["2xx"];
    const how = limited
      ? `rate limit ${limit?.limit}/min per address is on: measured only ${ok} sign-ins (PUSTERUM_SIGN_IN_RATE_LIMIT raises it)`
      : `${ok} sign-ins in ${result.duration.toFixed(1)} s, ${CONNECTIONS} connections`;
    if (result.non2xx > 0 || result.errors > 0) {
      throw new Error(
        `sign-in load got ${result.non2xx} non-2xx answers and ${result.errors} errors (${how})`,
      );
    }
    const note = `argon2id hashing is deliberately slow; ${how}`;
    return [
      { case: "sign-in", metric: "throughput", value: ok / result.duration, unit: "req/s", note },
      { case: "sign-in", metric: "latency p50", value: result.latency.p50, unit: "ms" },
      { case: "sign-in", metric: "latency p99", value: result.latency.p99, unit: "ms" },
    ];
  },
};

export default signIn;
