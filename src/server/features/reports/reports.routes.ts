import type { FastifyInstance } from "fastify";
import { type DoorReport, visitsRoutes as r } from "../../../common/contracts/visits.js";
import type { AppContext } from "../../context.js";
import { actorOf, serve } from "../../plugins/routes.js";
import * as service from "./reports.service.js";

type Format = "json" | service.ReportFormat;

const MEDIA_TYPES: [string, Format][] = [
  ["application/json", "json"],
  ["text/csv", "csv"],
  [service.CONTENT_TYPES.xlsx, "xlsx"],
];

/**
 * The format the Accept header prefers: the highest quality, an exact type before a wildcard, JSON
 * when nothing else is asked for (a missing header, `*\/*`, or only types this route does not make).
 */
export function preferredFormat(accept: string | undefined): Format {
  let best: { format: Format; q: number; exact: boolean } = { format: "json", q: 0, exact: false };
  for (const part of (accept ?? "").split(",")) {
    const [range = "", ...parameters] = part.split(";").map((p) => p.trim().toLowerCase());
    const qParameter = parameters.find((p) => p.startsWith("q="));
    const q = qParameter ? Number(qParameter.slice(2)) : 1;
    if (!(q > 0)) continue;
    for (const [type, format] of MEDIA_TYPES) {
      const exact = range === type;
      const wildcard = range === "*/*" || range === `${type.split("/")[0]}/*`;
      if (!exact && !wildcard) continue;
      // A wildcard means "anything will do": it stands for the default, JSON, not for a file.
      if (!exact && format !== "json") continue;
      if (q > best.q || (q === best.q && exact && !best.exact)) best = { format, q, exact };
    }
  }
  return best.format;
}

export function reportsRoutes(app: FastifyInstance, ctx: AppContext) {
  serve(app, r.doorReport, async (input) => {
    const actor = actorOf(input);
    const format = preferredFormat(input.request.headers.accept);
    // One address, three representations: caches must tell them apart by Accept.
    input.reply.header("vary", "accept");
    if (format === "json") return service.doorReport(ctx, actor, input.query);
    const file = await service.exportDoorReport(ctx, actor, input.query, format);
    input.reply
      .type(file.contentType)
      .header("content-disposition", `attachment; filename="${file.filename}"`)
      .header("cache-control", "no-store");
    // A Buffer, or a text body with its own type, skips the contract's JSON serializer and goes out as
    // it is; the contract (and OpenAPI) describe the JSON answer, the summary names the file types.
    return file.body as unknown as DoorReport;
  });
}
