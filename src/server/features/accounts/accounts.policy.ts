import { dictionary } from "@zxcvbn-ts/language-common";
import type { ErrorCode } from "../../../common/errors.js";
import { LIMITS } from "../../../common/limits.js";
import { type Role, SECOND_FACTOR_REQUIRED } from "../../../common/permissions.js";

const COMMON_PASSWORDS = new Set((dictionary["passwords-common"] as string[]).map((p) => p.toLowerCase()));

/**
 * NIST SP 800-63B: length, no composition rules, and a blocklist. Besides the shipped list of common
 * passwords, a common password padded with digits or symbols, or one short unit repeated, counts as
 * common too: those are what people type to get past a length rule.
 */
export function passwordProblem(password: string, username?: string): ErrorCode | null {
  if ([...password].length < LIMITS.passwordMin) return "PASSWORD_TOO_SHORT";
  if ([...password].length > LIMITS.passwordMax) return "PASSWORD_TOO_LONG";
  const lower = password.toLowerCase();
  if (COMMON_PASSWORDS.has(lower)) return "PASSWORD_COMMON";
  if (new Set(lower).size < 4) return "PASSWORD_COMMON";
  if (/^(.{1,8}?)\1+$/.test(lower)) return "PASSWORD_COMMON";
  const core = lower.replace(/[\d\W_]+$/u, "").replace(/^[\d\W_]+/u, "");
  if (
    core.length >= 4 &&
    (COMMON_PASSWORDS.has(core) || /^(.{1,8}?)\1+$/.test(core)) &&
    core.length < lower.length
  ) {
    return "PASSWORD_COMMON";
  }
  if (username && username.length >= 3 && lower.includes(username.toLowerCase()))
    return "PASSWORD_CONTAINS_USERNAME";
  return null;
}

export const PASSWORD_MESSAGES: Record<string, string> = {
  PASSWORD_TOO_SHORT: `Use at least ${LIMITS.passwordMin} characters. A few words in a row work well.`,
  PASSWORD_TOO_LONG: `Use at most ${LIMITS.passwordMax} characters.`,
  PASSWORD_COMMON: "This password is too common or too easy to guess. Choose another.",
  PASSWORD_CONTAINS_USERNAME: "The password must not contain the username.",
};

export function needsSecondFactor(role: Role, enrolled: boolean): boolean {
  return enrolled || SECOND_FACTOR_REQUIRED[role];
}

/**
 * Slowed, then locked: from the 4th failure in a row a name (or the 8th for an address, which many
 * colleagues may share) waits 2, 4, 8 … seconds between tries; at 10 (20) it is locked for 15 minutes.
 */
export const THROTTLE = {
  account: { slowAfter: 3, lockAt: 10 },
  address: { slowAfter: 7, lockAt: 20 },
  windowMinutes: 15,
  lockMinutes: 15,
  maxSlowSeconds: 60,
} as const;

export function lockUntilAfterFailure(kind: "account" | "address", failures: number, now: Date): Date | null {
  const rule = THROTTLE[kind];
  if (failures >= rule.lockAt) return new Date(now.getTime() + THROTTLE.lockMinutes * 60_000);
  if (failures > rule.slowAfter) {
    const seconds = Math.min(2 ** (failures - rule.slowAfter), THROTTLE.maxSlowSeconds);
    return new Date(now.getTime() + seconds * 1000);
  }
  return null;
}

/** How long a second factor counts as fresh for actions that ask for one (step-up). */
export const STEP_UP_FRESH_MINUTES = 5;

/**
 * Whether the session proved the second factor in the last few minutes: at sign-in or by a later
 * step-up. Only times after the enrolment count: before it, a session of a role that may go
 * without a second factor was marked verified without one.
 */
export function isSecondFactorFresh(
  times: { mfaVerifiedAt: Date | null; steppedUpAt: Date | null; totpEnabledAt: Date | null },
  now: Date,
): boolean {
  const enrolledAt = times.totpEnabledAt;
  if (!enrolledAt) return false;
  const given = [times.mfaVerifiedAt, times.steppedUpAt].filter(
    (d): d is Date => d !== null && d >= enrolledAt && d <= now,
  );
  const latest = Math.max(...given.map((d) => d.getTime()));
  return given.length > 0 && now.getTime() - latest <= STEP_UP_FRESH_MINUTES * 60_000;
}
