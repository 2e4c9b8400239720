/**
 * Paths of the door's pages, relative to the staff app's basename. Only ids go into a path: never a
 * visitor code, a nationality or anything else about her.
 */
export const doorPaths = {
  /** Where "Tonight" in the navigation leads: picks the site, then its board (under it, so the entry stays marked). */
  start: () => "/tonight",
  tonight: (siteId: string) => `/tonight/${encodeURIComponent(siteId)}`,
} as const;

export const doorPatterns = {
  start: "tonight",
  tonight: "tonight/:siteId",
} as const;
