/**
 * The door statistics page, relative to the staff app's basename. The site and the period ride in
 * the query string (an id and two dates, nothing about a woman), so a report can be bookmarked.
 */
export const doorReportPaths = {
  report: (query: { siteId?: string; from?: string; to?: string } = {}) => {
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries(query)) if (value) search.set(key, value);
    const text = search.toString();
    return text ? `/reports/door?${text}` : "/reports/door";
  },
} as const;

export const doorReportPatterns = {
  report: "reports/door",
} as const;
