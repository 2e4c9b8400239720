import { z } from "zod";
import { LIMITS } from "../limits.js";
import { ActivityKindSchema } from "./public.js";
import { defineRoutes } from "./route.js";
import { IdSchema, LocalDateSchema, LocalTimeSchema, OkSchema, PageQuerySchema } from "./shared.js";

/** A site's address in public links: lowercase letters, digits and single dashes. */
export const SlugSchema = z
  .string()
  .trim()
  .min(1)
  .max(60)
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "Use lowercase letters, digits and dashes, e.g. moedestedet");

/** Checked against the runtime's IANA names in the service, which answers UNKNOWN_TIME_ZONE. */
export const TimeZoneNameSchema = z.string().trim().min(1).max(64);
export const WeekdaySchema = z.number().int().min(1).max(7);

/** What the signed-in staff member may do with a site; the UI shows buttons from this, never from roles. */
export const SiteCapabilitiesSchema = z.object({
  update: z.boolean(),
  editSchedule: z.boolean(),
  manageRoster: z.boolean(),
});

export const SiteSchema = z.object({
  id: IdSchema,
  slug: z.string(),
  name: z.string(),
  address: z.string(),
  timeZone: z.string(),
  roomCapacity: z.number().int(),
  can: SiteCapabilitiesSchema,
});
export type Site = z.infer<typeof SiteSchema>;

export const SiteListSchema = z.object({ items: z.array(SiteSchema), nextCursor: z.string().nullable() });

export const CreateSiteBodySchema = z
  .object({
    name: z.string().trim().min(1).max(LIMITS.siteNameMax),
    slug: SlugSchema,
    address: z.string().trim().max(LIMITS.addressMax).default(""),
    timeZone: TimeZoneNameSchema.default("Europe/Copenhagen"),
    roomCapacity: z.number().int().min(1).max(LIMITS.roomCapacityMax).default(40),
  })
  .strict();
export type CreateSiteBody = z.infer<typeof CreateSiteBodySchema>;

export const UpdateSiteBodySchema = z
  .object({
    name: z.string().trim().min(1).max(LIMITS.siteNameMax).optional(),
    slug: SlugSchema.optional(),
    address: z.string().trim().max(LIMITS.addressMax).optional(),
    timeZone: TimeZoneNameSchema.optional(),
    roomCapacity: z.number().int().min(1).max(LIMITS.roomCapacityMax).optional(),
  })
  .strict();
export type UpdateSiteBody = z.infer<typeof UpdateSiteBodySchema>;

export const SiteParamsSchema = z.object({ siteId: IdSchema }).strict();
export const SiteItemParamsSchema = z.object({ siteId: IdSchema, id: IdSchema }).strict();

// The week: openings, closures, pilot periods, activities

/**
 * Every week on a weekday, in the site's local time. An end at or before the start runs past
 * midnight (Friday 23:00–05:00); the session belongs to the evening it started.
 */
export const WeeklyOpeningSchema = z.object({
  id: IdSchema,
  weekday: z.number().int(),
  startsAt: LocalTimeSchema,
  endsAt: LocalTimeSchema,
  overnight: z.boolean(),
  validFrom: LocalDateSchema,
  validTo: LocalDateSchema.nullable(),
  pilotPeriodId: IdSchema.nullable(),
});
export type WeeklyOpening = z.infer<typeof WeeklyOpeningSchema>;

export const WeeklyOpeningBodySchema = z
  .object({
    weekday: WeekdaySchema,
    startsAt: LocalTimeSchema,
    endsAt: LocalTimeSchema,
    validFrom: LocalDateSchema,
    validTo: LocalDateSchema.nullable().default(null),
    pilotPeriodId: IdSchema.nullable().default(null),
  })
  .strict();
export type WeeklyOpeningBody = z.infer<typeof WeeklyOpeningBodySchema>;
export const UpdateWeeklyOpeningBodySchema = z
  .object({
    weekday: WeekdaySchema.optional(),
    startsAt: LocalTimeSchema.optional(),
    endsAt: LocalTimeSchema.optional(),
    validFrom: LocalDateSchema.optional(),
    validTo: LocalDateSchema.nullable().optional(),
    pilotPeriodId: IdSchema.nullable().optional(),
  })
  .strict();

export const OneOffOpeningSchema = z.object({
  id: IdSchema,
  onDate: LocalDateSchema,
  startsAt: LocalTimeSchema,
  endsAt: LocalTimeSchema,
  overnight: z.boolean(),
  label: z.string(),
  pilotPeriodId: IdSchema.nullable(),
});
export type OneOffOpening = z.infer<typeof OneOffOpeningSchema>;

export const OneOffOpeningBodySchema = z
  .object({
    onDate: LocalDateSchema,
    startsAt: LocalTimeSchema,
    endsAt: LocalTimeSchema,
    label: z.string().trim().max(LIMITS.labelMax).default(""),
    pilotPeriodId: IdSchema.nullable().default(null),
  })
  .strict();
export type OneOffOpeningBody = z.infer<typeof OneOffOpeningBodySchema>;
export const UpdateOneOffOpeningBodySchema = z
  .object({
    onDate: LocalDateSchema.optional(),
    startsAt: LocalTimeSchema.optional(),
    endsAt: LocalTimeSchema.optional(),
    label: z.string().trim().max(LIMITS.labelMax).optional(),
    pilotPeriodId: IdSchema.nullable().optional(),
  })
  .strict();

/** Closed on these dates (inclusive): the sessions of those evenings are cancelled. */
export const ClosureSchema = z.object({
  id: IdSchema,
  startsOn: LocalDateSchema,
  endsOn: LocalDateSchema,
  reason: z.string(),
});
export type Closure = z.infer<typeof ClosureSchema>;

export const ClosureBodySchema = z
  .object({
    startsOn: LocalDateSchema,
    endsOn: LocalDateSchema,
    reason: z.string().trim().max(LIMITS.reasonMax).default(""),
  })
  .strict();
export type ClosureBody = z.infer<typeof ClosureBodySchema>;
export const UpdateClosureBodySchema = z
  .object({
    startsOn: LocalDateSchema.optional(),
    endsOn: LocalDateSchema.optional(),
    reason: z.string().trim().max(LIMITS.reasonMax).optional(),
  })
  .strict();

/** A labelled trial (the Friday night pilot); weekly openings pointing at it happen only inside it. */
export const PilotPeriodSchema = z.object({
  id: IdSchema,
  label: z.string(),
  startsOn: LocalDateSchema,
  endsOn: LocalDateSchema,
});
export type PilotPeriod = z.infer<typeof PilotPeriodSchema>;

export const PilotPeriodBodySchema = z
  .object({
    label: z.string().trim().min(1).max(LIMITS.labelMax),
    startsOn: LocalDateSchema,
    endsOn: LocalDateSchema,
  })
  .strict();
export type PilotPeriodBody = z.infer<typeof PilotPeriodBodySchema>;
export const UpdatePilotPeriodBodySchema = z
  .object({
    label: z.string().trim().min(1).max(LIMITS.labelMax).optional(),
    startsOn: LocalDateSchema.optional(),
    endsOn: LocalDateSchema.optional(),
  })
  .strict();

/**
 * Something inside a session: every week inside a weekly opening (weeklyOpeningId, optionally
 * limited by validFrom/validTo), or once on a date (onDate). It must lie within its session.
 */
export const ActivitySchema = z.object({
  id: IdSchema,
  kind: ActivityKindSchema,
  title: z.string(),
  startsAt: LocalTimeSchema,
  endsAt: LocalTimeSchema,
  weeklyOpeningId: IdSchema.nullable(),
  validFrom: LocalDateSchema.nullable(),
  validTo: LocalDateSchema.nullable(),
  onDate: LocalDateSchema.nullable(),
});
export type Activity = z.infer<typeof ActivitySchema>;

export const ActivityBodySchema = z
  .object({
    kind: ActivityKindSchema,
    title: z.string().trim().max(LIMITS.labelMax).default(""),
    startsAt: LocalTimeSchema,
    endsAt: LocalTimeSchema,
    weeklyOpeningId: IdSchema.nullable().default(null),
    validFrom: LocalDateSchema.nullable().default(null),
    validTo: LocalDateSchema.nullable().default(null),
    onDate: LocalDateSchema.nullable().default(null),
  })
  .strict();
export type ActivityBody = z.infer<typeof ActivityBodySchema>;
export const UpdateActivityBodySchema = z
  .object({
    kind: ActivityKindSchema.optional(),
    title: z.string().trim().max(LIMITS.labelMax).optional(),
    startsAt: LocalTimeSchema.optional(),
    endsAt: LocalTimeSchema.optional(),
    weeklyOpeningId: IdSchema.nullable().optional(),
    validFrom: LocalDateSchema.nullable().optional(),
    validTo: LocalDateSchema.nullable().optional(),
    onDate: LocalDateSchema.nullable().optional(),
  })
  .strict();

export const WeekQuerySchema = z
  .object({
    /** Dated entries (one-offs, closures, pilot periods, dated activities) that end before this are left out. */
    since: LocalDateSchema.optional(),
  })
  .strict();

/** The whole editable schedule of a site. */
export const WeekSchema = z.object({
  site: SiteSchema,
  /** Today in the site's time zone, so pages start from the site's day rather than the browser's. */
  today: LocalDateSchema,
  since: LocalDateSchema,
  weeklyOpenings: z.array(WeeklyOpeningSchema),
  oneOffOpenings: z.array(OneOffOpeningSchema),
  closures: z.array(ClosureSchema),
  pilotPeriods: z.array(PilotPeriodSchema),
  activities: z.array(ActivitySchema),
});
export type Week = z.infer<typeof WeekSchema>;

export const siteRoutes = defineRoutes({
  listSites: {
    method: "GET",
    path: "/api/v1/sites",
    access: "site.read",
    summary: "The sites you work at (managers and administrators: all)",
    query: PageQuerySchema,
    response: SiteListSchema,
  },
  createSite: {
    method: "POST",
    path: "/api/v1/sites",
    access: "site.manage",
    summary: "Create a site",
    body: CreateSiteBodySchema,
    response: SiteSchema,
    status: 201,
  },
  getSite: {
    method: "GET",
    path: "/api/v1/sites/:siteId",
    access: "site.read",
    summary: "One site",
    params: SiteParamsSchema,
    response: SiteSchema,
  },
  updateSite: {
    method: "PATCH",
    path: "/api/v1/sites/:siteId",
    access: "site.manage",
    summary: "Change a site's name, address, time zone or capacity",
    params: SiteParamsSchema,
    body: UpdateSiteBodySchema,
    response: SiteSchema,
  },
  getWeek: {
    method: "GET",
    path: "/api/v1/sites/:siteId/week",
    access: "site.read",
    summary: "The site's whole editable schedule",
    params: SiteParamsSchema,
    query: WeekQuerySchema,
    response: WeekSchema,
  },

  createWeeklyOpening: {
    method: "POST",
    path: "/api/v1/sites/:siteId/weekly-openings",
    access: "schedule.manage",
    summary: "Add a weekly opening",
    params: SiteParamsSchema,
    body: WeeklyOpeningBodySchema,
    response: WeeklyOpeningSchema,
    status: 201,
  },
  updateWeeklyOpening: {
    method: "PATCH",
    path: "/api/v1/sites/:siteId/weekly-openings/:id",
    access: "schedule.manage",
    summary: "Change a weekly opening",
    params: SiteItemParamsSchema,
    body: UpdateWeeklyOpeningBodySchema,
    response: WeeklyOpeningSchema,
  },
  deleteWeeklyOpening: {
    method: "DELETE",
    path: "/api/v1/sites/:siteId/weekly-openings/:id",
    access: "schedule.manage",
    summary: "Remove a weekly opening, its activities and its duty roster",
    params: SiteItemParamsSchema,
    response: OkSchema,
  },

  createOneOffOpening: {
    method: "POST",
    path: "/api/v1/sites/:siteId/one-off-openings",
    access: "schedule.manage",
    summary: "Add a one-off opening",
    params: SiteParamsSchema,
    body: OneOffOpeningBodySchema,
    response: OneOffOpeningSchema,
    status: 201,
  },
  updateOneOffOpening: {
    method: "PATCH",
    path: "/api/v1/sites/:siteId/one-off-openings/:id",
    access: "schedule.manage",
    summary: "Change a one-off opening",
    params: SiteItemParamsSchema,
    body: UpdateOneOffOpeningBodySchema,
    response: OneOffOpeningSchema,
  },
  deleteOneOffOpening: {
    method: "DELETE",
    path: "/api/v1/sites/:siteId/one-off-openings/:id",
    access: "schedule.manage",
    summary: "Remove a one-off opening",
    params: SiteItemParamsSchema,
    response: OkSchema,
  },

  createClosure: {
    method: "POST",
    path: "/api/v1/sites/:siteId/closures",
    access: "schedule.manage",
    summary: "Close the site on a range of dates",
    params: SiteParamsSchema,
    body: ClosureBodySchema,
    response: ClosureSchema,
    status: 201,
  },
  updateClosure: {
    method: "PATCH",
    path: "/api/v1/sites/:siteId/closures/:id",
    access: "schedule.manage",
    summary: "Change a closure",
    params: SiteItemParamsSchema,
    body: UpdateClosureBodySchema,
    response: ClosureSchema,
  },
  deleteClosure: {
    method: "DELETE",
    path: "/api/v1/sites/:siteId/closures/:id",
    access: "schedule.manage",
    summary: "Remove a closure",
    params: SiteItemParamsSchema,
    response: OkSchema,
  },

  createPilotPeriod: {
    method: "POST",
    path: "/api/v1/sites/:siteId/pilot-periods",
    access: "schedule.manage",
    summary: "Add a labelled pilot period",
    params: SiteParamsSchema,
    body: PilotPeriodBodySchema,
    response: PilotPeriodSchema,
    status: 201,
  },
  updatePilotPeriod: {
    method: "PATCH",
    path: "/api/v1/sites/:siteId/pilot-periods/:id",
    access: "schedule.manage",
    summary: "Change a pilot period",
    params: SiteItemParamsSchema,
    body: UpdatePilotPeriodBodySchema,
    response: PilotPeriodSchema,
  },
  deletePilotPeriod: {
    method: "DELETE",
    path: "/api/v1/sites/:siteId/pilot-periods/:id",
    access: "schedule.manage",
    summary: "Remove a pilot period no opening points at",
    params: SiteItemParamsSchema,
    response: OkSchema,
  },

  createActivity: {
    method: "POST",
    path: "/api/v1/sites/:siteId/activities",
    access: "schedule.manage",
    summary: "Add an activity inside a session",
    params: SiteParamsSchema,
    body: ActivityBodySchema,
    response: ActivitySchema,
    status: 201,
  },
  updateActivity: {
    method: "PATCH",
    path: "/api/v1/sites/:siteId/activities/:id",
    access: "schedule.manage",
    summary: "Change an activity",
    params: SiteItemParamsSchema,
    body: UpdateActivityBodySchema,
    response: ActivitySchema,
  },
  deleteActivity: {
    method: "DELETE",
    path: "/api/v1/sites/:siteId/activities/:id",
    access: "schedule.manage",
    summary: "Remove an activity",
    params: SiteItemParamsSchema,
    response: OkSchema,
  },
});
