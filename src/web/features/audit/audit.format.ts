import type { ParseKeys } from "i18next";
import { AUDIT_EVENTS, type AuditEvent } from "../../../common/audit-events";

// Fails to compile when an audit event has no name under `events.` in locales/en/audit.json.
type EventKey = `events.${AuditEvent}`;
export const EVERY_EVENT_TRANSLATED: EventKey extends ParseKeys<"audit"> ? true : never = true;

export const ENTITY_TYPES = [
  "account",
  "site",
  "weekly_opening",
  "one_off_opening",
  "closure",
  "pilot_period",
  "activity",
  "duty_assignment",
  "route",
  "audit_events",
] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const isAuditEvent = (value: string): value is AuditEvent =>
  (AUDIT_EVENTS as readonly string[]).includes(value);
export const isEntityType = (value: string): value is EntityType =>
  (ENTITY_TYPES as readonly string[]).includes(value);

const formatters = new Map<string, Intl.DateTimeFormat>();

/** An instant in the reader's language and the browser's time zone, to the second. */
export function formatInstant(iso: string, language: string): string {
  let format = formatters.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(language, { dateStyle: "medium", timeStyle: "medium" });
    formatters.set(language, format);
  }
  return format.format(new Date(iso));
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A record id as a table shows it: a uuid by its first eight characters, anything else as it is. */
export const shortId = (id: string) => (UUID.test(id) ? id.slice(0, 8) : id);
