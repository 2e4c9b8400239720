import { randomBytes, randomUUID } from "node:crypto";
import type { InjectOptions, LightMyRequestResponse } from "fastify";
import { generate } from "otplib";
import pg from "pg";
import { inject } from "vitest";
import type { Me } from "../../common/contracts/accounts.js";
import type { Role } from "../../common/permissions.js";
import { buildApp, type PusterumApp } from "../app.js";
import { type Clock, fixedClock } from "../clock.js";
import { withDatabase } from "./database-url.js";
import { createAccount, createOrganisation, TEST_PASSWORD } from "./factories.js";

export interface SignedIn {
  me: Me;
  account: { id: string; username: string; organisationId: string; totpSecret: string | null };
  /** Cookie and CSRF headers of this browser. */
  headers: Record<string, string>;
  /** app.inject as this staff member. */
  request(options: InjectOptions): Promise<LightMyRequestResponse>;
}

export interface TestApp extends PusterumApp {
  clock: ReturnType<typeof fixedClock>;
  connectionString: string;
  /** Creates a staff member with the role (second factor enrolled where needed) and signs in via the API. */
  signInAs(
    role: Role,
    options?: { organisationId?: string; siteIds?: string[]; languages?: string[] },
  ): Promise<SignedIn>;
  close(): Promise<void>;
}

export function cookieFrom(setCookie: string | string[] | undefined): string {
  const first = (Array.isArray(setCookie) ? setCookie : [setCookie ?? ""]).find((c) =>
    c.startsWith("pusterum_session="),
  );
  return first?.split(";")[0] ?? "";
}

export async function totpCode(secret: string, clock: Clock) {
  return generate({ secret, epoch: Math.floor(clock.now().getTime() / 1000) });
}

/**
 * The real app on a fresh database cloned from the migrated template: real SQL, real sessions.
 * The clock starts on a Monday evening in Copenhagen (2010-03-01 17:00 local) and only moves when told.
 */
export async function buildTestApp(
  options: { clock?: ReturnType<typeof fixedClock>; apiRateLimit?: number; signInRateLimit?: number } = {},
): Promise<TestApp> {
  const adminUrl = inject("adminDatabaseUrl");
  const template = inject("templateDatabase");
  const name = `pusterum_test_${randomUUID().replaceAll("-", "")}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database "${name}" template "${template}"`);
  await admin.end();
  const connectionString = withDatabase(adminUrl, name);
  const clock = options.clock ?? fixedClock("2010-03-01T16:00:00Z");
  const built = await buildApp({
    connectionString,
    encryptionKey: randomBytes(32),
    clock,
    logger: false,
    apiRateLimit: options.apiRateLimit ?? 100_000,
    signInRateLimit: options.signInRateLimit ?? 100_000,
  });
  let defaultOrganisationId: string | undefined;

  async function signInAs(
    role: Role,
    extra: { organisationId?: string; siteIds?: string[]; languages?: string[] } = {},
  ): Promise<SignedIn> {
    defaultOrganisationId ??= (
      await createOrganisation(built.ctx, { name: "Test government unit", kind: "government" })
    ).id;
    const account = await createAccount(built.ctx, {
      role,
      organisationId: extra.organisationId ?? defaultOrganisationId,
      siteIds: extra.siteIds,
      languages: extra.languages,
    });
    const signIn = await built.app.inject({
      method: "POST",
      url: "/api/v1/auth/sign-in",
      payload: { username: account.username, password: TEST_PASSWORD },
    });
    if (signIn.statusCode !== 200) throw new Error(`sign-in failed: ${signIn.body}`);
    let me = signIn.json<Me>();
    let cookie = cookieFrom(signIn.headers["set-cookie"]);
    if (me.next === "second_factor" && account.totpSecret) {
      const verified = await built.app.inject({
        method: "POST",
        url: "/api/v1/auth/second-factor",
        headers: { cookie, "x-csrf-token": me.csrfToken },
        payload: { code: await totpCode(account.totpSecret, clock) },
      });
      if (verified.statusCode !== 200) throw new Error(`second factor failed: ${verified.body}`);
      me = verified.json<Me>();
      cookie = cookieFrom(verified.headers["set-cookie"]);
    }
    const headers = { cookie, "x-csrf-token": me.csrfToken };
    return {
      me,
      account,
      headers,
      request: (o: InjectOptions) =>
        built.app.inject({ ...o, headers: { ...headers, ...(o.headers ?? {}) } }),
    };
  }

  return {
    ...built,
    clock,
    connectionString,
    signInAs,
    async close() {
      await built.app.close();
      const cleanup = new pg.Client({ connectionString: adminUrl });
      await cleanup.connect();
      await cleanup.query(`drop database if exists "${name}" with (force)`);
      await cleanup.end();
    },
  };
}
