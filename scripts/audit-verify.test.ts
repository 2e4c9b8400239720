import { execFile } from "node:child_process";
import { promisify } from "node:util";
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { buildTestApp, type SignedIn, type TestApp } from "../src/server/test/build-test-app.js";
import { TEST_PASSWORD } from "../src/server/test/factories.js";
import { checkAuditChain } from "./audit-verify.js";

const run = promisify(execFile);
const opened: TestApp[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((t) => t.close()));
});

async function freshApp() {
  const t = await buildTestApp();
  opened.push(t);
  return t;
}

/** As the database superuser the tests connect as: what an attacker with the server's keys can do. */
async function sql<T extends pg.QueryResultRow>(t: TestApp, text: string, values: unknown[] = []) {
  const client = new pg.Client({ connectionString: t.connectionString });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

const count = async (t: TestApp, table: string, where = "true", values: unknown[] = []) =>
  Number((await sql<{ n: string }>(t, `select count(*) as n from ${table} where ${where}`, values))[0]?.n);

/** Many actions, several at once, so that concurrent writers meet at the chain's lock. */
async function busyEvening(t: TestApp): Promise<SignedIn> {
  const admin = await t.signInAs("administrator");
  await Promise.all(
    Array.from({ length: 12 }, (_, i) =>
      admin.request({
        method: "POST",
        url: "/api/v1/accounts",
        payload: {
          username: `staff.${i}`,
          displayName: `Staff ${i}`,
          role: "volunteer",
          organisationId: admin.account.organisationId,
        },
      }),
    ),
  );
  await Promise.all([
    // Different names: parallel guesses at one name now queue on its lock and stop early.
    ...Array.from({ length: 5 }, (_, i) =>
      t.app.inject({
        method: "POST",
        url: "/api/v1/auth/sign-in",
        payload: { username: `nobody.${i}`, password: "not the password at all" },
      }),
    ),
    admin.request({ method: "PATCH", url: "/api/v1/me", payload: { locale: "en" } }),
    t.signInAs("manager"),
    t.signInAs("social_worker"),
  ]);
  return admin;
}

/** Runs a statement on audit_events with its append-only triggers off, as only a superuser can. */
async function behindTheTriggersBack(t: TestApp, statement: string, values: unknown[] = []) {
  await sql(t, "alter table audit_events disable trigger user");
  try {
    await sql(t, statement, values);
  } finally {
    await sql(t, "alter table audit_events enable trigger user");
  }
}

describe("the audit chain", () => {
  it("stays intact after many actions, some of them at the same time", async () => {
    const t = await freshApp();
    await busyEvening(t);
    const total = await count(t, "audit_events");
    expect(total).toBeGreaterThan(20);
    const check = await checkAuditChain(t.connectionString);
    expect(check).toMatchObject({
      intact: true,
      events: total,
      message: `audit chain intact: ${total} events`,
    });
    expect(check.latestHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("finds a row changed behind its back, at that row", async () => {
    const t = await freshApp();
    await busyEvening(t);
    const [victim] = await sql<{ id: string }>(t, "select id from audit_events order by id offset 7 limit 1");
    await behindTheTriggersBack(t, "update audit_events set event = 'ACCOUNT_UPDATED' where id = $1", [
      victim?.id,
    ]);
    const check = await checkAuditChain(t.connectionString);
    expect(check.intact).toBe(false);
    expect(check.brokenAt).toEqual({ id: Number(victim?.id), reason: "hash_mismatch" });
    expect(check.message).toMatch(
      new RegExp(`^audit chain BROKEN at event id ${victim?.id} \\(hash_mismatch`),
    );
  });

  it("finds a changed address or time, not only a changed event", async () => {
    const t = await freshApp();
    await busyEvening(t);
    const [victim] = await sql<{ id: string }>(
      t,
      "select id from audit_events where address is not null order by id limit 1",
    );
    await behindTheTriggersBack(t, "update audit_events set address = '10.0.0.1' where id = $1", [
      victim?.id,
    ]);
    expect((await checkAuditChain(t.connectionString)).brokenAt).toEqual({
      id: Number(victim?.id),
      reason: "hash_mismatch",
    });
    await behindTheTriggersBack(
      t,
      "update audit_events set address = '127.0.0.1', occurred_at = occurred_at + interval '1 second' where id = $1",
      [victim?.id],
    );
    expect((await checkAuditChain(t.connectionString)).brokenAt?.id).toBe(Number(victim?.id));
  });

  it("finds a deleted row, at the row after it", async () => {
    const t = await freshApp();
    await busyEvening(t);
    const rows = await sql<{ id: string }>(t, "select id from audit_events order by id offset 5 limit 2");
    await behindTheTriggersBack(t, "delete from audit_events where id = $1", [rows[0]?.id]);
    const check = await checkAuditChain(t.connectionString);
    expect(check.brokenAt).toEqual({ id: Number(rows[1]?.id), reason: "previous_hash_mismatch" });
  });

  it("is refused a plain UPDATE, DELETE or TRUNCATE by the database itself", async () => {
    const t = await freshApp();
    await busyEvening(t);
    const before = await count(t, "audit_events");
    for (const statement of [
      "update audit_events set event = 'ACCOUNT_UPDATED'",
      "update audit_events set address = null where id = (select min(id) from audit_events)",
      "delete from audit_events where id = (select max(id) from audit_events)",
      "delete from audit_events",
      "truncate audit_events",
    ]) {
      await expect(sql(t, statement), statement).rejects.toThrow(/append-only/);
    }
    expect(await count(t, "audit_events")).toBe(before);
    expect((await checkAuditChain(t.connectionString)).intact).toBe(true);
  });
});

describe("an action whose audit row cannot be written", () => {
  async function refuseAuditOf(t: TestApp, event: string) {
    await sql(
      t,
      `create or replace function refuse_one_audit_event() returns trigger language plpgsql as $$
       begin
         if new.event = '${event}' then raise exception 'audit refused for this test'; end if;
         return new;
       end $$`,
    );
    await sql(
      t,
      "create trigger refuse_one_audit_event before insert on audit_events for each row execute function refuse_one_audit_event()",
    );
  }

  it("fails and changes nothing: creating an account", async () => {
    const t = await freshApp();
    const admin = await t.signInAs("administrator");
    await refuseAuditOf(t, "ACCOUNT_CREATED");
    const auditBefore = await count(t, "audit_events");
    const res = await admin.request({
      method: "POST",
      url: "/api/v1/accounts",
      payload: {
        username: "never.made",
        displayName: "Never",
        role: "teacher",
        organisationId: admin.account.organisationId,
      },
    });
    expect(res.statusCode).toBe(500);
    expect(res.json().code).toBe("INTERNAL");
    expect(await count(t, "accounts", "username = $1", ["never.made"])).toBe(0);
    expect(await count(t, "audit_events")).toBe(auditBefore);
  });

  it("fails and changes nothing: updating one's profile", async () => {
    const t = await freshApp();
    const manager = await t.signInAs("manager");
    await refuseAuditOf(t, "PROFILE_UPDATED");
    const res = await manager.request({
      method: "PATCH",
      url: "/api/v1/me",
      payload: { displayName: "Changed name" },
    });
    expect(res.statusCode).toBe(500);
    const [row] = await sql<{ display_name: string }>(t, "select display_name from accounts where id = $1", [
      manager.account.id,
    ]);
    expect(row?.display_name).toBe("Test manager");
  });

  it("fails and opens no session: signing in", async () => {
    const t = await freshApp();
    const volunteer = await t.signInAs("volunteer");
    await refuseAuditOf(t, "ACCOUNT_SIGNED_IN");
    const sessionsBefore = await count(t, "account_sessions", "account_id = $1", [volunteer.account.id]);
    const res = await t.app.inject({
      method: "POST",
      url: "/api/v1/auth/sign-in",
      payload: { username: volunteer.account.username, password: TEST_PASSWORD },
    });
    expect(res.statusCode).toBe(500);
    expect(res.headers["set-cookie"]).toBeUndefined();
    expect(await count(t, "account_sessions", "account_id = $1", [volunteer.account.id])).toBe(
      sessionsBefore,
    );
  });
});

describe("npm run audit:verify", () => {
  const verify = (databaseUrl: string) =>
    run(process.execPath, ["--import", "tsx", "scripts/audit-verify.ts"], {
      env: { ...process.env, DATABASE_URL: databaseUrl },
    }).then(
      ({ stdout }) => ({ code: 0, stdout }),
      (error: { code: number; stdout: string }) => ({ code: error.code, stdout: error.stdout }),
    );

  it("prints the result and exits 1 when the chain is broken", async () => {
    const t = await freshApp();
    await t.signInAs("administrator");
    const total = await count(t, "audit_events");
    const intact = await verify(t.connectionString);
    expect(intact.code).toBe(0);
    expect(intact.stdout).toContain(`audit chain intact: ${total} events`);

    const [first] = await sql<{ id: string }>(t, "select min(id) as id from audit_events");
    await behindTheTriggersBack(t, "update audit_events set entity_id = 'tampered' where id = $1", [
      first?.id,
    ]);
    const broken = await verify(t.connectionString);
    expect(broken.code).toBe(1);
    expect(broken.stdout).toContain(`audit chain BROKEN at event id ${first?.id} (hash_mismatch`);
  });
});
