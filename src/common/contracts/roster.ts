import { z } from "zod";
import { DUTIES, ROLES } from "../permissions.js";
import { ActivityKindSchema } from "./public.js";
import { defineRoutes } from "./route.js";
import { IdSchema, LocalDateSchema, LocalTimeSchema, OkSchema } from "./shared.js";
import { SiteCapabilitiesSchema, SiteItemParamsSchema, SiteParamsSchema } from "./sites.js";

export const DutyKindSchema = z.enum(DUTIES);

/**
 * A staff member on duty: every week in a weekly opening (weeklyOpeningId, validFrom/validTo
 * optional), or once for one session (onDate and the session's start time).
 */
export const DutyAssignmentSchema = z.object({
  id: IdSchema,
  siteId: IdSchema,
  accountId: IdSchema,
  displayName: z.string(),
  duty: DutyKindSchema,
  weeklyOpeningId: IdSchema.nullable(),
  validFrom: LocalDateSchema.nullable(),
  validTo: LocalDateSchema.nullable(),
  onDate: LocalDateSchema.nullable(),
  sessionStartsAt: LocalTimeSchema.nullable(),
});
export type DutyAssignment = z.infer<typeof DutyAssignmentSchema>;

export const AssignDutyBodySchema = z
  .object({
    accountId: IdSchema,
    duty: DutyKindSchema,
    weeklyOpeningId: IdSchema.nullable().default(null),
    validFrom: LocalDateSchema.nullable().default(null),
    validTo: LocalDateSchema.nullable().default(null),
    onDate: LocalDateSchema.nullable().default(null),
    sessionStartsAt: LocalTimeSchema.nullable().default(null),
  })
  .strict();
export type AssignDutyBody = z.infer<typeof AssignDutyBodySchema>;

export const OnDutySchema = z.object({
  assignmentId: IdSchema,
  accountId: IdSchema,
  displayName: z.string(),
  duty: DutyKindSchema,
  /** ISO 639 codes from the staff member's profile. */
  languages: z.array(z.string()),
  /** Every week (removing it removes every week), or this session only. */
  recurring: z.boolean(),
});
export type OnDuty = z.infer<typeof OnDutySchema>;

export const SessionActivitySchema = z.object({
  id: IdSchema,
  kind: ActivityKindSchema,
  title: z.string(),
  startsAt: LocalTimeSchema,
  endsAt: LocalTimeSchema,
  recurring: z.boolean(),
});

/** A concrete session as staff see it: times, activities, closure, and who is on duty. */
export const StaffSessionSchema = z.object({
  /** "<date>@<start>": names the session for a one-off duty assignment. */
  key: z.string(),
  /** The local date of the evening it started; a night past midnight belongs to it. */
  date: LocalDateSchema,
  startsAt: LocalTimeSchema,
  endsAt: LocalTimeSchema,
  overnight: z.boolean(),
  startsAtInstant: z.string(),
  endsAtInstant: z.string(),
  weeklyOpeningId: IdSchema.nullable(),
  oneOffOpeningId: IdSchema.nullable(),
  label: z.string(),
  pilot: z.object({ id: IdSchema, label: z.string() }).nullable(),
  /** Set when a closure cancels this session. */
  closure: z.object({ id: IdSchema, reason: z.string() }).nullable(),
  activities: z.array(SessionActivitySchema),
  onDuty: z.array(OnDutySchema),
  /** The union of the on-duty staff's languages, sorted. */
  languages: z.array(z.string()),
  /** An open session with no one on duty. */
  unstaffed: z.boolean(),
});
export type StaffSession = z.infer<typeof StaffSessionSchema>;

export const DateRangeQuerySchema = z.object({ from: LocalDateSchema, to: LocalDateSchema }).strict();
/** The longest range of sessions one request computes. */
export const SESSION_RANGE_MAX_DAYS = 62;

export const SessionListSchema = z.object({
  site: z.object({ id: IdSchema, name: z.string(), timeZone: z.string(), can: SiteCapabilitiesSchema }),
  from: LocalDateSchema,
  to: LocalDateSchema,
  items: z.array(StaffSessionSchema),
});
export type SessionList = z.infer<typeof SessionListSchema>;

/** One of your own shifts. */
export const ShiftSchema = z.object({
  assignmentId: IdSchema,
  siteId: IdSchema,
  siteName: z.string(),
  duty: DutyKindSchema,
  recurring: z.boolean(),
  date: LocalDateSchema,
  startsAt: LocalTimeSchema,
  endsAt: LocalTimeSchema,
  overnight: z.boolean(),
  startsAtInstant: z.string(),
  endsAtInstant: z.string(),
  pilotLabel: z.string().nullable(),
  closure: z.object({ reason: z.string() }).nullable(),
  activities: z.array(SessionActivitySchema),
});
export type Shift = z.infer<typeof ShiftSchema>;

export const SiteStaffMemberSchema = z.object({
  accountId: IdSchema,
  displayName: z.string(),
  role: z.enum(ROLES),
  languages: z.array(z.string()),
});

export const rosterRoutes = defineRoutes({
  listSessions: {
    method: "GET",
    path: "/api/v1/sites/:siteId/sessions",
    access: "site.read",
    summary: `The site's sessions from one evening to another (at most ${SESSION_RANGE_MAX_DAYS} days), with activities and who is on duty`,
    params: SiteParamsSchema,
    query: DateRangeQuerySchema,
    response: SessionListSchema,
  },
  listSiteStaff: {
    method: "GET",
    path: "/api/v1/sites/:siteId/staff",
    access: "roster.manage",
    summary: "Active staff who work at the site, to put on duty",
    params: SiteParamsSchema,
    response: z.object({ items: z.array(SiteStaffMemberSchema) }),
  },
  assignDuty: {
    method: "POST",
    path: "/api/v1/sites/:siteId/roster",
    access: "roster.manage",
    summary: "Put a staff member on duty, every week in an opening or for one session",
    params: SiteParamsSchema,
    body: AssignDutyBodySchema,
    response: DutyAssignmentSchema,
    status: 201,
  },
  removeDuty: {
    method: "DELETE",
    path: "/api/v1/sites/:siteId/roster/:id",
    access: "roster.manage",
    summary: "Take a duty assignment off the roster",
    params: SiteItemParamsSchema,
    response: OkSchema,
  },
  myShifts: {
    method: "GET",
    path: "/api/v1/roster/mine",
    access: "signed-in",
    summary: `Your own shifts from one date to another (at most ${SESSION_RANGE_MAX_DAYS} days)`,
    query: DateRangeQuerySchema,
    response: z.object({ from: LocalDateSchema, to: LocalDateSchema, items: z.array(ShiftSchema) }),
  },
});
