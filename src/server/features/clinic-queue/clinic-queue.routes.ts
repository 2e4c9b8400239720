import type { FastifyInstance } from "fastify";
import { clinicQueueRoutes as r } from "../../../common/contracts/clinic-queue.js";
import { LIMITS } from "../../../common/limits.js";
import type { AppContext } from "../../context.js";
import { actorOf, serve } from "../../plugins/routes.js";
import * as service from "./clinic-queue.service.js";

/** The clinic's queue, appointments and slot settings; and the visitor page's ticket routes. */
export function clinicQueueRoutes(app: FastifyInstance, ctx: AppContext) {
  serve(app, r.queue, async (input) => service.queue(ctx, actorOf(input), input.params.siteId));
  serve(app, r.screen, async (input) => service.screen(ctx, actorOf(input), input.params.siteId));
  serve(app, r.takeTicket, async (input) => {
    const { ticket, created } = await service.takeTicket(
      ctx,
      actorOf(input),
      input.params.siteId,
      input.body,
    );
    if (!created) input.answerWith(200);
    return ticket;
  });
  serve(app, r.callNext, async (input) =>
    service.callNext(ctx, actorOf(input), input.params.siteId, input.body.clinicKind),
  );
  serve(app, r.turnAwayRest, async (input) =>
    service.turnAwayRest(ctx, actorOf(input), input.params.siteId, input.body.clinicKind),
  );
  serve(app, r.callTicket, async (input) => service.callTicket(ctx, actorOf(input), input.params.id));
  serve(app, r.ticketDone, async (input) => service.ticketDone(ctx, actorOf(input), input.params.id));
  serve(app, r.ticketNoShow, async (input) => service.ticketNoShow(ctx, actorOf(input), input.params.id));
  serve(app, r.ticketTurnAway, async (input) => service.ticketTurnAway(ctx, actorOf(input), input.params.id));
  serve(app, r.ticketWithdraw, async (input) => service.ticketWithdraw(ctx, actorOf(input), input.params.id));
  serve(app, r.slots, async (input) => service.slots(ctx, actorOf(input), input.params.siteId, input.query));
  serve(app, r.listAppointments, async (input) =>
    service.listAppointments(ctx, actorOf(input), input.params.siteId, input.query),
  );
  serve(app, r.bookAppointment, async (input) =>
    service.bookAppointment(ctx, actorOf(input), input.params.siteId, input.body),
  );
  serve(app, r.cancelAppointment, async (input) =>
    service.cancelAppointment(ctx, actorOf(input), input.params.id),
  );
  serve(app, r.appointmentArrived, async (input) =>
    service.appointmentArrived(ctx, actorOf(input), input.params.id),
  );
  serve(app, r.appointmentNoShow, async (input) =>
    service.appointmentNoShow(ctx, actorOf(input), input.params.id),
  );
  serve(app, r.slotSettings, async (input) => service.slotSettings(ctx, actorOf(input), input.params.siteId));
  serve(app, r.updateSlotSetting, async (input) =>
    service.updateSlotSetting(ctx, actorOf(input), input.params.siteId, input.body),
  );

  // Public: per address and minute, shared by every app process (the counters live in PostgreSQL).
  const takeLimit = { rateLimit: { max: LIMITS.publicTicketsPerMinute, timeWindow: 60_000 } };
  const pollLimit = { rateLimit: { max: LIMITS.publicTicketPollsPerMinute, timeWindow: 60_000 } };
  serve(app, r.publicStatus, async (input) => service.publicStatus(ctx, input.params.slug), pollLimit);
  serve(
    app,
    r.publicTakeTicket,
    async (input) => {
      const { ticket, created } = await service.publicTakeTicket(ctx, input.params.slug, input.body);
      if (!created) input.answerWith(200);
      return ticket;
    },
    takeLimit,
  );
  serve(app, r.publicTicket, async (input) => service.publicTicket(ctx, input.body.token), pollLimit);
  serve(app, r.publicWithdraw, async (input) => service.publicWithdraw(ctx, input.body.token), pollLimit);
}
