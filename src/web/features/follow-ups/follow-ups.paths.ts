import type { FollowUpScope } from "../../../common/contracts/follow-ups";

/**
 * Paths of the follow-up pages, relative to the staff app's basename. Only ids and the list's view
 * go into a path: never a visitor code or anything a follow-up says.
 */
export const followUpPaths = {
  start: () => "/follow-ups",
  list: (siteId: string, scope?: FollowUpScope) =>
    `/follow-ups/sites/${encodeURIComponent(siteId)}${scope ? `?scope=${scope}` : ""}`,
  followUp: (id: string) => `/follow-ups/${encodeURIComponent(id)}`,
} as const;

export const followUpPatterns = {
  start: "follow-ups",
  list: "follow-ups/sites/:siteId",
  followUp: "follow-ups/:id",
} as const;

/** What a page hands the follow-up's page in the router's state (never in the address). */
export type FollowUpNotice = "created";

export function followUpNoticeFrom(state: unknown): FollowUpNotice | null {
  if (typeof state !== "object" || state === null || !("notice" in state)) return null;
  return (state as { notice: unknown }).notice === "created" ? "created" : null;
}
