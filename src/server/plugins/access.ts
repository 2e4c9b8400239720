import type { FastifyInstance } from "fastify";
import type { RouteAccess } from "../../common/contracts/route.js";
import { can } from "../../common/permissions.js";
import { recordAudit } from "../audit/audit-log.js";
import type { AppContext } from "../context.js";
import { sendProblem } from "./errors.js";

declare module "fastify" {
  interface FastifyContextConfig {
    access?: RouteAccess;
  }
}

/**
 * Every /api route declares who may call it; one that does not is refused at start, so a forgotten
 * permission is a crash in development rather than an open door in production.
 */
export function registerAccess(app: FastifyInstance, ctx: AppContext) {
  app.addHook("onRoute", (route) => {
    if (!route.url.startsWith("/api/v1")) return;
    const access = (route.config as { access?: RouteAccess } | undefined)?.access;
    if (!access) throw new Error(`Route ${route.method} ${route.url} declares no access rule.`);
  });

  // Before validation: a caller who may not use a route learns nothing of its input rules, and a
  // refusal is a 401/403 (and audited) whatever the body holds.
  app.addHook("preValidation", async (request, reply) => {
    const access = request.routeOptions.config.access;
    if (!access || access === "public") return;
    const actor = request.actor;
    if (!actor) return sendProblem(reply, 401, "UNAUTHENTICATED", "Please sign in.");
    if (access === "pending") return;
    if (!actor.fullySignedIn) {
      return sendProblem(
        reply,
        401,
        "SECOND_FACTOR_REQUIRED",
        "Give the code from your authenticator app first.",
      );
    }
    if (actor.mustChangePassword) {
      return sendProblem(reply, 403, "PASSWORD_CHANGE_REQUIRED", "Choose a new password first.");
    }
    if (access === "signed-in" || can(actor.role, access)) return;
    await ctx.db.transaction((tx) =>
      recordAudit(tx, {
        event: "PERMISSION_REFUSED",
        occurredAt: ctx.clock.now(),
        actorAccountId: actor.accountId,
        organisationId: actor.organisationId,
        entityType: "route",
        entityId: `${request.method} ${request.routeOptions.url}`,
        address: actor.address,
      }),
    );
    return sendProblem(reply, 403, "FORBIDDEN", "You do not have permission to do this.");
  });
}
