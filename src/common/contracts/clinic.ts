import { z } from "zod";
import { LIMITS } from "../limits.js";
import { defineRoutes } from "./route.js";
import { IdSchema, LanguageCodeSchema, LocalDateSchema, LocalTimeSchema } from "./shared.js";
import { CountrySchema, TypedVisitorCodeSchema } from "./visits.js";

/**
 * The clinic's records under medical confidentiality (issue 5): consultations, tests and their
 * results, referrals, medicine and its stock, costs, and the statistics. Every route here but the
 * statistics needs `clinic.record` (health staff); any other role gets 403 and the attempt is
 * audited. Every read of clinical text is audited. Codes travel in bodies, never in URLs.
 */

// Kinds and states

/** The two clinics the schedule knows (activity kinds). */
export const CLINIC_KINDS = ["clinic_gynaecology", "clinic_general_practice"] as const;
export const ClinicKindSchema = z.enum(CLINIC_KINDS);
export type ClinicKind = z.infer<typeof ClinicKindSchema>;

export const TEST_TYPES = [
  "chlamydia",
  "gonorrhoea",
  "syphilis",
  "hiv",
  "hepatitis_b",
  "hepatitis_c",
  "pregnancy",
  "other",
] as const;
export const TestTypeSchema = z.enum(TEST_TYPES);
export type TestType = z.infer<typeof TestTypeSchema>;

/** A test's way, one step at a time: a skipped or backward step is refused with 409 INVALID_TRANSITION. */
export const TEST_STATES = ["taken", "sent", "result_in", "told"] as const;
export const TestStateSchema = z.enum(TEST_STATES);
export type TestState = z.infer<typeof TestStateSchema>;

export const TEST_OUTCOMES = ["positive", "negative", "inconclusive"] as const;
export const TestOutcomeSchema = z.enum(TEST_OUTCOMES);
export type TestOutcome = z.infer<typeof TestOutcomeSchema>;

export const REFERRAL_KINDS = ["hospital", "specialist", "abortion_clinic", "dentist"] as const;
export const ReferralKindSchema = z.enum(REFERRAL_KINDS);
export type ReferralKind = z.infer<typeof ReferralKindSchema>;

export const COST_KINDS = ["treatment", "medicine", "abortion"] as const;
export const CostKindSchema = z.enum(COST_KINDS);
export type CostKind = z.infer<typeof CostKindSchema>;

/**
 * An ICD-10 code as clinicians type it: "n76.0", "N760", or the Danish SKS form "DN760" all become
 * "N76.0". Null when it cannot be a code (a letter, two digits or a digit and a letter, then at most
 * four more characters after the dot). The server answers a malformed one with INVALID_ICD10 on the
 * field; the web uses the same function to warn while she types.
 */
export function normaliseIcd10(typed: string): string | null {
  let code = typed.trim().toUpperCase().replace(/\s+/g, "");
  // SKS writes a "D" for "diagnosis" before the ICD-10 code and leaves out the dot.
  if (/^D[A-Z]\d/.test(code)) code = code.slice(1);
  const match = /^([A-Z])(\d)([0-9A-Z])\.?([0-9A-Z]{1,4})?$/.exec(code);
  if (!match) return null;
  const [, letter, d1, d2, rest] = match;
  return `${letter}${d1}${d2}${rest ? `.${rest}` : ""}`;
}

const clinicalText = (max: number) => z.string().trim().max(max);

// Shared pieces

export const StaffRefSchema = z.object({ accountId: IdSchema, displayName: z.string() }).nullable();

export const DiagnosisSchema = z.object({
  text: z.string(),
  /** Normalised ("N76.0"), or null when only free text was given. */
  icd10: z.string().nullable(),
});
export type Diagnosis = z.infer<typeof DiagnosisSchema>;

export const DiagnosisInputSchema = z
  .object({
    text: clinicalText(LIMITS.diagnosisTextMax).min(1),
    /** Typed as the clinician likes; normalised by the server, refused as INVALID_ICD10 when malformed. */
    icd10: z.string().trim().max(12).optional(),
  })
  .strict();

export const TestInputSchema = z
  .object({
    testType: TestTypeSchema,
    /** Required for "other": what the test is. */
    otherName: clinicalText(LIMITS.testNameMax).optional(),
  })
  .strict();

export const DispenseInputSchema = z
  .object({
    medicineId: IdSchema,
    quantity: z.number().int().min(1).max(LIMITS.dispenseQuantityMax),
  })
  .strict();

export const ReferralInputSchema = z
  .object({
    kind: ReferralKindSchema,
    /** Where to (a hospital's department, a dentist's address). */
    place: clinicalText(LIMITS.referralPlaceMax).min(1),
    /** Why, for the clinic's eyes only: never copied into the accompaniment task. */
    note: clinicalText(LIMITS.referralNoteMax).default(""),
    /** Her appointment there, the site's local date and time; required when someone goes with her. */
    appointmentOn: LocalDateSchema.optional(),
    appointmentTime: LocalTimeSchema.optional(),
    needsAccompaniment: z.boolean().default(false),
    languageNeeded: LanguageCodeSchema.optional(),
  })
  .strict();

export const CostInputSchema = z
  .object({
    kind: CostKindSchema,
    amountOre: z.number().int().min(1).max(LIMITS.costAmountMaxOre),
    /** The site's local date the cost falls on; today when left out. */
    incurredOn: LocalDateSchema.optional(),
    note: clinicalText(LIMITS.costNoteMax).optional(),
  })
  .strict();

// Responses

export const ClinicTestSchema = z.object({
  id: IdSchema,
  consultationId: IdSchema,
  siteId: IdSchema,
  /** Her code as printed ("K7MQ-4XPR"), null when anonymous or erased. */
  visitorCode: z.string().nullable(),
  /** Taken under a code that was erased since: no result can be entered. */
  codeErased: z.boolean(),
  testType: TestTypeSchema,
  otherName: z.string().nullable(),
  state: TestStateSchema,
  outcome: TestOutcomeSchema.nullable(),
  resultNote: z.string().nullable(),
  takenAt: z.string(),
  sentAt: z.string().nullable(),
  resultAt: z.string().nullable(),
  toldAt: z.string().nullable(),
  takenBy: StaffRefSchema,
  /** The step this test may take next, or null when she has been told. */
  nextState: TestStateSchema.nullable(),
});
export type ClinicTest = z.infer<typeof ClinicTestSchema>;

export const AccompanimentStatusSchema = z
  .object({
    followUpId: IdSchema,
    status: z.string(),
    /** What the social worker recorded afterwards (no medical detail), or null. */
    outcome: z.string().nullable(),
  })
  .nullable();

export const ReferralSchema = z.object({
  id: IdSchema,
  consultationId: IdSchema,
  kind: ReferralKindSchema,
  place: z.string(),
  note: z.string(),
  appointmentAt: z.string().nullable(),
  needsAccompaniment: z.boolean(),
  languageNeeded: z.string().nullable(),
  accompaniment: AccompanimentStatusSchema,
  createdAt: z.string(),
  createdBy: StaffRefSchema,
});
export type Referral = z.infer<typeof ReferralSchema>;

export const DispensingSchema = z.object({
  id: IdSchema,
  medicineId: IdSchema,
  name: z.string(),
  unit: z.string(),
  quantity: z.number().int(),
  dispensedAt: z.string(),
  /** Stock left after this dispensing (as it is now). */
  stockLeft: z.number().int(),
});
export type Dispensing = z.infer<typeof DispensingSchema>;

export const CostSchema = z.object({
  id: IdSchema,
  siteId: IdSchema,
  consultationId: IdSchema.nullable(),
  kind: CostKindSchema,
  amountOre: z.number().int(),
  incurredOn: LocalDateSchema,
  note: z.string().nullable(),
  createdAt: z.string(),
  createdBy: StaffRefSchema,
});
export type Cost = z.infer<typeof CostSchema>;

export const ConsultationSchema = z.object({
  id: IdSchema,
  siteId: IdSchema,
  sessionId: IdSchema.nullable(),
  visitId: IdSchema.nullable(),
  ticketId: IdSchema.nullable(),
  visitorCodeId: IdSchema.nullable(),
  visitorCode: z.string().nullable(),
  nationality: z.string(),
  clinicKind: ClinicKindSchema,
  seenAt: z.string(),
  seenBy: StaffRefSchema,
  reason: z.string(),
  notes: z.string(),
  diagnoses: z.array(DiagnosisSchema),
  tests: z.array(ClinicTestSchema),
  dispensed: z.array(DispensingSchema),
  referrals: z.array(ReferralSchema),
  costs: z.array(CostSchema),
  /** Send it back with an edit: an edit of a stale copy is refused with 409 CONFLICT. */
  version: z.number().int(),
  updatedAt: z.string(),
});
export type Consultation = z.infer<typeof ConsultationSchema>;

/** A line in a list: no clinical text, so the list can be shown at a glance. */
export const ConsultationSummarySchema = z.object({
  id: IdSchema,
  siteId: IdSchema,
  sessionId: IdSchema.nullable(),
  visitorCode: z.string().nullable(),
  nationality: z.string(),
  clinicKind: ClinicKindSchema,
  seenAt: z.string(),
  seenBy: StaffRefSchema,
  tests: z.number().int(),
  referrals: z.number().int(),
});
export type ConsultationSummary = z.infer<typeof ConsultationSummarySchema>;

export const ConsultationListSchema = z.object({
  items: z.array(ConsultationSummarySchema),
  nextCursor: z.string().nullable(),
});

export const ClinicRecordSchema = z.object({
  visitorCodeId: IdSchema,
  visitorCode: z.string(),
  /** Newest first, at most LIMITS.pageSizeMax; `more` says when older ones were left out. */
  consultations: z.array(ConsultationSchema),
  more: z.boolean(),
});
export type ClinicRecord = z.infer<typeof ClinicRecordSchema>;

/** A test on the board: no result or note (those are read, and audited, one test at a time). */
export const TestBoardItemSchema = z.object({
  id: IdSchema,
  consultationId: IdSchema,
  visitorCode: z.string().nullable(),
  codeErased: z.boolean(),
  testType: TestTypeSchema,
  state: TestStateSchema,
  takenAt: z.string(),
  sentAt: z.string().nullable(),
  resultAt: z.string().nullable(),
  toldAt: z.string().nullable(),
  nextState: TestStateSchema.nullable(),
});
export type TestBoardItem = z.infer<typeof TestBoardItemSchema>;

export const TestBoardSchema = z.object({
  /** Results waiting to be told first, then by the time of their last step, oldest first. */
  items: z.array(TestBoardItemSchema),
  nextCursor: z.string().nullable(),
  /** How many tests of the site are in each state (all of them, not only this page). */
  counts: z.object({
    taken: z.number().int(),
    sent: z.number().int(),
    result_in: z.number().int(),
    told: z.number().int(),
  }),
});
export type TestBoard = z.infer<typeof TestBoardSchema>;

export const ReferralListItemSchema = z.object({
  id: IdSchema,
  consultationId: IdSchema,
  visitorCode: z.string().nullable(),
  kind: ReferralKindSchema,
  appointmentAt: z.string().nullable(),
  needsAccompaniment: z.boolean(),
  languageNeeded: z.string().nullable(),
  accompaniment: AccompanimentStatusSchema,
  createdAt: z.string(),
});
export const ReferralListSchema = z.object({
  items: z.array(ReferralListItemSchema),
  nextCursor: z.string().nullable(),
});

export const MedicineSchema = z.object({
  id: IdSchema,
  siteId: IdSchema,
  name: z.string(),
  unit: z.string(),
  stock: z.number().int(),
  lowStockAt: z.number().int(),
  lowStock: z.boolean(),
  unitCostOre: z.number().int().nullable(),
  active: z.boolean(),
});
export type Medicine = z.infer<typeof MedicineSchema>;

export const MedicineListSchema = z.object({ medicines: z.array(MedicineSchema) });

export const CostListSchema = z.object({
  items: z.array(CostSchema),
  nextCursor: z.string().nullable(),
  /** The sum of every cost in the period (not only this page), in øre. */
  totalOre: z.number().int(),
});

// Statistics

/** Medians in hours; null when no test of the type has reached that step in the period. */
export const TurnaroundRowSchema = z.object({
  testType: TestTypeSchema,
  taken: z.number().int(),
  medianHoursTakenToResult: z.number().nullable(),
  medianHoursResultToTold: z.number().nullable(),
  medianHoursTakenToTold: z.number().nullable(),
  /** Taken or sent, no result yet. */
  waitingForResult: z.number().int(),
  /** Result in, not told yet. */
  waitingToBeTold: z.number().int(),
});
export type TurnaroundRow = z.infer<typeof TurnaroundRowSchema>;

export const TurnaroundSchema = z.object({
  site: z.object({ id: IdSchema, name: z.string() }),
  from: LocalDateSchema,
  to: LocalDateSchema,
  byType: z.array(TurnaroundRowSchema),
});
export type Turnaround = z.infer<typeof TurnaroundSchema>;

/** A health count: null and `suppressed` when it is below the threshold (or would give one away). */
const SuppressedCount = z.number().int().nullable();

export const ClinicStatisticsSchema = z.object({
  site: z.object({ id: IdSchema, name: z.string() }),
  from: LocalDateSchema,
  to: LocalDateSchema,
  /** Health figures below this count are suppressed. */
  threshold: z.number().int(),
  totals: z.object({
    sessions: z.number().int(),
    consultations: z.number().int(),
    clinicHours: z.number(),
    /** Null when no clinic hours were scheduled. */
    consultationsPerHour: z.number().nullable(),
    turnedAway: z.number().int(),
    noShows: z.number().int(),
    tests: z.number().int(),
    costsOre: z.number().int(),
  }),
  sessions: z.array(
    z.object({
      sessionId: IdSchema,
      date: LocalDateSchema,
      clinicHours: z.number(),
      consultations: z.number().int(),
      turnedAway: z.number().int(),
      noShows: z.number().int(),
    }),
  ),
  byClinicKind: z.array(z.object({ clinicKind: ClinicKindSchema, consultations: z.number().int() })),
  tests: z.array(
    z.object({
      testType: TestTypeSchema,
      taken: z.number().int(),
      withResult: z.number().int(),
      positives: SuppressedCount,
      /** Positives per result, 0–1, rounded to three places; null when suppressed. */
      positiveRate: z.number().nullable(),
      suppressed: z.boolean(),
    }),
  ),
  turnaround: z.array(TurnaroundRowSchema),
  /** Per calendar month of the period and kind, in øre. */
  costs: z.array(
    z.object({
      month: z.string(),
      kind: CostKindSchema,
      amountOre: z.number().int(),
      count: z.number().int(),
    }),
  ),
  byNationality: z.array(
    z.object({ nationality: z.string(), consultations: SuppressedCount, suppressed: z.boolean() }),
  ),
});
export type ClinicStatistics = z.infer<typeof ClinicStatisticsSchema>;

// Requests

export const CreateConsultationBodySchema = z
  .object({
    siteId: IdSchema,
    clinicKind: ClinicKindSchema,
    /** Her code as typed; left out for a woman without one. */
    visitorCode: TypedVisitorCodeSchema.optional(),
    /** Her visit tonight (from the door's board), when known. */
    visitId: IdSchema.optional(),
    /** The queue ticket she was called with: her visit and code come from it. */
    ticketId: IdSchema.optional(),
    /** For a woman without a code, when her visit does not tell it ("XX" when not known); her code's nationality comes first. */
    nationality: CountrySchema.optional(),
    reason: clinicalText(LIMITS.clinicReasonMax).min(1),
    notes: clinicalText(LIMITS.clinicNotesMax).default(""),
    diagnoses: z.array(DiagnosisInputSchema).max(LIMITS.diagnosesMax).default([]),
    tests: z.array(TestInputSchema).max(LIMITS.clinicItemsMax).default([]),
    dispense: z.array(DispenseInputSchema).max(LIMITS.clinicItemsMax).default([]),
    referrals: z.array(ReferralInputSchema).max(LIMITS.clinicItemsMax).default([]),
    costs: z.array(CostInputSchema).max(LIMITS.clinicItemsMax).default([]),
  })
  .strict();
export type CreateConsultationBody = z.input<typeof CreateConsultationBodySchema>;

export const UpdateConsultationBodySchema = z
  .object({
    /** The version the clinician edited. */
    version: z.number().int().min(1),
    reason: clinicalText(LIMITS.clinicReasonMax).min(1).optional(),
    notes: clinicalText(LIMITS.clinicNotesMax).optional(),
    diagnoses: z.array(DiagnosisInputSchema).max(LIMITS.diagnosesMax).optional(),
  })
  .strict();
export type UpdateConsultationBody = z.input<typeof UpdateConsultationBodySchema>;

export const ClinicIdParamsSchema = z.object({ id: IdSchema }).strict();

const cursorPage = {
  limit: z.coerce.number().int().min(1).max(LIMITS.pageSizeMax).default(50),
  cursor: z.string().max(200).optional(),
};

export const ConsultationListQuerySchema = z
  .object({ siteId: IdSchema, sessionId: IdSchema.optional(), ...cursorPage })
  .strict();

export const ClinicRecordBodySchema = z.object({ code: TypedVisitorCodeSchema }).strict();

export const TestBoardQuerySchema = z
  .object({ siteId: IdSchema, state: TestStateSchema.optional(), ...cursorPage })
  .strict();

export const TestTransitionBodySchema = z.discriminatedUnion("to", [
  z.object({ to: z.literal("sent") }).strict(),
  z
    .object({
      to: z.literal("result_in"),
      outcome: TestOutcomeSchema,
      note: clinicalText(LIMITS.testNoteMax).optional(),
    })
    .strict(),
  z.object({ to: z.literal("told") }).strict(),
]);
export type TestTransitionBody = z.input<typeof TestTransitionBodySchema>;

export const ReferralListQuerySchema = z
  .object({ siteId: IdSchema, needsAccompaniment: z.stringbool().optional(), ...cursorPage })
  .strict();

export const MedicineListQuerySchema = z
  .object({ siteId: IdSchema, includeInactive: z.stringbool().default(false) })
  .strict();

export const CreateMedicineBodySchema = z
  .object({
    siteId: IdSchema,
    name: z.string().trim().min(1).max(LIMITS.medicineNameMax),
    unit: z.string().trim().min(1).max(LIMITS.medicineUnitMax).default("piece"),
    stock: z.number().int().min(0).max(LIMITS.medicineStockMax).default(0),
    lowStockAt: z.number().int().min(0).max(LIMITS.medicineStockMax).default(0),
    unitCostOre: z.number().int().min(0).max(LIMITS.costAmountMaxOre).nullable().default(null),
  })
  .strict();
export type CreateMedicineBody = z.input<typeof CreateMedicineBodySchema>;

export const UpdateMedicineBodySchema = z
  .object({
    name: z.string().trim().min(1).max(LIMITS.medicineNameMax).optional(),
    unit: z.string().trim().min(1).max(LIMITS.medicineUnitMax).optional(),
    lowStockAt: z.number().int().min(0).max(LIMITS.medicineStockMax).optional(),
    unitCostOre: z.number().int().min(0).max(LIMITS.costAmountMaxOre).nullable().optional(),
    active: z.boolean().optional(),
  })
  .strict();
export type UpdateMedicineBody = z.input<typeof UpdateMedicineBodySchema>;

export const MedicineAdjustmentBodySchema = z
  .object({
    /** A delivery (positive) or a count that found fewer (negative); stock never goes below zero. */
    delta: z
      .number()
      .int()
      .min(-LIMITS.medicineStockMax)
      .max(LIMITS.medicineStockMax)
      .refine((d) => d !== 0, "Give a change other than zero"),
    reason: z.string().trim().max(LIMITS.reasonMax).default(""),
  })
  .strict();

export const CreateCostBodySchema = CostInputSchema.extend({
  siteId: IdSchema,
  /** The consultation it belongs to, when it belongs to one (same site). */
  consultationId: IdSchema.optional(),
}).strict();
export type CreateCostBody = z.input<typeof CreateCostBodySchema>;

export const CostListQuerySchema = z
  .object({ siteId: IdSchema, from: LocalDateSchema, to: LocalDateSchema, ...cursorPage })
  .strict();

export const ClinicStatisticsQuerySchema = z
  .object({ siteId: IdSchema, from: LocalDateSchema, to: LocalDateSchema })
  .strict();

export const CLINIC_STATISTICS_MEDIA_TYPES = {
  csv: "text/csv",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
} as const;

export const clinicRoutes = defineRoutes({
  createConsultation: {
    method: "POST",
    path: "/api/v1/clinic/consultations",
    access: "clinic.record",
    summary:
      "Record a consultation with its diagnoses, tests, medicine, referrals and costs in one go (clinical text is encrypted)",
    body: CreateConsultationBodySchema,
    response: ConsultationSchema,
    status: 201,
  },
  listConsultations: {
    method: "GET",
    path: "/api/v1/clinic/consultations",
    access: "clinic.record",
    summary: "A site's consultations, newest first, without clinical text (the list is audited)",
    query: ConsultationListQuerySchema,
    response: ConsultationListSchema,
  },
  getConsultation: {
    method: "GET",
    path: "/api/v1/clinic/consultations/:id",
    access: "clinic.record",
    summary: "One consultation with its clinical text (every read is audited)",
    params: ClinicIdParamsSchema,
    response: ConsultationSchema,
  },
  updateConsultation: {
    method: "PATCH",
    path: "/api/v1/clinic/consultations/:id",
    access: "clinic.record",
    summary: "Change a consultation's reason, notes or diagnoses; a stale version is refused with 409",
    params: ClinicIdParamsSchema,
    body: UpdateConsultationBodySchema,
    response: ConsultationSchema,
  },
  clinicRecord: {
    method: "POST",
    path: "/api/v1/clinic/records/lookup",
    access: "clinic.record",
    summary: "A woman's clinic record by her code (sent in the body); the read is audited",
    body: ClinicRecordBodySchema,
    response: ClinicRecordSchema,
  },
  addTest: {
    method: "POST",
    path: "/api/v1/clinic/consultations/:id/tests",
    access: "clinic.record",
    summary: "Take another test in a consultation",
    params: ClinicIdParamsSchema,
    body: TestInputSchema,
    response: ClinicTestSchema,
    status: 201,
  },
  testBoard: {
    method: "GET",
    path: "/api/v1/clinic/tests",
    access: "clinic.record",
    summary: "The tests board: results waiting to be told first; no results or notes on the board",
    query: TestBoardQuerySchema,
    response: TestBoardSchema,
  },
  getTest: {
    method: "GET",
    path: "/api/v1/clinic/tests/:id",
    access: "clinic.record",
    summary: "One test with its result (the read is audited)",
    params: ClinicIdParamsSchema,
    response: ClinicTestSchema,
  },
  transitionTest: {
    method: "POST",
    path: "/api/v1/clinic/tests/:id/transitions",
    access: "clinic.record",
    summary:
      "Move a test one step: sent, result_in (with the outcome; the door asks her to see the nurse), told (the door's flag goes). A skipped or backward step is 409 INVALID_TRANSITION; a result for an erased code is 409 CODE_ERASED",
    params: ClinicIdParamsSchema,
    body: TestTransitionBodySchema,
    response: ClinicTestSchema,
  },
  addReferral: {
    method: "POST",
    path: "/api/v1/clinic/consultations/:id/referrals",
    access: "clinic.record",
    summary:
      "Refer her on; when someone should go with her, the social workers get an accompaniment task (date, place, language, no medical detail)",
    params: ClinicIdParamsSchema,
    body: ReferralInputSchema,
    response: ReferralSchema,
    status: 201,
  },
  listReferrals: {
    method: "GET",
    path: "/api/v1/clinic/referrals",
    access: "clinic.record",
    summary: "A site's referrals, newest first, with the accompaniment's status and outcome",
    query: ReferralListQuerySchema,
    response: ReferralListSchema,
  },
  dispense: {
    method: "POST",
    path: "/api/v1/clinic/consultations/:id/dispensings",
    access: "clinic.record",
    summary: "Hand her medicine from the clinic's stock; more than the stock is refused with OUT_OF_STOCK",
    params: ClinicIdParamsSchema,
    body: DispenseInputSchema,
    response: DispensingSchema,
    status: 201,
  },
  listMedicines: {
    method: "GET",
    path: "/api/v1/clinic/medicines",
    access: "clinic.record",
    summary: "The clinic's medicine and its stock",
    query: MedicineListQuerySchema,
    response: MedicineListSchema,
  },
  createMedicine: {
    method: "POST",
    path: "/api/v1/clinic/medicines",
    access: "clinic.record",
    summary: "Add a medicine to the clinic's stock list",
    body: CreateMedicineBodySchema,
    response: MedicineSchema,
    status: 201,
  },
  updateMedicine: {
    method: "PATCH",
    path: "/api/v1/clinic/medicines/:id",
    access: "clinic.record",
    summary: "Rename, hide or reprice a medicine",
    params: ClinicIdParamsSchema,
    body: UpdateMedicineBodySchema,
    response: MedicineSchema,
  },
  adjustMedicineStock: {
    method: "POST",
    path: "/api/v1/clinic/medicines/:id/adjustments",
    access: "clinic.record",
    summary: "A delivery or a count; stock never goes below zero",
    params: ClinicIdParamsSchema,
    body: MedicineAdjustmentBodySchema,
    response: MedicineSchema,
  },
  addCost: {
    method: "POST",
    path: "/api/v1/clinic/costs",
    access: "clinic.record",
    summary: "Record a cost the centre pays (treatment, medicine, abortion), in øre",
    body: CreateCostBodySchema,
    response: CostSchema,
    status: 201,
  },
  listCosts: {
    method: "GET",
    path: "/api/v1/clinic/costs",
    access: "clinic.record",
    summary: "A site's costs in a period, newest first, with the period's total",
    query: CostListQuerySchema,
    response: CostListSchema,
  },
  turnaround: {
    method: "GET",
    path: "/api/v1/clinic/turnaround",
    access: "clinic.statistics",
    summary: "Turnaround per test type (medians taken → result in → told) of tests taken in a period",
    query: ClinicStatisticsQuerySchema,
    response: TurnaroundSchema,
  },
  statistics: {
    method: "GET",
    path: "/api/v1/clinic/statistics",
    access: "clinic.statistics",
    summary: `Clinic statistics of a site for a period (at most ${LIMITS.clinicStatisticsMaxDays} days; health figures under ${LIMITS.healthDisclosureThreshold} suppressed); Accept: text/csv gives CSV, Accept: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet gives XLSX`,
    query: ClinicStatisticsQuerySchema,
    response: ClinicStatisticsSchema,
  },
});

// contract: ready
