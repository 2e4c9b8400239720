import { fileURLToPath } from "node:url";
import { migrate as runMigrations } from "drizzle-orm/node-postgres/migrator";
import { connectDatabase } from "./client.js";

export const MIGRATIONS_FOLDER = fileURLToPath(new URL("./migrations", import.meta.url));

/** Applies every committed migration; throws (and the app refuses to start) if one fails. */
export async function migrate(connectionString: string): Promise<void> {
  const handle = connectDatabase(connectionString, { max: 1 });
  try {
    await runMigrations(handle.db, { migrationsFolder: MIGRATIONS_FOLDER });
  } finally {
    await handle.close();
  }
}

/** True when every committed migration is applied: /readyz reports it. */
export async function migrationsApplied(
  handle: { pool: import("pg").Pool },
  expected: number,
): Promise<boolean> {
  const result = await handle.pool
    .query<{ count: string }>("select count(*) from drizzle.__drizzle_migrations")
    .catch(() => ({ rows: [{ count: "0" }] }));
  return Number(result.rows[0]?.count ?? 0) >= expected;
}
