/**
 * Paths of the clinic's record pages, relative to the staff app's basename. Only ids go into a path,
 * never a visitor code: her record is opened by typing the code into a form, and the code travels in
 * the request body. The statistics carry a site id and two dates in the query, so they can be bookmarked.
 */
export const clinicPaths = {
  /** A woman's clinic record, found by typing her code. */
  records: () => "/clinic/records",
  /** A consultation form, with her code typed into it (or carried from the record page in memory). */
  newConsultation: () => "/clinic/consultations/new",
  consultation: (id: string) => `/clinic/consultations/${encodeURIComponent(id)}`,
  tests: () => "/clinic/tests",
  medicines: () => "/clinic/medicines",
  statistics: (query: { siteId?: string; from?: string; to?: string } = {}) => {
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries(query)) if (value) search.set(key, value);
    const text = search.toString();
    return text ? `/clinic/statistics?${text}` : "/clinic/statistics";
  },
} as const;

export const clinicPatterns = {
  records: "clinic/records",
  newConsultation: "clinic/consultations/new",
  consultation: "clinic/consultations/:id",
  tests: "clinic/tests",
  medicines: "clinic/medicines",
  statistics: "clinic/statistics",
} as const;
