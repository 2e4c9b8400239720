/**
 * Paths of the catalogue pages, relative to the staff app's basename. A site's catalogue sits among
 * the site's other pages; the short path lets those who only count stock pick their site.
 */
export const cataloguePaths = {
  sites: () => "/catalogue",
  site: (siteId: string) => `/sites/${encodeURIComponent(siteId)}/catalogue`,
} as const;

export const cataloguePatterns = {
  sites: "catalogue",
  site: "sites/:siteId/catalogue",
} as const;
