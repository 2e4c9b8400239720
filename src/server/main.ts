import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import closeWithGrace from "close-with-grace";
import { buildApp, REDACT } from "./app.js";
import { type EmbeddedDatabase, startEmbeddedDatabase } from "./db/embedded.js";
import { migrate } from "./db/migrate.js";
import { type Env, readEnv } from "./env.js";
import { issueSetupLink } from "./features/accounts/accounts.service.js";

/**
 * The embedded default keeps its own key beside its data; an external database must be given one.
 * Exported for the demo, which encrypts its seeded second-factor secrets before the app starts.
 */
export function encryptionKey(env: Env): Buffer {
  if (env.PUSTERUM_ENCRYPTION_KEY) return Buffer.from(env.PUSTERUM_ENCRYPTION_KEY, "base64");
  if (env.DATABASE_URL) {
    throw new Error(
      "PUSTERUM_ENCRYPTION_KEY is required with DATABASE_URL (32 random bytes, base64: `openssl rand -base64 32`).",
    );
  }
  const dir = resolve(env.PUSTERUM_DATA_DIR);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const file = join(dir, "encryption.key");
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString("base64"), { mode: 0o600, flag: "wx" });
  chmodSync(file, 0o600);
  return Buffer.from(readFileSync(file, "utf8").trim(), "base64");
}

export interface StartedServer {
  close(): Promise<void>;
  url: string;
}

/** Starts Pusterum as `npm start` does; the demo script reuses it. */
export async function startServer(
  env: Env,
  hooks: { afterMigrate?: (connectionString: string) => Promise<void> } = {},
) {
  let embedded: EmbeddedDatabase | undefined;
  let connectionString = env.DATABASE_URL;
  if (!connectionString) {
    embedded = await startEmbeddedDatabase({
      dataDir: resolve(env.PUSTERUM_DATA_DIR),
      // PostgreSQL's own lines: only the ones that mean trouble reach the console.
      log: (message) => {
        if (/FATAL|PANIC/.test(message)) console.error(`database: ${message}`);
      },
    });
    connectionString = embedded.connectionString;
  }
  try {
    await migrate(connectionString);
    await hooks.afterMigrate?.(connectionString);
    const loopback = ["127.0.0.1", "0.0.0.0", "::", "::1", "localhost"].includes(env.HOST);
    const publicUrl = env.PUSTERUM_PUBLIC_URL ?? `http://${loopback ? "localhost" : env.HOST}:${env.PORT}`;
    const { app, ctx } = await buildApp({
      connectionString,
      encryptionKey: encryptionKey(env),
      publicUrl,
      trustProxy: env.PUSTERUM_TRUST_PROXY,
      signInRateLimit: env.PUSTERUM_SIGN_IN_RATE_LIMIT,
      apiRateLimit: env.PUSTERUM_API_RATE_LIMIT,
      logger: {
        level: env.LOG_LEVEL,
        redact: { paths: REDACT, censor: "[redacted]" },
      },
    });
    const address = await app.listen({ port: env.PORT, host: env.HOST });
    const setupLink = await issueSetupLink(ctx);
    if (setupLink) {
      // Printed, never logged: the log may be shipped elsewhere, the console is the operator's.
      process.stdout.write(
        `\n  Pusterum has no administrator yet. Open this one-time link to create the first one:\n\n    ${setupLink}\n\n`,
      );
    }
    process.stdout.write(`  Pusterum is running on ${publicUrl} (listening on ${address})\n`);
    return {
      url: publicUrl,
      close: async () => {
        await app.close();
        await embedded?.stop();
      },
    } satisfies StartedServer;
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
}

async function main() {
  const env = readEnv();
  const server = await startServer(env);
  closeWithGrace({ delay: 10_000 }, async ({ err }) => {
    if (err) console.error(err);
    await server.close();
  });
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith("main.ts")) {
  main().catch((error: Error) => {
    console.error(error.message);
    process.exit(1);
  });
}
