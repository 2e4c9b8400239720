import { z } from "zod";
import { LIMITS } from "../limits.js";
import { TextWarningSchema } from "./diary.js";
import { defineRoutes } from "./route.js";
import { IdParamsSchema, IdSchema, LanguageCodeSchema, LocalDateSchema } from "./shared.js";
import { SiteParamsSchema } from "./sites.js";
import { TypedVisitorCodeSchema } from "./visits.js";

export const FOLLOW_UP_STATUSES = ["open", "done", "dropped"] as const;
export const FollowUpStatusSchema = z.enum(FOLLOW_UP_STATUSES);
export type FollowUpStatus = z.infer<typeof FollowUpStatusSchema>;

/** A task, or going with her to a hospital or clinic the clinic referred her to. */
export const FOLLOW_UP_KINDS = ["task", "accompaniment"] as const;
export const FollowUpKindSchema = z.enum(FOLLOW_UP_KINDS);
export type FollowUpKind = z.infer<typeof FollowUpKindSchema>;

/** Text a person writes: trimmed, never empty. */
const requiredText = (max: number) => z.string().trim().min(1, "Write something here").max(max);

/** A person, or whichever social worker is on duty first. */
export const AssigneeInputSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("person"), accountId: IdSchema }).strict(),
  z.object({ kind: z.literal("any_social_worker") }).strict(),
]);
export type AssigneeInput = z.infer<typeof AssigneeInputSchema>;

export const AssigneeSchema = z.discriminatedUnion("kind", [
  /** `displayName` is null when the account has been removed. */
  z.object({ kind: z.literal("person"), accountId: IdSchema.nullable(), displayName: z.string().nullable() }),
  z.object({ kind: z.literal("any_social_worker") }),
]);
export type Assignee = z.infer<typeof AssigneeSchema>;

export const PersonSchema = z.object({ accountId: IdSchema, displayName: z.string() });
export type Person = z.infer<typeof PersonSchema>;

export const FollowUpCommentSchema = z.object({
  id: IdSchema,
  /** Null when the author's account has been removed. */
  author: PersonSchema.nullable(),
  body: z.string(),
  createdAt: z.string(),
});
export type FollowUpComment = z.infer<typeof FollowUpCommentSchema>;

/** What the accompaniment asks for: never a medical detail. */
export const AccompanimentSchema = z.object({
  /** ISO instant of the appointment. */
  appointmentAt: z.string(),
  place: z.string(),
  /** ISO 639 code of the language she needs at the appointment, or null when none is needed. */
  languageNeeded: z.string().nullable(),
  /** The clinic referral that asked for it, or null when staff created it by hand. */
  sourceReferralId: IdSchema.nullable(),
  /** What happened, written by the social worker afterwards; null until then. */
  outcome: z.string().nullable(),
});
export type Accompaniment = z.infer<typeof AccompanimentSchema>;

export const FollowUpSchema = z.object({
  id: IdSchema,
  siteId: IdSchema,
  kind: FollowUpKindSchema,
  title: z.string(),
  body: z.string(),
  assignee: AssigneeSchema,
  dueOn: LocalDateSchema,
  /** Her code as printed, or null when none (or erased since). */
  visitorCode: z.string().nullable(),
  visitorCodeId: IdSchema.nullable(),
  status: FollowUpStatusSchema,
  /** Open and due before today (the site's local date). */
  overdue: z.boolean(),
  dropReason: z.string().nullable(),
  closedAt: z.string().nullable(),
  closedBy: PersonSchema.nullable(),
  /** Only for kind `accompaniment`. */
  accompaniment: AccompanimentSchema.nullable(),
  createdBy: PersonSchema.nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  commentCount: z.number().int(),
  /** In `getFollowUp` and after a change: the thread, oldest first. Empty in lists. */
  comments: z.array(FollowUpCommentSchema),
  can: z.object({ edit: z.boolean(), close: z.boolean(), reopen: z.boolean(), comment: z.boolean() }),
  /** The title or text looks like it names her (a name, phone, e-mail, passport number): saved, but say so. */
  warnings: z.array(TextWarningSchema),
});
export type FollowUp = z.infer<typeof FollowUpSchema>;

/**
 * `mine`: assigned to me, and to "any social worker" if I am one; `any_social_worker`: assigned to any
 * social worker; `created`: the ones I wrote; `all`: every follow-up of the site.
 */
export const FOLLOW_UP_SCOPES = ["mine", "any_social_worker", "created", "all"] as const;
export const FollowUpScopeSchema = z.enum(FOLLOW_UP_SCOPES);
export type FollowUpScope = z.infer<typeof FollowUpScopeSchema>;

export const FollowUpListQuerySchema = z
  .object({
    scope: FollowUpScopeSchema.default("mine"),
    /** `open` (the default) lists by due date, oldest first; closed ones list newest closed first. */
    status: z.enum([...FOLLOW_UP_STATUSES, "closed", "any"]).default("open"),
    kind: FollowUpKindSchema.optional(),
    limit: z.coerce.number().int().min(1).max(LIMITS.followUpsPageMax).default(100),
  })
  .strict();
export type FollowUpListQuery = z.input<typeof FollowUpListQuerySchema>;

export const FollowUpListSchema = z.object({
  items: z.array(FollowUpSchema),
  /** True when more match than `limit`. */
  more: z.boolean(),
});
export type FollowUpList = z.infer<typeof FollowUpListSchema>;

export const CreateFollowUpBodySchema = z
  .object({
    siteId: IdSchema,
    title: requiredText(LIMITS.followUpTitleMax),
    body: z.string().trim().max(LIMITS.followUpBodyMax).default(""),
    assignee: AssigneeInputSchema,
    dueOn: LocalDateSchema,
    /** Her code as typed; the service answers MALFORMED_VISITOR_CODE or UNKNOWN_VISITOR_CODE on `visitorCode`. */
    visitorCode: TypedVisitorCodeSchema.optional(),
    /** Only to create an accompaniment by hand; the clinic's referrals create theirs. */
    accompaniment: z
      .object({
        appointmentAt: z.iso.datetime({ offset: true }),
        place: requiredText(LIMITS.placeMax),
        languageNeeded: LanguageCodeSchema.nullable().default(null),
      })
      .strict()
      .optional(),
  })
  .strict();
export type CreateFollowUpBody = z.input<typeof CreateFollowUpBodySchema>;

/** While it is open. `visitorCode: null` unties it from her code (and clears the door's flag). */
export const UpdateFollowUpBodySchema = z
  .object({
    title: requiredText(LIMITS.followUpTitleMax).optional(),
    body: z.string().trim().max(LIMITS.followUpBodyMax).optional(),
    assignee: AssigneeInputSchema.optional(),
    dueOn: LocalDateSchema.optional(),
    visitorCode: TypedVisitorCodeSchema.nullable().optional(),
    accompaniment: z
      .object({
        appointmentAt: z.iso.datetime({ offset: true }).optional(),
        place: requiredText(LIMITS.placeMax).optional(),
        languageNeeded: LanguageCodeSchema.nullable().optional(),
      })
      .strict()
      .optional(),
  })
  .strict();
export type UpdateFollowUpBody = z.input<typeof UpdateFollowUpBodySchema>;

/** Done. An accompaniment needs its outcome (OUTCOME_REQUIRED on `outcome` without one). */
export const CompleteFollowUpBodySchema = z
  .object({ outcome: z.string().trim().max(LIMITS.outcomeMax).optional() })
  .strict();
export type CompleteFollowUpBody = z.input<typeof CompleteFollowUpBodySchema>;

/** Dropped: why, in a few words (DROP_REASON_REQUIRED on `reason` when empty). */
export const DropFollowUpBodySchema = z.object({ reason: z.string().trim().max(LIMITS.reasonMax) }).strict();
export type DropFollowUpBody = z.input<typeof DropFollowUpBodySchema>;

export const CommentBodySchema = z.object({ body: requiredText(LIMITS.commentMax) }).strict();
export type CommentBody = z.input<typeof CommentBodySchema>;

/** Staff of the site one can assign a follow-up or send a message to. */
export const ColleagueSchema = z.object({
  accountId: IdSchema,
  displayName: z.string(),
  role: z.string(),
  languages: z.array(z.string()),
});
export type Colleague = z.infer<typeof ColleagueSchema>;
export const ColleagueListSchema = z.object({ items: z.array(ColleagueSchema) });

export const followUpsRoutes = defineRoutes({
  listFollowUps: {
    method: "GET",
    path: "/api/v1/sites/:siteId/follow-ups",
    access: "diary.write",
    summary:
      "Follow-ups of a site: mine, any social worker's, the ones I wrote, or all; open ones by due date",
    params: SiteParamsSchema,
    query: FollowUpListQuerySchema,
    response: FollowUpListSchema,
  },
  colleagues: {
    method: "GET",
    path: "/api/v1/sites/:siteId/colleagues",
    access: "diary.write",
    summary: "Staff of the site to assign a follow-up or send a message to",
    params: SiteParamsSchema,
    response: ColleagueListSchema,
  },
  createFollowUp: {
    method: "POST",
    path: "/api/v1/follow-ups",
    access: "diary.write",
    summary:
      "Create a follow-up; tied to a code (typed, in the body) it raises the door's 'a colleague wants to talk to her' flag",
    body: CreateFollowUpBodySchema,
    response: FollowUpSchema,
    status: 201,
  },
  getFollowUp: {
    method: "GET",
    path: "/api/v1/follow-ups/:id",
    access: "diary.write",
    summary: "One follow-up with its comments",
    params: IdParamsSchema,
    response: FollowUpSchema,
  },
  updateFollowUp: {
    method: "PATCH",
    path: "/api/v1/follow-ups/:id",
    access: "diary.write",
    summary: "Change an open follow-up: title, text, assignee, due date, code, accompaniment details",
    params: IdParamsSchema,
    body: UpdateFollowUpBodySchema,
    response: FollowUpSchema,
  },
  completeFollowUp: {
    method: "POST",
    path: "/api/v1/follow-ups/:id/done",
    access: "diary.write",
    summary: "Mark a follow-up done (an accompaniment with its outcome); the door's flag is cleared",
    params: IdParamsSchema,
    body: CompleteFollowUpBodySchema,
    response: FollowUpSchema,
  },
  dropFollowUp: {
    method: "POST",
    path: "/api/v1/follow-ups/:id/drop",
    access: "diary.write",
    summary: "Drop a follow-up with a reason; the door's flag is cleared",
    params: IdParamsSchema,
    body: DropFollowUpBodySchema,
    response: FollowUpSchema,
  },
  reopenFollowUp: {
    method: "POST",
    path: "/api/v1/follow-ups/:id/reopen",
    access: "diary.write",
    summary: "Reopen a follow-up closed by mistake; tied to a code, the door's flag is raised again",
    params: IdParamsSchema,
    response: FollowUpSchema,
  },
  addComment: {
    method: "POST",
    path: "/api/v1/follow-ups/:id/comments",
    access: "diary.write",
    summary: "Add a comment to a follow-up's thread; answers the follow-up with its comments",
    params: IdParamsSchema,
    body: CommentBodySchema,
    response: FollowUpSchema,
    status: 201,
  },
});
// contract: ready
