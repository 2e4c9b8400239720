import { and, asc, desc, eq, getTableColumns, inArray, isNull, ne, or, type SQL, sql } from "drizzle-orm";
import type { Queryable, Tx } from "../../db/client.js";
import { accounts, messageReads, messages } from "../../db/schema/index.js";

/** Every column but the generated search document. */
const { search: _search, ...messageColumns } = getTableColumns(messages);

export type MessageRow = Omit<typeof messages.$inferSelect, "search">;
export type MessageValues = typeof messages.$inferInsert;

/** Who is reading: the rows of a site they may see. */
export interface Reader {
  accountId: string;
  isManager: boolean;
}

/** Messages this reader may see: to everyone, to managers if she is one, to her, or written by her. */
export function visibleTo(reader: Reader): SQL {
  const conditions = [
    eq(messages.authorId, reader.accountId),
    eq(messages.audience, "all"),
    and(eq(messages.audience, "person"), eq(messages.recipientId, reader.accountId)),
  ];
  if (reader.isManager) conditions.push(eq(messages.audience, "managers"));
  return or(...conditions) as SQL;
}

const readAtOf = (reader: Reader) =>
  sql<Date | null>`(select ${messageReads.readAt} from ${messageReads} where ${messageReads.messageId} = ${messages.id} and ${messageReads.accountId} = ${reader.accountId})`.mapWith(
    messageReads.readAt,
  );

/** Not opened by her, and not her own. */
const unreadBy = (reader: Reader) =>
  and(
    or(isNull(messages.authorId), ne(messages.authorId, reader.accountId)),
    sql`not exists (select 1 from ${messageReads} where ${messageReads.messageId} = ${messages.id} and ${messageReads.accountId} = ${reader.accountId})`,
  );

export const insertMessage = async (tx: Tx, values: MessageValues) => {
  const [row] = await tx.insert(messages).values(values).returning(messageColumns);
  if (!row) throw new Error("message not written");
  return row;
};

export const findMessage = async (db: Queryable, id: string) =>
  (await db.select(messageColumns).from(messages).where(eq(messages.id, id)))[0];

export const setPinned = async (tx: Tx, id: string, pinned: boolean) => {
  const [row] = await tx
    .update(messages)
    .set({ pinned })
    .where(eq(messages.id, id))
    .returning(messageColumns);
  if (!row) throw new Error("message vanished");
  return row;
};

/** Pinned first, then newest first; one more than `limit` tells "more". */
export const listMessages = (
  db: Queryable,
  siteId: string,
  reader: Reader,
  options: { unreadOnly: boolean; limit: number },
) =>
  db
    .select({ message: messageColumns, readAt: readAtOf(reader) })
    .from(messages)
    .where(
      and(eq(messages.siteId, siteId), visibleTo(reader), options.unreadOnly ? unreadBy(reader) : undefined),
    )
    .orderBy(desc(messages.pinned), desc(messages.createdAt), desc(messages.id))
    .limit(options.limit + 1);

export const countUnread = async (db: Queryable, siteId: string, reader: Reader) =>
  (
    await db
      .select({ n: sql<number>`count(*)::int` })
      .from(messages)
      .where(and(eq(messages.siteId, siteId), visibleTo(reader), unreadBy(reader)))
  )[0]?.n ?? 0;

export const readAtFor = async (db: Queryable, messageId: string, accountId: string) =>
  (
    await db
      .select({ readAt: messageReads.readAt })
      .from(messageReads)
      .where(and(eq(messageReads.messageId, messageId), eq(messageReads.accountId, accountId)))
  )[0]?.readAt ?? null;

/** The first opening counts: a second one changes nothing. */
export const insertRead = (tx: Tx, messageId: string, accountId: string, readAt: Date) =>
  tx.insert(messageReads).values({ messageId, accountId, readAt }).onConflictDoNothing();

export const readsOf = (db: Queryable, messageIds: readonly string[]) =>
  messageIds.length === 0
    ? Promise.resolve([])
    : db
        .select({
          messageId: messageReads.messageId,
          accountId: messageReads.accountId,
          readAt: messageReads.readAt,
        })
        .from(messageReads)
        .where(inArray(messageReads.messageId, [...messageIds]))
        .orderBy(asc(messageReads.readAt));

/** Active managers: the audience of a message "to the managers". */
export const activeManagers = (db: Queryable) =>
  db
    .select({ accountId: accounts.id, displayName: accounts.displayName })
    .from(accounts)
    .where(and(eq(accounts.active, true), eq(accounts.role, "manager")))
    .orderBy(asc(accounts.displayName), asc(accounts.id));
