import pg from "pg";
import type { ClinicStatistics, Turnaround } from "../../src/common/contracts/clinic.js";
import { runningEmbeddedConnectionString } from "../../src/server/db/embedded.js";
import { doorSiteOpenNow, machineLoad, percentile } from "../lib/door.js";
import { median } from "../lib/stats.js";
import type { BenchCase } from "../lib/types.js";

const YEARS = 10;
const CONSULTATIONS_PER_YEAR = 5_000;
const WARM_UP = 5;
const REQUESTS = 50;

/**
 * Ten years of a busy clinic, written straight into the database with generate_series (the API
 * would take an hour to record 50,000 consultations): consultations spread evenly over the years,
 * one or two tests each (about 80,000), each sent within a day, its result in after 1–11 days and
 * told within two weeks; the last weeks' tests still wait. The clinical text columns hold random
 * bytes: turnaround never decrypts.
 */
async function seedTenYears(connectionString: string, siteId: string, now: Date) {
  const pool = new pg.Pool({ connectionString, max: 1 });
  try {
    const total = YEARS * CONSULTATIONS_PER_YEAR;
    const first = new Date(now.getTime() - YEARS * 365.25 * 86_400_000);
    const step = (now.getTime() - first.getTime()) / 1000 / total;
    await pool.query("select setseed(0.42)");
    await pool.query(
      `insert into clinic_consultations
         (site_id, nationality, clinic_kind, seen_at, reason, notes, diagnoses, updated_at)
       select $1, (array['RO','RO','RO','NG','NG','TH','BG','HU','ES','XX'])[1 + i % 10],
              case when i % 4 = 0 then 'clinic_general_practice' else 'clinic_gynaecology' end,
              $2::timestamptz + make_interval(secs => i * $3::float8),
              decode(md5(i::text), 'hex'), decode(md5((i + 1)::text), 'hex'), decode(md5((i + 2)::text), 'hex'),
              $2::timestamptz + make_interval(secs => i * $3::float8)
         from generate_series(0, $4::int - 1) as i`,
      [siteId, first, step, total],
    );
    await pool.query(
      `insert into clinic_tests
         (consultation_id, site_id, taken_with_code, test_type, state, outcome, taken_at, sent_at, result_at, told_at)
       select id, site_id, false, test_type,
              case when told_at <= $2 then 'told' when result_at <= $2 then 'result_in'
                   when sent_at <= $2 then 'sent' else 'taken' end,
              case when result_at <= $2 then (case when r < 0.08 then 'positive' when r < 0.1 then 'inconclusive' else 'negative' end) end,
              taken_at,
              case when sent_at <= $2 then sent_at end,
              case when result_at <= $2 then result_at end,
              case when told_at <= $2 then told_at end
         from (
           select c.id, c.site_id, c.seen_at as taken_at, random() as r,
                  (array['chlamydia','gonorrhoea','syphilis','hiv','hepatitis_b','hepatitis_c','pregnancy','other'])[1 + floor(random() * 8)::int] as test_type,
                  c.seen_at + make_interval(hours => floor(random() * 24)::int) as sent_at,
                  c.seen_at + make_interval(hours => 24 + floor(random() * 240)::int) as result_at,
                  c.seen_at + make_interval(hours => 264 + floor(random() * 336)::int) as told_at
             from clinic_consultations c
             cross join generate_series(1, 2) as k
            where c.site_id = $1 and (k = 1 or abs(hashtext(c.id::text)) % 10 < 6)
         ) as planned`,
      [siteId, now],
    );
    // As autovacuum leaves the tables after a bulk load: statistics known, pages all-visible.
    await pool.query("vacuum analyze clinic_consultations");
    await pool.query("vacuum analyze clinic_tests");
    const { rows } = await pool.query<{ n: number }>(
      "select count(*)::int as n from clinic_tests where site_id = $1",
      [siteId],
    );
    return { consultations: total, tests: rows[0]?.n ?? 0 };
  } finally {
    await pool.end();
  }
}

/**
 * Turnaround per test type (GET /api/v1/clinic/turnaround) over ten years of a busy clinic, as a
 * manager asks for it: the median of 50 answers after 5 warm-ups, timed in the client. The whole
 * statistics page (the same period, with sessions, costs and nationalities) is timed beside it.
 */
const clinicTurnaround: BenchCase = {
  name: "clinic-turnaround",
  async run(context) {
    const shared = await context.shared();
    const { site, manager } = await doorSiteOpenNow(shared, "Clinic turnaround");
    const connectionString = await runningEmbeddedConnectionString(shared.app.dataDir);
    if (!connectionString) throw new Error("the app's embedded PostgreSQL is not reachable");
    const now = new Date();
    const seeded = performance.now();
    const { consultations, tests } = await seedTenYears(connectionString, site.id, now);
    const seedSeconds = (performance.now() - seeded) / 1000;

    const to = now.toISOString().slice(0, 10);
    const from = new Date(now.getTime() - YEARS * 365.25 * 86_400_000).toISOString().slice(0, 10);
    const query = `siteId=${site.id}&from=${from}&to=${to}`;
    const headers = { cookie: manager.cookie, accept: "application/json" };
    const timed = async <T>(path: string, check: (body: T) => boolean) => {
      const started = performance.now();
      const response = await fetch(`${shared.app.url}${path}`, { headers });
      const body = (await response.json()) as T;
      const ms = performance.now() - started;
      if (response.status !== 200 || !check(body)) {
        throw new Error(`${path} answered ${response.status}: ${JSON.stringify(body).slice(0, 300)}`);
      }
      return ms;
    };
    const turnaround = () =>
      timed<Turnaround>(
        `/api/v1/clinic/turnaround?${query}`,
        (b) => b.byType.reduce((sum, row) => sum + row.taken, 0) === tests,
      );
    const statistics = () =>
      timed<ClinicStatistics>(
        `/api/v1/clinic/statistics?${query}`,
        (b) => b.totals.consultations === consultations,
      );

    for (let i = 0; i < WARM_UP; i++) await turnaround();
    const loadBefore = machineLoad();
    const times: number[] = [];
    for (let i = 0; i < REQUESTS; i++) times.push(await turnaround());
    times.sort((a, b) => a - b);
    const middle = median(times);

    for (let i = 0; i < 2; i++) await statistics();
    const statisticsTimes: number[] = [];
    for (let i = 0; i < 10; i++) statisticsTimes.push(await statistics());
    statisticsTimes.sort((a, b) => a - b);

    return [
      {
        case: "clinic turnaround",
        metric: `median of ${REQUESTS} (10 years)`,
        value: middle,
        unit: "ms",
        note: `GET /clinic/turnaround over ${consultations} consultations and ${tests} tests (seeded in ${seedSeconds.toFixed(1)} s with generate_series), one after another after ${WARM_UP} warm-ups, timed in the client (${loadBefore}); aim: under 200 ms (${middle < 200 ? "met" : "NOT met"})`,
      },
      { case: "clinic turnaround", metric: "p90", value: percentile(times, 90), unit: "ms" },
      {
        case: "clinic statistics",
        metric: "median of 10 (10 years)",
        value: median(statisticsTimes),
        unit: "ms",
        note: "GET /clinic/statistics for the same ten years: turnaround, tests, nationalities, costs, and the schedule's clinic hours (read once, computed for the door's dates)",
      },
    ];
  },
};

export default clinicTurnaround;
