import type { ApiSession, StaffCredentials } from "../../e2e/fixtures/api.js";
import type { RunningApp } from "../../e2e/fixtures/server.js";

/** One line of the bench table. */
export interface BenchRow {
  case: string;
  metric: string;
  value: number;
  unit: string;
  /** What the figure means or what limited it; printed under the table. */
  note?: string;
}

/** A server started once for the cases that need a running app with accounts in it. */
export interface SharedServer {
  app: RunningApp;
  admin: StaffCredentials & { session: ApiSession };
  /** An account without a second factor, for sign-in load. */
  volunteer: StaffCredentials;
}

export interface BenchContext {
  /** Starts the shared server on first use (fresh data dir, first administrator, one volunteer). */
  shared(): Promise<SharedServer>;
  /** Seconds each load case runs for (BENCH_DURATION, default 10). */
  durationSeconds: number;
}

/** A bench case: `bench/cases/<order>-<name>.ts` default-exports one. Later features add files. */
export interface BenchCase {
  name: string;
  run(context: BenchContext): Promise<BenchRow[]>;
}
