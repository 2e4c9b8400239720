import { z } from "zod";
import { LIMITS } from "../limits.js";
import { DutyKindSchema, SessionActivitySchema } from "./roster.js";
import { defineRoutes } from "./route.js";
import { IdSchema, LanguageCodeSchema, LocalDateSchema, LocalTimeSchema, OkSchema } from "./shared.js";
import { SiteParamsSchema } from "./sites.js";

/** How a new woman heard of the centre, in the order the door asks. */
export const HEARD_FROM = [
  "friend",
  "street",
  "outreach_street",
  "outreach_massage_clinic",
  "outreach_online",
  "crisis_shelter",
  "other",
] as const;
export const HeardFromSchema = z.enum(HEARD_FROM);
export type HeardFrom = z.infer<typeof HeardFromSchema>;

/** What the door tells her, never why. */
export const FLAG_KINDS = ["see_nurse", "talk_to_colleague"] as const;
export const FlagKindSchema = z.enum(FLAG_KINDS);
export type FlagKind = z.infer<typeof FlagKindSchema>;

/**
 * ISO 3166-1 alpha-2, or "XX" when not known. Any two letters pass here; the service answers an unknown
 * one with UNKNOWN_COUNTRY on the field, so the message names the problem.
 */
export const CountrySchema = z
  .string()
  .trim()
  .regex(/^[A-Za-z]{2}$/, "Use a two-letter country code, or XX when not known")
  .transform((c) => c.toUpperCase());

/** As typed: the service normalises it and answers MALFORMED_VISITOR_CODE or UNKNOWN_VISITOR_CODE. */
export const TypedVisitorCodeSchema = z.string().trim().min(1).max(20);

export const NicknameSchema = z.string().trim().max(LIMITS.nicknameMax);

// Sessions

export const SessionStateSchema = z.enum(["scheduled", "open", "closed"]);

/** Tonight's session at the door: scheduled (not yet opened), open, or closed. */
export const DoorSessionSchema = z.object({
  /** Null until the session is opened (by staff, or by the first check-in). */
  id: IdSchema.nullable(),
  state: SessionStateSchema,
  date: LocalDateSchema,
  startsAt: LocalTimeSchema,
  endsAt: LocalTimeSchema,
  startsAtInstant: z.string(),
  endsAtInstant: z.string(),
  overnight: z.boolean(),
  label: z.string(),
  pilot: z.object({ id: IdSchema, label: z.string() }).nullable(),
  openedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
});
export type DoorSession = z.infer<typeof DoorSessionSchema>;

// Visits

export const CheckInBodySchema = z
  .object({
    siteId: IdSchema,
    nationality: CountrySchema,
    firstVisit: z.boolean().nullable(),
    visitorCode: TypedVisitorCodeSchema.optional(),
    /** Give her a new code with this visit (a new woman who wants a card). */
    issueCode: z.boolean().default(false),
    heardFrom: HeardFromSchema.optional(),
    languages: z.array(LanguageCodeSchema).max(LIMITS.languagesMax).optional(),
    adultConfirmed: z.boolean().optional(),
  })
  .strict();
export type CheckInBody = z.input<typeof CheckInBodySchema>;

export const VisitSchema = z.object({
  id: IdSchema,
  sessionId: IdSchema,
  siteId: IdSchema,
  /** The code as printed ("K7MQ-4XPR"), or null for an anonymous visit. */
  visitorCode: z.string().nullable(),
  visitorCodeId: IdSchema.nullable(),
  nationality: z.string(),
  firstVisit: z.boolean().nullable(),
  heardFrom: HeardFromSchema.nullable(),
  languages: z.array(z.string()),
  adultConfirmed: z.boolean().nullable(),
  checkedInAt: z.string(),
  leftAt: z.string().nullable(),
  introducedAt: z.string().nullable(),
  /** Open flags of her code: what the door should tell her tonight. */
  flags: z.array(FlagKindSchema),
  /** The ids of services ticked in this visit. */
  serviceIds: z.array(IdSchema),
  supplies: z.array(z.object({ itemId: IdSchema, quantity: z.number().int(), overLimit: z.boolean() })),
});
export type Visit = z.infer<typeof VisitSchema>;

export const VisitParamsSchema = z.object({ id: IdSchema }).strict();

// The board

export const LanguageMatchSchema = z.object({
  visitId: IdSchema,
  visitorCode: z.string().nullable(),
  nationality: z.string(),
  /** Her languages that the on-duty staff speak, and who speaks them. */
  languages: z.array(z.string()),
  staff: z.array(z.object({ accountId: IdSchema, displayName: z.string(), languages: z.array(z.string()) })),
  introducedAt: z.string().nullable(),
});

export const TonightSchema = z.object({
  site: z.object({ id: IdSchema, name: z.string(), timeZone: z.string(), roomCapacity: z.number().int() }),
  /** The session in progress or next tonight; null when nothing is scheduled today. */
  session: DoorSessionSchema.nullable(),
  /** Checked in and not marked as left. */
  headcount: z.number().int(),
  visits: z.number().int(),
  firstVisits: z.number().int(),
  anonymousVisits: z.number().int(),
  onDuty: z.array(
    z.object({
      accountId: IdSchema,
      displayName: z.string(),
      duty: DutyKindSchema,
      languages: z.array(z.string()),
    }),
  ),
  activities: z.array(SessionActivitySchema),
  /** The site's most frequent nationalities of the last 90 days, most frequent first, for the picker. */
  frequentNationalities: z.array(z.string()),
  languageMatches: z.array(LanguageMatchSchema),
  lowStock: z.array(
    z.object({ itemId: IdSchema, names: z.record(z.string(), z.string()), stock: z.number().int() }),
  ),
  /** Tonight's visits, newest first. */
  recentVisits: z.array(
    VisitSchema.extend({
      /** The clinic saw her tonight: all the door learns of it (no reason, no test, no result). */
      seenByClinic: z.boolean(),
    }),
  ),
});
export type Tonight = z.infer<typeof TonightSchema>;

// Visitor codes

export const VisitorFlagSchema = z.object({
  id: IdSchema,
  kind: FlagKindSchema,
  source: z.enum(["staff", "clinic", "follow_up"]),
  raisedAt: z.string(),
});

export const VisitorProfileSchema = z.object({
  id: IdSchema,
  code: z.string(),
  nationality: z.string(),
  languages: z.array(z.string()),
  heardFrom: HeardFromSchema.nullable(),
  adultConfirmed: z.boolean(),
  /**
   * Only for roles with visitor.nickname, only from GET by id (never from a lookup at the door);
   * reading it is audited. Null otherwise or when none.
   */
  nickname: z.string().nullable(),
  issuedAt: z.string(),
  firstVisitOn: LocalDateSchema.nullable(),
  lastVisitOn: LocalDateSchema.nullable(),
  visitCount: z.number().int(),
  flags: z.array(VisitorFlagSchema),
  /** Codes merged into this one: her older cards still work. */
  mergedCodes: z.array(z.string()),
  /** The link her card's QR code opens (her pages, with the code in the fragment). */
  cardUrl: z.string(),
  can: z.object({ manage: z.boolean(), readNickname: z.boolean() }),
});
export type VisitorProfile = z.infer<typeof VisitorProfileSchema>;

export const LookupCodeBodySchema = z.object({ code: TypedVisitorCodeSchema }).strict();

export const IssueCodeBodySchema = z
  .object({
    nationality: CountrySchema,
    languages: z.array(LanguageCodeSchema).max(LIMITS.languagesMax).default([]),
    heardFrom: HeardFromSchema.optional(),
    adultConfirmed: z.boolean().default(false),
  })
  .strict();

export const UpdateCodeBodySchema = z
  .object({
    nationality: CountrySchema.optional(),
    languages: z.array(LanguageCodeSchema).max(LIMITS.languagesMax).optional(),
    heardFrom: HeardFromSchema.nullable().optional(),
    adultConfirmed: z.boolean().optional(),
    /** An empty string removes it. */
    nickname: NicknameSchema.optional(),
  })
  .strict();

export const RaiseFlagBodySchema = z.object({ kind: FlagKindSchema }).strict();
export const FlagParamsSchema = z.object({ id: IdSchema, flagId: IdSchema }).strict();
/** Merge the other code into this one: its visits, flags and card come along. */
export const MergeCodesBodySchema = z.object({ otherCode: TypedVisitorCodeSchema }).strict();

// Door statistics

export const DoorReportQuerySchema = z
  .object({ siteId: IdSchema, from: LocalDateSchema, to: LocalDateSchema })
  .strict();

const Count = z.object({ key: z.string(), count: z.number().int() });

export const DoorSessionRowSchema = z.object({
  sessionId: IdSchema,
  date: LocalDateSchema,
  startsAt: LocalTimeSchema,
  pilot: z.string().nullable(),
  visits: z.number().int(),
  distinctCodes: z.number().int(),
  anonymousVisits: z.number().int(),
  firstVisits: z.number().int(),
});

export const DoorReportSchema = z.object({
  site: z.object({ id: IdSchema, name: z.string() }),
  from: LocalDateSchema,
  to: LocalDateSchema,
  totals: z.object({
    sessions: z.number().int(),
    visits: z.number().int(),
    distinctCodes: z.number().int(),
    anonymousVisits: z.number().int(),
    firstVisits: z.number().int(),
    limitOverrides: z.number().int(),
  }),
  sessions: z.array(DoorSessionRowSchema),
  /** Counts under a threshold are not hidden here: managers see exact figures; exports for funders are issue 8's. */
  byNationality: z.array(Count),
  heardFrom: z.array(Count),
  services: z.array(
    z.object({ serviceId: IdSchema, names: z.record(z.string(), z.string()), count: z.number().int() }),
  ),
  supplies: z.array(
    z.object({
      itemId: IdSchema,
      names: z.record(z.string(), z.string()),
      quantity: z.number().int(),
      handouts: z.number().int(),
      overrides: z.number().int(),
    }),
  ),
});
export type DoorReport = z.infer<typeof DoorReportSchema>;

export const visitsRoutes = defineRoutes({
  tonight: {
    method: "GET",
    path: "/api/v1/sites/:siteId/tonight",
    access: "visit.record",
    summary: "Tonight's board: the session, headcount, staff on duty and their languages, matches, low stock",
    params: SiteParamsSchema,
    response: TonightSchema,
  },
  openSession: {
    method: "POST",
    path: "/api/v1/sites/:siteId/tonight/open",
    access: "visit.record",
    summary: "Open tonight's scheduled session (repeating it changes nothing)",
    params: SiteParamsSchema,
    response: DoorSessionSchema,
  },
  closeSession: {
    method: "POST",
    path: "/api/v1/sites/:siteId/tonight/close",
    access: "visit.record",
    summary: "Close tonight's session: no more check-ins",
    params: SiteParamsSchema,
    response: DoorSessionSchema,
  },
  checkIn: {
    method: "POST",
    path: "/api/v1/visits",
    access: "visit.record",
    summary:
      "Check a woman in (201). The same code twice in a session, or a retry with the same Idempotency-Key header, answers the first visit (200)",
    body: CheckInBodySchema,
    response: VisitSchema,
    status: 201,
  },
  getVisit: {
    method: "GET",
    path: "/api/v1/visits/:id",
    access: "visit.record",
    summary: "One visit, with its services and supplies",
    params: VisitParamsSchema,
    response: VisitSchema,
  },
  removeVisit: {
    method: "DELETE",
    path: "/api/v1/visits/:id",
    access: "visit.record",
    summary: "Undo a mistaken check-in while its session is open",
    params: VisitParamsSchema,
    response: OkSchema,
  },
  markLeft: {
    method: "POST",
    path: "/api/v1/visits/:id/left",
    access: "visit.record",
    summary: "She has left: the headcount goes down",
    params: VisitParamsSchema,
    response: VisitSchema,
  },
  markIntroduced: {
    method: "POST",
    path: "/api/v1/visits/:id/introduction",
    access: "visit.record",
    summary: "She has met a colleague who speaks her language",
    params: VisitParamsSchema,
    response: VisitSchema,
  },
  lookupCode: {
    method: "POST",
    path: "/api/v1/visitor-codes/lookup",
    access: "visit.record",
    summary:
      "Find a code's profile by the code as typed (sent in the body, so it stays out of URLs and logs)",
    body: LookupCodeBodySchema,
    response: VisitorProfileSchema,
  },
  issueCode: {
    method: "POST",
    path: "/api/v1/visitor-codes",
    access: "visit.record",
    summary: "Give a woman a new visitor code for her card",
    body: IssueCodeBodySchema,
    response: VisitorProfileSchema,
    status: 201,
  },
  getCode: {
    method: "GET",
    path: "/api/v1/visitor-codes/:id",
    access: "visit.record",
    summary:
      "A code's profile: nationality, languages, visits, flags, and the nickname for those who may read it",
    params: VisitParamsSchema,
    response: VisitorProfileSchema,
  },
  updateCode: {
    method: "PATCH",
    path: "/api/v1/visitor-codes/:id",
    access: "visitor.manage",
    summary: "Change a code's profile or nickname",
    params: VisitParamsSchema,
    body: UpdateCodeBodySchema,
    response: VisitorProfileSchema,
  },
  raiseFlag: {
    method: "POST",
    path: "/api/v1/visitor-codes/:id/flags",
    access: "visit.record",
    summary: "Tell the door to ask her to see the nurse, or that a colleague wants to talk to her",
    params: VisitParamsSchema,
    body: RaiseFlagBodySchema,
    response: VisitorProfileSchema,
    status: 201,
  },
  clearFlag: {
    method: "DELETE",
    path: "/api/v1/visitor-codes/:id/flags/:flagId",
    access: "visit.record",
    summary: "The door has told her: clear the flag",
    params: FlagParamsSchema,
    response: VisitorProfileSchema,
  },
  mergeCodes: {
    method: "POST",
    path: "/api/v1/visitor-codes/:id/merge",
    access: "visitor.manage",
    summary: "Merge another code of the same woman into this one",
    params: VisitParamsSchema,
    body: MergeCodesBodySchema,
    response: VisitorProfileSchema,
  },
  eraseCode: {
    method: "DELETE",
    path: "/api/v1/visitor-codes/:id",
    access: "visitor.manage",
    summary: "Erase a code on her request: her visits stay only as anonymous counts",
    params: VisitParamsSchema,
    response: OkSchema,
  },
  doorReport: {
    method: "GET",
    path: "/api/v1/reports/door",
    access: "report.door",
    summary: `Door statistics of a site for a period (at most ${LIMITS.doorReportMaxDays} days); Accept: text/csv gives CSV, Accept: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet gives XLSX`,
    query: DoorReportQuerySchema,
    response: DoorReportSchema,
  },
});
