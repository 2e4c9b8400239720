import { LIMITS } from "../common/limits.js";
import { fieldError } from "./errors.js";

/**
 * A browser that lost the answer sends the same write again with the same Idempotency-Key; the
 * features that take one (check-in, a diary paragraph) answer the first record instead of a second.
 */

/**
 * The Idempotency-Key header: absent, or one value of 1 to LIMITS.idempotencyKeyMax characters.
 * Answers the key, null when absent, or a message for the refusal.
 */
export function idempotencyKeyOf(
  header: string | string[] | undefined,
): { key: string | null } | { problem: string } {
  if (header === undefined) return { key: null };
  const problem = `Send one Idempotency-Key of 1 to ${LIMITS.idempotencyKeyMax} characters.`;
  if (Array.isArray(header) || header.length === 0 || header.length > LIMITS.idempotencyKeyMax)
    return { problem };
  return { key: header };
}

/** The key, or null when the header is absent; a malformed header is refused with a field error. */
export function requireValidIdempotencyKey(header: string | string[] | undefined): string | null {
  const idempotency = idempotencyKeyOf(header);
  if ("problem" in idempotency) throw fieldError("Idempotency-Key", "VALIDATION_FAILED", idempotency.problem);
  return idempotency.key;
}
