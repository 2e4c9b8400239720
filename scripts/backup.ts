/**
 * npm run backup -- [--out FILE]
 * Writes a consistent, checksummed backup of the database (see docs/OPERATIONS.md, "Backup and restore").
 */
import { parseArgs } from "node:util";
import { BackupError, openMaintenanceDatabase, writeBackup } from "../src/server/db/backup.js";
import { EmbeddedDatabaseError } from "../src/server/db/embedded.js";

const usage = "Usage: npm run backup -- [--out FILE]";

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { out: { type: "string", short: "o" }, help: { type: "boolean", short: "h" } },
  });
  if (values.help) {
    console.log(usage);
    return;
  }
  const stamp = new Date()
    .toISOString()
    .replace(/\.\d+Z$/, "Z")
    .replaceAll(":", "-");
  const file = values.out ?? `backups/pusterum-${stamp}.backup.gz`;

  const database = await openMaintenanceDatabase({ purpose: "backup" });
  try {
    console.log(`Backing up ${database.description} …`);
    const result = await writeBackup({ connectionString: database.connectionString, file });
    console.log(`Wrote ${result.file}: ${result.tables} tables, ${result.rows} rows.`);
    console.log(`SHA-256 ${result.sha256} (also in ${result.file}.sha256).`);
    console.log("The file holds personal data: keep it encrypted and off this machine.");
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  const badArguments = (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS") ?? false;
  if (badArguments) console.error(usage);
  const known = badArguments || error instanceof BackupError || error instanceof EmbeddedDatabaseError;
  console.error(known ? `Backup failed: ${(error as Error).message}` : error);
  process.exitCode = badArguments ? 2 : 1;
});
