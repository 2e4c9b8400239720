import type { FastifyInstance } from "fastify";
import { auditRoutes as r } from "../../../common/contracts/audit.js";
import type { AppContext } from "../../context.js";
import { actorOf, serve } from "../../plugins/routes.js";
import * as service from "./audit.service.js";

export function auditLogRoutes(app: FastifyInstance, ctx: AppContext) {
  serve(app, r.listAuditEvents, async (input) => service.listAuditEvents(ctx, actorOf(input), input.query));
  serve(app, r.verifyAuditChain, async (input) => service.verifyChain(ctx, actorOf(input)));
  serve(app, r.exportAuditEvents, async (input) => {
    const file = await service.exportAuditEvents(ctx, actorOf(input), input.query);
    // A text body with its own type skips the JSON serializer and goes out as it is.
    input.reply
      .type("text/csv; charset=utf-8")
      .header("content-disposition", `attachment; filename="${file.filename}"`)
      .header("cache-control", "no-store");
    return file.csv;
  });
}
