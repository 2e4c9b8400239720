/**
 * npm run audit:verify
 * Walks the audit log's hash chain and says whether it is intact, or at which event it breaks; exits
 * with 1 when it is broken. Works on the database the app uses: DATABASE_URL, or else the embedded one
 * in PUSTERUM_DATA_DIR (default ./data), through the running app's server when the app runs.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { desc } from "drizzle-orm";
import { type ChainBreak, verifyAuditChain } from "../src/server/audit/audit-log.js";
import { connectDatabase } from "../src/server/db/client.js";
import {
  EmbeddedDatabaseError,
  runningEmbeddedConnectionString,
  startEmbeddedDatabase,
} from "../src/server/db/embedded.js";
import { auditEvents } from "../src/server/db/schema/index.js";

const REASONS: Record<ChainBreak["reason"], string> = {
  previous_hash_mismatch:
    "its previous hash is not the hash of the row before it: a row before it was removed",
  hash_mismatch: "its hash does not match its fields: the row was changed",
};

export interface AuditCheck {
  intact: boolean;
  events: number;
  brokenAt?: ChainBreak;
  /** Hex of the newest row's hash: noted elsewhere, it shows later whether the newest rows were cut off. */
  latestHash?: string;
  /** The line to print. */
  message: string;
}

export async function checkAuditChain(connectionString: string): Promise<AuditCheck> {
  const database = connectDatabase(connectionString, { max: 1 });
  try {
    const result = await verifyAuditChain(database.db);
    if (result.break) {
      const { id, reason } = result.break;
      return {
        intact: false,
        events: result.rows,
        brokenAt: result.break,
        message: `audit chain BROKEN at event id ${id} (${reason}: ${REASONS[reason]})`,
      };
    }
    const [latest] = await database.db
      .select({ hash: auditEvents.hash })
      .from(auditEvents)
      .orderBy(desc(auditEvents.id))
      .limit(1);
    return {
      intact: true,
      events: result.rows,
      latestHash: latest?.hash.toString("hex"),
      message: `audit chain intact: ${result.rows} events`,
    };
  } finally {
    await database.close();
  }
}

/** The app's database, as the app finds it; `close` stops an embedded server started for this check. */
async function openDatabase(
  env: NodeJS.ProcessEnv,
): Promise<{ connectionString: string; close(): Promise<void> }> {
  if (env.DATABASE_URL) return { connectionString: env.DATABASE_URL, close: async () => {} };
  const dataDir = path.resolve(env.PUSTERUM_DATA_DIR ?? "./data");
  const running = await runningEmbeddedConnectionString(dataDir);
  if (running) return { connectionString: running, close: async () => {} };
  // Starting the embedded server on a directory without a cluster would make a new, empty one.
  if (!existsSync(path.join(dataDir, "postgres", "PG_VERSION"))) {
    throw new Error(`There is no Pusterum database in ${dataDir}. Set PUSTERUM_DATA_DIR or DATABASE_URL.`);
  }
  const embedded = await startEmbeddedDatabase({ dataDir });
  return { connectionString: embedded.connectionString, close: () => embedded.stop() };
}

async function main(): Promise<void> {
  const database = await openDatabase(process.env);
  try {
    const check = await checkAuditChain(database.connectionString);
    console.log(check.message);
    if (check.latestHash) console.log(`latest hash: ${check.latestHash}`);
    if (!check.intact) process.exitCode = 1;
  } finally {
    await database.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    const known = error instanceof EmbeddedDatabaseError || error instanceof Error;
    console.error(known ? `audit:verify failed: ${(error as Error).message}` : error);
    process.exitCode = 2;
  });
}
