import type { FastifyInstance } from "fastify";
import { messagesRoutes as r } from "../../../common/contracts/messages.js";
import type { AppContext } from "../../context.js";
import { actorOf, serve } from "../../plugins/routes.js";
import * as service from "./messages.service.js";

/** Messages to all staff of a site, to the managers, or to one person; pins and read receipts. */
export function messagesRoutes(app: FastifyInstance, ctx: AppContext) {
  serve(app, r.listMessages, async (input) =>
    service.listMessages(ctx, actorOf(input), input.params.siteId, input.query),
  );
  serve(app, r.unreadCount, async (input) => service.unreadCount(ctx, actorOf(input), input.params.siteId));
  serve(app, r.sendMessage, async (input) => service.sendMessage(ctx, actorOf(input), input.body));
  serve(app, r.getMessage, async (input) => service.getMessage(ctx, actorOf(input), input.params.id));
  serve(app, r.markRead, async (input) => service.markRead(ctx, actorOf(input), input.params.id));
  serve(app, r.pinMessage, async (input) =>
    service.pinMessage(ctx, actorOf(input), input.params.id, input.body.pinned),
  );
  serve(app, r.receipts, async (input) => service.receipts(ctx, actorOf(input), input.params.id));
}
