/**
 * The clinic ticket on her phone, worked out without the page: the code her card's link carries,
 * the ticket kept while the tab lives, what to tell her about her place, and how often to ask.
 */
import type { PublicTicket } from "../../common/contracts/clinic-queue";
import { CODE_LENGTH, normaliseVisitorCode } from "../../common/visitor-code";

export type ClinicKind = PublicTicket["clinicKind"];

/**
 * The code from her card's link ("https://…/#c=K7MQ4XPR"): read once, then taken out of the address
 * (see takeCodeFromAddress), so it stays in neither the address bar nor this page's history entry.
 */
export function codeFromHash(hash: string): string | null {
  const fragment = hash.replace(/^#/, "");
  if (!fragment) return null;
  let value: string | null;
  try {
    value = new URLSearchParams(fragment).get("c");
  } catch {
    return null;
  }
  return value ? normaliseVisitorCode(value) : null;
}

/** The ticket page's address; the card's link opens it with her code in the fragment. */
export const TICKET_PATH = "/ticket";

let codeFromCard: string | null = null;

/**
 * Called once when the app starts: a card's link ("/#c=…") becomes the ticket page with her code
 * held in memory only, and the address no longer shows it (nor does this history entry).
 */
export function takeCodeFromAddress(): void {
  if (typeof window === "undefined" || !window.location.hash) return;
  const hash = window.location.hash;
  if (!/(^#|&)c=/.test(hash)) return;
  codeFromCard = codeFromHash(hash);
  try {
    window.history.replaceState(null, "", TICKET_PATH);
  } catch {
    // Without history, the address keeps the fragment: the page still works.
  }
}

/** The code her card's link brought, to fill in the field; forgotten once her ticket is taken. */
export const codeFromCardLink = (): string | null => codeFromCard;

export function forgetCodeFromCard(): void {
  codeFromCard = null;
}

/** What the page keeps of a taken ticket while the tab lives (sessionStorage; quick exit clears it). */
export interface StoredTicket {
  token: string;
  slug: string;
  number: number;
  clinicKind: ClinicKind;
  /** The evening the ticket is for: a ticket of an earlier evening is forgotten. */
  date: string;
}

const STORED_TICKET_KEY = "pusterum.visitor.ticket";

export function parseStoredTicket(text: string | null): StoredTicket | null {
  if (!text) return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof value !== "object" || value === null) return null;
  const ticket = value as Record<string, unknown>;
  if (
    typeof ticket.token !== "string" ||
    typeof ticket.slug !== "string" ||
    !Number.isInteger(ticket.number) ||
    (ticket.clinicKind !== "clinic_gynaecology" && ticket.clinicKind !== "clinic_general_practice") ||
    typeof ticket.date !== "string" ||
    !/^\d{4}-\d{2}-\d{2}$/.test(ticket.date)
  ) {
    return null;
  }
  return {
    token: ticket.token,
    slug: ticket.slug,
    number: ticket.number as number,
    clinicKind: ticket.clinicKind,
    date: ticket.date,
  };
}

export function readStoredTicket(): StoredTicket | null {
  try {
    return parseStoredTicket(window.sessionStorage.getItem(STORED_TICKET_KEY));
  } catch {
    return null;
  }
}

export function storeTicket(ticket: StoredTicket): void {
  try {
    window.sessionStorage.setItem(STORED_TICKET_KEY, JSON.stringify(ticket));
  } catch {
    // Storage refused: the ticket shows until the page is closed or reloaded.
  }
}

export function forgetStoredTicket(): void {
  try {
    window.sessionStorage.removeItem(STORED_TICKET_KEY);
  } catch {
    // Nothing to forget.
  }
}

/** What her ticket means for her now. */
export type TicketView =
  | { kind: "waiting"; ahead: number }
  | { kind: "called" }
  | { kind: "done" }
  | { kind: "no_show" }
  | { kind: "turned_away" }
  | { kind: "withdrawn" };

export function ticketView(ticket: Pick<PublicTicket, "status" | "ahead">): TicketView {
  switch (ticket.status) {
    case "waiting":
      return { kind: "waiting", ahead: Math.max(0, ticket.ahead) };
    case "called":
      return { kind: "called" };
    default:
      return { kind: ticket.status };
  }
}

/** Whether the page still asks for news: only while she waits or is being called. */
export const isLive = (view: TicketView) => view.kind === "waiting" || view.kind === "called";

/**
 * How long to wait before asking again. Every phone in the room may share the centre's one address,
 * and the server counts asks per address: every 15 seconds is live enough for a queue where each
 * woman takes 15 to 30 minutes. Each failure in a row doubles the wait, up to two minutes; the
 * server's own "try again in" wins when it is longer.
 */
export const POLL_MS = 15_000;
export const POLL_MAX_MS = 120_000;

export function nextPollDelay(failuresInARow: number, retryAfterSeconds: number | null = null): number {
  const backoff = Math.min(POLL_MAX_MS, POLL_MS * 2 ** Math.max(0, Math.min(failuresInARow, 10)));
  const asked = retryAfterSeconds === null ? 0 : retryAfterSeconds * 1000;
  return Math.max(backoff, asked);
}

/** What the code field holds before anything is sent: the check character catches most slips. */
export type CodeCheck =
  | { kind: "empty" }
  | { kind: "short" }
  | { kind: "invalid" }
  | { kind: "valid"; code: string };

const CODE_CHARACTERS = /^[2-9A-HJ-NP-Z]*$/;

export function checkCode(typed: string): CodeCheck {
  const compact = typed.toUpperCase().replace(/[\s-]/g, "");
  if (compact === "") return { kind: "empty" };
  const code = normaliseVisitorCode(compact);
  if (code) return { kind: "valid", code };
  if (compact.length < CODE_LENGTH && CODE_CHARACTERS.test(compact)) return { kind: "short" };
  return { kind: "invalid" };
}

/**
 * The language she may need help with: the page's own language, unless it is one the whole staff
 * speaks (Danish, English). Offered as a choice, never sent unless she ticks it.
 */
export const interpreterLanguageFor = (pageLanguage: string): string | null =>
  pageLanguage === "da" || pageLanguage === "en" ? null : pageLanguage;

/**
 * Tickets can be taken from this long before a clinic starts (the contract's TICKET_LEAD_MINUTES;
 * api.test.ts keeps the two equal, so the page never promises a time the server refuses).
 */
export const TICKET_LEAD_MINUTES = 60;

/** "18:00" → "17:00": when tickets for a clinic starting then can be taken. */
export function ticketsFrom(startsAt: string): string {
  const [hour = 0, minute = 0] = startsAt.split(":").map(Number);
  const minutes = (((hour * 60 + minute - TICKET_LEAD_MINUTES) % 1440) + 1440) % 1440;
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}
