import { and, desc, eq, gte, inArray, isNull, lt, or, type SQL } from "drizzle-orm";
import type { Queryable } from "../../db/client.js";
import { accounts, auditEvents } from "../../db/schema/index.js";

/** Filters as the service resolved them: instants as dates, the viewer's organisation scope applied. */
export interface AuditQuery {
  events?: string[];
  actorAccountId?: string;
  entityType?: string;
  entityId?: string;
  from?: Date;
  to?: Date;
  /** Only rows of this organisation and rows that belong to none; undefined: every row. */
  organisationId?: string;
}

export type AuditRow = Awaited<ReturnType<typeof listEvents>>[number];

function conditions(query: AuditQuery, beforeId?: number): SQL | undefined {
  const where: (SQL | undefined)[] = [
    query.events?.length ? inArray(auditEvents.event, query.events) : undefined,
    query.actorAccountId ? eq(auditEvents.actorAccountId, query.actorAccountId) : undefined,
    query.entityType ? eq(auditEvents.entityType, query.entityType) : undefined,
    query.entityId ? eq(auditEvents.entityId, query.entityId) : undefined,
    query.from ? gte(auditEvents.occurredAt, query.from) : undefined,
    query.to ? lt(auditEvents.occurredAt, query.to) : undefined,
    query.organisationId
      ? or(isNull(auditEvents.organisationId), eq(auditEvents.organisationId, query.organisationId))
      : undefined,
    beforeId !== undefined ? lt(auditEvents.id, beforeId) : undefined,
  ];
  return and(...where);
}

/**
 * Newest first, keyset on id (ids only grow, in commit order of the chain lock). The actor's name is
 * joined here, in the same query: one round trip per page, no N+1. Hashes are not selected.
 */
export const listEvents = (db: Queryable, query: AuditQuery, options: { beforeId?: number; limit: number }) =>
  db
    .select({
      id: auditEvents.id,
      occurredAt: auditEvents.occurredAt,
      event: auditEvents.event,
      actorAccountId: auditEvents.actorAccountId,
      actorUsername: accounts.username,
      actorDisplayName: accounts.displayName,
      organisationId: auditEvents.organisationId,
      siteId: auditEvents.siteId,
      entityType: auditEvents.entityType,
      entityId: auditEvents.entityId,
      address: auditEvents.address,
    })
    .from(auditEvents)
    .leftJoin(accounts, eq(accounts.id, auditEvents.actorAccountId))
    .where(conditions(query, options.beforeId))
    .orderBy(desc(auditEvents.id))
    .limit(options.limit);
