/**
 * Stands in for the app in embedded.test.ts, which SIGKILLs it. Usage:
 *   node --import tsx crash-writer.ts DATA_DIR write   starts the database, then inserts rows for ever,
 *                                                      printing "ack <id>" once each commit is acknowledged
 *   node --import tsx crash-writer.ts DATA_DIR start   starts the database (the test kills it during initdb)
 *   node --import tsx crash-writer.ts DATA_DIR check   starts the database, prints "checked", stops it
 * A last argument "fsync=off" speeds up the runs that do not test durability.
 */
import { randomBytes } from "node:crypto";
import pg from "pg";
import { startEmbeddedDatabase } from "../embedded.js";

const [dataDir, mode, fsync] = process.argv.slice(2);
if (!dataDir || !["write", "start", "check"].includes(mode ?? "")) {
  throw new Error("usage: crash-writer.ts DATA_DIR write|start|check");
}

process.stdout.write(`pid ${process.pid}\n`);
const database = await startEmbeddedDatabase({ dataDir, fsync: fsync !== "fsync=off" });
process.stdout.write("started\n");

if (mode === "write") {
  const pool = new pg.Pool({ connectionString: database.connectionString, max: 4 });
  await pool.query(
    "CREATE TABLE IF NOT EXISTS acks (id bigserial PRIMARY KEY, payload bytea NOT NULL, at timestamptz NOT NULL DEFAULT now())",
  );
  process.stdout.write("writing\n");
  // Several writers, so that some transactions are in flight whenever the kill arrives.
  const writer = async () => {
    for (;;) {
      const result = await pool.query<{ id: string }>("INSERT INTO acks (payload) VALUES ($1) RETURNING id", [
        randomBytes(64),
      ]);
      process.stdout.write(`ack ${result.rows[0]?.id}\n`);
    }
  };
  await Promise.all([writer(), writer(), writer(), writer()]);
}

if (mode === "check") {
  const client = new pg.Client(database.connectionString);
  await client.connect();
  await client.query("SELECT 1");
  await client.end();
  await database.stop();
  process.stdout.write("checked\n");
}
