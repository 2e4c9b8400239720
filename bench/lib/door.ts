import { randomUUID } from "node:crypto";
import { cpus, loadavg } from "node:os";
import { type ApiSession, createStaff, signIn } from "../../e2e/fixtures/api.js";
import type { Site } from "../../src/common/contracts/sites.js";
import type { SharedServer } from "./types.js";

export interface DoorSite {
  site: Site;
  /** A signed-in social worker of the site: the door's account. */
  door: ApiSession;
  manager: ApiSession;
  /** The weekly opening whose session is in progress. */
  openingId: string;
  /** The session's date (the local date of its start; the site keeps UTC). */
  sessionDate: string;
  /** The door's account, for the roster. */
  doorAccountId: string;
}

/**
 * A site whose session is in progress right now (the bench runs on the real clock): the site keeps
 * UTC, and a weekly opening on today's weekday starts an hour ago and runs 20 hours. The session is
 * opened, and a social worker of the site is signed in to work the door.
 */
export async function doorSiteOpenNow(shared: SharedServer, name: string): Promise<DoorSite> {
  const { app, admin } = shared;
  const suffix = randomUUID().slice(0, 8);
  const managerCredentials = await createStaff(admin.session, {
    role: "manager",
    username: `bench-manager-${suffix}`,
    organisationId: admin.organisationId,
  });
  const { session: manager } = await signIn(app.url, managerCredentials);
  const site = await manager.ok<Site>("POST", "/api/v1/sites", {
    name,
    slug: `bench-${name.toLowerCase().replace(/[^a-z0-9]+/g, "-")}-${suffix}`,
    timeZone: "UTC",
    roomCapacity: 1000,
  });
  // An hour ago, on the five minutes: the date and weekday of the session are those of its start.
  const start = new Date(Math.floor((Date.now() - 3_600_000) / 300_000) * 300_000);
  const date = start.toISOString().slice(0, 10);
  const startsAt = start.toISOString().slice(11, 16);
  const endsAt = new Date(start.getTime() + 20 * 3_600_000).toISOString().slice(11, 16);
  const opening = await manager.ok<{ id: string }>("POST", `/api/v1/sites/${site.id}/weekly-openings`, {
    weekday: ((start.getUTCDay() + 6) % 7) + 1,
    startsAt,
    endsAt,
    validFrom: date,
  });
  await manager.ok("POST", `/api/v1/sites/${site.id}/tonight/open`);
  const doorCredentials = await createStaff(admin.session, {
    role: "social_worker",
    username: `bench-door-${suffix}`,
    organisationId: admin.organisationId,
    siteIds: [site.id],
  });
  const { session: door } = await signIn(app.url, doorCredentials);
  return {
    site,
    door,
    manager,
    openingId: opening.id,
    sessionDate: date,
    doorAccountId: doorCredentials.accountId,
  };
}

/** The headers a signed-in browser sends with a change. */
export const changeHeaders = (session: ApiSession) => ({
  cookie: session.cookie,
  "x-csrf-token": session.csrfToken,
  "content-type": "application/json",
});

/** p-th percentile (0–100) by the nearest-rank method. */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1] as number;
}

/** The machine's load when a figure was taken: other work on a small machine moves latencies a lot. */
export const machineLoad = () => `load average ${loadavg()[0]?.toFixed(1)} on ${cpus().length} CPUs`;
