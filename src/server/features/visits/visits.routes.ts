import type { FastifyInstance } from "fastify";
import { visitsRoutes as r } from "../../../common/contracts/visits.js";
import type { AppContext } from "../../context.js";
import { actorOf, serve } from "../../plugins/routes.js";
import * as service from "./visits.service.js";

/** The door: tonight's board and session, check-ins, visitor codes. The door report is the reports feature's. */
export function visitsRoutes(app: FastifyInstance, ctx: AppContext) {
  serve(app, r.tonight, async (input) => service.tonight(ctx, actorOf(input), input.params.siteId));
  serve(app, r.openSession, async (input) => service.openSession(ctx, actorOf(input), input.params.siteId));
  serve(app, r.closeSession, async (input) => service.closeSession(ctx, actorOf(input), input.params.siteId));
  serve(app, r.checkIn, async (input) => {
    const { visit, created } = await service.checkIn(
      ctx,
      actorOf(input),
      input.body,
      input.request.headers["idempotency-key"],
    );
    if (!created) input.answerWith(200);
    return visit;
  });
  serve(app, r.getVisit, async (input) => service.getVisit(ctx, actorOf(input), input.params.id));
  serve(app, r.removeVisit, async (input) => service.removeVisit(ctx, actorOf(input), input.params.id));
  serve(app, r.markLeft, async (input) => service.markLeft(ctx, actorOf(input), input.params.id));
  serve(app, r.markIntroduced, async (input) => service.markIntroduced(ctx, actorOf(input), input.params.id));
  serve(app, r.lookupCode, async (input) => service.lookupCode(ctx, actorOf(input), input.body.code));
  serve(app, r.issueCode, async (input) => service.issueCode(ctx, actorOf(input), input.body));
  serve(app, r.getCode, async (input) => service.getCode(ctx, actorOf(input), input.params.id));
  serve(app, r.updateCode, async (input) =>
    service.updateCode(ctx, actorOf(input), input.params.id, input.body),
  );
  serve(app, r.raiseFlag, async (input) =>
    service.raiseStaffFlag(ctx, actorOf(input), input.params.id, input.body.kind),
  );
  serve(app, r.clearFlag, async (input) => service.clearStaffFlag(ctx, actorOf(input), input.params));
  serve(app, r.mergeCodes, async (input) =>
    service.mergeCodes(ctx, actorOf(input), input.params.id, input.body.otherCode),
  );
  serve(app, r.eraseCode, async (input) => service.eraseCode(ctx, actorOf(input), input.params.id));
}
