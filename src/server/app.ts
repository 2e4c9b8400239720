import { existsSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import fastifyCookie from "@fastify/cookie";
import fastifyHelmet from "@fastify/helmet";
import fastifyRateLimit from "@fastify/rate-limit";
import fastifyStatic from "@fastify/static";
import fastifySwagger from "@fastify/swagger";
import fastifySwaggerUi from "@fastify/swagger-ui";
import Fastify, { type FastifyInstance, type FastifyServerOptions } from "fastify";
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from "fastify-type-provider-zod";
import pg from "pg";
import type { RouteAccess } from "../common/contracts/route.js";
import { LIMITS } from "../common/limits.js";
import { type Clock, systemClock } from "./clock.js";
import type { AppContext } from "./context.js";
import { createCipher } from "./crypto.js";
import { connectDatabase, type DatabaseHandle } from "./db/client.js";
import { MIGRATIONS_FOLDER, migrationsApplied } from "./db/migrate.js";
import { FEATURES } from "./features/index.js";
import { registerAccess } from "./plugins/access.js";
import { isApiRoute, registerAuth } from "./plugins/auth.js";
import { registerErrorHandling } from "./plugins/errors.js";
import { postgresRateLimitStore } from "./plugins/rate-limit-store.js";

export const WEB_ROOT = fileURLToPath(new URL("../../dist/web", import.meta.url));

export interface BuildAppOptions {
  connectionString: string;
  encryptionKey: Buffer;
  clock?: Clock;
  publicUrl?: string;
  logger?: FastifyServerOptions["logger"];
  /** Proxy hops or addresses to trust for X-Forwarded-*; never `true`. */
  trustProxy?: false | number | string[];
  /** Requests per minute and address for the whole API; sign-in has its own, lower limit. */
  apiRateLimit?: number;
  signInRateLimit?: number;
}

/** A route as the app registered it, with the access rule it declared (tests walk these). */
export interface RegisteredRoute {
  method: string;
  url: string;
  access: RouteAccess | undefined;
}

export interface PusterumApp {
  app: FastifyInstance;
  ctx: AppContext;
  database: DatabaseHandle;
  /** Every route the app registered, HEAD aside. */
  routes: readonly RegisteredRoute[];
}

/** Log fields that must never be written, whatever the level. */
export const REDACT = [
  "req.headers.cookie",
  "req.headers.authorization",
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
  "*.password",
  "*.newPassword",
  "*.currentPassword",
  "*.token",
  "*.code",
  "*.note",
  "*.notes",
];

const migrationCount = () => readdirSync(MIGRATIONS_FOLDER).filter((f) => f.endsWith(".sql")).length;

/** A hop count becomes proxy-addr's hop test; addresses pass through; false trusts nobody. */
function trustedProxies(trust: false | number | string[]) {
  if (typeof trust === "number") return (_address: string, hop: number) => hop < trust;
  return trust;
}

export async function buildApp(options: BuildAppOptions): Promise<PusterumApp> {
  const app = Fastify({
    logger: options.logger ?? { level: "info", redact: { paths: REDACT, censor: "[redacted]" } },
    bodyLimit: LIMITS.bodyBytes,
    trustProxy: trustedProxies(options.trustProxy ?? false),
  });
  const database = connectDatabase(options.connectionString);
  const ctx: AppContext = {
    db: database.db,
    clock: options.clock ?? systemClock,
    cipher: createCipher(options.encryptionKey),
    log: app.log,
    publicUrl: options.publicUrl ?? "http://localhost:3000",
  };
  // Rate-limit counters are written on every API request. Losing the last few after a crash is
  // harmless, so they skip the wait for the disk that everything else keeps.
  const counters = new pg.Pool({
    connectionString: options.connectionString,
    max: 4,
    options: "-c synchronous_commit=off",
    application_name: "pusterum-counters",
  });
  counters.on("error", () => {});
  app.addHook("onClose", async () => {
    await counters.end();
    await database.close();
  });
  const routes: RegisteredRoute[] = [];
  app.addHook("onRoute", (route) => {
    const access = (route.config as { access?: RouteAccess } | undefined)?.access;
    for (const method of [route.method].flat()) {
      if (method !== "HEAD") routes.push({ method, url: route.url, access });
    }
  });

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  // Only JSON is accepted: a cross-site form can send text/plain without a preflight, never JSON.
  app.removeContentTypeParser(["text/plain"]);
  registerErrorHandling(app);

  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // Mantine writes its theme variables into a style element.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", "data:"],
        mediaSrc: ["'self'"],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    referrerPolicy: { policy: "no-referrer" },
    crossOriginEmbedderPolicy: false,
  });
  await app.register(fastifyCookie);
  await app.register(fastifyRateLimit, {
    global: true,
    max: options.apiRateLimit ?? 600,
    timeWindow: 60_000,
    store: postgresRateLimitStore(counters) as never,
    allowList: (request) => !isApiRoute(request),
    errorResponseBuilder: (_request, context) => ({
      statusCode: 429,
      code: "RATE_LIMITED",
      message: `Too many requests. Try again in ${Math.ceil(context.ttl / 1000)} seconds.`,
    }),
  });

  await app.register(fastifySwagger, {
    openapi: {
      info: { title: "Pusterum API", version: "1" },
      components: {
        securitySchemes: { session: { type: "apiKey", in: "cookie", name: "pusterum_session" } },
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: "/api/docs", staticCSP: true });

  registerAuth(app, ctx);
  registerAccess(app, ctx);

  app.get("/healthz", { config: { rateLimit: false } }, async () => ({ status: "ok" }));
  app.get("/readyz", { config: { rateLimit: false } }, async (_request, reply) => {
    const ready = await migrationsApplied(database, migrationCount()).catch(() => false);
    return reply.code(ready ? 200 : 503).send({ status: ready ? "ready" : "not ready" });
  });

  await app.register(async (api) => {
    for (const feature of FEATURES)
      feature.routes(api, ctx, { signInRateLimit: options.signInRateLimit ?? 20 });
  });

  if (existsSync(WEB_ROOT)) {
    await app.register(fastifyStatic, { root: WEB_ROOT, prefix: "/", wildcard: false, index: false });
    // Deep links into the single-page apps load their HTML; unknown /api paths stay problems.
    app.get("/staff", { config: { rateLimit: false } }, (_request, reply) => reply.sendFile("staff.html"));
    app.get("/staff/*", { config: { rateLimit: false } }, (_request, reply) => reply.sendFile("staff.html"));
    app.get("/", { config: { rateLimit: false } }, (_request, reply) => reply.sendFile("index.html"));
    app.get("/ticket", { config: { rateLimit: false } }, (_request, reply) => reply.sendFile("index.html"));
  }

  await app.ready();
  return { app, ctx, database, routes };
}
