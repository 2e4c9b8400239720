import type { FastifyInstance } from "fastify";
import { followUpsRoutes as r } from "../../../common/contracts/follow-ups.js";
import type { AppContext } from "../../context.js";
import { actorOf, serve } from "../../plugins/routes.js";
import * as service from "./follow-ups.service.js";

/** Follow-ups: tasks colleagues leave each other, their comments, and the clinic's accompaniments. */
export function followUpsRoutes(app: FastifyInstance, ctx: AppContext) {
  serve(app, r.listFollowUps, async (input) =>
    service.listFollowUps(ctx, actorOf(input), input.params.siteId, input.query),
  );
  serve(app, r.colleagues, async (input) => service.colleagues(ctx, actorOf(input), input.params.siteId));
  serve(app, r.createFollowUp, async (input) => service.createFollowUp(ctx, actorOf(input), input.body));
  serve(app, r.getFollowUp, async (input) => service.getFollowUp(ctx, actorOf(input), input.params.id));
  serve(app, r.updateFollowUp, async (input) =>
    service.updateFollowUp(ctx, actorOf(input), input.params.id, input.body),
  );
  serve(app, r.completeFollowUp, async (input) =>
    service.completeFollowUp(ctx, actorOf(input), input.params.id, input.body),
  );
  serve(app, r.dropFollowUp, async (input) =>
    service.dropFollowUp(ctx, actorOf(input), input.params.id, input.body.reason),
  );
  serve(app, r.reopenFollowUp, async (input) => service.reopenFollowUp(ctx, actorOf(input), input.params.id));
  serve(app, r.addComment, async (input) =>
    service.addComment(ctx, actorOf(input), input.params.id, input.body.body),
  );
}
