/**
 * npm run restore -- FILE [--force]
 * Restores a backup into an empty database (see docs/OPERATIONS.md, "Backup and restore"); --force
 * replaces whatever the database holds.
 */
import { parseArgs } from "node:util";
import {
  BackupError,
  openMaintenanceDatabase,
  restoreBackup,
  verifyBackup,
} from "../src/server/db/backup.js";
import { EmbeddedDatabaseError } from "../src/server/db/embedded.js";
import { migrate } from "../src/server/db/migrate.js";

const usage = "Usage: npm run restore -- FILE [--force]";

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { force: { type: "boolean" }, help: { type: "boolean", short: "h" } },
  });
  const file = positionals[0];
  if (values.help || !file || positionals.length > 1) {
    console.log(usage);
    if (!values.help) process.exitCode = 2;
    return;
  }
  // Check the file before starting or migrating anything.
  const header = await verifyBackup(file);
  console.log(
    `${file}: a backup from ${header.createdAt}, ${header.tables.length} tables, checksum correct.`,
  );

  const database = await openMaintenanceDatabase({ purpose: "restore" });
  try {
    console.log(`Restoring into ${database.description} …`);
    // A new database gets its tables first; one already migrated is left as it is.
    await migrate(database.connectionString);
    const result = await restoreBackup({
      connectionString: database.connectionString,
      file,
      force: values.force ?? false,
    });
    console.log(`Restored ${result.rows} rows into ${result.tables} tables.`);
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  const badArguments = (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS") ?? false;
  if (badArguments) console.error(usage);
  const known = badArguments || error instanceof BackupError || error instanceof EmbeddedDatabaseError;
  console.error(known ? `Restore failed: ${(error as Error).message}` : error);
  process.exitCode = badArguments ? 2 : 1;
});
