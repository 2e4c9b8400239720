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
  "STALE_VERSION",
  "UNKNOWN_THEME",
  "THEME_NAME_TAKEN",
  "BUILT_IN_THEME",
  "KEYWORD_RULE_TAKEN",
  "PARAGRAPH_REMOVED",
  "CLINIC_CLOSED",
  "DOOR_NOT_OPEN",
  "CHOOSE_CLINIC",
  "VISITOR_CODE_NOT_ACCEPTED",
  "VISIT_NOT_TONIGHT",
  "TICKET_NOT_WAITING",
  "CALLING_SOMEONE",
  "TICKET_FINISHED",
  "SLOT_TAKEN",
  "SLOT_NOT_IN_SCHEDULE",
  "SLOT_IN_PAST",
  "SITE_CLOSED_THAT_DAY",
  "ALREADY_BOOKED",
  "APPOINTMENT_NOT_BOOKED",
  "APPOINTMENT_NOT_TONIGHT",
  "APPOINTMENT_NOT_DUE",
  // Follow-ups and messages.
  "FOLLOW_UP_CLOSED",
  "FOLLOW_UP_OPEN",
  "DROP_REASON_REQUIRED",
  "OUTCOME_REQUIRED",
  "UNKNOWN_ASSIGNEE",
  "NOT_AN_ACCOMPANIMENT",
  "DUE_DATE_TOO_FAR",
  "RECIPIENT_REQUIRED",
  "RECIPIENT_NOT_ALLOWED",
  "UNKNOWN_RECIPIENT",
  // The clinic's records.
  "INVALID_TRANSITION",
  "CODE_ERASED",
  "INVALID_ICD10",
  "MEDICINE_NAME_TAKEN",
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
  /** With STALE_VERSION: the record as it stands now, so the client shows both versions side by side. */
  current?: unknown;
}
