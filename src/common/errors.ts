/** The closed list of error codes. Clients translate the code; the server's message is a fallback. */
export const ERROR_CODES = [
  "VALIDATION_FAILED",
  "MALFORMED_REQUEST",
  "PAYLOAD_TOO_LARGE",
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "NOT_FOUND",
  "METHOD_NOT_ALLOWED",
  "RATE_LIMITED",
  "CSRF_FAILED",
  "CONFLICT",
  "INTERNAL",
  "INVALID_CREDENTIALS",
  "ACCOUNT_LOCKED",
  "SECOND_FACTOR_REQUIRED",
  "SECOND_FACTOR_ENROLMENT_REQUIRED",
  "STEP_UP_REQUIRED",
  "INVALID_CODE",
  "PASSWORD_CHANGE_REQUIRED",
  "PASSWORD_TOO_SHORT",
  "PASSWORD_TOO_LONG",
  "PASSWORD_COMMON",
  "PASSWORD_CONTAINS_USERNAME",
  "SETUP_ALREADY_DONE",
  "SETUP_LINK_INVALID",
  "USERNAME_TAKEN",
  "SCHEDULE_OVERLAP",
  "END_BEFORE_START",
  "UNKNOWN_TIME_ZONE",
  "SLUG_TAKEN",
  "OUTSIDE_SESSION",
  "SESSION_CLOSED",
  "NO_SESSION_TONIGHT",
  "UNKNOWN_COUNTRY",
  "MALFORMED_VISITOR_CODE",
  "UNKNOWN_VISITOR_CODE",
  "LIMIT_EXCEEDED",
  "OUT_OF_STOCK",
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface FieldError {
  path: string;
  code: ErrorCode | string;
  message: string;
}

/** RFC 9457 problem details as this API sends them. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  code: ErrorCode;
  detail?: string;
  errors?: FieldError[];
  /** Seconds to wait before trying again (ACCOUNT_LOCKED), as in the Retry-After header. */
  retryAfter?: number;
}
