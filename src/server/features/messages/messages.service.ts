import type { z } from "zod";
import type {
  Message,
  MessageList,
  MessageListQuerySchema,
  Receipts,
  SendMessageBodySchema,
} from "../../../common/contracts/messages.js";
import { can } from "../../../common/permissions.js";
import { recordAudit } from "../../audit/audit-log.js";
import type { Actor, AppContext } from "../../context.js";
import type { Queryable } from "../../db/client.js";
import { forbidden, notFound } from "../../errors.js";
import * as followUps from "../follow-ups/follow-ups.service.js";
import { maySeeSite } from "../sites/sites.policy.js";
import { type ReadSummary, toMessage, toReceipts } from "./messages.mapper.js";
import {
  mayPin,
  mayRead,
  maySeeReceipts,
  readerOf,
  recipientProblem,
  unknownRecipient,
} from "./messages.policy.js";
import type { MessageRow } from "./messages.repository.js";
import * as repo from "./messages.repository.js";

type SendInput = z.output<typeof SendMessageBodySchema>;
type ListQuery = z.output<typeof MessageListQuerySchema>;
type Person = { accountId: string; displayName: string };

function requireWriter(actor: Actor) {
  if (!can(actor.role, "diary.write")) throw forbidden();
}

/** A message of a site the actor works at that she may read, or 404 exactly like an unknown id. */
async function readable(db: Queryable, actor: Actor, id: string) {
  const row = await repo.findMessage(db, id);
  if (!row || !maySeeSite(actor, row.siteId) || !mayRead(readerOf(actor), row)) throw notFound();
  return row;
}

/** Everyone a message is for, its author excepted, looked up once per site and page. */
class Audiences {
  private staff?: Promise<Person[]>;
  private managers?: Promise<Person[]>;
  constructor(
    private readonly db: Queryable,
    private readonly siteId: string,
  ) {}

  async of(row: MessageRow): Promise<Person[]> {
    let people: Person[];
    if (row.audience === "all") {
      this.staff ??= followUps.colleaguesOfSite(this.db, this.siteId);
      people = await this.staff;
    } else if (row.audience === "managers") {
      this.managers ??= repo.activeManagers(this.db);
      people = await this.managers;
    } else {
      const names = await followUps.displayNamesOf(this.db, row.recipientId ? [row.recipientId] : []);
      people =
        row.recipientId && names.has(row.recipientId)
          ? [{ accountId: row.recipientId, displayName: names.get(row.recipientId) as string }]
          : [];
    }
    return people.filter((p) => p.accountId !== row.authorId);
  }
}

function summaryOf(audience: Person[], reads: Map<string, Date>): ReadSummary {
  return { readCount: audience.filter((p) => reads.has(p.accountId)).length, audienceCount: audience.length };
}

/** Messages as this actor sees them: her own read time, and "read by n of m" where she may see receipts. */
async function present(
  db: Queryable,
  actor: Actor,
  siteId: string,
  items: { message: MessageRow; readAt: Date | null }[],
): Promise<Message[]> {
  const withReceipts = items.filter((i) => maySeeReceipts(actor, i.message)).map((i) => i.message);
  const audiences = new Audiences(db, siteId);
  const [names, reads] = await Promise.all([
    followUps.displayNamesOf(
      db,
      items
        .flatMap((i) => [i.message.authorId, i.message.recipientId])
        .filter((id): id is string => id !== null),
    ),
    repo.readsOf(
      db,
      withReceipts.map((m) => m.id),
    ),
  ]);
  const readsByMessage = new Map<string, Map<string, Date>>();
  for (const r of reads) {
    const map = readsByMessage.get(r.messageId) ?? new Map<string, Date>();
    map.set(r.accountId, r.readAt);
    readsByMessage.set(r.messageId, map);
  }
  const result: Message[] = [];
  for (const { message, readAt } of items) {
    const receipts = maySeeReceipts(actor, message);
    const summary = receipts
      ? summaryOf(await audiences.of(message), readsByMessage.get(message.id) ?? new Map())
      : null;
    result.push(
      toMessage(message, {
        names,
        readAt,
        mine: message.authorId === actor.accountId,
        summary,
        canPin: mayPin(actor, message),
      }),
    );
  }
  return result;
}

async function presentOne(db: Queryable, actor: Actor, row: MessageRow) {
  const readAt = await repo.readAtFor(db, row.id, actor.accountId);
  const [message] = await present(db, actor, row.siteId, [{ message: row, readAt }]);
  if (!message) throw notFound();
  return message;
}

export async function listMessages(
  ctx: AppContext,
  actor: Actor,
  siteId: string,
  query: ListQuery,
): Promise<MessageList> {
  requireWriter(actor);
  await followUps.siteToday(ctx, actor, siteId);
  return messagesOfSite(ctx.db, actor, siteId, { unreadOnly: query.filter === "unread", limit: query.limit });
}

/** The messages of a site this actor may read (pinned first, newest first), with her unread count. */
export async function messagesOfSite(
  db: Queryable,
  actor: Actor,
  siteId: string,
  options: { unreadOnly: boolean; limit: number },
): Promise<MessageList> {
  const reader = readerOf(actor);
  const [rows, unreadCount] = await Promise.all([
    repo.listMessages(db, siteId, reader, options),
    repo.countUnread(db, siteId, reader),
  ]);
  const page = rows.slice(0, options.limit);
  return { items: await present(db, actor, siteId, page), unreadCount, more: rows.length > options.limit };
}

export async function unreadCount(ctx: AppContext, actor: Actor, siteId: string) {
  requireWriter(actor);
  await followUps.siteToday(ctx, actor, siteId);
  return { unreadCount: await repo.countUnread(ctx.db, siteId, readerOf(actor)) };
}

export async function sendMessage(ctx: AppContext, actor: Actor, input: SendInput): Promise<Message> {
  requireWriter(actor);
  await followUps.siteToday(ctx, actor, input.siteId);
  const problem = recipientProblem(input.audience, input.recipientId);
  if (problem) throw problem;
  const now = ctx.clock.now();
  const row = await ctx.db.transaction(async (tx) => {
    if (input.recipientId !== undefined) {
      const [colleague] = await followUps.colleaguesOfSite(tx, input.siteId, input.recipientId);
      if (!colleague) throw unknownRecipient();
    }
    const created = await repo.insertMessage(tx, {
      siteId: input.siteId,
      authorId: actor.accountId,
      audience: input.audience,
      recipientId: input.recipientId ?? null,
      body: input.body,
      pinned: input.pinned,
      createdAt: now,
    });
    await recordAudit(tx, {
      event: "MESSAGE_SENT",
      occurredAt: now,
      actorAccountId: actor.accountId,
      organisationId: actor.organisationId,
      siteId: created.siteId,
      entityType: "message",
      entityId: created.id,
      address: actor.address,
    });
    return created;
  });
  return presentOne(ctx.db, actor, row);
}

export async function getMessage(ctx: AppContext, actor: Actor, id: string): Promise<Message> {
  requireWriter(actor);
  return presentOne(ctx.db, actor, await readable(ctx.db, actor, id));
}

/** She has opened it: the first time is kept. Her own messages need no receipt. */
export async function markRead(ctx: AppContext, actor: Actor, id: string): Promise<Message> {
  requireWriter(actor);
  const row = await readable(ctx.db, actor, id);
  if (row.authorId !== actor.accountId) {
    await ctx.db.transaction((tx) => repo.insertRead(tx, id, actor.accountId, ctx.clock.now()));
  }
  return presentOne(ctx.db, actor, row);
}

export async function pinMessage(
  ctx: AppContext,
  actor: Actor,
  id: string,
  pinned: boolean,
): Promise<Message> {
  requireWriter(actor);
  const row = await ctx.db.transaction(async (tx) => {
    const current = await readable(tx, actor, id);
    if (!mayPin(actor, current)) throw forbidden();
    if (current.pinned === pinned) return current;
    const updated = await repo.setPinned(tx, id, pinned);
    await recordAudit(tx, {
      event: pinned ? "MESSAGE_PINNED" : "MESSAGE_UNPINNED",
      occurredAt: ctx.clock.now(),
      actorAccountId: actor.accountId,
      organisationId: actor.organisationId,
      siteId: updated.siteId,
      entityType: "message",
      entityId: id,
      address: actor.address,
    });
    return updated;
  });
  return presentOne(ctx.db, actor, row);
}

/** Who has read it and who has not: managers and the author only. */
export async function receipts(ctx: AppContext, actor: Actor, id: string): Promise<Receipts> {
  requireWriter(actor);
  const row = await readable(ctx.db, actor, id);
  if (!maySeeReceipts(actor, row)) throw forbidden();
  const [audience, reads] = await Promise.all([
    new Audiences(ctx.db, row.siteId).of(row),
    repo.readsOf(ctx.db, [id]),
  ]);
  const readMap = new Map(reads.map((r) => [r.accountId, r.readAt]));
  const items = toReceipts(audience, readMap);
  return {
    messageId: id,
    items,
    readCount: items.filter((i) => i.readAt !== null).length,
    audienceCount: items.length,
  };
}
