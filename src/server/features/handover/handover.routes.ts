import type { FastifyInstance } from "fastify";
import { handoverRoutes as r } from "../../../common/contracts/handover.js";
import type { AppContext } from "../../context.js";
import { actorOf, serve } from "../../plugins/routes.js";
import * as service from "./handover.service.js";

/** The handover: the first page a staff member reads when the shift starts. */
export function handoverRoutes(app: FastifyInstance, ctx: AppContext) {
  serve(app, r.handover, async (input) => service.handover(ctx, actorOf(input), input.params.siteId));
}
