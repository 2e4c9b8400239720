import { createHash } from "node:crypto";
import { desc, sql } from "drizzle-orm";
import type { AuditEvent } from "../../common/audit-events.js";
import type { Queryable, Tx } from "../db/client.js";
import { auditEvents } from "../db/schema/index.js";

export interface AuditEntry {
  event: AuditEvent;
  occurredAt: Date;
  actorAccountId?: string | null;
  organisationId?: string | null;
  siteId?: string | null;
  entityType?: string | null;
  entityId?: string | null;
  address?: string | null;
}

export const GENESIS_HASH: Buffer = Buffer.alloc(32);
// Any constant works; it only has to be the same in every app process.
const AUDIT_CHAIN_LOCK = 0x70757374;

/** The bytes a row's hash covers: its fields in a fixed order, then the previous hash. */
export function auditHash(
  previousHash: Buffer,
  entry: Omit<AuditEntry, "event"> & { event: string },
): Buffer {
  const fields = [
    entry.occurredAt.toISOString(),
    entry.event,
    entry.actorAccountId ?? null,
    entry.organisationId ?? null,
    entry.siteId ?? null,
    entry.entityType ?? null,
    entry.entityId ?? null,
    entry.address ?? null,
  ];
  return createHash("sha256").update(previousHash).update(JSON.stringify(fields)).digest();
}

/**
 * Appends one event inside the caller's transaction, so the action and its record commit or fail
 * together. The advisory lock serialises writers for the rest of the transaction, which keeps the
 * chain linear across app processes.
 */
export async function recordAudit(tx: Tx, entry: AuditEntry): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK})`);
  const [last] = await tx
    .select({ hash: auditEvents.hash })
    .from(auditEvents)
    .orderBy(desc(auditEvents.id))
    .limit(1);
  const previousHash = last?.hash ?? GENESIS_HASH;
  await tx.insert(auditEvents).values({
    occurredAt: entry.occurredAt,
    event: entry.event,
    actorAccountId: entry.actorAccountId ?? null,
    organisationId: entry.organisationId ?? null,
    siteId: entry.siteId ?? null,
    entityType: entry.entityType ?? null,
    entityId: entry.entityId ?? null,
    address: entry.address ?? null,
    previousHash,
    hash: auditHash(previousHash, entry),
  });
}

export interface ChainBreak {
  id: number;
  reason: "previous_hash_mismatch" | "hash_mismatch";
}

/** Walks the whole chain in id order, in pages; reports the first row where it breaks. */
export async function verifyAuditChain(
  db: Queryable,
  pageSize = 5000,
): Promise<{ rows: number; break?: ChainBreak }> {
  let previous: Buffer = GENESIS_HASH;
  let afterId = 0;
  let rows = 0;
  for (;;) {
    const page = await db
      .select()
      .from(auditEvents)
      .where(sql`${auditEvents.id} > ${afterId}`)
      .orderBy(auditEvents.id)
      .limit(pageSize);
    for (const row of page) {
      rows += 1;
      if (!row.previousHash.equals(previous))
        return { rows, break: { id: row.id, reason: "previous_hash_mismatch" } };
      if (!auditHash(previous, row).equals(row.hash))
        return { rows, break: { id: row.id, reason: "hash_mismatch" } };
      previous = row.hash;
      afterId = row.id;
    }
    if (page.length < pageSize) return { rows };
  }
}
