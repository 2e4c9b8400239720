import {
  type ClinicKind,
  type CostKind,
  type CreateConsultationBody,
  normaliseIcd10,
  type ReferralKind,
  type TestType,
} from "../../../common/contracts/clinic";
import type { FieldError } from "../../../common/errors";
import { LIMITS } from "../../../common/limits";
import { isDate } from "../door-report/door-report.period";
import { readTypedCode } from "../visitors/visitors.code-input";
import { type KronerProblem, readKroner } from "./clinic.money";

/**
 * The consultation form as the nurse fills it in, and the request it becomes. Rows she added and left
 * empty are dropped; what she filled in half is named, field by field, before anything is sent.
 */

export interface DiagnosisRow {
  key: string;
  text: string;
  icd10: string;
}

export interface DispenseRow {
  key: string;
  medicineId: string | null;
  quantity: number | string;
}

export interface ReferralRow {
  key: string;
  kind: ReferralKind | null;
  place: string;
  note: string;
  needsAccompaniment: boolean;
  /** "YYYY-MM-DD" or "". */
  appointmentOn: string;
  /** "HH:MM" or "". */
  appointmentTime: string;
  languageNeeded: string | null;
}

export interface CostRow {
  key: string;
  kind: CostKind | null;
  /** Kroner as typed ("1.234,50"). */
  amount: string;
  /** "YYYY-MM-DD", or "" for today. */
  incurredOn: string;
  note: string;
}

export interface ConsultationValues {
  clinicKind: ClinicKind | null;
  /** Her code as typed; ignored when she has none or came with a ticket. */
  visitorCode: string;
  withoutCode: boolean;
  /** Only for a woman without a code (and no ticket): "XX" when not known. */
  nationality: string | null;
  reason: string;
  notes: string;
  diagnoses: DiagnosisRow[];
  tests: TestType[];
  otherTestName: string;
  dispense: DispenseRow[];
  referrals: ReferralRow[];
  costs: CostRow[];
}

let keySeed = 0;
/** A key for a new row, so React keeps each row's fields when one above it is removed. */
export const rowKey = () => `row-${++keySeed}`;

export const emptyDiagnosis = (): DiagnosisRow => ({ key: rowKey(), text: "", icd10: "" });
export const emptyDispense = (): DispenseRow => ({ key: rowKey(), medicineId: null, quantity: 1 });
export const emptyReferral = (): ReferralRow => ({
  key: rowKey(),
  kind: null,
  place: "",
  note: "",
  needsAccompaniment: false,
  appointmentOn: "",
  appointmentTime: "",
  languageNeeded: null,
});
export const emptyCost = (): CostRow => ({ key: rowKey(), kind: null, amount: "", incurredOn: "", note: "" });

export function initialConsultationValues(options: { visitorCode?: string; clinicKind?: ClinicKind | null }) {
  return {
    clinicKind: options.clinicKind ?? null,
    visitorCode: options.visitorCode ?? "",
    withoutCode: false,
    nationality: null,
    reason: "",
    notes: "",
    diagnoses: [emptyDiagnosis()],
    tests: [],
    otherTestName: "",
    dispense: [],
    referrals: [],
    costs: [],
  } satisfies ConsultationValues;
}

/** What is wrong with a field, as a key under `form.problems` in clinic.json and its values. */
export type Problem =
  | { key: "required" }
  | { key: "tooLong"; max: number }
  | { key: "code" }
  | { key: "icd10" }
  | { key: "diagnosisText" }
  | { key: "quantity"; max: number }
  | { key: "moreThanStock"; stock: number; unit: string }
  | { key: "accompanimentDate" }
  | { key: "accompanimentTime" }
  | { key: "timeWithoutDate" }
  | { key: "date" }
  | { key: "time" }
  | { key: "amountZero" }
  | { key: `amount.${KronerProblem}`; max: number };

export interface MedicineStock {
  id: string;
  stock: number;
  unit: string;
}

export interface BuildContext {
  siteId: string;
  /** The queue ticket she was called with: her code and nationality come from it. */
  ticketId?: string;
  visitId?: string;
  language: string;
  /** The site's medicine, to refuse more than the stock before sending. */
  medicines: readonly MedicineStock[];
}

export type BuildResult =
  | {
      ok: true;
      body: CreateConsultationBody;
      /** Where a refusal of the server belongs in the form ("diagnoses.0.icd10" → "diagnoses.2.icd10"). */
      formPathOf: (serverPath: string) => string | null;
    }
  | { ok: false; problems: Record<string, Problem> };

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

const isBlankDiagnosis = (row: DiagnosisRow) => !row.text.trim() && !row.icd10.trim();
const isBlankDispense = (row: DispenseRow) =>
  row.medicineId === null && (row.quantity === "" || row.quantity === 1);
const isBlankReferral = (row: ReferralRow) =>
  row.kind === null &&
  !row.place.trim() &&
  !row.note.trim() &&
  !row.needsAccompaniment &&
  !row.appointmentOn &&
  !row.appointmentTime;
const isBlankCost = (row: CostRow) => row.kind === null && !row.amount.trim() && !row.note.trim();

function checkLength(problems: Record<string, Problem>, path: string, text: string, max: number) {
  if (text.trim().length > max) problems[path] = { key: "tooLong", max };
}

/** The form's values as the request, or what is wrong with them, by form field. */
export function buildConsultationBody(values: ConsultationValues, context: BuildContext): BuildResult {
  const problems: Record<string, Problem> = {};
  // Server path prefix → form path prefix, for rows whose index changed when blank rows were dropped.
  const rowPaths = new Map<string, string>();

  if (!values.clinicKind) problems.clinicKind = { key: "required" };

  let visitorCode: string | undefined;
  let nationality: string | undefined;
  if (!context.ticketId) {
    if (values.withoutCode) {
      if (!values.nationality) problems.nationality = { key: "required" };
      else nationality = values.nationality;
    } else {
      const typed = readTypedCode(values.visitorCode);
      if (typed.kind === "valid") visitorCode = typed.code;
      else problems.visitorCode = typed.kind === "empty" ? { key: "required" } : { key: "code" };
    }
  }

  if (!values.reason.trim()) problems.reason = { key: "required" };
  checkLength(problems, "reason", values.reason, LIMITS.clinicReasonMax);
  checkLength(problems, "notes", values.notes, LIMITS.clinicNotesMax);

  const diagnoses: NonNullable<CreateConsultationBody["diagnoses"]> = [];
  values.diagnoses.forEach((row, index) => {
    if (isBlankDiagnosis(row)) return;
    const path = `diagnoses.${index}`;
    if (!row.text.trim()) problems[`${path}.text`] = { key: "diagnosisText" };
    checkLength(problems, `${path}.text`, row.text, LIMITS.diagnosisTextMax);
    const typedCode = row.icd10.trim();
    const icd10 = typedCode ? normaliseIcd10(typedCode) : null;
    if (typedCode && !icd10) problems[`${path}.icd10`] = { key: "icd10" };
    rowPaths.set(`diagnoses.${diagnoses.length}`, path);
    diagnoses.push({ text: row.text.trim(), ...(icd10 ? { icd10 } : {}) });
  });

  const tests: NonNullable<CreateConsultationBody["tests"]> = [];
  for (const testType of values.tests) {
    if (testType === "other") {
      const name = values.otherTestName.trim();
      if (!name) problems.otherTestName = { key: "required" };
      checkLength(problems, "otherTestName", name, LIMITS.testNameMax);
      rowPaths.set(`tests.${tests.length}.otherName`, "otherTestName");
      rowPaths.set(`tests.${tests.length}`, "otherTestName");
      tests.push({ testType, otherName: name });
    } else {
      rowPaths.set(`tests.${tests.length}`, "tests");
      tests.push({ testType });
    }
  }

  const dispense: NonNullable<CreateConsultationBody["dispense"]> = [];
  const wanted = new Map<string, number>();
  values.dispense.forEach((row, index) => {
    if (isBlankDispense(row)) return;
    const path = `dispense.${index}`;
    const quantity = row.quantity;
    if (!row.medicineId) problems[`${path}.medicineId`] = { key: "required" };
    if (
      typeof quantity !== "number" ||
      !Number.isInteger(quantity) ||
      quantity < 1 ||
      quantity > LIMITS.dispenseQuantityMax
    ) {
      problems[`${path}.quantity`] = { key: "quantity", max: LIMITS.dispenseQuantityMax };
    } else if (row.medicineId) {
      const total = (wanted.get(row.medicineId) ?? 0) + quantity;
      wanted.set(row.medicineId, total);
      const medicine = context.medicines.find((m) => m.id === row.medicineId);
      if (medicine && total > medicine.stock) {
        problems[`${path}.quantity`] = { key: "moreThanStock", stock: medicine.stock, unit: medicine.unit };
      }
    }
    rowPaths.set(`dispense.${dispense.length}`, path);
    dispense.push({
      medicineId: row.medicineId ?? "",
      quantity: typeof quantity === "number" ? quantity : 0,
    });
  });

  const referrals: NonNullable<CreateConsultationBody["referrals"]> = [];
  values.referrals.forEach((row, index) => {
    if (isBlankReferral(row)) return;
    rowPaths.set(`referrals.${referrals.length}`, `referrals.${index}`);
    referrals.push(checkReferral(row, `referrals.${index}`, problems));
  });

  const costs: NonNullable<CreateConsultationBody["costs"]> = [];
  values.costs.forEach((row, index) => {
    if (isBlankCost(row)) return;
    rowPaths.set(`costs.${costs.length}`, `costs.${index}`);
    costs.push(checkCost(row, `costs.${index}`, problems, context.language));
  });

  if (Object.keys(problems).length > 0) return { ok: false, problems };

  const body: CreateConsultationBody = {
    siteId: context.siteId,
    clinicKind: values.clinicKind ?? "clinic_general_practice",
    ...(context.ticketId ? { ticketId: context.ticketId } : {}),
    ...(context.visitId ? { visitId: context.visitId } : {}),
    ...(visitorCode ? { visitorCode } : {}),
    ...(nationality ? { nationality } : {}),
    reason: values.reason.trim(),
    notes: values.notes.trim(),
    diagnoses,
    tests,
    dispense,
    referrals,
    costs,
  };
  return { ok: true, body, formPathOf: (serverPath) => formPathOf(serverPath, rowPaths) };
}

type ReferralInput = NonNullable<CreateConsultationBody["referrals"]>[number];
type CostInput = NonNullable<CreateConsultationBody["costs"]>[number];

/** One referral as the request has it; what is wrong goes into `problems` under `path`. */
export function checkReferral(
  row: ReferralRow,
  path: string,
  problems: Record<string, Problem>,
): ReferralInput {
  const at = (field: string) => (path ? `${path}.${field}` : field);
  if (!row.kind) problems[at("kind")] = { key: "required" };
  if (!row.place.trim()) problems[at("place")] = { key: "required" };
  checkLength(problems, at("place"), row.place, LIMITS.referralPlaceMax);
  checkLength(problems, at("note"), row.note, LIMITS.referralNoteMax);
  if (row.appointmentOn && !isDate(row.appointmentOn)) problems[at("appointmentOn")] = { key: "date" };
  if (row.appointmentTime && !TIME.test(row.appointmentTime))
    problems[at("appointmentTime")] = { key: "time" };
  if (row.needsAccompaniment) {
    if (!row.appointmentOn) problems[at("appointmentOn")] = { key: "accompanimentDate" };
    if (!row.appointmentTime) problems[at("appointmentTime")] = { key: "accompanimentTime" };
  } else if (row.appointmentTime && !row.appointmentOn) {
    problems[at("appointmentOn")] = { key: "timeWithoutDate" };
  }
  return {
    kind: row.kind ?? "hospital",
    place: row.place.trim(),
    note: row.note.trim(),
    needsAccompaniment: row.needsAccompaniment,
    ...(row.appointmentOn ? { appointmentOn: row.appointmentOn } : {}),
    ...(row.appointmentTime ? { appointmentTime: row.appointmentTime } : {}),
    ...(row.needsAccompaniment && row.languageNeeded ? { languageNeeded: row.languageNeeded } : {}),
  };
}

/** One cost as the request has it (kroner read as øre); what is wrong goes into `problems`. */
export function checkCost(
  row: CostRow,
  path: string,
  problems: Record<string, Problem>,
  language: string,
): CostInput {
  const at = (field: string) => (path ? `${path}.${field}` : field);
  if (!row.kind) problems[at("kind")] = { key: "required" };
  const amount = costAmountProblem(row.amount, language);
  if (amount.problem) problems[at("amount")] = amount.problem;
  if (row.incurredOn && !isDate(row.incurredOn)) problems[at("incurredOn")] = { key: "date" };
  checkLength(problems, at("note"), row.note, LIMITS.costNoteMax);
  return {
    kind: row.kind ?? "treatment",
    amountOre: amount.ore,
    ...(row.incurredOn ? { incurredOn: row.incurredOn } : {}),
    ...(row.note.trim() ? { note: row.note.trim() } : {}),
  };
}

/** The amount of a cost as øre, or what is wrong with it. */
export function costAmountProblem(amount: string, language: string): { ore: number; problem?: Problem } {
  const read = readKroner(amount, language, LIMITS.costAmountMaxOre);
  const max = LIMITS.costAmountMaxOre / 100;
  if (read.kind === "empty") return { ore: 0, problem: { key: "required" } };
  if (read.kind === "invalid") return { ore: 0, problem: { key: `amount.${read.problem}`, max } };
  if (read.ore === 0) return { ore: 0, problem: { key: "amountZero" } };
  return { ore: read.ore };
}

/** Top-level fields of the request that the form shows under the same name. */
const SAME_NAME = new Set(["clinicKind", "visitorCode", "nationality", "reason", "notes", "tests"]);
/** Fields of a row whose form name differs from the request's. */
const ROW_FIELD = { amountOre: "amount", otherName: "" } as Record<string, string>;

function formPathOf(serverPath: string, rowPaths: Map<string, string>): string | null {
  const parts = serverPath.split(".");
  const [head, index, field] = parts;
  if (head === undefined) return null;
  if (parts.length === 1) {
    if (SAME_NAME.has(head)) return head;
    // "ticketId" or "visitId" (not hers any more) say the code is wrong: the code field is where to look.
    return null;
  }
  const exact = rowPaths.get(serverPath);
  if (exact) return exact;
  const row = rowPaths.get(`${head}.${index}`);
  if (!row) return SAME_NAME.has(head) ? head : null;
  if (field === undefined) return row;
  const mapped = ROW_FIELD[field];
  if (mapped === "") return row;
  return `${row}.${mapped ?? field}`;
}

/**
 * The server's field errors placed on the form by `formPathOf`; the rest is left for the message above
 * the form. The first error of a field wins.
 */
export function placeConsultationErrors(
  fieldErrors: readonly FieldError[],
  pathOf: (serverPath: string) => string | null,
): { errors: Record<string, FieldError>; unplaced: FieldError[] } {
  const errors: Record<string, FieldError> = {};
  const unplaced: FieldError[] = [];
  for (const error of fieldErrors) {
    const path = pathOf(error.path);
    if (path) errors[path] ??= error;
    else unplaced.push(error);
  }
  return { errors, unplaced };
}

/** The ICD-10 code as the server will keep it, for the live hint under the field; null while it is none. */
export function icd10Hint(
  typed: string,
): { kind: "empty" } | { kind: "valid"; code: string } | { kind: "invalid" } {
  if (!typed.trim()) return { kind: "empty" };
  const code = normaliseIcd10(typed);
  return code ? { kind: "valid", code } : { kind: "invalid" };
}
