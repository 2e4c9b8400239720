import { bigserial, index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { bytea } from "./accounts.js";

/**
 * Append-only and hash-chained: each row's hash covers its own fields and the previous hash, so a
 * changed or deleted row breaks the chain at that point. A trigger (migration) refuses UPDATE and
 * DELETE. Rows hold ids and event types, never field values.
 */
export const auditEvents = pgTable(
  "audit_events",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    occurredAt: timestamp("occurred_at", { withTimezone: true }).notNull(),
    event: text("event").notNull(),
    actorAccountId: uuid("actor_account_id"),
    organisationId: uuid("organisation_id"),
    siteId: uuid("site_id"),
    entityType: text("entity_type"),
    entityId: text("entity_id"),
    /** Network address of the request, kept for investigating attacks on sign-in. */
    address: text("address"),
    previousHash: bytea("previous_hash").notNull(),
    hash: bytea("hash").notNull(),
  },
  (t) => [
    index("audit_events_occurred_idx").on(t.occurredAt),
    index("audit_events_actor_idx").on(t.actorAccountId, t.occurredAt),
    index("audit_events_event_idx").on(t.event, t.occurredAt),
    index("audit_events_entity_idx").on(t.entityType, t.entityId),
  ],
);
