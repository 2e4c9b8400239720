/**
 * Paths of the message pages, relative to the staff app's basename. Only ids and the list's filter go
 * into a path, never anything a message says.
 */
export const messagePaths = {
  start: () => "/messages",
  list: (siteId: string) => `/messages/sites/${encodeURIComponent(siteId)}`,
  message: (id: string) => `/messages/${encodeURIComponent(id)}`,
} as const;

export const messagePatterns = {
  start: "messages",
  list: "messages/sites/:siteId",
  message: "messages/:id",
} as const;

/** What a page hands the message's page in the router's state (never in the address). */
export type MessageNotice = "sent";

export function messageNoticeFrom(state: unknown): MessageNotice | null {
  if (typeof state !== "object" || state === null || !("notice" in state)) return null;
  return (state as { notice: unknown }).notice === "sent" ? "sent" : null;
}
