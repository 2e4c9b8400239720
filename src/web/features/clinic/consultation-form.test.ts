import { describe, expect, it } from "vitest";
import { LIMITS } from "../../../common/limits";
import { checkCharacter, formatVisitorCode } from "../../../common/visitor-code";
import {
  type BuildContext,
  buildConsultationBody,
  type ConsultationValues,
  emptyCost,
  emptyDiagnosis,
  emptyDispense,
  emptyReferral,
  icd10Hint,
  initialConsultationValues,
  placeConsultationErrors,
} from "./consultation-form";

const SITE = "00000000-0000-4000-8000-000000000001";
const MEDICINE = "00000000-0000-4000-8000-0000000000a1";
const context: BuildContext = {
  siteId: SITE,
  language: "da",
  medicines: [{ id: MEDICINE, stock: 5, unit: "piece" }],
};
const RAW_CODE = `K7MQ4XP${checkCharacter("K7MQ4XP")}`;
const CODE = formatVisitorCode(RAW_CODE);

function values(overrides: Partial<ConsultationValues> = {}): ConsultationValues {
  return {
    ...initialConsultationValues({ visitorCode: CODE, clinicKind: "clinic_gynaecology" }),
    reason: "Pain",
    ...overrides,
  };
}

function problemsOf(v: ConsultationValues, ctx = context) {
  const result = buildConsultationBody(v, ctx);
  return result.ok ? {} : result.problems;
}

describe("buildConsultationBody", () => {
  it("makes the request of a filled-in form, dropping rows left empty", () => {
    const result = buildConsultationBody(
      values({
        notes: "  seen  ",
        diagnoses: [emptyDiagnosis(), { key: "d", text: "Vaginitis", icd10: "dn760" }],
        tests: ["chlamydia", "other"],
        otherTestName: "Mycoplasma",
        dispense: [emptyDispense(), { key: "m", medicineId: MEDICINE, quantity: 2 }],
        referrals: [
          {
            ...emptyReferral(),
            kind: "hospital",
            place: "Rigshospitalet",
            note: "scan",
            needsAccompaniment: true,
            appointmentOn: "2010-03-10",
            appointmentTime: "09:30",
            languageNeeded: "ro",
          },
        ],
        costs: [emptyCost(), { ...emptyCost(), kind: "medicine", amount: "1.234,50" }],
      }),
      context,
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.body).toEqual({
      siteId: SITE,
      clinicKind: "clinic_gynaecology",
      visitorCode: RAW_CODE,
      reason: "Pain",
      notes: "seen",
      diagnoses: [{ text: "Vaginitis", icd10: "N76.0" }],
      tests: [{ testType: "chlamydia" }, { testType: "other", otherName: "Mycoplasma" }],
      dispense: [{ medicineId: MEDICINE, quantity: 2 }],
      referrals: [
        {
          kind: "hospital",
          place: "Rigshospitalet",
          note: "scan",
          needsAccompaniment: true,
          appointmentOn: "2010-03-10",
          appointmentTime: "09:30",
          languageNeeded: "ro",
        },
      ],
      costs: [{ kind: "medicine", amountOre: 123_450 }],
    });
  });

  it("sends the ticket instead of a code when she was called from the queue", () => {
    const result = buildConsultationBody(values({ visitorCode: "" }), { ...context, ticketId: MEDICINE });
    expect(result.ok && result.body).toMatchObject({ ticketId: MEDICINE });
    expect(result.ok && "visitorCode" in result.body).toBe(false);
  });

  it("asks for a nationality, not a code, for a woman without one", () => {
    expect(problemsOf(values({ withoutCode: true }))).toEqual({ nationality: { key: "required" } });
    const result = buildConsultationBody(values({ withoutCode: true, nationality: "XX" }), context);
    expect(result.ok && result.body.nationality).toBe("XX");
  });

  it("names each missing or wrong field before anything is sent", () => {
    expect(
      problemsOf(
        values({
          clinicKind: null,
          visitorCode: "K7MQ",
          reason: " ",
          diagnoses: [{ key: "d", text: "", icd10: "12" }],
          tests: ["other"],
        }),
      ),
    ).toEqual({
      clinicKind: { key: "required" },
      visitorCode: { key: "code" },
      reason: { key: "required" },
      "diagnoses.0.text": { key: "diagnosisText" },
      "diagnoses.0.icd10": { key: "icd10" },
      otherTestName: { key: "required" },
    });
    expect(problemsOf(values({ visitorCode: "" }))).toEqual({ visitorCode: { key: "required" } });
    expect(problemsOf(values({ reason: "x".repeat(LIMITS.clinicReasonMax + 1) }))).toEqual({
      reason: { key: "tooLong", max: LIMITS.clinicReasonMax },
    });
  });

  it("refuses more medicine than the stock, counting rows of the same medicine together", () => {
    expect(
      problemsOf(
        values({
          dispense: [
            { key: "a", medicineId: MEDICINE, quantity: 3 },
            { key: "b", medicineId: MEDICINE, quantity: 3 },
          ],
        }),
      ),
    ).toEqual({ "dispense.1.quantity": { key: "moreThanStock", stock: 5, unit: "piece" } });
    expect(problemsOf(values({ dispense: [{ key: "a", medicineId: null, quantity: 0 }] }))).toEqual({
      "dispense.0.medicineId": { key: "required" },
      "dispense.0.quantity": { key: "quantity", max: LIMITS.dispenseQuantityMax },
    });
  });

  it("needs the date and time of her appointment when someone goes with her", () => {
    expect(problemsOf(values({ referrals: [{ ...emptyReferral(), needsAccompaniment: true }] }))).toEqual({
      "referrals.0.kind": { key: "required" },
      "referrals.0.place": { key: "required" },
      "referrals.0.appointmentOn": { key: "accompanimentDate" },
      "referrals.0.appointmentTime": { key: "accompanimentTime" },
    });
    expect(
      problemsOf(
        values({
          referrals: [{ ...emptyReferral(), kind: "dentist", place: "Tandlægen", appointmentTime: "10:00" }],
        }),
      ),
    ).toEqual({ "referrals.0.appointmentOn": { key: "timeWithoutDate" } });
  });

  it("leaves out the language when nobody goes with her: the task is the only place it is for", () => {
    const result = buildConsultationBody(
      values({
        referrals: [{ ...emptyReferral(), kind: "dentist", place: "Tandlægen", languageNeeded: "ro" }],
      }),
      context,
    );
    expect(result.ok && result.body.referrals).toEqual([
      { kind: "dentist", place: "Tandlægen", note: "", needsAccompaniment: false },
    ]);
  });

  it("reads costs in kroner and says what is wrong with an amount", () => {
    const cost = (amount: string) => values({ costs: [{ ...emptyCost(), kind: "treatment", amount }] });
    expect(problemsOf(cost("abc"))).toEqual({
      "costs.0.amount": { key: "amount.notANumber", max: LIMITS.costAmountMaxOre / 100 },
    });
    expect(problemsOf(cost("0"))).toEqual({ "costs.0.amount": { key: "amountZero" } });
    expect(problemsOf(cost("2000000"))).toEqual({
      "costs.0.amount": { key: "amount.tooLarge", max: LIMITS.costAmountMaxOre / 100 },
    });
    expect(problemsOf(values({ costs: [{ ...emptyCost(), note: "x" }] }))).toEqual({
      "costs.0.kind": { key: "required" },
      "costs.0.amount": { key: "required" },
    });
  });
});

describe("the server's refusals on the form", () => {
  it("land on the row the nurse typed them in, even when empty rows above were dropped", () => {
    const result = buildConsultationBody(
      values({
        diagnoses: [emptyDiagnosis(), { key: "d", text: "Vaginitis", icd10: "N76.0" }],
        tests: ["hiv", "other"],
        otherTestName: "Mycoplasma",
        dispense: [emptyDispense(), { key: "m", medicineId: MEDICINE, quantity: 1 }],
        costs: [emptyCost(), emptyCost(), { ...emptyCost(), kind: "treatment", amount: "200" }],
      }),
      context,
    );
    if (!result.ok) throw new Error("expected a request");
    const { errors, unplaced } = placeConsultationErrors(
      [
        { path: "diagnoses.0.icd10", code: "INVALID_ICD10", message: "" },
        { path: "dispense.0.quantity", code: "OUT_OF_STOCK", message: "" },
        { path: "tests.1.otherName", code: "VALIDATION_FAILED", message: "" },
        { path: "costs.0.amountOre", code: "VALIDATION_FAILED", message: "" },
        { path: "visitorCode", code: "UNKNOWN_VISITOR_CODE", message: "" },
        { path: "ticketId", code: "NOT_FOUND", message: "" },
      ],
      result.formPathOf,
    );
    expect(Object.keys(errors).sort()).toEqual(
      ["costs.2.amount", "diagnoses.1.icd10", "dispense.1.quantity", "otherTestName", "visitorCode"].sort(),
    );
    expect(unplaced.map((e) => e.path)).toEqual(["ticketId"]);
  });
});

describe("icd10Hint", () => {
  it("shows the code as it will be kept, or that it is none", () => {
    expect(icd10Hint("")).toEqual({ kind: "empty" });
    expect(icd10Hint("a549")).toEqual({ kind: "valid", code: "A54.9" });
    expect(icd10Hint("DN760")).toEqual({ kind: "valid", code: "N76.0" });
    expect(icd10Hint("chlamydia")).toEqual({ kind: "invalid" });
  });
});
