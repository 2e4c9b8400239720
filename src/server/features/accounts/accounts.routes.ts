import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { accountRoutes as r } from "../../../common/contracts/accounts.js";
import type { AppContext } from "../../context.js";
import { clearSessionCookie, setSessionCookie } from "../../plugins/auth.js";
import { actorOf, serve } from "../../plugins/routes.js";
import type { FeatureOptions } from "../index.js";
import * as service from "./accounts.service.js";

function withSession(request: FastifyRequest, reply: FastifyReply, result: service.SessionResult) {
  if (result.sessionToken) setSessionCookie(request, reply, result.sessionToken);
  return result.me;
}

export function accountsRoutes(app: FastifyInstance, ctx: AppContext, options: FeatureOptions) {
  const origin = (request: FastifyRequest) => ({
    address: request.ip,
    previousSessionTokenHash: request.actor?.sessionTokenHash,
  });
  // Per address and minute, shared by every app process; the per-name lock sits in the service.
  const signInLimit = { rateLimit: { max: options.signInRateLimit, timeWindow: 60_000 } };

  serve(app, r.setupStatus, async () => ({ setupNeeded: await service.isSetupNeeded(ctx) }));
  serve(
    app,
    r.completeSetup,
    async ({ body, request, reply }) =>
      withSession(request, reply, await service.completeSetup(ctx, body, origin(request))),
    signInLimit,
  );
  serve(
    app,
    r.signIn,
    async ({ body, request, reply }) =>
      withSession(request, reply, await service.signIn(ctx, body, origin(request))),
    signInLimit,
  );
  serve(
    app,
    r.secondFactor,
    async (input) =>
      withSession(
        input.request,
        input.reply,
        await service.verifySecondFactor(ctx, actorOf(input), input.body.code, origin(input.request)),
      ),
    signInLimit,
  );
  serve(app, r.startEnrolment, async (input) => service.startEnrolment(ctx, actorOf(input)));
  serve(app, r.confirmEnrolment, async (input) => {
    const result = await service.confirmEnrolment(
      ctx,
      actorOf(input),
      input.body.code,
      origin(input.request),
    );
    if (result.sessionToken) setSessionCookie(input.request, input.reply, result.sessionToken);
    return { recoveryCodes: result.recoveryCodes, csrfToken: result.me.csrfToken };
  });
  serve(app, r.regenerateRecoveryCodes, async (input) =>
    service.regenerateRecoveryCodes(ctx, actorOf(input)),
  );
  serve(
    app,
    r.stepUp,
    async (input) => service.stepUp(ctx, actorOf(input), input.body.code, origin(input.request)),
    signInLimit,
  );
  serve(app, r.changePassword, async (input) =>
    withSession(input.request, input.reply, await service.changePassword(ctx, actorOf(input), input.body)),
  );
  serve(app, r.signOut, async (input) => {
    const result = await service.signOut(ctx, actorOf(input));
    clearSessionCookie(input.reply);
    return result;
  });
  serve(app, r.signOutEverywhere, async (input) => {
    const result = await service.signOutEverywhere(ctx, actorOf(input));
    clearSessionCookie(input.reply);
    return result;
  });
  serve(app, r.me, async (input) => service.getMe(ctx, actorOf(input), input.request.secondFactorAt));
  serve(app, r.updateProfile, async (input) => service.updateProfile(ctx, actorOf(input), input.body));
  serve(app, r.listOrganisations, async () => service.listOrganisations(ctx));
  serve(app, r.listAccounts, async (input) => service.listAccounts(ctx, actorOf(input), input.query));
  serve(app, r.createAccount, async (input) => service.createAccount(ctx, actorOf(input), input.body));
  serve(app, r.updateAccount, async (input) =>
    service.updateAccount(ctx, actorOf(input), input.params.id, input.body),
  );
  serve(app, r.deactivateAccount, async (input) =>
    service.deactivateAccount(ctx, actorOf(input), input.params.id),
  );
  serve(app, r.reactivateAccount, async (input) =>
    service.reactivateAccount(ctx, actorOf(input), input.params.id),
  );
  serve(app, r.resetAccount, async (input) => service.resetAccount(ctx, actorOf(input), input.params.id));
}
