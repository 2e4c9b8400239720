import { z } from "zod";
import { defineRoutes } from "./route.js";
import { LocalDateSchema, LocalTimeSchema } from "./shared.js";

/** What anyone may see without signing in: opening hours and tonight's activities. No staff names. */
export const ACTIVITY_KINDS = [
  "clinic_gynaecology",
  "clinic_general_practice",
  "class",
  "legal_counselling",
  "theme_day",
  "other",
] as const;
export const ActivityKindSchema = z.enum(ACTIVITY_KINDS);
export type ActivityKind = z.infer<typeof ActivityKindSchema>;

export const PublicSiteSchema = z.object({
  slug: z.string(),
  name: z.string(),
  address: z.string(),
  timeZone: z.string(),
});

export const PublicActivitySchema = z.object({
  kind: ActivityKindSchema,
  /** Staff-entered title, in the staff's language; the visitor page shows the kind's own translated label first. */
  title: z.string(),
  startsAt: LocalTimeSchema,
  endsAt: LocalTimeSchema,
});

export const PublicSessionSchema = z.object({
  /** The local date of the evening the session starts on (a night past midnight belongs to it). */
  date: LocalDateSchema,
  startsAt: LocalTimeSchema,
  endsAt: LocalTimeSchema,
  /** ISO instants, for "open now" and countdowns on the device. */
  startsAtInstant: z.string(),
  endsAtInstant: z.string(),
  pilot: z.boolean(),
  activities: z.array(PublicActivitySchema),
});

export const PublicOpeningHoursSchema = z.object({
  site: PublicSiteSchema,
  openNow: z.boolean(),
  /** The session open now, or else the next one. */
  current: PublicSessionSchema.nullable(),
  /** Sessions of the coming 7 days, from today (site time), in order. */
  week: z.array(PublicSessionSchema),
  /** Closures in the coming 7 days, as date ranges. */
  closures: z.array(z.object({ startsOn: LocalDateSchema, endsOn: LocalDateSchema })),
});
export type PublicOpeningHours = z.infer<typeof PublicOpeningHoursSchema>;

export const publicRoutes = defineRoutes({
  listSites: {
    method: "GET",
    path: "/api/v1/public/sites",
    access: "public",
    summary: "The centre's sites",
    response: z.object({ items: z.array(PublicSiteSchema) }),
  },
  openingHours: {
    method: "GET",
    path: "/api/v1/public/sites/:slug/opening-hours",
    access: "public",
    summary: "Whether the site is open now, and its sessions and activities for the coming week",
    params: z.object({ slug: z.string().regex(/^[a-z0-9-]{1,60}$/) }).strict(),
    response: PublicOpeningHoursSchema,
  },
});
