/**
 * Paths of the clinic queue's pages, relative to the staff app's basename. Only site ids go into a
 * path: never a visitor code or a ticket's owner. The queue screen stands outside the staff shell
 * (no navigation), so a TV in the waiting room shows the numbers and nothing else.
 */
export const clinicQueuePaths = {
  /** Where "Clinic queue" in the navigation leads: picks the site, then its desk. */
  desk: () => "/clinic/queue",
  deskOf: (siteId: string) => `/clinic/queue/${encodeURIComponent(siteId)}`,
  screenOf: (siteId: string) => `/clinic/queue/${encodeURIComponent(siteId)}/screen`,
  appointments: () => "/clinic/appointments",
  appointmentsOf: (siteId: string) => `/clinic/appointments/${encodeURIComponent(siteId)}`,
  slotSettings: () => "/clinic/slot-settings",
  slotSettingsOf: (siteId: string) => `/clinic/slot-settings/${encodeURIComponent(siteId)}`,
} as const;

export const clinicQueuePatterns = {
  desk: "clinic/queue",
  deskOf: "clinic/queue/:siteId",
  screenOf: "clinic/queue/:siteId/screen",
  appointments: "clinic/appointments",
  appointmentsOf: "clinic/appointments/:siteId",
  slotSettings: "clinic/slot-settings",
  slotSettingsOf: "clinic/slot-settings/:siteId",
} as const;
