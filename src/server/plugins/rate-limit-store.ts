import type pg from "pg";

type Callback = (error: Error | null, result?: { current: number; ttl: number }) => void;

/**
 * @fastify/rate-limit store backed by PostgreSQL, so that every app process behind a load balancer
 * counts against the same limit. One upsert per request: the window restarts once it has passed.
 */
export function postgresRateLimitStore(pool: pg.Pool) {
  class PostgresStore {
    constructor(private readonly prefix = "") {}

    incr(key: string, callback: Callback, timeWindow: number) {
      pool
        .query<{ count: number; ttl: string }>(
          `insert into rate_limit_counters (key, count, reset_at) values ($1, 1, now() + make_interval(secs => $2::double precision / 1000))
           on conflict (key) do update set
             count = case when rate_limit_counters.reset_at <= now() then 1 else rate_limit_counters.count + 1 end,
             reset_at = case when rate_limit_counters.reset_at <= now() then excluded.reset_at else rate_limit_counters.reset_at end
           returning count, greatest(0, extract(epoch from reset_at - now()) * 1000)::bigint as ttl`,
          [this.prefix + key, timeWindow],
        )
        .then((result) => {
          const row = result.rows[0];
          callback(null, { current: row?.count ?? 1, ttl: Number(row?.ttl ?? timeWindow) });
        })
        .catch((error: Error) => callback(error));
    }

    read(key: string, callback: Callback) {
      pool
        .query<{ count: number; ttl: string }>(
          `select count, greatest(0, extract(epoch from reset_at - now()) * 1000)::bigint as ttl
           from rate_limit_counters where key = $1 and reset_at > now()`,
          [this.prefix + key],
        )
        .then((result) => {
          const row = result.rows[0];
          callback(null, { current: row?.count ?? 0, ttl: Number(row?.ttl ?? 0) });
        })
        .catch((error: Error) => callback(error));
    }

    child(routeOptions: { routeInfo?: { method?: string; url?: string } }) {
      const route = routeOptions.routeInfo;
      return new PostgresStore(route ? `${route.method} ${route.url}|` : "");
    }
  }
  return PostgresStore;
}
