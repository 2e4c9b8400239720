/**
 * Pure rules of the clinic's records: the test's way from taken to told, ICD-10 codes, medians and
 * small-number suppression for health figures. No database, no clock.
 */
import { normaliseIcd10, TEST_STATES, type TestState } from "../../../common/contracts/clinic.js";
import type { FieldError } from "../../../common/errors.js";
import { LIMITS } from "../../../common/limits.js";

// The test's way

/** The one step a test in this state may take next; null once she has been told. */
export function nextTestState(state: TestState): TestState | null {
  const index = TEST_STATES.indexOf(state);
  return TEST_STATES[index + 1] ?? null;
}

const STEP_NAMES: Record<TestState, string> = {
  taken: "taken",
  sent: "sent to the lab",
  result_in: "result in",
  told: "told",
};

/**
 * Whether a test may move from `current` to `target`: only ever one step forward. A skipped step
 * (a result before the test was sent, told before the result is in), a step back or a repeat is
 * refused with a message that says what comes next.
 */
export function transitionProblem(current: TestState, target: TestState): string | null {
  const next = nextTestState(current);
  if (next === target) return null;
  if (next === null) return `This test is already ${STEP_NAMES[current]}: nothing comes after that.`;
  if (target === current)
    return `This test is already ${STEP_NAMES[current]}. The next step is "${STEP_NAMES[next]}".`;
  const backwards = TEST_STATES.indexOf(target) < TEST_STATES.indexOf(current);
  return backwards
    ? `A test cannot go back from "${STEP_NAMES[current]}" to "${STEP_NAMES[target]}".`
    : `This test is "${STEP_NAMES[current]}": the next step is "${STEP_NAMES[next]}", not "${STEP_NAMES[target]}".`;
}

// Diagnoses

export interface DiagnosisInput {
  text: string;
  icd10?: string | undefined;
}

/** Diagnoses with their ICD-10 codes normalised, or the field errors of every malformed code at once. */
export function normaliseDiagnoses(
  diagnoses: readonly DiagnosisInput[],
  path: string,
): { diagnoses: { text: string; icd10: string | null }[]; problems: FieldError[] } {
  const problems: FieldError[] = [];
  const result = diagnoses.map((d, i) => {
    const typed = d.icd10?.trim() ?? "";
    if (typed === "") return { text: d.text, icd10: null };
    const code = normaliseIcd10(typed);
    if (code === null) {
      problems.push({
        path: `${path}.${i}.icd10`,
        code: "INVALID_ICD10",
        message:
          "This is not an ICD-10 code. Write a letter, two digits and, if needed, a dot and more, e.g. N76.0.",
      });
    }
    return { text: d.text, icd10: code };
  });
  return { diagnoses: result, problems };
}

// Figures

/** The median of numbers (the mean of the two middle ones for an even count); null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** Hours with one decimal, as the turnaround table shows them. */
export const roundHours = (hours: number | null) => (hours === null ? null : Math.round(hours * 10) / 10);

/** A count from 1 to threshold − 1 could point at a woman; zero and larger counts may be shown. */
export const isSmall = (count: number, threshold: number = LIMITS.healthDisclosureThreshold) =>
  count > 0 && count < threshold;

/**
 * Suppresses the small counts of a table whose total is shown: each count from 1 to threshold − 1
 * becomes null; and when exactly one count was hidden, the smallest other non-zero count is hidden
 * too, so the hidden one cannot be worked out by subtracting the rest from the total.
 */
export function suppressCounts(
  counts: readonly number[],
  threshold: number = LIMITS.healthDisclosureThreshold,
): (number | null)[] {
  const result: (number | null)[] = counts.map((c) => (isSmall(c, threshold) ? null : c));
  const hidden = result.filter((c) => c === null).length;
  if (hidden === 1) {
    let smallest = -1;
    result.forEach((c, i) => {
      if (c !== null && c > 0 && (smallest < 0 || c < (result[smallest] as number))) smallest = i;
    });
    if (smallest >= 0) result[smallest] = null;
  }
  return result;
}

/**
 * The positive rate of a test type: shown only when at least `threshold` results are in and the
 * positives are not a small count; otherwise both are suppressed.
 */
export function positiveRate(
  withResult: number,
  positives: number,
  threshold: number = LIMITS.healthDisclosureThreshold,
): { positives: number | null; rate: number | null; suppressed: boolean } {
  if (withResult === 0) return { positives: 0, rate: null, suppressed: false };
  if (withResult < threshold || isSmall(positives, threshold)) {
    return { positives: null, rate: null, suppressed: true };
  }
  return { positives, rate: Math.round((positives / withResult) * 1000) / 1000, suppressed: false };
}

/** Hours of clinic in a session: the sum of its clinic activities' lengths (an activity past midnight wraps). */
export function clinicHoursOf(
  activities: readonly { kind: string; startsAt: string; endsAt: string }[],
): number {
  let minutes = 0;
  for (const a of activities) {
    if (a.kind !== "clinic_gynaecology" && a.kind !== "clinic_general_practice") continue;
    const [sh = 0, sm = 0] = a.startsAt.split(":").map(Number);
    const [eh = 0, em = 0] = a.endsAt.split(":").map(Number);
    let span = eh * 60 + em - (sh * 60 + sm);
    if (span <= 0) span += 1440;
    minutes += span;
  }
  return Math.round((minutes / 60) * 100) / 100;
}
