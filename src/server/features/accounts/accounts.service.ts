import { randomBytes, randomInt } from "node:crypto";
import { hash, verify } from "@node-rs/argon2";
import { generateSecret, generateURI, verify as verifyTotp } from "otplib";
import QRCode from "qrcode";
import type { z } from "zod";
import type {
  Account,
  CreateAccountBodySchema,
  Me,
  UpdateAccountBodySchema,
  UpdateProfileBodySchema,
} from "../../../common/contracts/accounts.js";
import type { ErrorCode } from "../../../common/errors.js";
import { LIMITS, SESSION_ABSOLUTE_HOURS } from "../../../common/limits.js";
import { can, type Role } from "../../../common/permissions.js";
import { recordAudit } from "../../audit/audit-log.js";
import type { Actor, AppContext } from "../../context.js";
import { randomToken, sha256 } from "../../crypto.js";
import type { Queryable } from "../../db/client.js";
import { AppError, fieldError, forbidden, notFound } from "../../errors.js";
import { toAccount, toMe } from "./accounts.mapper.js";
import {
  isSecondFactorFresh,
  lockUntilAfterFailure,
  needsSecondFactor,
  PASSWORD_MESSAGES,
  passwordProblem,
  THROTTLE,
} from "./accounts.policy.js";
import * as repo from "./accounts.repository.js";

// Argon2id (the enum value 2; the package exports it as an ambient const enum) with the library's
// defaults: 19 MiB, t=2, p=1, as OWASP recommends.
const ARGON2 = { algorithm: 2 } as const;
let dummyHash: Promise<string> | undefined;

/** A request's origin, for throttles and the audit log. */
export interface Origin {
  address: string;
  /** The live session of the browser making the request, if any. */
  previousSessionTokenHash?: string;
}

/** What a sign-in step hands back: the client's view, and a new cookie token when the session changed. */
export interface SessionResult {
  me: Me;
  sessionToken?: string;
}

function assertPassword(password: string, username?: string, path = "password") {
  const problem = passwordProblem(password, username);
  if (problem) throw fieldError(path, problem, PASSWORD_MESSAGES[problem] ?? "Choose another password.");
}

const hashPassword = (password: string) => hash(password, ARGON2);

/** Readable aloud and typed from a note: groups of lowercase letters and digits without 0/o/1/l. */
function temporaryPassword(): string {
  const alphabet = "abcdefghijkmnpqrstuvwxyz23456789";
  const groups = Array.from({ length: 5 }, () =>
    Array.from({ length: 4 }, () => alphabet[randomInt(alphabet.length)]).join(""),
  );
  return groups.join("-");
}

function nextStep(account: repo.AccountRow, mfaVerifiedAt: Date | null): Me["next"] {
  if (!mfaVerifiedAt) return account.totpEnabledAt ? "second_factor" : "enrol_second_factor";
  if (account.mustChangePassword) return "change_password";
  return "done";
}

async function describe(
  db: Queryable,
  account: repo.AccountRow,
  mfaVerifiedAt: Date | null,
  csrfToken: string,
) {
  const organisation = await repo.findOrganisation(db, account.organisationId);
  const siteIds = (await repo.siteIdsOf(db, [account.id])).get(account.id) ?? [];
  return toMe(account, {
    siteIds,
    organisationName: organisation?.name ?? "",
    next: nextStep(account, mfaVerifiedAt),
    csrfToken,
  });
}

async function openSession(
  ctx: AppContext,
  db: Queryable,
  account: repo.AccountRow,
  options: {
    /** A session replacing one that had given the second factor: its times carry over unchanged. */
    carryOver?: { mfaVerifiedAt: Date; steppedUpAt: Date | null };
  } = {},
): Promise<SessionResult> {
  const now = ctx.clock.now();
  const token = randomToken();
  const csrfToken = randomToken();
  // Roles without a second factor count as verified at once; the others still owe it.
  const owed = needsSecondFactor(account.role as Role, account.totpEnabledAt !== null);
  const mfaVerifiedAt = options.carryOver?.mfaVerifiedAt ?? (owed ? null : now);
  await repo.insertSession(db, {
    tokenHash: sha256(token),
    accountId: account.id,
    csrfToken,
    mfaVerifiedAt,
    steppedUpAt: options.carryOver?.steppedUpAt ?? null,
    createdAt: now,
    lastSeenAt: now,
    expiresAt: new Date(now.getTime() + SESSION_ABSOLUTE_HOURS * 3600_000),
  });
  return { me: await describe(db, account, mfaVerifiedAt, csrfToken), sessionToken: token };
}

/** Ends the current session and opens a verified one, so the cookie changes when privileges do. */
async function promoteSession(ctx: AppContext, db: Queryable, actor: Actor, account: repo.AccountRow) {
  const now = ctx.clock.now();
  await repo.endSession(db, actor.sessionTokenHash, now);
  const token = randomToken();
  const csrfToken = randomToken();
  await repo.insertSession(db, {
    tokenHash: sha256(token),
    accountId: account.id,
    csrfToken,
    mfaVerifiedAt: now,
    createdAt: now,
    lastSeenAt: now,
    expiresAt: new Date(now.getTime() + SESSION_ABSOLUTE_HOURS * 3600_000),
  });
  return { me: await describe(db, account, now, csrfToken), sessionToken: token };
}

// First start

export const isSetupNeeded = async (ctx: AppContext) => (await repo.countAccounts(ctx.db)) === 0;

/** Called at start on an empty database: returns the one-time link to print, or null. */
export async function issueSetupLink(ctx: AppContext): Promise<string | null> {
  if (!(await isSetupNeeded(ctx))) return null;
  const token = randomToken();
  const now = ctx.clock.now();
  await repo.insertSetupToken(ctx.db, {
    tokenHash: sha256(token),
    createdAt: now,
    expiresAt: new Date(now.getTime() + 24 * 3600_000),
  });
  // The token travels in the fragment, which browsers never send to the server or its logs.
  return `${ctx.publicUrl}/staff/setup#${token}`;
}

export async function completeSetup(
  ctx: AppContext,
  input: {
    token: string;
    username: string;
    displayName: string;
    password: string;
    organisationName: string;
    organisationKind: "government" | "ngo";
    /** The language the setup page was filled in, kept as the administrator's. */
    locale?: "da" | "en";
  },
  origin: Origin,
): Promise<SessionResult> {
  assertPassword(input.password, input.username);
  const passwordHash = await hashPassword(input.password);
  return ctx.db.transaction(async (tx) => {
    await tx.execute("select pg_advisory_xact_lock(7001)" as never);
    if ((await repo.countAccounts(tx)) > 0)
      throw new AppError("SETUP_ALREADY_DONE", "Pusterum is already set up. Sign in instead.");
    const now = ctx.clock.now();
    if (!(await repo.consumeSetupToken(tx, sha256(input.token), now))) {
      throw new AppError(
        "SETUP_LINK_INVALID",
        "This setup link is not valid any more. Restart Pusterum to get a new one.",
      );
    }
    const organisation = await repo.insertOrganisation(tx, {
      name: input.organisationName,
      kind: input.organisationKind,
    });
    const account = await repo.insertAccount(tx, {
      username: input.username,
      displayName: input.displayName,
      role: "administrator",
      organisationId: organisation.id,
      passwordHash,
      ...(input.locale ? { locale: input.locale } : {}),
    });
    await recordAudit(tx, {
      event: "SETUP_COMPLETED",
      occurredAt: now,
      actorAccountId: account.id,
      entityType: "account",
      entityId: account.id,
      address: origin.address,
    });
    return openSession(ctx, tx, account);
  });
}

// Sign-in

const throttleKeys = (username: string, origin: Origin) => ({
  account: `account:${username.trim().toLowerCase()}`,
  address: `address:${origin.address}`,
});

type ThrottleKeys = ReturnType<typeof throttleKeys>;

/** One attempt, counted as failed before it is checked; taken back if it succeeds. */
interface Reservation {
  keys: ThrottleKeys;
  /** The name's count of failures, this attempt included. */
  accountFailures: number;
  /** Locks this attempt set in advance (the slow-down or the lock its failure would earn). */
  locks: Partial<Record<keyof ThrottleKeys, Date>>;
}

/** ACCOUNT_LOCKED with the wait, in seconds, for the client to show in its own language. */
async function lockedError(ctx: AppContext, keys: ThrottleKeys) {
  const now = ctx.clock.now();
  const throttles = await repo.findThrottles(ctx.db, [keys.account, keys.address]);
  const until = Math.max(
    now.getTime(),
    ...throttles.map((t) => t.lockedUntil?.getTime() ?? 0).filter((time) => time > now.getTime()),
  );
  const seconds = Math.max(1, Math.ceil((until - now.getTime()) / 1000));
  const error = new AppError("ACCOUNT_LOCKED", `Too many failed attempts. Try again in ${seconds} seconds.`);
  error.retryAfter = seconds;
  return error;
}

/**
 * Counts the attempt as a failure on the name's and the address's counters before the password or
 * code is checked, and sets the lock that failure would earn. Each counter row is written in one
 * statement that refuses while the row is locked, so parallel guesses queue on the row: none can
 * pass the lock check on a count that the others have not yet raised.
 */
async function reserveAttempt(ctx: AppContext, keys: ThrottleKeys): Promise<Reservation> {
  const locked = new Error("locked");
  try {
    return await ctx.db.transaction(async (tx) => {
      const now = ctx.clock.now();
      const windowStart = new Date(now.getTime() - THROTTLE.windowMinutes * 60_000);
      const reservation: Reservation = { keys, accountFailures: 0, locks: {} };
      // Always the name first, then the address: one order, so two attempts never deadlock.
      for (const kind of ["account", "address"] as const) {
        const failures = await repo.reserveAttempt(tx, keys[kind], now, windowStart);
        // Thrown inside the transaction, so a count already raised for the name is rolled back.
        if (failures === undefined) throw locked;
        if (kind === "account") reservation.accountFailures = failures;
        const until = lockUntilAfterFailure(kind, failures, now);
        if (until) {
          await repo.setThrottleLock(tx, keys[kind], until);
          reservation.locks[kind] = until;
        }
      }
      return reservation;
    });
  } catch (error) {
    if (error === locked) throw await lockedError(ctx, keys);
    throw error;
  }
}

/** The attempt succeeded: its failure is taken back, and any lock it set in advance lifted. */
async function releaseAttempt(db: Queryable, reservation: Reservation) {
  for (const kind of ["account", "address"] as const) {
    await repo.releaseAttempt(db, reservation.keys[kind], reservation.locks[kind] ?? null);
  }
}

/** The attempt failed: it is already counted; only the audit rows remain to be written. */
async function recordFailedAttempt(
  ctx: AppContext,
  reservation: Reservation,
  event: { accountId?: string; origin: Origin; kind: "ACCOUNT_SIGN_IN_FAILED" | "SECOND_FACTOR_FAILED" },
) {
  await ctx.db.transaction(async (tx) => {
    const now = ctx.clock.now();
    if (reservation.accountFailures === THROTTLE.account.lockAt && event.accountId) {
      await recordAudit(tx, {
        event: "ACCOUNT_LOCKED",
        occurredAt: now,
        actorAccountId: event.accountId,
        entityType: "account",
        entityId: event.accountId,
        address: event.origin.address,
      });
    }
    await recordAudit(tx, {
      event: event.kind,
      occurredAt: now,
      actorAccountId: event.accountId ?? null,
      entityType: event.accountId ? "account" : null,
      entityId: event.accountId ?? null,
      address: event.origin.address,
    });
  });
}

/**
 * Unknown names, wrong passwords and deactivated accounts get the same answer after the same work,
 * so the answer never tells whether a name exists.
 */
export async function signIn(
  ctx: AppContext,
  input: { username: string; password: string },
  origin: Origin,
): Promise<SessionResult> {
  const reservation = await reserveAttempt(ctx, throttleKeys(input.username, origin));
  const account = await repo.findAccountByUsername(ctx.db, input.username.trim());
  dummyHash ??= hashPassword(randomBytes(24).toString("hex"));
  const passwordOk = await verify(account?.passwordHash ?? (await dummyHash), input.password).catch(
    () => false,
  );
  if (!account?.active || !passwordOk) {
    await recordFailedAttempt(ctx, reservation, {
      accountId: account?.id,
      origin,
      kind: "ACCOUNT_SIGN_IN_FAILED",
    });
    throw new AppError("INVALID_CREDENTIALS", "The username or password is not right.");
  }
  return ctx.db.transaction(async (tx) => {
    await releaseAttempt(tx, reservation);
    // A browser that signs in again leaves its earlier session behind: end it, on a shared computer.
    if (origin.previousSessionTokenHash)
      await repo.endSession(tx, origin.previousSessionTokenHash, ctx.clock.now());
    const result = await openSession(ctx, tx, account);
    if (result.me.next !== "second_factor" && result.me.next !== "enrol_second_factor") {
      // Only now is nothing owed. Clearing on the password alone would let someone who knows it
      // reset the count of wrong second-factor codes with every new sign-in.
      await repo.clearThrottle(tx, reservation.keys.account);
      await recordAudit(tx, {
        event: "ACCOUNT_SIGNED_IN",
        occurredAt: ctx.clock.now(),
        actorAccountId: account.id,
        organisationId: account.organisationId,
        address: origin.address,
      });
    }
    return result;
  });
}

async function loadAccount(db: Queryable, actor: Actor) {
  const account = await repo.findAccountById(db, actor.accountId);
  if (!account) throw new AppError("UNAUTHENTICATED", "Please sign in.");
  return account;
}

const totpSecretOf = (ctx: AppContext, account: repo.AccountRow) =>
  account.totpSecret ? ctx.cipher.decrypt(account.totpSecret) : null;

/** Checks a TOTP code (never the same time step twice) or a one-time recovery code. */
export async function verifySecondFactor(
  ctx: AppContext,
  actor: Actor,
  code: string,
  origin: Origin,
): Promise<SessionResult> {
  const account = await loadAccount(ctx.db, actor);
  const secret = totpSecretOf(ctx, account);
  if (!secret || !account.totpEnabledAt)
    throw new AppError("SECOND_FACTOR_ENROLMENT_REQUIRED", "Set up your authenticator app first.");
  const reservation = await reserveAttempt(ctx, throttleKeys(account.username, origin));
  const now = ctx.clock.now();
  const digits = code.replace(/\s/g, "");
  const timeStep = /^\d{6}$/.test(digits) ? await totpTimeStep(secret, digits, account, now) : null;
  const refused = new AppError(
    "INVALID_CODE",
    "That code is not right, or was already used. Wait for a new code and try again.",
  );
  try {
    return await ctx.db.transaction(async (tx) => {
      // The claim is one conditional write, so two app processes given the same code (or the same
      // recovery code) cannot both accept it.
      const accepted =
        timeStep !== null
          ? await repo.claimTotpStep(tx, account.id, timeStep)
          : !/^\d{6}$/.test(digits) &&
            (await repo.spendRecoveryCode(tx, account.id, sha256(normaliseRecoveryCode(code)), now));
      if (!accepted) throw refused;
      await releaseAttempt(tx, reservation);
      await repo.clearThrottle(tx, reservation.keys.account);
      if (timeStep === null) {
        await recordAudit(tx, {
          event: "RECOVERY_CODE_USED",
          occurredAt: now,
          actorAccountId: account.id,
          organisationId: account.organisationId,
          address: origin.address,
        });
      }
      await recordAudit(tx, {
        event: "ACCOUNT_SIGNED_IN",
        occurredAt: now,
        actorAccountId: account.id,
        organisationId: account.organisationId,
        address: origin.address,
      });
      return promoteSession(ctx, tx, actor, account);
    });
  } catch (error) {
    if (error !== refused) throw error;
    await recordFailedAttempt(ctx, reservation, {
      accountId: account.id,
      origin,
      kind: "SECOND_FACTOR_FAILED",
    });
    throw refused;
  }
}

/** The time step of a valid TOTP code later than the last one accepted, or null. */
async function totpTimeStep(secret: string, digits: string, account: repo.AccountRow, now: Date) {
  const result = await verifyTotp({
    secret,
    token: digits,
    epoch: Math.floor(now.getTime() / 1000),
    epochTolerance: 30,
    ...(account.totpLastStep !== null ? { afterTimeStep: account.totpLastStep } : {}),
  }).catch(() => ({ valid: false as const }));
  return result.valid && "timeStep" in result ? result.timeStep : null;
}

// Step-up: a fresh second factor before a sensitive action

/**
 * A fresh code from the authenticator app, given inside a signed-in session: recorded on the
 * session, so that for the next few minutes actions that call `requireFreshSecondFactor` pass.
 * Wrong codes count against the same lock as sign-in, so this is no way around it.
 */
export async function stepUp(ctx: AppContext, actor: Actor, code: string, origin: Origin) {
  const account = await loadAccount(ctx.db, actor);
  const secret = totpSecretOf(ctx, account);
  if (!secret || !account.totpEnabledAt)
    throw new AppError("SECOND_FACTOR_ENROLMENT_REQUIRED", "Set up your authenticator app first.");
  const reservation = await reserveAttempt(ctx, throttleKeys(account.username, origin));
  const now = ctx.clock.now();
  const timeStep = await totpTimeStep(secret, code, account, now);
  const refused = fieldError(
    "code",
    "INVALID_CODE",
    "That code is not right, or was already used. Wait for a new code and try again.",
  );
  try {
    await ctx.db.transaction(async (tx) => {
      // Never the same time step twice, here or at sign-in: a code seen over a shoulder is spent.
      if (timeStep === null || !(await repo.claimTotpStep(tx, account.id, timeStep))) throw refused;
      await releaseAttempt(tx, reservation);
      await repo.clearThrottle(tx, reservation.keys.account);
      await repo.recordStepUp(tx, actor.sessionTokenHash, now);
      await recordAudit(tx, {
        event: "STEP_UP_COMPLETED",
        occurredAt: now,
        actorAccountId: account.id,
        organisationId: account.organisationId,
        entityType: "account",
        entityId: account.id,
        address: origin.address,
      });
    });
  } catch (error) {
    if (error !== refused) throw error;
    await recordFailedAttempt(ctx, reservation, {
      accountId: account.id,
      origin,
      kind: "SECOND_FACTOR_FAILED",
    });
    throw refused;
  }
  return { ok: true as const };
}

/**
 * Call before an action that must be done by the account's owner in person, now: erasing a visitor
 * code, exporting identifying data, changing a role, replacing recovery codes. Passes when this
 * session gave the second factor (at sign-in or by `stepUp`) in the last 5 minutes; otherwise
 * throws STEP_UP_REQUIRED (403), on which the web app asks for a code and repeats the action.
 * An account without an authenticator app cannot step up: SECOND_FACTOR_ENROLMENT_REQUIRED.
 * Call it after the permission check, so that a refusal does not become a request for a code.
 */
export async function requireFreshSecondFactor(ctx: AppContext, actor: Actor): Promise<void> {
  const times = await repo.findSessionSecondFactorTimes(ctx.db, actor.sessionTokenHash);
  if (!times) throw new AppError("UNAUTHENTICATED", "Please sign in.");
  if (!times.totpEnabledAt) {
    throw new AppError(
      "SECOND_FACTOR_ENROLMENT_REQUIRED",
      "Set up your authenticator app first: this needs a fresh code from it.",
    );
  }
  if (!isSecondFactorFresh(times, ctx.clock.now())) {
    throw new AppError("STEP_UP_REQUIRED", "Give a fresh code from your authenticator app to do this.");
  }
}

const normaliseRecoveryCode = (code: string) => code.toLowerCase().replace(/[^a-z0-9]/g, "");

function newRecoveryCodes(): { shown: string[]; hashes: string[] } {
  const shown = Array.from({ length: LIMITS.recoveryCodes }, () => {
    const raw = randomBytes(8).toString("hex").slice(0, 10);
    return `${raw.slice(0, 5)}-${raw.slice(5)}`;
  });
  return { shown, hashes: shown.map((c) => sha256(normaliseRecoveryCode(c))) };
}

export async function startEnrolment(ctx: AppContext, actor: Actor) {
  const account = await loadAccount(ctx.db, actor);
  if (account.totpEnabledAt)
    throw new AppError("CONFLICT", "An authenticator app is already set up for this account.");
  const secret = generateSecret();
  await repo.updateAccountRow(ctx.db, account.id, { totpSecret: ctx.cipher.encrypt(secret) });
  const otpauthUrl = generateURI({ issuer: "Pusterum", label: account.username, secret });
  const qrSvg = await QRCode.toString(otpauthUrl, { type: "svg", margin: 1, errorCorrectionLevel: "M" });
  return { secret, otpauthUrl, qrSvg };
}

export async function confirmEnrolment(ctx: AppContext, actor: Actor, code: string, origin: Origin) {
  const account = await loadAccount(ctx.db, actor);
  const secret = totpSecretOf(ctx, account);
  if (account.totpEnabledAt)
    throw new AppError("CONFLICT", "An authenticator app is already set up for this account.");
  if (!secret)
    throw new AppError(
      "SECOND_FACTOR_ENROLMENT_REQUIRED",
      "Start the setup of your authenticator app first.",
    );
  const now = ctx.clock.now();
  const result = await verifyTotp({
    secret,
    token: code,
    epoch: Math.floor(now.getTime() / 1000),
    epochTolerance: 30,
  }).catch(() => ({ valid: false as const }));
  if (!result.valid || !("timeStep" in result)) {
    throw fieldError(
      "code",
      "INVALID_CODE",
      "That code is not right. Check the time on your phone and try the next code.",
    );
  }
  const codes = newRecoveryCodes();
  const session = await ctx.db.transaction(async (tx) => {
    const updated = await repo.updateAccountRow(tx, account.id, {
      totpEnabledAt: now,
      totpLastStep: result.timeStep,
    });
    await repo.replaceRecoveryCodes(tx, account.id, codes.hashes);
    await recordAudit(tx, {
      event: "SECOND_FACTOR_ENROLLED",
      occurredAt: now,
      actorAccountId: account.id,
      organisationId: account.organisationId,
      entityType: "account",
      entityId: account.id,
      address: origin.address,
    });
    await recordAudit(tx, {
      event: "ACCOUNT_SIGNED_IN",
      occurredAt: now,
      actorAccountId: account.id,
      organisationId: account.organisationId,
      address: origin.address,
    });
    return promoteSession(ctx, tx, actor, updated ?? account);
  });
  return { recoveryCodes: codes.shown, ...session };
}

/** New recovery codes are as good as the phone: only with a fresh second factor. */
export async function regenerateRecoveryCodes(ctx: AppContext, actor: Actor) {
  await requireFreshSecondFactor(ctx, actor);
  const codes = newRecoveryCodes();
  await ctx.db.transaction(async (tx) => {
    await repo.replaceRecoveryCodes(tx, actor.accountId, codes.hashes);
    await recordAudit(tx, {
      event: "RECOVERY_CODES_REGENERATED",
      occurredAt: ctx.clock.now(),
      actorAccountId: actor.accountId,
      address: actor.address,
    });
  });
  return { recoveryCodes: codes.shown };
}

export async function changePassword(
  ctx: AppContext,
  actor: Actor,
  input: { currentPassword: string; newPassword: string },
) {
  // A password alone must never be enough to replace the password of an account with a second factor.
  if (!actor.fullySignedIn)
    throw new AppError("SECOND_FACTOR_REQUIRED", "Give the code from your authenticator app first.");
  const account = await loadAccount(ctx.db, actor);
  if (!(await verify(account.passwordHash, input.currentPassword).catch(() => false))) {
    throw fieldError("currentPassword", "INVALID_CREDENTIALS", "The current password is not right.");
  }
  assertPassword(input.newPassword, account.username, "newPassword");
  if (input.newPassword === input.currentPassword) {
    throw fieldError("newPassword", "PASSWORD_COMMON", "Choose a password different from the current one.");
  }
  const passwordHash = await hashPassword(input.newPassword);
  return ctx.db.transaction(async (tx) => {
    const now = ctx.clock.now();
    const times = await repo.findSessionSecondFactorTimes(tx, actor.sessionTokenHash);
    const updated = await repo.updateAccountRow(tx, account.id, {
      passwordHash,
      mustChangePassword: false,
      updatedAt: now,
    });
    // Every other browser signed in with the old password is signed out.
    await repo.endAllSessions(tx, account.id, now);
    await recordAudit(tx, {
      event: "PASSWORD_CHANGED",
      occurredAt: now,
      actorAccountId: account.id,
      organisationId: account.organisationId,
      entityType: "account",
      entityId: account.id,
      address: actor.address,
    });
    // A change made after the second factor carries it over to the new session, with its time: a
    // password alone does not make the second factor fresh again.
    return openSession(ctx, tx, updated ?? account, {
      carryOver: { mfaVerifiedAt: times?.mfaVerifiedAt ?? now, steppedUpAt: times?.steppedUpAt ?? null },
    });
  });
}

export async function signOut(ctx: AppContext, actor: Actor) {
  await ctx.db.transaction(async (tx) => {
    const now = ctx.clock.now();
    await repo.endSession(tx, actor.sessionTokenHash, now);
    await recordAudit(tx, {
      event: "ACCOUNT_SIGNED_OUT",
      occurredAt: now,
      actorAccountId: actor.accountId,
      address: actor.address,
    });
  });
  return { ok: true as const };
}

export async function signOutEverywhere(ctx: AppContext, actor: Actor) {
  await ctx.db.transaction(async (tx) => {
    const now = ctx.clock.now();
    await repo.endAllSessions(tx, actor.accountId, now);
    await recordAudit(tx, {
      event: "ACCOUNT_SESSIONS_ENDED",
      occurredAt: now,
      actorAccountId: actor.accountId,
      entityType: "account",
      entityId: actor.accountId,
      address: actor.address,
    });
  });
  return { ok: true as const };
}

export async function getMe(ctx: AppContext, actor: Actor, mfaVerifiedAt: Date | null): Promise<Me> {
  const account = await loadAccount(ctx.db, actor);
  return describe(ctx.db, account, mfaVerifiedAt, actor.csrfToken);
}

export async function updateProfile(
  ctx: AppContext,
  actor: Actor,
  input: z.infer<typeof UpdateProfileBodySchema>,
): Promise<Me> {
  return ctx.db.transaction(async (tx) => {
    const now = ctx.clock.now();
    const updated = await repo.updateAccountRow(tx, actor.accountId, {
      ...pickDefined(input),
      updatedAt: now,
    });
    if (!updated) throw notFound();
    await recordAudit(tx, {
      event: "PROFILE_UPDATED",
      occurredAt: now,
      actorAccountId: actor.accountId,
      organisationId: actor.organisationId,
      entityType: "account",
      entityId: actor.accountId,
    });
    return describe(tx, updated, now, actor.csrfToken);
  });
}

function pickDefined<T extends object>(input: T): Partial<T> {
  return Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) as Partial<T>;
}

// Organisations and accounts, for administrators and managers

export async function listOrganisations(ctx: AppContext) {
  const rows = await repo.listOrganisations(ctx.db);
  return { items: rows.map((o) => ({ id: o.id, name: o.name, kind: o.kind })) };
}

async function present(ctx: AppContext, db: Queryable, rows: repo.AccountRow[]): Promise<Account[]> {
  const sites = await repo.siteIdsOf(
    db,
    rows.map((r) => r.id),
  );
  const keys = rows.map((r) => `account:${r.username.toLowerCase()}`);
  const now = ctx.clock.now();
  const locked = new Set(
    (await repo.findThrottles(db, keys))
      .filter((t) => t.lockedUntil && t.lockedUntil > now)
      .map((t) => t.key),
  );
  return rows.map((r) =>
    toAccount(r, sites.get(r.id) ?? [], locked.has(`account:${r.username.toLowerCase()}`)),
  );
}

function requirePermission(actor: Actor, permission: "account.read" | "account.manage") {
  if (!can(actor.role, permission)) throw forbidden();
}

export async function listAccounts(ctx: AppContext, actor: Actor, query: { limit: number; cursor?: string }) {
  requirePermission(actor, "account.read");
  const rows = await repo.listAccountsPage(ctx.db, { limit: query.limit, afterUsername: query.cursor });
  const page = rows.slice(0, query.limit);
  return {
    items: await present(ctx, ctx.db, page),
    nextCursor: rows.length > query.limit ? (page.at(-1)?.username ?? null) : null,
  };
}

async function assertOrganisation(db: Queryable, organisationId: string) {
  if (!(await repo.findOrganisation(db, organisationId))) {
    throw fieldError("organisationId", "VALIDATION_FAILED", "Choose an organisation from the list.");
  }
}

function uniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && "cause" in error
    ? uniqueViolation((error as { cause: unknown }).cause)
    : (error as { code?: string })?.code === "23505";
}

export async function createAccount(
  ctx: AppContext,
  actor: Actor,
  input: z.infer<typeof CreateAccountBodySchema>,
) {
  requirePermission(actor, "account.manage");
  const temporary = temporaryPassword();
  const passwordHash = await hashPassword(temporary);
  try {
    return await ctx.db.transaction(async (tx) => {
      await assertOrganisation(tx, input.organisationId);
      const now = ctx.clock.now();
      const row = await repo.insertAccount(tx, {
        username: input.username,
        displayName: input.displayName,
        role: input.role,
        organisationId: input.organisationId,
        profession: input.profession,
        languages: input.languages,
        passwordHash,
        mustChangePassword: true,
        createdAt: now,
        updatedAt: now,
      });
      await repo.replaceSites(tx, row.id, input.siteIds);
      await recordAudit(tx, {
        event: "ACCOUNT_CREATED",
        occurredAt: now,
        actorAccountId: actor.accountId,
        organisationId: row.organisationId,
        entityType: "account",
        entityId: row.id,
        address: actor.address,
      });
      const [account] = await present(ctx, tx, [row]);
      return { account: account as Account, temporaryPassword: temporary };
    });
  } catch (error) {
    if (uniqueViolation(error)) throw fieldError("username", "USERNAME_TAKEN", "This username is taken.");
    if ((error as { cause?: { code?: string } })?.cause?.code === "23503") {
      throw fieldError("siteIds", "VALIDATION_FAILED", "Choose sites from the list.");
    }
    throw error;
  }
}

async function changeAccount(
  ctx: AppContext,
  actor: Actor,
  id: string,
  event: "ACCOUNT_UPDATED" | "ACCOUNT_DEACTIVATED" | "ACCOUNT_REACTIVATED",
  change: (tx: Queryable, row: repo.AccountRow, now: Date) => Promise<repo.AccountRow | undefined>,
) {
  requirePermission(actor, "account.manage");
  return ctx.db.transaction(async (tx) => {
    const row = await repo.findAccountById(tx, id);
    if (!row) throw notFound();
    const now = ctx.clock.now();
    const updated = (await change(tx, row, now)) ?? row;
    await recordAudit(tx, {
      event,
      occurredAt: now,
      actorAccountId: actor.accountId,
      organisationId: updated.organisationId,
      entityType: "account",
      entityId: id,
      address: actor.address,
    });
    const [account] = await present(ctx, tx, [updated]);
    return account as Account;
  });
}

export async function updateAccount(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: z.infer<typeof UpdateAccountBodySchema>,
) {
  if (id === actor.accountId && input.role && input.role !== actor.role) {
    throw fieldError("role", "FORBIDDEN", "You cannot change your own role.");
  }
  if (input.role) {
    // A new role is a new circle of data: only with a fresh second factor. The form sends the role
    // with every change, so only a different one asks for it.
    requirePermission(actor, "account.manage");
    const current = await repo.findAccountById(ctx.db, id);
    if (current && current.role !== input.role) await requireFreshSecondFactor(ctx, actor);
  }
  try {
    return await changeAccount(ctx, actor, id, "ACCOUNT_UPDATED", async (tx, _row, now) => {
      if (input.organisationId) await assertOrganisation(tx, input.organisationId);
      const { siteIds, ...fields } = input;
      if (siteIds) await repo.replaceSites(tx, id, siteIds);
      const updated = await repo.updateAccountRow(tx, id, { ...pickDefined(fields), updatedAt: now });
      // A new role takes effect at the next sign-in, never inside a live session.
      if (input.role || input.organisationId) await repo.endAllSessions(tx, id, now);
      return updated;
    });
  } catch (error) {
    if ((error as { cause?: { code?: string } })?.cause?.code === "23503") {
      throw fieldError("siteIds", "VALIDATION_FAILED", "Choose sites from the list.");
    }
    throw error;
  }
}

export function deactivateAccount(ctx: AppContext, actor: Actor, id: string) {
  if (id === actor.accountId) throw new AppError("CONFLICT", "You cannot deactivate your own account.");
  return changeAccount(ctx, actor, id, "ACCOUNT_DEACTIVATED", async (tx, _row, now) => {
    await repo.endAllSessions(tx, id, now);
    return repo.updateAccountRow(tx, id, { active: false, updatedAt: now });
  });
}

export function reactivateAccount(ctx: AppContext, actor: Actor, id: string) {
  return changeAccount(ctx, actor, id, "ACCOUNT_REACTIVATED", (tx, _row, now) =>
    repo.updateAccountRow(tx, id, { active: true, updatedAt: now }),
  );
}

/** A forgotten password or a lost phone: new temporary password, second factor cleared, sessions ended. */
export async function resetAccount(ctx: AppContext, actor: Actor, id: string) {
  requirePermission(actor, "account.manage");
  const temporary = temporaryPassword();
  const passwordHash = await hashPassword(temporary);
  return ctx.db.transaction(async (tx) => {
    const row = await repo.findAccountById(tx, id);
    if (!row) throw notFound();
    const now = ctx.clock.now();
    await repo.endAllSessions(tx, id, now);
    await repo.replaceRecoveryCodes(tx, id, []);
    await repo.clearThrottle(tx, `account:${row.username.toLowerCase()}`);
    const updated = await repo.updateAccountRow(tx, id, {
      passwordHash,
      mustChangePassword: true,
      totpSecret: null,
      totpEnabledAt: null,
      totpLastStep: null,
      updatedAt: now,
    });
    await recordAudit(tx, {
      event: "ACCOUNT_RESET",
      occurredAt: now,
      actorAccountId: actor.accountId,
      organisationId: row.organisationId,
      entityType: "account",
      entityId: id,
      address: actor.address,
    });
    const [account] = await present(ctx, tx, [updated ?? row]);
    return { account: account as Account, temporaryPassword: temporary };
  });
}

export type { ErrorCode };
