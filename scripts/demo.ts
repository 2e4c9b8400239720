/**
 * npm run demo [-- --credentials-out FILE]
 *
 * Starts Pusterum as `npm start` does, on its own data directory (PUSTERUM_DATA_DIR, default
 * ./data-demo), and seeds the demo centre into it on first start. Every start prints fresh passwords
 * and second-factor secrets for the demo staff (the old ones stop working). With --credentials-out the
 * same is written as JSON ([{ role, username, password, totpSecret }], file mode 0600) for scripted
 * tours. The demo refuses DATABASE_URL and any data directory that holds data it did not seed, so
 * invented staff with printed passwords can never end up beside real data.
 */
import { chmodSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import closeWithGrace from "close-with-grace";
import pino from "pino";
import { systemClock } from "../src/server/clock.js";
import type { AppContext } from "../src/server/context.js";
import { createCipher } from "../src/server/crypto.js";
import { connectDatabase } from "../src/server/db/client.js";
import { readEnv } from "../src/server/env.js";
import { encryptionKey, startServer } from "../src/server/main.js";
import {
  DEMO_USERNAMES,
  type DemoCredential,
  isEmpty,
  reissueDemoCredentials,
  seedDemo,
} from "./demo-seed.js";

export const DEMO_DATA_DIR = "./data-demo";
/** Beside the database: says that this data directory belongs to the demo, and whether seeding finished. */
const MARKER = "demo.json";

interface Marker {
  demo: true;
  complete: boolean;
  seededAt: string;
  usernames: string[];
}

function readMarker(dataDir: string): Marker | undefined {
  const file = path.join(dataDir, MARKER);
  if (!existsSync(file)) return undefined;
  return JSON.parse(readFileSync(file, "utf8")) as Marker;
}

function writeMarker(dataDir: string, marker: Marker) {
  writeFileSync(path.join(dataDir, MARKER), `${JSON.stringify(marker, null, 2)}\n`, { mode: 0o600 });
}

function printCredentials(credentials: DemoCredential[], url: string) {
  const rows = [["role", "username", "password", "second factor (TOTP secret)"]].concat(
    credentials.map((c) => [c.role, c.username, c.password, c.totpSecret ?? "none needed"]),
  );
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? "").length))) ?? [];
  const line = (cells: string[]) => `  ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join("  ")}`.trimEnd();
  const out = [
    "",
    "  Pusterum demo: Mødestedet, Copenhagen. Invented staff; new passwords on every start.",
    `  Sign in at ${url}/staff`,
    "",
    line(rows[0] ?? []),
    line(widths.map((w) => "-".repeat(w))),
    ...rows.slice(1).map(line),
    "",
    "  Add a second factor to an authenticator app with its otpauth link:",
    ...credentials.filter((c) => c.otpauthUrl).map((c) => `    ${c.username.padEnd(18)} ${c.otpauthUrl}`),
    "",
  ];
  process.stdout.write(`${out.join("\n")}\n`);
}

async function main() {
  const { values } = parseArgs({ options: { "credentials-out": { type: "string" } } });
  if (process.env.DATABASE_URL) {
    throw new Error(
      "The demo runs only on its own embedded database, never on DATABASE_URL. Unset DATABASE_URL (PUSTERUM_DATA_DIR chooses the folder, default ./data-demo).",
    );
  }
  const env = readEnv({ ...process.env, PUSTERUM_DATA_DIR: process.env.PUSTERUM_DATA_DIR ?? DEMO_DATA_DIR });
  const dataDir = path.resolve(env.PUSTERUM_DATA_DIR);
  let credentials: DemoCredential[] = [];

  const server = await startServer(env, {
    afterMigrate: async (connectionString) => {
      const database = connectDatabase(connectionString, { max: 2 });
      const ctx: AppContext = {
        db: database.db,
        clock: systemClock,
        cipher: createCipher(encryptionKey(env)),
        log: pino({ level: "silent" }),
        publicUrl: "",
      };
      try {
        const marker = readMarker(dataDir);
        if (await isEmpty(ctx)) {
          const seededAt = new Date().toISOString();
          writeMarker(dataDir, { demo: true, complete: false, seededAt, usernames: DEMO_USERNAMES });
          credentials = await seedDemo(ctx);
          writeMarker(dataDir, { demo: true, complete: true, seededAt, usernames: DEMO_USERNAMES });
        } else if (!marker) {
          throw new Error(
            `${dataDir} holds data that the demo did not create. The demo runs on its own folder: unset PUSTERUM_DATA_DIR to use ${DEMO_DATA_DIR}.`,
          );
        } else if (!marker.complete) {
          throw new Error(
            `Seeding the demo in ${dataDir} was interrupted. Delete that folder and start the demo again.`,
          );
        } else {
          credentials = await reissueDemoCredentials(ctx, marker.usernames);
        }
      } finally {
        await database.close();
      }
    },
  });

  printCredentials(credentials, server.url);
  const file = values["credentials-out"];
  if (file) {
    const json = credentials.map(({ role, username, password, totpSecret }) => ({
      role,
      username,
      password,
      totpSecret,
    }));
    writeFileSync(file, `${JSON.stringify(json, null, 2)}\n`, { mode: 0o600 });
    chmodSync(file, 0o600);
    process.stdout.write(`  Wrote the demo credentials to ${file} (readable by you only).\n\n`);
  }

  closeWithGrace({ delay: 10_000 }, async ({ err }) => {
    if (err) console.error(err);
    await server.close();
  });
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
