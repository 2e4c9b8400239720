import { z } from "zod";

/** Configuration, checked once at start; a bad value stops the app with a clear message. */
const EnvSchema = z.object({
  // Listening address and port of the HTTP server.
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default("127.0.0.1"),
  // An external PostgreSQL 14+ (postgres://…). Unset: the embedded server in PUSTERUM_DATA_DIR.
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must start with postgres://")
    .optional(),
  // Where the embedded PostgreSQL and the generated key live.
  PUSTERUM_DATA_DIR: z.string().min(1).default("./data"),
  // 32 random bytes, base64: encrypts restricted columns. Required with DATABASE_URL; the embedded
  // default generates one into the data directory on first start.
  PUSTERUM_ENCRYPTION_KEY: z
    .string()
    .refine((v) => Buffer.from(v, "base64").length === 32, "must be 32 bytes, base64-encoded")
    .optional(),
  // The address people type, used in the printed setup link (e.g. https://pusterum.example.org).
  PUSTERUM_PUBLIC_URL: z.string().url().optional(),
  // Behind a TLS-terminating proxy: how many proxy hops to trust (e.g. 1), or their addresses
  // (comma-separated). Never "trust everything": the client writes X-Forwarded-For itself, and would
  // then choose the address that sign-in throttles and rate limits count against.
  PUSTERUM_TRUST_PROXY: z
    .string()
    .regex(
      /^(false|\d{1,2}|[0-9a-fA-F.:/]+(\s*,\s*[0-9a-fA-F.:/]+)*)$/,
      "false, a hop count, or proxy addresses",
    )
    .default("false")
    .transform((v): false | number | string[] =>
      v === "false" ? false : /^\d+$/.test(v) ? Number(v) : v.split(",").map((s) => s.trim()),
    ),
  // Sign-in attempts per minute and network address (shared by all app processes). The per-name
  // slowing and locking applies whatever this is.
  PUSTERUM_SIGN_IN_RATE_LIMIT: z.coerce.number().int().min(1).max(100_000).default(20),
  // API requests per minute and network address.
  PUSTERUM_API_RATE_LIMIT: z.coerce.number().int().min(1).max(1_000_000).default(600),
  // pino level; notes, codes and tokens are redacted at every level.
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
});

export type Env = z.infer<typeof EnvSchema>;

export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = EnvSchema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Pusterum cannot start: the configuration is wrong.\n${lines.join("\n")}`);
  }
  return parsed.data;
}
