/** Paths of the handover, relative to the staff app's basename: only a site's id goes into one. */
export const handoverPaths = {
  start: () => "/handover",
  handover: (siteId: string) => `/handover/${encodeURIComponent(siteId)}`,
} as const;

export const handoverPatterns = {
  start: "handover",
  handover: "handover/:siteId",
} as const;
