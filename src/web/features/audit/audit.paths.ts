/** Paths of the audit pages, relative to the staff app's basename. Filters stay in the page, not the address. */
export const auditPaths = {
  log: () => "/audit",
} as const;

export const auditPatterns = {
  log: "audit",
} as const;
