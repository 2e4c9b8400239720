import { stringify } from "csv-stringify/sync";
import type {
  AuditEventList,
  AuditFilter,
  AuditVerification,
  ListAuditEventsQuery,
} from "../../../common/contracts/audit.js";
import { LIMITS } from "../../../common/limits.js";
import { can, type Permission } from "../../../common/permissions.js";
import { recordAudit, verifyAuditChain } from "../../audit/audit-log.js";
import type { Actor, AppContext } from "../../context.js";
import { AppError, fieldError, forbidden } from "../../errors.js";
import { CSV_COLUMNS, toAuditEventRow, toCsvRecord } from "./audit.mapper.js";
import { organisationScope, showsAddresses } from "./audit.policy.js";
import * as repo from "./audit.repository.js";

function requirePermission(actor: Actor, permission: Permission) {
  if (!can(actor.role, permission)) throw forbidden();
}

/** Turns the contract's filter into the repository's, with the viewer's organisation scope applied. */
function resolve(actor: Actor, filter: AuditFilter): repo.AuditQuery {
  const from = filter.from ? new Date(filter.from) : undefined;
  const to = filter.to ? new Date(filter.to) : undefined;
  if (from && to && to <= from)
    throw fieldError("to", "END_BEFORE_START", "The end must be after the start.");
  return {
    events: filter.event,
    actorAccountId: filter.actorAccountId,
    entityType: filter.entityType,
    entityId: filter.entityId,
    from,
    to,
    organisationId: organisationScope(actor),
  };
}

/** Reading the log is not itself audited: it holds no case content, and each read would grow it. */
export async function listAuditEvents(
  ctx: AppContext,
  actor: Actor,
  query: ListAuditEventsQuery,
): Promise<AuditEventList> {
  requirePermission(actor, "audit.read");
  const rows = await repo.listEvents(ctx.db, resolve(actor, query), {
    beforeId: query.cursor ? Number(query.cursor) : undefined,
    limit: query.limit + 1,
  });
  const page = rows.slice(0, query.limit);
  const showAddress = showsAddresses(actor);
  return {
    items: page.map((row) => toAuditEventRow(row, { showAddress })),
    nextCursor: rows.length > query.limit ? String(page.at(-1)?.id) : null,
    canExport: can(actor.role, "audit.export"),
    addressesShown: showAddress,
  };
}

export async function verifyChain(ctx: AppContext, actor: Actor): Promise<AuditVerification> {
  requirePermission(actor, "audit.read");
  const result = await verifyAuditChain(ctx.db);
  return { intact: !result.break, events: result.rows, brokenAt: result.break ?? null };
}

export interface AuditExport {
  filename: string;
  csv: string;
}

/**
 * The filtered rows as CSV, for administrators. The export is audited in the same transaction that
 * reads the rows: if its audit row cannot be written, no file leaves. Cells that a spreadsheet
 * would run as a formula (=, +, -, @, tab, CR) are prefixed with a quote.
 */
export async function exportAuditEvents(
  ctx: AppContext,
  actor: Actor,
  filter: AuditFilter,
): Promise<AuditExport> {
  requirePermission(actor, "audit.export");
  const query = resolve(actor, filter);
  const now = ctx.clock.now();
  const rows = await ctx.db.transaction(async (tx) => {
    const found = await repo.listEvents(tx, query, { limit: LIMITS.auditExportMaxRows + 1 });
    if (found.length > LIMITS.auditExportMaxRows) {
      const message = `More than ${LIMITS.auditExportMaxRows} events match. Choose a shorter period.`;
      throw new AppError("VALIDATION_FAILED", message, [{ path: "from", code: "EXPORT_TOO_LARGE", message }]);
    }
    await recordAudit(tx, {
      event: "AUDIT_LOG_EXPORTED",
      occurredAt: now,
      actorAccountId: actor.accountId,
      organisationId: actor.organisationId,
      entityType: "audit_events",
      address: actor.address,
    });
    return found;
  });
  const showAddress = showsAddresses(actor);
  const records = rows.map((row) => toCsvRecord(toAuditEventRow(row, { showAddress })));
  const body = stringify(records, { header: true, columns: [...CSV_COLUMNS], escape_formulas: true });
  const day = now.toISOString().slice(0, 10).replaceAll("-", "");
  // A byte order mark, so that spreadsheet programs read the names as UTF-8.
  return { filename: `pusterum-audit-${day}.csv`, csv: `\uFEFF${body}` };
}
