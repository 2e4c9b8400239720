/**
 * Paths of the sites and roster pages, relative to the staff app's basename. Only ids go into a
 * path; never a name.
 */
export const sitePaths = {
  sites: () => "/sites",
  week: (siteId: string) => `/sites/${encodeURIComponent(siteId)}/week`,
  sessions: (siteId: string) => `/sites/${encodeURIComponent(siteId)}/sessions`,
  myShifts: () => "/shifts",
} as const;

export const sitePatterns = {
  sites: "sites",
  week: "sites/:siteId/week",
  sessions: "sites/:siteId/sessions",
  myShifts: "shifts",
} as const;
