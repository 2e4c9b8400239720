/**
 * The visitor app's calls to the public API (src/common/contracts/public.ts and the public part of
 * src/common/contracts/clinic-queue.ts). The paths are written out here, not imported: importing
 * the contract modules would ship zod (about 25 kB gzipped, a third of the page) to cheap phones on
 * prepaid data. api.test.ts checks that these paths are the contracts' own, so they cannot drift apart.
 */
import type {
  PublicClinicStatus,
  PublicTakenTicket,
  PublicTicket,
} from "../../common/contracts/clinic-queue";
import type { PublicOpeningHours } from "../../common/contracts/public";

export type Site = PublicOpeningHours["site"];
export type { PublicClinicStatus, PublicTakenTicket, PublicTicket };

export const PUBLIC_PATHS = {
  listSites: "/api/v1/public/sites",
  openingHours: "/api/v1/public/sites/:slug/opening-hours",
  clinicStatus: "/api/v1/clinic/public/sites/:slug/status",
  takeTicket: "/api/v1/clinic/public/sites/:slug/tickets",
  ticketStatus: "/api/v1/clinic/public/tickets/status",
  withdrawTicket: "/api/v1/clinic/public/tickets/withdraw",
} as const;

const withSlug = (path: string, slug: string) => path.replace(":slug", encodeURIComponent(slug));
export const openingHoursPath = (slug: string) => withSlug(PUBLIC_PATHS.openingHours, slug);

/**
 * A request that failed: no answer (status null), a refusal (status, and the problem's code when the
 * server gave one), or an answer that is not what the contract says.
 */
export class LoadError extends Error {
  readonly code: string | null;
  /** Seconds to wait before trying again (RATE_LIMITED), when the server said. */
  readonly retryAfter: number | null;

  constructor(
    readonly status: number | null,
    problem: { code?: string | null; retryAfter?: number | null } = {},
  ) {
    super(status === null ? "No answer" : `HTTP ${status}${problem.code ? ` ${problem.code}` : ""}`);
    this.name = "LoadError";
    this.code = problem.code ?? null;
    this.retryAfter = problem.retryAfter ?? null;
  }
}

const TIMEOUT_MS = 20_000;

/** The problem's code and wait, from an RFC 9457 answer; nothing when the body says nothing usable. */
async function problemOf(response: Response): Promise<{ code: string | null; retryAfter: number | null }> {
  const body: unknown = await response.json().catch(() => null);
  const code = isObject(body) && typeof body.code === "string" ? body.code : null;
  let retryAfter =
    isObject(body) && typeof body.retryAfter === "number" && body.retryAfter >= 0
      ? Math.ceil(body.retryAfter)
      : null;
  const header = response.headers.get("retry-after")?.trim();
  if (retryAfter === null && header && /^\d+$/.test(header)) retryAfter = Number(header);
  return { code, retryAfter };
}

async function requestJson(
  path: string,
  options: { signal?: AbortSignal; body?: unknown } = {},
): Promise<unknown> {
  const { signal, body } = options;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), TIMEOUT_MS);
  const abort = () => controller.abort();
  signal?.addEventListener("abort", abort);
  try {
    // No cookies: the visitor pages never send a staff session, even on a shared tablet.
    const response = await fetch(path, {
      method: body === undefined ? "GET" : "POST",
      headers:
        body === undefined
          ? { accept: "application/json" }
          : { accept: "application/json", "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: "omit",
      cache: "no-store",
      signal: controller.signal,
    }).catch(() => {
      throw new LoadError(null);
    });
    if (!response.ok) throw new LoadError(response.status, await problemOf(response));
    return await response.json().catch(() => {
      throw new LoadError(response.status);
    });
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener("abort", abort);
  }
}

const getJson = (path: string, signal?: AbortSignal) => requestJson(path, { signal });

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

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

// The clinic's queue

const CLINIC_KINDS = ["clinic_gynaecology", "clinic_general_practice"];
const TICKET_STATUSES = ["waiting", "called", "done", "no_show", "turned_away", "withdrawn"];
const isInteger = (value: unknown): value is number => Number.isInteger(value);

function isClinicHours(value: unknown): boolean {
  return (
    isObject(value) &&
    CLINIC_KINDS.includes(value.clinicKind as string) &&
    typeof value.date === "string" &&
    typeof value.startsAt === "string" &&
    typeof value.endsAt === "string"
  );
}

export function isPublicTicket(value: unknown): value is PublicTicket {
  return (
    isObject(value) &&
    isInteger(value.number) &&
    CLINIC_KINDS.includes(value.clinicKind as string) &&
    TICKET_STATUSES.includes(value.status as string) &&
    isInteger(value.ahead) &&
    Array.isArray(value.nowCalling) &&
    value.nowCalling.every(isInteger) &&
    typeof value.date === "string" &&
    (value.clinicEndsAt === null || typeof value.clinicEndsAt === "string")
  );
}

/** Whether the clinic takes tickets now, and tonight's and the next clinic hours. */
export async function fetchClinicStatus(slug: string, signal?: AbortSignal): Promise<PublicClinicStatus> {
  const body = await getJson(withSlug(PUBLIC_PATHS.clinicStatus, slug), signal);
  if (
    !isObject(body) ||
    !Array.isArray(body.takingTickets) ||
    !body.takingTickets.every((kind) => CLINIC_KINDS.includes(kind as string)) ||
    !Array.isArray(body.tonight) ||
    !body.tonight.every(isClinicHours) ||
    !(body.nextClinic === null || isClinicHours(body.nextClinic))
  ) {
    throw new LoadError(200);
  }
  return body as PublicClinicStatus;
}

export interface TakeTicketRequest {
  code: string;
  clinicKind?: PublicTicket["clinicKind"];
  languageNeeded?: string | null;
}

/** She takes a ticket with her code (in the body, never in the address). */
export async function takeTicket(
  slug: string,
  request: TakeTicketRequest,
  signal?: AbortSignal,
): Promise<PublicTakenTicket> {
  const body = await requestJson(withSlug(PUBLIC_PATHS.takeTicket, slug), { body: request, signal });
  if (!isPublicTicket(body) || typeof (body as { token?: unknown }).token !== "string")
    throw new LoadError(200);
  return body as PublicTakenTicket;
}

/** Her place in the queue, by the ticket's token (in the body). */
export async function fetchTicket(token: string, signal?: AbortSignal): Promise<PublicTicket> {
  const body = await requestJson(PUBLIC_PATHS.ticketStatus, { body: { token }, signal });
  if (!isPublicTicket(body)) throw new LoadError(200);
  return body;
}

/** She no longer waits. */
export async function withdrawTicket(token: string, signal?: AbortSignal): Promise<PublicTicket> {
  const body = await requestJson(PUBLIC_PATHS.withdrawTicket, { body: { token }, signal });
  if (!isPublicTicket(body)) throw new LoadError(200);
  return body;
}
