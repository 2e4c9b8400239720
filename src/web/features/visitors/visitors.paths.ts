/**
 * Paths of the visitor-code pages, relative to the staff app's basename. Only the code's id goes into
 * a path, never the code itself: addresses end up in browser history and server logs.
 */
export const visitorPaths = {
  codes: () => "/visitors",
  profile: (id: string) => `/visitors/${encodeURIComponent(id)}`,
  card: (id: string) => `/visitors/${encodeURIComponent(id)}/card`,
} as const;

export const visitorPatterns = {
  codes: "visitors",
  profile: "visitors/:id",
  card: "visitors/:id/card",
} as const;

/**
 * What a page hands the next one in the router's state (never in the address): the notice to
 * announce when it opens.
 */
export type VisitorNotice = { kind: "issued" } | { kind: "erased" };

export function noticeFrom(state: unknown): VisitorNotice | null {
  if (typeof state !== "object" || state === null || !("notice" in state)) return null;
  const notice = (state as { notice: unknown }).notice;
  if (typeof notice !== "object" || notice === null || !("kind" in notice)) return null;
  const kind = (notice as { kind: unknown }).kind;
  return kind === "issued" || kind === "erased" ? { kind } : null;
}
