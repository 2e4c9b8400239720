import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AuditEventList, AuditVerification } from "../../../common/contracts/audit.js";
import { recordAudit } from "../../audit/audit-log.js";
import { buildTestApp, type SignedIn, type TestApp } from "../../test/build-test-app.js";
import { createOrganisation } from "../../test/factories.js";

let t: TestApp;
let admin: SignedIn;
let manager: SignedIn;
let otherOrganisationId: string;

beforeAll(async () => {
  t = await buildTestApp();
  admin = await t.signInAs("administrator");
  manager = await t.signInAs("manager");
  otherOrganisationId = (await createOrganisation(t.ctx, { name: "Other organisation", kind: "ngo" })).id;
});
afterAll(() => t.close());

const list = (who: SignedIn, query = "") =>
  who.request({ method: "GET", url: `/api/v1/audit-events${query}` });

async function sql<T extends pg.QueryResultRow>(text: string, values: unknown[] = []) {
  const client = new pg.Client({ connectionString: t.connectionString });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

/** Walks every page and returns the rows in the order the API gave them. */
async function allPages(who: SignedIn, filter = "", limit = 3) {
  const rows: AuditEventList["items"] = [];
  let cursor: string | null = null;
  for (let pages = 0; pages < 1000; pages++) {
    const separator = filter ? "&" : "";
    const res = await list(who, `?limit=${limit}${separator}${filter}${cursor ? `&cursor=${cursor}` : ""}`);
    expect(res.statusCode).toBe(200);
    const body = res.json<AuditEventList>();
    rows.push(...body.items);
    cursor = body.nextCursor;
    if (!cursor) return rows;
  }
  throw new Error("pagination did not end");
}

describe("GET /api/v1/audit-events", () => {
  it("requires a signed-in manager or administrator", async () => {
    expect((await t.app.inject({ method: "GET", url: "/api/v1/audit-events" })).statusCode).toBe(401);
    for (const role of ["social_worker", "volunteer", "health_staff"] as const) {
      const res = await list(await t.signInAs(role));
      expect(res.statusCode).toBe(403);
      expect(res.json().code).toBe("FORBIDDEN");
    }
    expect((await list(manager)).statusCode).toBe(200);
  });

  it("refuses bad filters with field errors", async () => {
    for (const query of [
      "?event=NOT_AN_EVENT",
      "?limit=0",
      "?limit=100000",
      "?cursor=abc",
      "?actorAccountId=not-a-uuid",
      "?from=yesterday",
      "?entityType=Robert%27);DROP",
      "?unknownFilter=1",
    ]) {
      const res = await list(admin, query);
      expect(res.statusCode, query).toBe(400);
      expect(res.json().code, query).toBe("VALIDATION_FAILED");
    }
    const reversed = await list(admin, "?from=2010-03-02T00:00:00Z&to=2010-03-01T00:00:00Z");
    expect(reversed.statusCode).toBe(400);
    expect(reversed.json().errors[0]).toMatchObject({ path: "to", code: "END_BEFORE_START" });
  });

  it("pages newest first without gaps or repeats, with the actor's name joined", async () => {
    const all = await allPages(admin, "", 4);
    const { count } = (await sql<{ count: string }>("select count(*) from audit_events"))[0] ?? {
      count: "0",
    };
    expect(all.length).toBe(Number(count));
    const ids = all.map((r) => r.id);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    expect(new Set(ids).size).toBe(ids.length);

    const signIn = all.find((r) => r.event === "ACCOUNT_SIGNED_IN" && r.actor?.id === manager.account.id);
    expect(signIn?.actor).toEqual({
      id: manager.account.id,
      username: manager.account.username,
      displayName: "Test manager",
    });
  });

  it("shows network addresses to administrators only", async () => {
    const asAdmin = (await list(admin)).json<AuditEventList>();
    expect(asAdmin.addressesShown).toBe(true);
    expect(asAdmin.canExport).toBe(true);
    expect(asAdmin.items.some((r) => r.address === "127.0.0.1")).toBe(true);

    const asManager = (await list(manager)).json<AuditEventList>();
    expect(asManager.addressesShown).toBe(false);
    expect(asManager.canExport).toBe(false);
    expect(asManager.items.length).toBeGreaterThan(0);
    for (const row of asManager.items) expect(row).not.toHaveProperty("address");
    expect(JSON.stringify(asManager)).not.toContain("127.0.0.1");
  });

  it("filters by event types, person, entity and period", async () => {
    const entityId = "00000000-0000-4000-8000-00000000abcd";
    await t.ctx.db.transaction(async (tx) => {
      const base = { actorAccountId: admin.account.id, entityType: "account", entityId };
      await recordAudit(tx, {
        ...base,
        event: "ACCOUNT_UPDATED",
        occurredAt: new Date("2010-02-01T10:00:00Z"),
      });
      await recordAudit(tx, {
        ...base,
        event: "ACCOUNT_DEACTIVATED",
        occurredAt: new Date("2010-02-02T10:00:00Z"),
      });
      await recordAudit(tx, {
        ...base,
        event: "ACCOUNT_REACTIVATED",
        occurredAt: new Date("2010-02-03T10:00:00Z"),
      });
    });

    const byEntity = await allPages(admin, `entityType=account&entityId=${entityId}`);
    expect(byEntity.map((r) => r.event)).toEqual([
      "ACCOUNT_REACTIVATED",
      "ACCOUNT_DEACTIVATED",
      "ACCOUNT_UPDATED",
    ]);

    const twoEvents = await allPages(
      admin,
      `entityId=${entityId}&event=ACCOUNT_UPDATED&event=ACCOUNT_REACTIVATED`,
    );
    expect(twoEvents.map((r) => r.event)).toEqual(["ACCOUNT_REACTIVATED", "ACCOUNT_UPDATED"]);

    const period = await allPages(
      admin,
      `entityId=${entityId}&from=2010-02-02T00:00:00Z&to=2010-02-03T10:00:00Z`,
    );
    expect(period.map((r) => r.event)).toEqual(["ACCOUNT_DEACTIVATED"]);

    const byPerson = await allPages(admin, `actorAccountId=${manager.account.id}`);
    expect(byPerson.length).toBeGreaterThan(0);
    expect(byPerson.every((r) => r.actor?.id === manager.account.id)).toBe(true);

    const oneEvent = await allPages(admin, "event=ACCOUNT_SIGNED_IN");
    expect(oneEvent.length).toBeGreaterThanOrEqual(2);
    expect(oneEvent.every((r) => r.event === "ACCOUNT_SIGNED_IN")).toBe(true);
  });

  it("shows a manager their own organisation's rows and unowned rows, never another organisation's", async () => {
    const marker = "org-scope-check";
    await t.ctx.db.transaction(async (tx) => {
      const at = t.clock.now();
      const base = {
        event: "ACCOUNT_UPDATED" as const,
        occurredAt: at,
        entityType: "account",
        entityId: marker,
      };
      await recordAudit(tx, { ...base, organisationId: otherOrganisationId });
      await recordAudit(tx, { ...base, organisationId: manager.account.organisationId });
      await recordAudit(tx, { ...base, organisationId: null });
    });
    const seenByManager = await allPages(manager, `entityId=${marker}`);
    expect(seenByManager.map((r) => r.organisationId).sort()).toEqual(
      [manager.account.organisationId, null].sort(),
    );
    const seenByAdmin = await allPages(admin, `entityId=${marker}`);
    expect(seenByAdmin).toHaveLength(3);
  });
});

describe("GET /api/v1/audit-events/verification", () => {
  it("reports an intact chain with its length, for managers and administrators only", async () => {
    const res = await manager.request({ method: "GET", url: "/api/v1/audit-events/verification" });
    expect(res.statusCode).toBe(200);
    const { count } = (await sql<{ count: string }>("select count(*) from audit_events"))[0] ?? {
      count: "0",
    };
    expect(res.json<AuditVerification>()).toEqual({ intact: true, events: Number(count), brokenAt: null });

    const teacher = await t.signInAs("teacher");
    expect(
      (await teacher.request({ method: "GET", url: "/api/v1/audit-events/verification" })).statusCode,
    ).toBe(403);
    expect((await t.app.inject({ method: "GET", url: "/api/v1/audit-events/verification" })).statusCode).toBe(
      401,
    );
  });
});

describe("GET /api/v1/audit-events/export.csv", () => {
  it("is for administrators only", async () => {
    expect(
      (await manager.request({ method: "GET", url: "/api/v1/audit-events/export.csv" })).statusCode,
    ).toBe(403);
    expect((await t.app.inject({ method: "GET", url: "/api/v1/audit-events/export.csv" })).statusCode).toBe(
      401,
    );
    const bad = await admin.request({ method: "GET", url: "/api/v1/audit-events/export.csv?limit=5" });
    expect(bad.statusCode).toBe(400);
  });

  it("writes the filtered rows as CSV, neutralises formulas and audits the export", async () => {
    const sneaky = await t.signInAs("volunteer");
    await sql("update accounts set display_name = $1 where id = $2", [
      '=HYPERLINK("http://evil.example")',
      sneaky.account.id,
    ]);

    const res = await admin.request({
      method: "GET",
      url: `/api/v1/audit-events/export.csv?actorAccountId=${sneaky.account.id}`,
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toBe("text/csv; charset=utf-8");
    expect(res.headers["content-disposition"]).toMatch(/^attachment; filename="pusterum-audit-\d{8}\.csv"$/);
    expect(res.headers["cache-control"]).toBe("no-store");
    const lines = res.body
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\n");
    expect(lines[0]).toBe(
      "id,occurred_at,event,actor_account_id,actor_username,actor_display_name,organisation_id,site_id,entity_type,entity_id,address",
    );
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines.slice(1)) {
      expect(line).toContain(sneaky.account.id);
      expect(line).toContain(`"'=HYPERLINK(""http://evil.example"")"`);
    }

    const exported = await allPages(admin, `event=AUDIT_LOG_EXPORTED&actorAccountId=${admin.account.id}`);
    expect(exported).toHaveLength(1);
    expect(exported[0]).toMatchObject({ entityType: "audit_events", entityId: null });
  });

  it("sends no file when the export cannot be audited", async () => {
    await sql(`
      create function refuse_export_audit() returns trigger language plpgsql as $$
      begin
        if new.event = 'AUDIT_LOG_EXPORTED' then raise exception 'audit refused for this test'; end if;
        return new;
      end $$;
      create trigger refuse_export_audit before insert on audit_events
        for each row execute function refuse_export_audit();
    `);
    try {
      const res = await admin.request({ method: "GET", url: "/api/v1/audit-events/export.csv" });
      expect(res.statusCode).toBe(500);
      expect(res.headers["content-type"]).toContain("application/problem+json");
      expect(res.body).not.toContain("ACCOUNT_SIGNED_IN");
    } finally {
      await sql("drop trigger refuse_export_audit on audit_events; drop function refuse_export_audit();");
    }
  });
});

describe("OpenAPI", () => {
  it("documents the audit routes", async () => {
    const res = await t.app.inject({ method: "GET", url: "/api/docs/json" });
    expect(res.statusCode).toBe(200);
    const paths = Object.keys(res.json().paths);
    expect(paths).toEqual(
      expect.arrayContaining([
        "/api/v1/audit-events",
        "/api/v1/audit-events/verification",
        "/api/v1/audit-events/export.csv",
      ]),
    );
  });
});
