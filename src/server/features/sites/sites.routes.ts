import type { FastifyInstance } from "fastify";
import { publicRoutes } from "../../../common/contracts/public.js";
import { siteRoutes as r } from "../../../common/contracts/sites.js";
import type { AppContext } from "../../context.js";
import { actorOf, serve } from "../../plugins/routes.js";
import * as service from "./sites.service.js";

/** Opening hours change rarely; a minute in shared caches spares the database on busy evenings. */
const PUBLIC_CACHE = "public, max-age=60";

export function sitesRoutes(app: FastifyInstance, ctx: AppContext) {
  serve(app, r.listSites, async (input) => service.listSites(ctx, actorOf(input), input.query));
  serve(app, r.createSite, async (input) => service.createSite(ctx, actorOf(input), input.body));
  serve(app, r.getSite, async (input) => service.getSite(ctx, actorOf(input), input.params.siteId));
  serve(app, r.updateSite, async (input) =>
    service.updateSite(ctx, actorOf(input), input.params.siteId, input.body),
  );
  serve(app, r.getWeek, async (input) =>
    service.getWeek(ctx, actorOf(input), input.params.siteId, input.query),
  );

  serve(app, r.createWeeklyOpening, async (input) =>
    service.createWeeklyOpening(ctx, actorOf(input), input.params.siteId, input.body),
  );
  serve(app, r.updateWeeklyOpening, async (input) =>
    service.updateWeeklyOpening(ctx, actorOf(input), input.params, input.body),
  );
  serve(app, r.deleteWeeklyOpening, async (input) =>
    service.deleteWeeklyOpening(ctx, actorOf(input), input.params),
  );

  serve(app, r.createOneOffOpening, async (input) =>
    service.createOneOffOpening(ctx, actorOf(input), input.params.siteId, input.body),
  );
  serve(app, r.updateOneOffOpening, async (input) =>
    service.updateOneOffOpening(ctx, actorOf(input), input.params, input.body),
  );
  serve(app, r.deleteOneOffOpening, async (input) =>
    service.deleteOneOffOpening(ctx, actorOf(input), input.params),
  );

  serve(app, r.createClosure, async (input) =>
    service.createClosure(ctx, actorOf(input), input.params.siteId, input.body),
  );
  serve(app, r.updateClosure, async (input) =>
    service.updateClosure(ctx, actorOf(input), input.params, input.body),
  );
  serve(app, r.deleteClosure, async (input) => service.deleteClosure(ctx, actorOf(input), input.params));

  serve(app, r.createPilotPeriod, async (input) =>
    service.createPilotPeriod(ctx, actorOf(input), input.params.siteId, input.body),
  );
  serve(app, r.updatePilotPeriod, async (input) =>
    service.updatePilotPeriod(ctx, actorOf(input), input.params, input.body),
  );
  serve(app, r.deletePilotPeriod, async (input) =>
    service.deletePilotPeriod(ctx, actorOf(input), input.params),
  );

  serve(app, r.createActivity, async (input) =>
    service.createActivity(ctx, actorOf(input), input.params.siteId, input.body),
  );
  serve(app, r.updateActivity, async (input) =>
    service.updateActivity(ctx, actorOf(input), input.params, input.body),
  );
  serve(app, r.deleteActivity, async (input) => service.deleteActivity(ctx, actorOf(input), input.params));
}

/** No sign-in: opening hours and tonight's activities, never a staff name or language. */
export function publicSitesRoutes(app: FastifyInstance, ctx: AppContext) {
  serve(app, publicRoutes.listSites, async ({ reply }) => {
    reply.header("cache-control", PUBLIC_CACHE);
    return service.listPublicSites(ctx);
  });
  serve(app, publicRoutes.openingHours, async ({ params, reply }) => {
    const result = await service.openingHours(ctx, params.slug);
    reply.header("cache-control", PUBLIC_CACHE);
    return result;
  });
}
