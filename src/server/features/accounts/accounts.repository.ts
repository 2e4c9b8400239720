import { and, asc, eq, gt, inArray, isNull, lt, lte, or, sql } from "drizzle-orm";
import type { Queryable } from "../../db/client.js";
import {
  accountSessions,
  accountSites,
  accounts,
  organisations,
  recoveryCodes,
  setupTokens,
  signInThrottles,
} from "../../db/schema/index.js";

export type AccountRow = typeof accounts.$inferSelect;

export const countAccounts = async (db: Queryable) =>
  Number((await db.select({ n: sql<number>`count(*)` }).from(accounts))[0]?.n ?? 0);

export const findAccountById = async (db: Queryable, id: string) =>
  (await db.select().from(accounts).where(eq(accounts.id, id)).limit(1))[0];

export const findAccountByUsername = async (db: Queryable, username: string) =>
  (await db.select().from(accounts).where(sql`lower(${accounts.username}) = lower(${username})`).limit(1))[0];

export async function siteIdsOf(db: Queryable, accountIds: string[]): Promise<Map<string, string[]>> {
  const map = new Map<string, string[]>(accountIds.map((id) => [id, []]));
  if (accountIds.length === 0) return map;
  const rows = await db.select().from(accountSites).where(inArray(accountSites.accountId, accountIds));
  for (const row of rows) map.get(row.accountId)?.push(row.siteId);
  return map;
}

export async function replaceSites(db: Queryable, accountId: string, siteIds: string[]) {
  await db.delete(accountSites).where(eq(accountSites.accountId, accountId));
  if (siteIds.length > 0)
    await db.insert(accountSites).values(siteIds.map((siteId) => ({ accountId, siteId })));
}

export const listAccountsPage = (db: Queryable, options: { limit: number; afterUsername?: string }) =>
  db
    .select()
    .from(accounts)
    .where(
      options.afterUsername ? sql`lower(${accounts.username}) > lower(${options.afterUsername})` : undefined,
    )
    .orderBy(sql`lower(${accounts.username})`)
    .limit(options.limit + 1);

export const insertAccount = async (db: Queryable, values: typeof accounts.$inferInsert) =>
  (await db.insert(accounts).values(values).returning())[0] as AccountRow;

export const updateAccountRow = async (
  db: Queryable,
  id: string,
  values: Partial<typeof accounts.$inferInsert>,
) => (await db.update(accounts).set(values).where(eq(accounts.id, id)).returning())[0];

export const findOrganisation = async (db: Queryable, id: string) =>
  (await db.select().from(organisations).where(eq(organisations.id, id)).limit(1))[0];

export const listOrganisations = (db: Queryable) =>
  db.select().from(organisations).orderBy(asc(organisations.name));

export const insertOrganisation = async (db: Queryable, values: typeof organisations.$inferInsert) =>
  (await db.insert(organisations).values(values).returning())[0] as typeof organisations.$inferSelect;

// Account sessions

export const insertSession = (db: Queryable, values: typeof accountSessions.$inferInsert) =>
  db.insert(accountSessions).values(values);

/** A live session: not ended, not past its absolute expiry, not idle too long, account active. */
export async function findLiveSession(db: Queryable, tokenHash: string, now: Date, idleSince: Date) {
  const rows = await db
    .select({ session: accountSessions, account: accounts })
    .from(accountSessions)
    .innerJoin(accounts, eq(accounts.id, accountSessions.accountId))
    .where(
      and(
        eq(accountSessions.tokenHash, tokenHash),
        isNull(accountSessions.endedAt),
        gt(accountSessions.expiresAt, now),
        gt(accountSessions.lastSeenAt, idleSince),
        eq(accounts.active, true),
      ),
    )
    .limit(1);
  return rows[0];
}

export const touchSession = (db: Queryable, tokenHash: string, now: Date) =>
  db.update(accountSessions).set({ lastSeenAt: now }).where(eq(accountSessions.tokenHash, tokenHash));

/** When this session last proved the second factor: at sign-in, and at its last step-up. */
export async function findSessionSecondFactorTimes(db: Queryable, tokenHash: string) {
  const rows = await db
    .select({
      mfaVerifiedAt: accountSessions.mfaVerifiedAt,
      steppedUpAt: accountSessions.steppedUpAt,
      totpEnabledAt: accounts.totpEnabledAt,
    })
    .from(accountSessions)
    .innerJoin(accounts, eq(accounts.id, accountSessions.accountId))
    .where(and(eq(accountSessions.tokenHash, tokenHash), isNull(accountSessions.endedAt)))
    .limit(1);
  return rows[0];
}

export const recordStepUp = (db: Queryable, tokenHash: string, now: Date) =>
  db
    .update(accountSessions)
    .set({ steppedUpAt: now })
    .where(and(eq(accountSessions.tokenHash, tokenHash), isNull(accountSessions.endedAt)));

export const endSession = (db: Queryable, tokenHash: string, now: Date) =>
  db
    .update(accountSessions)
    .set({ endedAt: now })
    .where(and(eq(accountSessions.tokenHash, tokenHash), isNull(accountSessions.endedAt)));

export const endAllSessions = (db: Queryable, accountId: string, now: Date) =>
  db
    .update(accountSessions)
    .set({ endedAt: now })
    .where(and(eq(accountSessions.accountId, accountId), isNull(accountSessions.endedAt)));

// Setup tokens

export const insertSetupToken = (db: Queryable, values: typeof setupTokens.$inferInsert) =>
  db.insert(setupTokens).values(values);

/** Marks the token used, once; returns false for unknown, used or expired tokens. */
export async function consumeSetupToken(db: Queryable, tokenHash: string, now: Date): Promise<boolean> {
  const used = await db
    .update(setupTokens)
    .set({ usedAt: now })
    .where(
      and(eq(setupTokens.tokenHash, tokenHash), isNull(setupTokens.usedAt), gt(setupTokens.expiresAt, now)),
    )
    .returning();
  return used.length === 1;
}

// Recovery codes

export async function replaceRecoveryCodes(db: Queryable, accountId: string, codeHashes: string[]) {
  await db.delete(recoveryCodes).where(eq(recoveryCodes.accountId, accountId));
  if (codeHashes.length > 0)
    await db.insert(recoveryCodes).values(codeHashes.map((codeHash) => ({ accountId, codeHash })));
}

/** Accepts a TOTP time step only if it is later than every step accepted before. */
export async function claimTotpStep(db: Queryable, accountId: string, timeStep: number): Promise<boolean> {
  const claimed = await db
    .update(accounts)
    .set({ totpLastStep: timeStep })
    .where(
      and(eq(accounts.id, accountId), or(isNull(accounts.totpLastStep), lt(accounts.totpLastStep, timeStep))),
    )
    .returning({ id: accounts.id });
  return claimed.length === 1;
}

export async function spendRecoveryCode(db: Queryable, accountId: string, codeHash: string, now: Date) {
  const used = await db
    .update(recoveryCodes)
    .set({ usedAt: now })
    .where(
      and(
        eq(recoveryCodes.accountId, accountId),
        eq(recoveryCodes.codeHash, codeHash),
        isNull(recoveryCodes.usedAt),
      ),
    )
    .returning();
  return used.length === 1;
}

// Sign-in throttles

export const findThrottles = (db: Queryable, keys: string[]) =>
  db.select().from(signInThrottles).where(inArray(signInThrottles.key, keys));

/**
 * Counts an attempt as a failure before it is checked, unless the key is locked now: one statement,
 * so concurrent attempts queue on the row and each sees the count (and lock) the one before left.
 * Returns the new count, or undefined when the key is locked (nothing counted).
 */
export async function reserveAttempt(db: Queryable, key: string, now: Date, windowStart: Date) {
  const rows = await db
    .insert(signInThrottles)
    .values({ key, failures: 1, windowStartedAt: now })
    .onConflictDoUpdate({
      target: signInThrottles.key,
      set: {
        failures: sql`case when ${signInThrottles.windowStartedAt} < ${windowStart} then 1 else ${signInThrottles.failures} + 1 end`,
        windowStartedAt: sql`case when ${signInThrottles.windowStartedAt} < ${windowStart} then ${now} else ${signInThrottles.windowStartedAt} end`,
      },
      setWhere: or(isNull(signInThrottles.lockedUntil), lte(signInThrottles.lockedUntil, now)),
    })
    .returning({ failures: signInThrottles.failures });
  return rows[0]?.failures;
}

/** Takes back an attempt that succeeded: one failure less, and the lock it set (if any) lifted. */
export const releaseAttempt = (db: Queryable, key: string, lockedUntil: Date | null) =>
  db
    .update(signInThrottles)
    .set({
      failures: sql`greatest(${signInThrottles.failures} - 1, 0)`,
      lockedUntil: lockedUntil
        ? sql`case when ${signInThrottles.lockedUntil} = ${lockedUntil} then null else ${signInThrottles.lockedUntil} end`
        : sql`${signInThrottles.lockedUntil}`,
    })
    .where(eq(signInThrottles.key, key));

export const setThrottleLock = (db: Queryable, key: string, until: Date) =>
  db.update(signInThrottles).set({ lockedUntil: until }).where(eq(signInThrottles.key, key));

export const clearThrottle = (db: Queryable, key: string) =>
  db.delete(signInThrottles).where(eq(signInThrottles.key, key));
