import { describe, expect, it } from "vitest";
import { normaliseIcd10, TEST_STATES, type TestState } from "../../../common/contracts/clinic.js";
import {
  clinicHoursOf,
  median,
  nextTestState,
  normaliseDiagnoses,
  positiveRate,
  suppressCounts,
  transitionProblem,
} from "./clinic.policy.js";

describe("the test's way from taken to told", () => {
  it("allows exactly one step forward from each state, and nothing after told", () => {
    expect(TEST_STATES.map(nextTestState)).toEqual(["sent", "result_in", "told", null]);
    for (const from of TEST_STATES) {
      for (const to of TEST_STATES) {
        const allowed = nextTestState(from) === to;
        expect([from, to, transitionProblem(from, to) === null]).toEqual([from, to, allowed]);
      }
    }
  });

  it("says what comes next when a step is skipped, repeated or backwards", () => {
    expect(transitionProblem("taken", "result_in")).toMatch(/next step is "sent to the lab"/);
    expect(transitionProblem("sent", "told")).toMatch(/next step is "result in"/);
    expect(transitionProblem("result_in", "sent")).toMatch(/cannot go back/);
    expect(transitionProblem("sent", "sent")).toMatch(/already sent to the lab/);
    expect(transitionProblem("told", "told" as TestState)).toMatch(/nothing comes after/);
  });
});

describe("ICD-10 codes", () => {
  it("normalises the ways clinicians type them", () => {
    expect(
      ["n76.0", "N760", " DN760 ", "A09", "z30.0", "U07.1", "C50.919", "D50.0"].map(normaliseIcd10),
    ).toEqual(["N76.0", "N76.0", "N76.0", "A09", "Z30.0", "U07.1", "C50.919", "D50.0"]);
  });

  it("refuses what cannot be a code", () => {
    for (const typed of ["", "N7", "76.0", "NN6.0", "N76.00000", "N76-0", "chlamydia"]) {
      expect([typed, normaliseIcd10(typed)]).toEqual([typed, null]);
    }
  });

  it("gives every malformed code of a consultation its own field error, and keeps free text alone", () => {
    const { diagnoses, problems } = normaliseDiagnoses(
      [{ text: "vaginitis", icd10: "n76.0" }, { text: "free text only" }, { text: "x", icd10: "76" }],
      "diagnoses",
    );
    expect(diagnoses).toEqual([
      { text: "vaginitis", icd10: "N76.0" },
      { text: "free text only", icd10: null },
      { text: "x", icd10: null },
    ]);
    expect(problems.map((p) => [p.path, p.code])).toEqual([["diagnoses.2.icd10", "INVALID_ICD10"]]);
  });
});

describe("figures", () => {
  it("takes the median of odd and even counts, and none of nothing", () => {
    expect(median([])).toBeNull();
    expect(median([5])).toBe(5);
    expect(median([9, 1, 5])).toBe(5);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it("suppresses counts from 1 to 9, and one more when a single hidden count could be subtracted out", () => {
    expect(suppressCounts([0, 10, 25])).toEqual([0, 10, 25]);
    expect(suppressCounts([3, 4, 40])).toEqual([null, null, 40]);
    // One hidden count: the next smallest goes too, so the total cannot give it away.
    expect(suppressCounts([1, 10, 11])).toEqual([null, null, 11]);
    expect(suppressCounts([9])).toEqual([null]);
  });

  it("shows a positive rate only with enough results and not a small count of positives", () => {
    expect(positiveRate(0, 0)).toEqual({ positives: 0, rate: null, suppressed: false });
    expect(positiveRate(9, 0)).toEqual({ positives: null, rate: null, suppressed: true });
    expect(positiveRate(40, 3)).toEqual({ positives: null, rate: null, suppressed: true });
    expect(positiveRate(40, 0)).toEqual({ positives: 0, rate: 0, suppressed: false });
    expect(positiveRate(30, 10)).toEqual({ positives: 10, rate: 0.333, suppressed: false });
  });

  it("counts clinic hours from the clinic activities only, across midnight too", () => {
    expect(
      clinicHoursOf([
        { kind: "clinic_gynaecology", startsAt: "16:30", endsAt: "19:30" },
        { kind: "clinic_general_practice", startsAt: "20:00", endsAt: "21:00" },
        { kind: "class", startsAt: "16:00", endsAt: "18:00" },
      ]),
    ).toBe(4);
    expect(clinicHoursOf([{ kind: "clinic_gynaecology", startsAt: "23:30", endsAt: "00:15" }])).toBe(0.75);
    expect(clinicHoursOf([])).toBe(0);
  });
});
