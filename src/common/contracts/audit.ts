import { z } from "zod";
import { AUDIT_EVENTS } from "../audit-events.js";
import { LIMITS } from "../limits.js";
import { defineRoutes } from "./route.js";
import { IdSchema } from "./shared.js";

export const AuditEventNameSchema = z.enum(AUDIT_EVENTS);

/** One event type (`?event=A`) or several (`?event=A&event=B`); the server always sees a list. */
const EventFilterSchema = z
  .union([AuditEventNameSchema, z.array(AuditEventNameSchema).max(AUDIT_EVENTS.length)])
  .transform((value) => (Array.isArray(value) ? value : [value]));

/**
 * The filters of the list and of the export. `from` is inclusive, `to` exclusive; both are instants,
 * so the page turns the person's local dates into instants in her own time zone.
 */
export const AuditFilterSchema = z.object({
  event: EventFilterSchema.optional(),
  actorAccountId: IdSchema.optional(),
  entityType: z
    .string()
    .max(LIMITS.auditEntityTypeMax)
    .regex(/^[a-z_]+$/, "Lowercase letters and underscores")
    .optional(),
  entityId: z.string().max(LIMITS.auditEntityIdMax).optional(),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
});
export type AuditFilter = z.output<typeof AuditFilterSchema>;

export const ListAuditEventsQuerySchema = AuditFilterSchema.extend({
  limit: z.coerce.number().int().min(1).max(LIMITS.pageSizeMax).default(50),
  /** The id of the last row of the previous page: the next page holds older rows. */
  cursor: z
    .string()
    .regex(/^\d{1,18}$/, "A row id")
    .optional(),
}).strict();
export type ListAuditEventsQuery = z.output<typeof ListAuditEventsQuerySchema>;

export const ExportAuditEventsQuerySchema = AuditFilterSchema.strict();

/**
 * One row of the log as the page shows it: ids and event types, never field values. The actor's
 * username and display name are staff data, joined for reading. `address` (the network address of
 * the request) is personal data of staff: present only for those who may export the log
 * (administrators, who investigate attacks on sign-in), absent for everyone else.
 */
export const AuditEventRowSchema = z.object({
  id: z.number().int(),
  occurredAt: z.string(),
  /** A name from AUDIT_EVENTS; rows written by an older version may name an event since retired. */
  event: z.string(),
  actor: z
    .object({ id: IdSchema, username: z.string().nullable(), displayName: z.string().nullable() })
    .nullable(),
  organisationId: IdSchema.nullable(),
  siteId: IdSchema.nullable(),
  entityType: z.string().nullable(),
  entityId: z.string().nullable(),
  address: z.string().nullable().optional(),
});
export type AuditEventRow = z.infer<typeof AuditEventRowSchema>;

export const AuditEventListSchema = z.object({
  items: z.array(AuditEventRowSchema),
  nextCursor: z.string().nullable(),
  /** What this viewer may do, so the page never re-derives it. */
  canExport: z.boolean(),
  addressesShown: z.boolean(),
});
export type AuditEventList = z.infer<typeof AuditEventListSchema>;

export const AuditChainReasonSchema = z.enum(["previous_hash_mismatch", "hash_mismatch"]);

export const AuditVerificationSchema = z.object({
  intact: z.boolean(),
  /** Rows checked: every row when intact, up to and including the broken one otherwise. */
  events: z.number().int(),
  brokenAt: z.object({ id: z.number().int(), reason: AuditChainReasonSchema }).nullable(),
});
export type AuditVerification = z.infer<typeof AuditVerificationSchema>;

export const auditRoutes = defineRoutes({
  listAuditEvents: {
    method: "GET",
    path: "/api/v1/audit-events",
    access: "audit.read",
    summary: "The audit log, newest first, filtered and paged",
    query: ListAuditEventsQuerySchema,
    response: AuditEventListSchema,
  },
  verifyAuditChain: {
    method: "GET",
    path: "/api/v1/audit-events/verification",
    access: "audit.read",
    summary: "Checks the hash chain of the whole audit log and says where it breaks",
    response: AuditVerificationSchema,
  },
  exportAuditEvents: {
    method: "GET",
    path: "/api/v1/audit-events/export.csv",
    access: "audit.export",
    summary: "The filtered audit log as a CSV file (the export itself is audited)",
    query: ExportAuditEventsQuerySchema,
    response: z.string(),
  },
});
