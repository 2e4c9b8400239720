/**
 * The visitor app's calls to the public API (src/common/contracts/public.ts). The paths are
 * written out here, not imported: importing the contract module would ship zod (about 25 kB
 * gzipped, a third of the page) to cheap phones on prepaid data. api.test.ts checks that these
 * paths are the contract's, so they cannot drift apart.
 */
import type { PublicOpeningHours } from "../../common/contracts/public";

export type Site = PublicOpeningHours["site"];

export const PUBLIC_PATHS = {
  listSites: "/api/v1/public/sites",
  openingHours: "/api/v1/public/sites/:slug/opening-hours",
} as const;

export const openingHoursPath = (slug: string) =>
  PUBLIC_PATHS.openingHours.replace(":slug", encodeURIComponent(slug));

/** A request that failed: no answer, a refusal, or an answer that is not what the contract says. */
export class LoadError extends Error {
  constructor(readonly status: number | null) {
    super(status === null ? "No answer" : `HTTP ${status}`);
    this.name = "LoadError";
  }
}

const TIMEOUT_MS = 20_000;

async function getJson(path: string, signal?: AbortSignal): Promise<unknown> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), TIMEOUT_MS);
  const abort = () => controller.abort();
  signal?.addEventListener("abort", abort);
  try {
    // No cookies: the visitor pages never send a staff session, even on a shared tablet.
    const response = await fetch(path, {
      headers: { accept: "application/json" },
      credentials: "omit",
      signal: controller.signal,
    }).catch(() => {
      throw new LoadError(null);
    });
    if (!response.ok) throw new LoadError(response.status);
    return await response.json().catch(() => {
      throw new LoadError(response.status);
    });
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener("abort", abort);
  }
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null;

function isSite(value: unknown): value is Site {
  return (
    isObject(value) &&
    typeof value.slug === "string" &&
    typeof value.name === "string" &&
    typeof value.timeZone === "string"
  );
}

function isSession(value: unknown): boolean {
  return (
    isObject(value) &&
    typeof value.date === "string" &&
    typeof value.startsAt === "string" &&
    typeof value.endsAt === "string" &&
    typeof value.startsAtInstant === "string" &&
    typeof value.endsAtInstant === "string" &&
    Array.isArray(value.activities)
  );
}

export async function fetchSites(signal?: AbortSignal): Promise<Site[]> {
  const body = await getJson(PUBLIC_PATHS.listSites, signal);
  if (!isObject(body) || !Array.isArray(body.items) || !body.items.every(isSite)) throw new LoadError(200);
  return body.items;
}

export async function fetchOpeningHours(slug: string, signal?: AbortSignal): Promise<PublicOpeningHours> {
  const body = await getJson(openingHoursPath(slug), signal);
  if (
    !isObject(body) ||
    !isSite(body.site) ||
    !Array.isArray(body.week) ||
    !body.week.every(isSession) ||
    !(body.current === null || isSession(body.current)) ||
    !Array.isArray(body.closures)
  ) {
    throw new LoadError(200);
  }
  return body as PublicOpeningHours;
}
