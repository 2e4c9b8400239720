import { randomUUID } from "node:crypto";
import autocannon from "autocannon";
import pg from "pg";
import type { Tonight } from "../../src/common/contracts/visits.js";
import { runningEmbeddedConnectionString } from "../../src/server/db/embedded.js";
import { changeHeaders, doorSiteOpenNow, machineLoad, percentile } from "../lib/door.js";
import type { BenchCase, BenchRow } from "../lib/types.js";

/** Two tablets at the door would be two clients; twenty is a crowd of them, as issue 3 asks. */
const CONNECTIONS = 20;
const WARM_UP_SECONDS = 2;
// Weighted like the centre's evenings.
const NATIONALITIES = ["RO", "RO", "RO", "NG", "NG", "TH", "BG", "HU", "ES", "SK", "XX"];

/** An anonymous check-in as the door sends it, now and then a new woman with how she heard of us. */
function checkInBody(siteId: string, n: number): string {
  const nationality = NATIONALITIES[n % NATIONALITIES.length] as string;
  if (n % 10 === 0) {
    return JSON.stringify({
      siteId,
      nationality,
      firstVisit: true,
      heardFrom: "friend",
      adultConfirmed: true,
    });
  }
  return JSON.stringify({ siteId, nationality, firstVisit: false });
}

/** Latencies of single-row INSERTs, each its own transaction, from `clients` connections at once. */
async function bareInserts(connectionString: string, siteId: string, clients: number, seconds: number) {
  const pool = new pg.Pool({ connectionString, max: clients });
  await pool.query(
    `create table bench_bare_insert (
       id uuid primary key default gen_random_uuid(),
       site_id uuid not null,
       nationality text not null,
       checked_in_at timestamptz not null
     )`,
  );
  try {
    const run = async (ms: number, latencies: number[] | null) => {
      const deadline = performance.now() + ms;
      await Promise.all(
        Array.from({ length: clients }, async () => {
          const client = await pool.connect();
          try {
            while (performance.now() < deadline) {
              const started = performance.now();
              await client.query(
                "insert into bench_bare_insert (site_id, nationality, checked_in_at) values ($1, $2, now())",
                [siteId, "RO"],
              );
              latencies?.push(performance.now() - started);
            }
          } finally {
            client.release();
          }
        }),
      );
    };
    await run(WARM_UP_SECONDS * 1000, null);
    const latencies: number[] = [];
    await run(seconds * 1000, latencies);
    return latencies.sort((a, b) => a - b);
  } finally {
    await pool.query("drop table bench_bare_insert").catch(() => undefined);
    await pool.end();
  }
}

/**
 * Check-in through HTTP (POST /api/v1/visits with a fresh Idempotency-Key each, as the door app
 * sends it) from 20 concurrent clients, then, on the same embedded PostgreSQL in the same run, a bare
 * single-row INSERT through `pg` from 20 connections: the ratio says what the app adds to the
 * cheapest durable write the database can do.
 */
const doorCheckIn: BenchCase = {
  name: "door-check-in",
  async run(context) {
    const shared = await context.shared();
    const { site, door } = await doorSiteOpenNow(shared, "Check-in");
    const url = `${shared.app.url}/api/v1/visits`;
    const headers = changeHeaders(door);
    const probe = await fetch(url, {
      method: "POST",
      headers: { ...headers, "idempotency-key": randomUUID() },
      body: checkInBody(site.id, 1),
    });
    if (probe.status !== 201)
      throw new Error(`check-in probe answered ${probe.status}: ${await probe.text()}`);

    let sent = 0;
    const load = (seconds: number, latencies: number[] | null) => {
      const instance = autocannon({
        url,
        connections: CONNECTIONS,
        duration: seconds,
        requests: [
          {
            method: "POST",
            headers,
            setupRequest: (request) => ({
              ...request,
              headers: { ...headers, "idempotency-key": randomUUID() },
              body: checkInBody(site.id, ++sent),
            }),
          },
        ],
      });
      if (latencies)
        instance.on("response", (_client, status, _bytes, ms) => status === 201 && latencies.push(ms));
      return instance;
    };
    const warmUp = await load(WARM_UP_SECONDS, null);
    const loadBefore = machineLoad();
    const latencies: number[] = [];
    const result = await load(context.durationSeconds, latencies);
    if (result.non2xx > 0 || result.errors > 0 || warmUp.non2xx > 0 || warmUp.errors > 0) {
      throw new Error(`check-in load got ${result.non2xx} non-2xx answers and ${result.errors} errors`);
    }
    latencies.sort((a, b) => a - b);

    // Every 201 is one visit: the board's count must hold all of them (requests still in flight when
    // the load stopped may add a few more, never fewer).
    const board = await door.ok<Tonight>("GET", `/api/v1/sites/${site.id}/tonight`);
    const answered = 1 + warmUp["2xx"] + result["2xx"];
    if (board.visits < answered || board.visits > answered + 2 * CONNECTIONS) {
      throw new Error(`the board counts ${board.visits} visits after ${answered} answered check-ins`);
    }

    const connectionString = await runningEmbeddedConnectionString(shared.app.dataDir);
    if (!connectionString) throw new Error("the app's embedded PostgreSQL is not reachable");
    const bareLoad = machineLoad();
    const bare = await bareInserts(connectionString, site.id, CONNECTIONS, context.durationSeconds);

    const p50 = percentile(latencies, 50);
    const p99 = percentile(latencies, 99);
    const bareP50 = percentile(bare, 50);
    const bareP99 = percentile(bare, 99);
    const rows: BenchRow[] = [
      {
        case: "door check-in",
        metric: "throughput",
        value: result["2xx"] / result.duration,
        unit: "req/s",
        note: `${result["2xx"]} check-ins in ${result.duration.toFixed(1)} s from ${CONNECTIONS} connections after a ${WARM_UP_SECONDS} s warm-up (${loadBefore}); the board counted ${board.visits} visits for ${answered} answers; latencies from each response (autocannon's own histogram, whole ms: p50 ${result.latency.p50}, p99 ${result.latency.p99})`,
      },
      { case: "door check-in", metric: "latency p50", value: p50, unit: "ms" },
      {
        case: "door check-in",
        metric: "latency p99",
        value: p99,
        unit: "ms",
        note: `aim: under 25 ms (${p99 < 25 ? "met" : "NOT met"})`,
      },
      {
        case: "bare insert",
        metric: "throughput",
        value: bare.length / context.durationSeconds,
        unit: "req/s",
        note: `${bare.length} single-row INSERTs (autocommit) through pg from ${CONNECTIONS} connections on the same server (${bareLoad})`,
      },
      { case: "bare insert", metric: "latency p50", value: bareP50, unit: "ms" },
      { case: "bare insert", metric: "latency p99", value: bareP99, unit: "ms" },
      {
        case: "door check-in",
        metric: "p50 / bare insert p50",
        value: p50 / bareP50,
        unit: "x",
        note: `aim: within 3x (${p50 / bareP50 <= 3 ? "met" : "NOT met"})`,
      },
      {
        case: "door check-in",
        metric: "p99 / bare insert p99",
        value: p99 / bareP99,
        unit: "x",
      },
    ];
    return rows;
  },
};

export default doorCheckIn;
