import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { SESSION_IDLE_MINUTES } from "../../common/limits.js";
import type { Role } from "../../common/permissions.js";
import type { Actor, AppContext } from "../context.js";
import { sha256 } from "../crypto.js";
import { needsSecondFactor } from "../features/accounts/accounts.policy.js";
import { findLiveSession, siteIdsOf, touchSession } from "../features/accounts/accounts.repository.js";
import { sendProblem } from "./errors.js";

export const SESSION_COOKIE = "pusterum_session";
// Writing last_seen_at on every request would make each read a write; a minute of slack is harmless
// against a 15-minute idle limit.
const TOUCH_AFTER_MS = 60_000;

declare module "fastify" {
  interface FastifyRequest {
    actor: Actor | null;
    /** When this session's second factor was given (or found unnecessary); null while owed. */
    secondFactorAt: Date | null;
  }
}

/**
 * Judged by the matched route, not the raw URL: the router decodes "/%61pi/…" to "/api/…", so a
 * prefix test on the raw URL would let such a request past the rate limits.
 */
export const isApiRoute = (request: FastifyRequest) => (request.routeOptions.url ?? "").startsWith("/api/");

export function setSessionCookie(request: FastifyRequest, reply: FastifyReply, token: string) {
  reply.setCookie(SESSION_COOKIE, token, {
    path: "/",
    httpOnly: true,
    sameSite: "strict",
    secure: request.protocol === "https",
  });
}

export function clearSessionCookie(reply: FastifyReply) {
  reply.clearCookie(SESSION_COOKIE, { path: "/" });
}

/** Finds the account session behind the cookie and puts the staff member on the request. */
export function registerAuth(app: FastifyInstance, ctx: AppContext) {
  app.decorateRequest("actor", null);
  app.decorateRequest("secondFactorAt", null);

  app.addHook("onRequest", async (request) => {
    const token = request.cookies[SESSION_COOKIE];
    if (!token || !isApiRoute(request)) return;
    const now = ctx.clock.now();
    const tokenHash = sha256(token);
    const found = await findLiveSession(
      ctx.db,
      tokenHash,
      now,
      new Date(now.getTime() - SESSION_IDLE_MINUTES * 60_000),
    );
    if (!found) return;
    const { session, account } = found;
    if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_AFTER_MS)
      await touchSession(ctx.db, tokenHash, now);
    const role = account.role as Role;
    const secondFactorDone =
      session.mfaVerifiedAt !== null || !needsSecondFactor(role, account.totpEnabledAt !== null);
    request.secondFactorAt = session.mfaVerifiedAt;
    request.actor = {
      accountId: account.id,
      username: account.username,
      role,
      organisationId: account.organisationId,
      siteIds: (await siteIdsOf(ctx.db, [account.id])).get(account.id) ?? [],
      locale: account.locale,
      sessionTokenHash: tokenHash,
      csrfToken: session.csrfToken,
      fullySignedIn: secondFactorDone,
      secondFactorEnrolled: account.totpEnabledAt !== null,
      mustChangePassword: account.mustChangePassword,
      address: request.ip,
    };
  });

  // CSRF: a signed-in browser must echo its session's token on every change. SameSite=Strict already
  // keeps the cookie off cross-site requests; the header is the second lock.
  // Before validation and before the access check (hooks run in registration order).
  app.addHook("preValidation", async (request, reply) => {
    if (["GET", "HEAD", "OPTIONS"].includes(request.method) || !isApiRoute(request)) return;
    if (!request.cookies[SESSION_COOKIE]) return;
    const actor = request.actor;
    if (actor && request.headers["x-csrf-token"] !== actor.csrfToken) {
      return sendProblem(reply, 403, "CSRF_FAILED", "The page is out of date. Reload it and try again.");
    }
  });
}
