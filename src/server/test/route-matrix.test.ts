/**
 * The route × role matrix, walked from the routes the app really registered: every /api/v1 route
 * declares who may call it, only the short public list is open, the declared rule is the contract's,
 * and each role gets exactly what permissions.ts gives it.
 */
import { randomUUID } from "node:crypto";
import { readdirSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RouteAccess, RouteContract } from "../../common/contracts/route.js";
import { can, PERMISSIONS, type Permission, ROLES, type Role } from "../../common/permissions.js";
import type { RegisteredRoute } from "../app.js";
import { buildTestApp, type SignedIn, type TestApp } from "./build-test-app.js";

/** The only routes anyone may call without signing in. Adding one here is a security decision. */
const PUBLIC_ROUTES = new Set([
  "GET /api/v1/setup",
  "POST /api/v1/setup",
  "POST /api/v1/auth/sign-in",
  "GET /api/v1/public/sites",
  "GET /api/v1/public/sites/:slug/opening-hours",
  "GET /api/v1/clinic/public/sites/:slug/status",
  "POST /api/v1/clinic/public/sites/:slug/tickets",
  "POST /api/v1/clinic/public/tickets/status",
  "POST /api/v1/clinic/public/tickets/withdraw",
]);

const name = (route: { method: string; url?: string; path?: string }) =>
  `${route.method} ${route.url ?? route.path}`;
const isPermission = (access: RouteAccess | undefined): access is Permission =>
  (PERMISSIONS as readonly string[]).includes(access ?? "");

/** Every route contract in src/common/contracts, by "METHOD path". */
async function loadContracts(): Promise<Map<string, RouteContract>> {
  const folder = fileURLToPath(new URL("../../common/contracts/", import.meta.url));
  const contracts = new Map<string, RouteContract>();
  for (const file of readdirSync(folder).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"))) {
    const module: Record<string, unknown> = await import(pathToFileURL(`${folder}${file}`).href);
    for (const exported of Object.values(module)) {
      if (typeof exported !== "object" || exported === null) continue;
      for (const candidate of Object.values(exported)) {
        const c = candidate as Partial<RouteContract> | null;
        if (
          c &&
          typeof c === "object" &&
          typeof c.method === "string" &&
          typeof c.path === "string" &&
          "access" in c
        ) {
          contracts.set(name(c as RouteContract), c as RouteContract);
        }
      }
    }
  }
  return contracts;
}

function request(route: RegisteredRoute) {
  const url = route.url.replace(/:([A-Za-z0-9_]+)/g, () => randomUUID());
  const hasBody = ["POST", "PUT", "PATCH"].includes(route.method);
  return { method: route.method as "GET", url, ...(hasBody ? { payload: {} } : {}) };
}

let t: TestApp;
let api: RegisteredRoute[];
let contracts: Map<string, RouteContract>;
const staff = new Map<Role, SignedIn>();

beforeAll(async () => {
  t = await buildTestApp();
  api = t.routes.filter((r) => r.url.startsWith("/api/v1"));
  contracts = await loadContracts();
  for (const role of ROLES) staff.set(role, await t.signInAs(role));
});
afterAll(() => t.close());

describe("every /api/v1 route", () => {
  it("is registered at all (the walk below is not empty)", () => {
    expect(api.length).toBeGreaterThan(10);
  });

  it("declares the access rule of its contract", () => {
    const problems = api.flatMap((route) => {
      const contract = contracts.get(name(route));
      if (!contract) return [`${name(route)}: no contract in src/common/contracts`];
      if (contract.access !== route.access)
        return [`${name(route)}: registered ${route.access}, contract ${contract.access}`];
      return [];
    });
    expect(problems).toEqual([]);
  });

  it("is served for every contract", () => {
    const served = new Set(api.map(name));
    expect([...contracts.keys()].filter((key) => !served.has(key))).toEqual([]);
  });

  it("is open without sign-in only when it is on the public list", () => {
    const open = api.filter((r) => r.access === "public").map(name);
    expect(open.filter((key) => !PUBLIC_ROUTES.has(key))).toEqual([]);
    const declared = new Set(api.map(name));
    expect(
      [...PUBLIC_ROUTES].filter((key) => !declared.has(key)),
      "stale entries on the public list",
    ).toEqual([]);
    for (const route of api) expect(route.access, name(route)).toBeDefined();
  });

  it("answers 401 without a session, unless it is public", async () => {
    const wrong: string[] = [];
    for (const route of api.filter((r) => r.access !== "public")) {
      const res = await t.app.inject(request(route));
      if (res.statusCode !== 401 || res.json().code !== "UNAUTHENTICATED")
        wrong.push(`${name(route)} → ${res.statusCode}`);
    }
    expect(wrong).toEqual([]);
  });
});

describe("the route × role matrix", () => {
  it("lets exactly the roles with the permission through, and refuses the others with 403", async () => {
    const wrong: string[] = [];
    let cells = 0;
    for (const route of api.filter((r) => isPermission(r.access))) {
      const permission = route.access as Permission;
      // The roles call each route at once: some 1,500 cells one after another outlast any timeout.
      const answers = await Promise.all(
        ROLES.map(async (role) => ({
          role,
          res: await (staff.get(role) as SignedIn).request(request(route)),
        })),
      );
      for (const { role, res } of answers) {
        cells += 1;
        if (can(role, permission)) {
          if (res.statusCode === 403 || res.statusCode === 401)
            wrong.push(`${role} ${name(route)}: allowed, got ${res.statusCode}`);
        } else if (res.statusCode !== 403 || res.json().code !== "FORBIDDEN") {
          wrong.push(`${role} ${name(route)}: denied, got ${res.statusCode} ${res.body.slice(0, 80)}`);
        }
      }
    }
    expect(wrong).toEqual([]);
    expect(cells).toBeGreaterThan(0);
  }, 240_000);

  it("lets every signed-in role read the routes any staff member may read", async () => {
    const wrong: string[] = [];
    for (const route of api.filter(
      (r) => (r.access === "signed-in" || r.access === "pending") && r.method === "GET",
    )) {
      const answers = await Promise.all(
        ROLES.map(async (role) => ({
          role,
          res: await (staff.get(role) as SignedIn).request(request(route)),
        })),
      );
      for (const { role, res } of answers) {
        if (res.statusCode === 401 || res.statusCode === 403)
          wrong.push(`${role} ${name(route)}: ${res.statusCode}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it("gives every permission to at least one role", () => {
    // A permission no role holds is dead code in the matrix.
    for (const permission of PERMISSIONS)
      expect(
        ROLES.some((role) => can(role, permission)),
        permission,
      ).toBe(true);
  });
});
