import type { z } from "zod";
import type { AuditEvent } from "../../../common/audit-events";
import type { ExportAuditEventsQuerySchema } from "../../../common/contracts/audit";

/** What the person chose on the page: local calendar days, in the browser's time zone. */
export interface AuditFilterValues {
  events: AuditEvent[];
  actorAccountId: string | null;
  /** "YYYY-MM-DD", inclusive. */
  fromDate: string;
  /** "YYYY-MM-DD", inclusive: the whole day counts. */
  toDate: string;
}

export const EMPTY_FILTER: AuditFilterValues = { events: [], actorAccountId: null, fromDate: "", toDate: "" };

export type AuditQuery = z.input<typeof ExportAuditEventsQuerySchema>;

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Local midnight of a calendar day, as an instant. */
function startOfLocalDay(date: string): Date {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return new Date(y, m - 1, d);
}

/**
 * The page's choices as the API's filter: days become instants at local midnight, and the last day
 * is included whole (the API's `to` is exclusive). Empty choices are left out.
 */
export function toAuditQuery(values: AuditFilterValues): AuditQuery {
  const query: AuditQuery = {};
  if (values.events.length > 0) query.event = [...values.events];
  if (values.actorAccountId) query.actorAccountId = values.actorAccountId;
  if (DATE.test(values.fromDate)) query.from = startOfLocalDay(values.fromDate).toISOString();
  if (DATE.test(values.toDate)) {
    const end = startOfLocalDay(values.toDate);
    end.setDate(end.getDate() + 1);
    query.to = end.toISOString();
  }
  return query;
}

/** True when the chosen period ends before it starts; the page says so instead of asking the server. */
export const periodReversed = (values: AuditFilterValues) =>
  DATE.test(values.fromDate) && DATE.test(values.toDate) && values.toDate < values.fromDate;
