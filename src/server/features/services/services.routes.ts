import type { FastifyInstance } from "fastify";
import { servicesRoutes as r } from "../../../common/contracts/services.js";
import type { AppContext } from "../../context.js";
import { actorOf, serve } from "../../plugins/routes.js";
import * as service from "./services.service.js";

export function servicesRoutes(app: FastifyInstance, ctx: AppContext) {
  serve(app, r.catalogue, async (input) => service.getCatalogue(ctx, actorOf(input), input.params.siteId));
  serve(app, r.createService, async (input) =>
    service.createService(ctx, actorOf(input), input.params.siteId, input.body),
  );
  serve(app, r.updateService, async (input) =>
    service.updateService(ctx, actorOf(input), input.params, input.body),
  );
  serve(app, r.createSupplyItem, async (input) =>
    service.createSupplyItem(ctx, actorOf(input), input.params.siteId, input.body),
  );
  serve(app, r.updateSupplyItem, async (input) =>
    service.updateSupplyItem(ctx, actorOf(input), input.params, input.body),
  );
  serve(app, r.adjustStock, async (input) =>
    service.adjustStock(ctx, actorOf(input), input.params, input.body),
  );

  serve(app, r.recordServices, async (input) =>
    service.recordServices(ctx, actorOf(input), input.params.id, input.body),
  );
  serve(app, r.untickService, async (input) => service.untickService(ctx, actorOf(input), input.params));
  serve(app, r.recordSupplies, async (input) =>
    service.recordSupplies(ctx, actorOf(input), input.params.id, input.body),
  );
}
