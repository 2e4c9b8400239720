import type { FastifyInstance } from "fastify";
import { type ClinicStatistics, clinicRoutes as r } from "../../../common/contracts/clinic.js";
import type { AppContext } from "../../context.js";
import { actorOf, serve } from "../../plugins/routes.js";
import { preferredFormat } from "../reports/reports.routes.js";
import * as service from "./clinic.service.js";

/** The clinic's records: consultations, tests, referrals, medicine, costs and statistics. The queue is clinic-queue's. */
export function clinicRoutes(app: FastifyInstance, ctx: AppContext) {
  serve(app, r.createConsultation, async (input) =>
    service.createConsultation(ctx, actorOf(input), input.body),
  );
  serve(app, r.listConsultations, async (input) =>
    service.listConsultations(ctx, actorOf(input), input.query),
  );
  serve(app, r.getConsultation, async (input) =>
    service.getConsultation(ctx, actorOf(input), input.params.id),
  );
  serve(app, r.updateConsultation, async (input) =>
    service.updateConsultation(ctx, actorOf(input), input.params.id, input.body),
  );
  serve(app, r.clinicRecord, async (input) => service.clinicRecord(ctx, actorOf(input), input.body.code));
  serve(app, r.addTest, async (input) => service.addTest(ctx, actorOf(input), input.params.id, input.body));
  serve(app, r.testBoard, async (input) => service.testBoard(ctx, actorOf(input), input.query));
  serve(app, r.getTest, async (input) => service.getTest(ctx, actorOf(input), input.params.id));
  serve(app, r.transitionTest, async (input) =>
    service.transitionTest(ctx, actorOf(input), input.params.id, input.body),
  );
  serve(app, r.addReferral, async (input) =>
    service.addReferral(ctx, actorOf(input), input.params.id, input.body),
  );
  serve(app, r.listReferrals, async (input) => service.listReferrals(ctx, actorOf(input), input.query));
  serve(app, r.dispense, async (input) => service.dispense(ctx, actorOf(input), input.params.id, input.body));
  serve(app, r.listMedicines, async (input) => service.listMedicines(ctx, actorOf(input), input.query));
  serve(app, r.createMedicine, async (input) => service.createMedicine(ctx, actorOf(input), input.body));
  serve(app, r.updateMedicine, async (input) =>
    service.updateMedicine(ctx, actorOf(input), input.params.id, input.body),
  );
  serve(app, r.adjustMedicineStock, async (input) =>
    service.adjustMedicineStock(ctx, actorOf(input), input.params.id, input.body),
  );
  serve(app, r.addCost, async (input) => service.addCost(ctx, actorOf(input), input.body));
  serve(app, r.listCosts, async (input) => service.listCosts(ctx, actorOf(input), input.query));
  serve(app, r.turnaround, async (input) => service.turnaround(ctx, actorOf(input), input.query));
  serve(app, r.statistics, async (input) => {
    const actor = actorOf(input);
    const format = preferredFormat(input.request.headers.accept);
    // One address, three representations: caches must tell them apart by Accept.
    input.reply.header("vary", "accept");
    if (format === "json") return service.statistics(ctx, actor, input.query);
    const file = await service.exportStatistics(ctx, actor, input.query, format);
    input.reply
      .type(file.contentType)
      .header("content-disposition", `attachment; filename="${file.filename}"`)
      .header("cache-control", "no-store");
    // A Buffer or a typed text body skips the JSON serializer; the contract describes the JSON answer.
    return file.body as unknown as ClinicStatistics;
  });
}
