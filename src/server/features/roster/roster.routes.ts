import type { FastifyInstance } from "fastify";
import { rosterRoutes as r } from "../../../common/contracts/roster.js";
import type { AppContext } from "../../context.js";
import { actorOf, serve } from "../../plugins/routes.js";
import * as service from "./roster.service.js";

export function rosterRoutes(app: FastifyInstance, ctx: AppContext) {
  serve(app, r.listSessions, async (input) =>
    service.listSessions(ctx, actorOf(input), input.params.siteId, input.query),
  );
  serve(app, r.listSiteStaff, async (input) =>
    service.listSiteStaff(ctx, actorOf(input), input.params.siteId),
  );
  serve(app, r.assignDuty, async (input) =>
    service.assignDuty(ctx, actorOf(input), input.params.siteId, input.body),
  );
  serve(app, r.removeDuty, async (input) => service.removeDuty(ctx, actorOf(input), input.params));
  serve(app, r.myShifts, async (input) => service.myShifts(ctx, actorOf(input), input.query));
}
