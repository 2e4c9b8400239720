import type { FastifyInstance } from "fastify";
import { diaryRoutes as r } from "../../../common/contracts/diary.js";
import type { AppContext } from "../../context.js";
import { actorOf, serve } from "../../plugins/routes.js";
import * as service from "./diary.service.js";

/** The shift diary: entries, paragraphs, history, themes and their keyword rules, the themes page, search. */
export function diaryRoutes(app: FastifyInstance, ctx: AppContext) {
  serve(app, r.tonight, async (input) => service.tonight(ctx, actorOf(input), input.params.siteId));
  serve(app, r.listEntries, async (input) =>
    service.listEntries(ctx, actorOf(input), input.params.siteId, input.query),
  );
  serve(app, r.getEntry, async (input) => service.getEntry(ctx, actorOf(input), input.params.sessionId));
  serve(app, r.updateEntry, async (input) =>
    service.updateEntry(ctx, actorOf(input), input.params.sessionId, input.body),
  );
  serve(app, r.addParagraph, async (input) => {
    const { created, ...written } = await service.addParagraph(
      ctx,
      actorOf(input),
      input.params.sessionId,
      input.body,
      input.request.headers["idempotency-key"],
    );
    if (!created) input.answerWith(200);
    return written;
  });
  serve(app, r.updateParagraph, async (input) =>
    service.updateParagraph(ctx, actorOf(input), input.params.id, input.body),
  );
  serve(app, r.removeParagraph, async (input) =>
    service.removeParagraph(ctx, actorOf(input), input.params.id, input.query.version),
  );
  serve(app, r.history, async (input) => service.history(ctx, actorOf(input), input.params.sessionId));
  serve(app, r.checkText, async (input) => service.checkText(ctx, actorOf(input), input.body));
  serve(app, r.listThemes, async (input) => service.listThemes(ctx, actorOf(input)));
  serve(app, r.createTheme, async (input) => service.createTheme(ctx, actorOf(input), input.body));
  serve(app, r.updateTheme, async (input) =>
    service.updateTheme(ctx, actorOf(input), input.params.id, input.body),
  );
  serve(app, r.addKeywordRule, async (input) =>
    service.addKeywordRule(ctx, actorOf(input), input.params.id, input.body),
  );
  serve(app, r.updateKeywordRule, async (input) =>
    service.updateKeywordRule(ctx, actorOf(input), input.params.id, input.body),
  );
  serve(app, r.removeKeywordRule, async (input) =>
    service.removeKeywordRule(ctx, actorOf(input), input.params.id),
  );
  serve(app, r.themeMonths, async (input) =>
    service.themeMonths(ctx, actorOf(input), input.params.siteId, input.query),
  );
  serve(app, r.themeEntries, async (input) =>
    service.themeEntries(ctx, actorOf(input), input.params, input.query.month),
  );
  serve(app, r.search, async (input) => service.search(ctx, actorOf(input), input.params.siteId, input.body));
}
