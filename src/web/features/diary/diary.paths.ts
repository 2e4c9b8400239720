/**
 * Paths of the diary's pages, relative to the staff app's basename. Only ids go into a path: never a
 * visitor code, a search word or anything else about her (search filters stay in the page).
 */
export const diaryPaths = {
  /** Where "Diary" in the navigation leads: picks the site, then tonight's entry. */
  start: () => "/diary",
  tonight: (siteId: string) => `/diary/sites/${encodeURIComponent(siteId)}`,
  entries: (siteId: string) => `/diary/sites/${encodeURIComponent(siteId)}/entries`,
  themes: (siteId: string) => `/diary/sites/${encodeURIComponent(siteId)}/themes`,
  search: (siteId: string) => `/diary/sites/${encodeURIComponent(siteId)}/search`,
  entry: (sessionId: string) => `/diary/sessions/${encodeURIComponent(sessionId)}`,
  history: (sessionId: string) => `/diary/sessions/${encodeURIComponent(sessionId)}/history`,
  /** Managers: the themes and their keyword rules (outside /diary, so the navigation marks one entry). */
  themeSettings: () => "/diary-themes",
} as const;

export const diaryPatterns = {
  start: "diary",
  tonight: "diary/sites/:siteId",
  entries: "diary/sites/:siteId/entries",
  themes: "diary/sites/:siteId/themes",
  search: "diary/sites/:siteId/search",
  entry: "diary/sessions/:sessionId",
  history: "diary/sessions/:sessionId/history",
  themeSettings: "diary-themes",
} as const;

/** A paragraph's anchor on its entry's page, so a search hit or a theme's entry opens at it. */
export const paragraphAnchor = (paragraphId: string) => `paragraph-${paragraphId}`;
