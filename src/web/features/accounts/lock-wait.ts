import { isApiError } from "../../api/client";

/** How long a locked sign-in must wait, in the unit a person reads it in. */
export type LockWait = { unit: "seconds"; count: number } | { unit: "minutes"; count: number };

/**
 * The wait of an ACCOUNT_LOCKED refusal, from its `retryAfter` seconds: seconds up to a minute,
 * then whole minutes, rounded up so that trying at the time said works. Null for anything else.
 */
export function lockWaitOf(error: unknown): LockWait | null {
  if (!isApiError(error) || error.code !== "ACCOUNT_LOCKED" || error.retryAfter === null) return null;
  const seconds = Math.max(1, Math.ceil(error.retryAfter));
  return seconds <= 60
    ? { unit: "seconds", count: seconds }
    : { unit: "minutes", count: Math.ceil(seconds / 60) };
}
