import type { z } from "zod";
import { accountRoutes } from "../../common/contracts/accounts";
import type { RouteContract } from "../../common/contracts/route";
import type { ErrorCode, FieldError } from "../../common/errors";

/** Codes the client makes up itself, when no answer from the server could be read. */
export type ClientErrorCode = "NETWORK_ERROR";

/** A refusal from the API (RFC 9457 problem+json), or a request that never got an answer. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: ErrorCode | ClientErrorCode;
  readonly detail: string;
  readonly fieldErrors: FieldError[];
  /** Seconds to wait before trying again (ACCOUNT_LOCKED, RATE_LIMITED), when the server said. */
  readonly retryAfter: number | null;

  constructor(options: {
    status: number;
    code: ErrorCode | ClientErrorCode;
    detail?: string;
    fieldErrors?: FieldError[];
    retryAfter?: number | null;
  }) {
    super(options.detail ?? options.code);
    this.name = "ApiError";
    this.status = options.status;
    this.code = options.code;
    this.detail = options.detail ?? "";
    this.fieldErrors = options.fieldErrors ?? [];
    this.retryAfter = options.retryAfter ?? null;
  }
}

export const isApiError = (error: unknown): error is ApiError => error instanceof ApiError;

type ParamsPart<R> = R extends { params: infer S extends z.ZodType }
  ? { params: z.input<S> }
  : { params?: never };
type QueryPart<R> = R extends { query: infer S extends z.ZodType }
  ? { query?: z.input<S> }
  : { query?: never };
type BodyPart<R> = R extends { body: infer S extends z.ZodType } ? { body: z.input<S> } : { body?: never };

/** What a call needs besides the route: path parameters, query and body, typed by the contract. */
export type CallOptions<R extends RouteContract> = ParamsPart<R> &
  QueryPart<R> &
  BodyPart<R> & {
    signal?: AbortSignal;
    /** Extra request headers, e.g. `Idempotency-Key`; they never replace the ones set here. */
    headers?: Record<string, string>;
  };
export type ApiOutput<R extends RouteContract> = z.output<R["response"]>;
type CallArgs<R extends RouteContract> =
  object extends CallOptions<R> ? [options?: CallOptions<R>] : [options: CallOptions<R>];

// The CSRF token of the current account session. Held in memory only; the server sends it with
// every Me answer, and a GET /api/v1/me fetches it again after a reload.
let csrfToken: string | null = null;

/** Told of every 401 UNAUTHENTICATED, with the route that was refused; the app decides where to go. */
type UnauthenticatedListener = (route: RouteContract) => void;
let unauthenticatedListener: UnauthenticatedListener | null = null;
export function onUnauthenticated(listener: UnauthenticatedListener): () => void {
  unauthenticatedListener = listener;
  return () => {
    if (unauthenticatedListener === listener) unauthenticatedListener = null;
  };
}

/** Told of every answer from the server, so the idle timer knows the session was just used. */
type ActivityListener = () => void;
const activityListeners = new Set<ActivityListener>();
export function onServerActivity(listener: ActivityListener): () => void {
  activityListeners.add(listener);
  return () => {
    activityListeners.delete(listener);
  };
}
function notifyActivity() {
  for (const listener of activityListeners) listener();
}

/** Forget the session's CSRF token (after sign-out or when the session ended). */
export function forgetSession(): void {
  csrfToken = null;
}

export function hasCsrfToken(): boolean {
  return csrfToken !== null;
}

/** Builds the address of a route: fills `:name` parameters and appends the query string. */
export function buildUrl(
  path: string,
  params?: Record<string, unknown>,
  query?: Record<string, unknown>,
): string {
  const filled = path.replace(/:([A-Za-z0-9_]+)/g, (_match, name: string) => {
    const value = params?.[name];
    if (value === undefined || value === null || value === "") {
      throw new Error(`Missing path parameter "${name}" for ${path}`);
    }
    return encodeURIComponent(String(value));
  });
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null) continue;
    for (const item of Array.isArray(value) ? value : [value]) search.append(key, String(item));
  }
  const text = search.toString();
  return text ? `${filled}?${text}` : filled;
}

function rememberCsrfToken(data: unknown) {
  if (
    typeof data === "object" &&
    data !== null &&
    "csrfToken" in data &&
    typeof data.csrfToken === "string"
  ) {
    csrfToken = data.csrfToken;
  }
}

/** Whole seconds from the problem's `retryAfter`, else from a Retry-After header in seconds. */
function retryAfterOf(response: Response, value: unknown): number | null {
  if (typeof value === "number" && Number.isFinite(value) && value >= 0) return Math.ceil(value);
  const header = response.headers.get("retry-after");
  return header && /^\d+$/.test(header.trim()) ? Number(header.trim()) : null;
}

async function readProblem(response: Response): Promise<ApiError> {
  const type = response.headers.get("content-type") ?? "";
  if (type.includes("json")) {
    try {
      const problem = (await response.json()) as Partial<{
        code: ErrorCode;
        detail: string;
        errors: FieldError[];
        retryAfter: number;
      }>;
      if (typeof problem.code === "string") {
        return new ApiError({
          status: response.status,
          code: problem.code,
          detail: problem.detail,
          fieldErrors: Array.isArray(problem.errors) ? problem.errors : [],
          retryAfter: retryAfterOf(response, problem.retryAfter),
        });
      }
    } catch {
      // Not JSON after all: answered below by status.
    }
  }
  const code: ErrorCode =
    response.status === 401
      ? "UNAUTHENTICATED"
      : response.status === 403
        ? "FORBIDDEN"
        : response.status === 404
          ? "NOT_FOUND"
          : response.status === 429
            ? "RATE_LIMITED"
            : "INTERNAL";
  return new ApiError({ status: response.status, code, retryAfter: retryAfterOf(response, undefined) });
}

async function send(
  route: RouteContract,
  url: string,
  body: unknown,
  signal: AbortSignal | undefined,
  extraHeaders: Record<string, string> = {},
): Promise<Response> {
  // Lower-cased, so an extra header can never sit beside one of ours under another spelling.
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(extraHeaders)) headers[name.toLowerCase()] = value;
  headers.accept = "application/json";
  if (body !== undefined) headers["content-type"] = "application/json";
  if (route.method !== "GET" && csrfToken) headers["x-csrf-token"] = csrfToken;
  try {
    return await fetch(url, {
      method: route.method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: "same-origin",
      cache: "no-store",
      signal,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError({ status: 0, code: "NETWORK_ERROR" });
  }
}

/** Asks the server for the session's CSRF token again (after a reload, or when it was refused). */
export async function refreshCsrfToken(): Promise<void> {
  const response = await fetch(accountRoutes.me.path, {
    headers: { accept: "application/json" },
    credentials: "same-origin",
    cache: "no-store",
  }).catch(() => null);
  if (!response?.ok) return;
  rememberCsrfToken(await response.json().catch(() => null));
}

/**
 * Calls one route of a contract and returns its typed, checked answer. Every address the web app
 * uses is built here from `src/common/contracts`; no other file writes a URL by hand.
 */
export async function callApi<R extends RouteContract>(
  route: R,
  ...args: CallArgs<R>
): Promise<ApiOutput<R>> {
  return (await callApiWithStatus(route, ...args)).data;
}

/**
 * As callApi, with the answer's HTTP status: for routes whose success has two meanings (201 created,
 * 200 "this was already done", as a repeated check-in answers).
 */
export async function callApiWithStatus<R extends RouteContract>(
  route: R,
  ...args: CallArgs<R>
): Promise<{ data: ApiOutput<R>; status: number }> {
  const options = (args[0] ?? {}) as {
    params?: Record<string, unknown>;
    query?: Record<string, unknown>;
    body?: unknown;
    signal?: AbortSignal;
    headers?: Record<string, string>;
  };
  const url = buildUrl(route.path, options.params, options.query);
  const needsToken = route.method !== "GET" && route.access !== "public";
  if (needsToken && !csrfToken) await refreshCsrfToken();

  const response = await send(route, url, options.body, options.signal, options.headers);
  if (!response.ok) {
    const error = await readProblem(response);
    if (error.code === "UNAUTHENTICATED") {
      csrfToken = null;
      unauthenticatedListener?.(route);
    } else if (error.code === "CSRF_FAILED") {
      // Every answer that changes the session carries its new token, so this means another tab
      // signed in anew, perhaps as someone else. The action is not repeated behind the person's
      // back under that session: they see the refusal, and the next action fetches the token again.
      csrfToken = null;
      notifyActivity();
    } else {
      notifyActivity();
    }
    throw error;
  }

  const text = await response.text();
  const data: unknown = text ? JSON.parse(text) : undefined;
  const parsed = route.response.safeParse(data);
  if (!parsed.success) {
    // The server broke its own contract: show a calm general error, keep the details for developers.
    console.error(
      `Answer from ${route.method} ${route.path} does not match its contract`,
      parsed.error.issues,
    );
    throw new ApiError({ status: response.status, code: "INTERNAL" });
  }
  rememberCsrfToken(parsed.data);
  notifyActivity();
  return { data: parsed.data as ApiOutput<R>, status: response.status };
}
