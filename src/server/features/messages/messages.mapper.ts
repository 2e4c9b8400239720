import type { Message, Receipt } from "../../../common/contracts/messages.js";
import { personOf, textWarnings } from "../follow-ups/follow-ups.mapper.js";
import type { MessageRow } from "./messages.repository.js";

export interface ReadSummary {
  readCount: number;
  audienceCount: number;
}

export function toMessage(
  row: MessageRow,
  parts: {
    names: Map<string, string>;
    readAt: Date | null;
    mine: boolean;
    summary: ReadSummary | null;
    canPin: boolean;
  },
): Message {
  return {
    id: row.id,
    siteId: row.siteId,
    author: personOf(row.authorId, parts.names),
    audience: row.audience,
    recipient: personOf(row.recipientId, parts.names),
    body: row.body,
    pinned: row.pinned,
    createdAt: row.createdAt.toISOString(),
    readAt: parts.mine ? row.createdAt.toISOString() : (parts.readAt?.toISOString() ?? null),
    readSummary: parts.summary,
    can: { pin: parts.canPin, receipts: parts.summary !== null },
    warnings: textWarnings({ body: row.body }),
  };
}

/** Read ones first, by when; then the others by name. */
export function toReceipts(
  audience: readonly { accountId: string; displayName: string }[],
  reads: Map<string, Date>,
): Receipt[] {
  const read = audience
    .filter((p) => reads.has(p.accountId))
    .map((p) => ({ ...p, at: reads.get(p.accountId) as Date }))
    .sort((a, b) => a.at.getTime() - b.at.getTime())
    .map((p) => ({ accountId: p.accountId, displayName: p.displayName, readAt: p.at.toISOString() }));
  const unread = audience
    .filter((p) => !reads.has(p.accountId))
    .map((p) => ({ accountId: p.accountId, displayName: p.displayName, readAt: null }));
  return [...read, ...unread];
}
