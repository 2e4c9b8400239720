import type { ErrorCode, FieldError } from "../common/errors.js";

const STATUS: Partial<Record<ErrorCode, number>> = {
  VALIDATION_FAILED: 400,
  MALFORMED_REQUEST: 400,
  PAYLOAD_TOO_LARGE: 413,
  UNAUTHENTICATED: 401,
  INVALID_CREDENTIALS: 401,
  SECOND_FACTOR_REQUIRED: 401,
  INVALID_CODE: 401,
  FORBIDDEN: 403,
  CSRF_FAILED: 403,
  SECOND_FACTOR_ENROLMENT_REQUIRED: 403,
  PASSWORD_CHANGE_REQUIRED: 403,
  STEP_UP_REQUIRED: 403,
  NOT_FOUND: 404,
  SETUP_LINK_INVALID: 404,
  METHOD_NOT_ALLOWED: 405,
  CONFLICT: 409,
  INVALID_TRANSITION: 409,
  CODE_ERASED: 409,
  MEDICINE_NAME_TAKEN: 409,
  FOLLOW_UP_CLOSED: 409,
  FOLLOW_UP_OPEN: 409,
  STALE_VERSION: 409,
  THEME_NAME_TAKEN: 409,
  KEYWORD_RULE_TAKEN: 409,
  PARAGRAPH_REMOVED: 409,
  USERNAME_TAKEN: 409,
  SLUG_TAKEN: 409,
  SETUP_ALREADY_DONE: 409,
  TICKET_NOT_WAITING: 409,
  CALLING_SOMEONE: 409,
  TICKET_FINISHED: 409,
  SLOT_TAKEN: 409,
  ALREADY_BOOKED: 409,
  APPOINTMENT_NOT_BOOKED: 409,
  APPOINTMENT_NOT_DUE: 409,
  ACCOUNT_LOCKED: 429,
  RATE_LIMITED: 429,
  INTERNAL: 500,
};

/** An expected failure with a stable code and a message safe to show anyone. */
export class AppError extends Error {
  readonly status: number;
  /** Seconds until a retry may succeed; sent as `retryAfter` and the Retry-After header. */
  retryAfter?: number;
  /** With STALE_VERSION: the record as it stands now (sent as `current` in the problem). */
  current?: unknown;
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fieldErrors?: FieldError[],
  ) {
    super(message);
    this.status = STATUS[code] ?? 400;
  }
}

export const notFound = () => new AppError("NOT_FOUND", "Not found.");
export const forbidden = () => new AppError("FORBIDDEN", "You do not have permission to do this.");
export const fieldError = (path: string, code: ErrorCode, message: string) =>
  new AppError(code, message, [{ path, code, message }]);
