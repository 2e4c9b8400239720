import type { AuditEventRow } from "../../../common/contracts/audit.js";
import type { AuditRow } from "./audit.repository.js";

/** Whitelists one row for the viewer: the address only for those who may see it (see audit.policy.ts). */
export function toAuditEventRow(row: AuditRow, options: { showAddress: boolean }): AuditEventRow {
  const mapped: AuditEventRow = {
    id: row.id,
    occurredAt: row.occurredAt.toISOString(),
    event: row.event,
    actor: row.actorAccountId
      ? { id: row.actorAccountId, username: row.actorUsername, displayName: row.actorDisplayName }
      : null,
    organisationId: row.organisationId,
    siteId: row.siteId,
    entityType: row.entityType,
    entityId: row.entityId,
  };
  if (options.showAddress) mapped.address = row.address;
  return mapped;
}

export const CSV_COLUMNS = [
  "id",
  "occurred_at",
  "event",
  "actor_account_id",
  "actor_username",
  "actor_display_name",
  "organisation_id",
  "site_id",
  "entity_type",
  "entity_id",
  "address",
] as const;

/** One CSV record, in CSV_COLUMNS order. */
export function toCsvRecord(row: AuditEventRow): (string | number | null)[] {
  return [
    row.id,
    row.occurredAt,
    row.event,
    row.actor?.id ?? null,
    row.actor?.username ?? null,
    row.actor?.displayName ?? null,
    row.organisationId,
    row.siteId,
    row.entityType,
    row.entityId,
    row.address ?? null,
  ];
}
