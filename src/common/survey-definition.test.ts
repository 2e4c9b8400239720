import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type AnswerMode,
  checkDefinition,
  conditionToXlsForm,
  type DefinitionIssueCode,
  gridCells,
  type LocalizedText,
  questionOrder,
  type SurveyDefinition,
  SurveyDefinitionSchema,
  type SurveyQuestion,
  surveyTexts,
  validateAnswers,
  visibility,
} from "./survey-definition.js";

/** Two languages, so a missing translation shows. */
const l = (en: string): LocalizedText => ({ en, ro: `ro: ${en}` });
const opt = (id: string, specify?: number) => ({
  id,
  label: l(id),
  ...(specify ? { specify: { maxLength: specify } } : {}),
});

/** One question of every type, a follow-up on "yes", and personal questions in the middle. */
function fixture(): SurveyDefinition {
  return {
    id: "fixture",
    version: 1,
    audience: "visitors",
    sourceLanguage: "en",
    languages: ["en", "ro"],
    review: { en: { reviewed: true }, ro: { reviewed: false } },
    title: l("Title"),
    intro: { text: l("What for, anonymous, who sees"), skipNotice: l("Skip anything") },
    sections: [
      {
        id: "main",
        title: l("Main"),
        questions: [
          { id: "hello", type: "note", label: l("Hello"), personal: false },
          { id: "country", type: "country", label: l("Nationality"), personal: false },
          {
            id: "visited",
            type: "yes_no",
            label: l("Been before?"),
            yes: l("Yes"),
            no: l("No"),
            personal: false,
          },
          {
            id: "often",
            type: "single_choice",
            label: l("How often?"),
            personal: false,
            options: [opt("week"), opt("month"), opt("other", 50)],
          },
          {
            id: "wishes",
            type: "multiple_choice",
            label: l("Wishes"),
            instruction: l("(Choose 2)"),
            personal: false,
            choose: { exactly: 2 },
            options: [opt("food"), opt("doctors"), opt("hours"), opt("languages", 30), opt("other", 50)],
          },
          {
            id: "classes",
            type: "multiple_choice",
            label: l("Classes"),
            personal: false,
            choose: { atMost: 2 },
            options: [opt("english"), opt("computer"), opt("sewing")],
          },
          {
            id: "satisfied",
            type: "matrix",
            label: l("How satisfied?"),
            help: l("Satisfied means…"),
            personal: false,
            scale: [
              { id: "good", label: l("Good"), face: "happy" },
              { id: "bad", label: l("Bad"), face: "unhappy" },
              { id: "na", label: l("N/A"), notApplicable: true },
            ],
            rows: [
              { id: "food", label: l("The food") },
              { id: "staff", label: l("The staff") },
            ],
          },
          {
            id: "open",
            type: "grid",
            label: l("When open?"),
            personal: false,
            choose: { exactly: 2 },
            rows: [
              { id: "weekday", label: l("Mon-Fri") },
              { id: "weekend", label: l("Sat-Sun") },
            ],
            columns: [
              { id: "day", label: l("Day") },
              { id: "night", label: l("Night") },
            ],
          },
        ],
      },
      {
        id: "personal",
        questions: [
          { id: "abroad", type: "yes_no", label: l("Abroad?"), yes: l("Yes"), no: l("No"), personal: true },
          {
            id: "where",
            type: "short_text",
            label: l("Where?"),
            personal: true,
            maxLength: 20,
            relevant: { question: "abroad", equals: "yes" },
          },
          {
            id: "visits",
            type: "number",
            label: l("Visits"),
            personal: true,
            integer: true,
            min: 0,
            max: 50,
          },
        ],
      },
      {
        id: "last",
        questions: [
          { id: "language", type: "language", label: l("Class language"), personal: false },
          { id: "ideas", type: "long_text", label: l("Ideas"), personal: false, maxLength: 100, lines: 3 },
          {
            id: "why_classes",
            type: "short_text",
            label: l("Why those classes?"),
            personal: false,
            maxLength: 50,
            relevant: {
              any: [
                { question: "classes", includes: "english" },
                { question: "often", equals: "week" },
              ],
            },
          },
        ],
      },
    ],
  };
}

const codes = (definition: SurveyDefinition): DefinitionIssueCode[] =>
  checkDefinition(definition).map((i) => i.code);
const question = (definition: SurveyDefinition, id: string): SurveyQuestion => {
  const found = questionOrder(definition).find((p) => p.question.id === id)?.question;
  if (!found) throw new Error(id);
  return found;
};

describe("a survey definition", () => {
  it("parses and is whole", () => {
    expect(SurveyDefinitionSchema.parse(fixture())).toEqual(fixture());
    expect(checkDefinition(fixture())).toEqual([]);
  });

  it("refuses ids that are not short slugs", () => {
    const d = fixture();
    d.sections[0]?.questions.push({ id: "Q 1", type: "note", label: l("x"), personal: false });
    expect(SurveyDefinitionSchema.safeParse(d).success).toBe(false);
  });

  it("names every text by a stable key", () => {
    const keys = surveyTexts(fixture()).map((t) => t.key);
    expect(keys).toEqual(
      expect.arrayContaining([
        "title",
        "intro.text",
        "intro.skipNotice",
        "main",
        "hello",
        "visited.yes",
        "often.other",
        "wishes.instruction",
        "satisfied.help",
        "satisfied.good",
        "satisfied.food",
        "open.weekday",
        "open.night",
      ]),
    );
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("finds duplicate and reserved ids", () => {
    const d = fixture();
    d.sections[1]?.questions.push({ id: "country", type: "note", label: l("x"), personal: false });
    d.sections[2]?.questions.push({ id: "intro", type: "note", label: l("x"), personal: false });
    const often = question(d, "often");
    if (often.type === "single_choice") often.options.push(opt("week"), opt("help"));
    const issues = checkDefinition(d);
    expect(issues).toContainEqual({ code: "DUPLICATE_ID", at: "country" });
    expect(issues).toContainEqual({ code: "RESERVED_ID", at: "intro" });
    expect(issues).toContainEqual({ code: "DUPLICATE_ID", at: "often.week" });
    expect(issues).toContainEqual({ code: "RESERVED_ID", at: "often.help" });
  });

  it("finds a matrix row that shares an id with a scale point", () => {
    const d = fixture();
    const m = question(d, "satisfied");
    if (m.type === "matrix") m.rows.push({ id: "good", label: l("x") });
    expect(checkDefinition(d)).toContainEqual({ code: "DUPLICATE_ID", at: "satisfied.good" });
  });

  it("finds a text missing, blank, or in a language not declared", () => {
    const d = fixture();
    d.title = { en: "Title" };
    const visited = question(d, "visited");
    if (visited.type === "yes_no") visited.no = { en: "No", ro: "  " };
    question(d, "ideas").label = { en: "Ideas", ro: "Idei", bg: "Идеи" };
    const issues = checkDefinition(d);
    expect(issues).toContainEqual({ code: "MISSING_TEXT", at: "title", language: "ro" });
    expect(issues).toContainEqual({ code: "MISSING_TEXT", at: "visited.no", language: "ro" });
    expect(issues).toContainEqual({ code: "UNDECLARED_LANGUAGE", at: "ideas", language: "bg" });
  });

  it("needs the source language declared, a review state per language, and a skip notice for visitors", () => {
    const d = fixture();
    d.sourceLanguage = "da";
    d.review = { en: { reviewed: true } };
    d.intro = { text: l("intro") };
    expect(codes(d)).toEqual(
      expect.arrayContaining(["SOURCE_LANGUAGE_NOT_DECLARED", "REVIEW_STATE_MISSING", "INTRO_INCOMPLETE"]),
    );
    expect(codes({ ...d, audience: "staff" })).not.toContain("INTRO_INCOMPLETE");
  });

  it("refuses conditions on later, unknown or unsuitable questions, or on values that do not exist", () => {
    const d = fixture();
    question(d, "country").relevant = { question: "visited", equals: "yes" };
    question(d, "visited").relevant = { question: "nobody", answered: true };
    question(d, "wishes").relevant = { question: "hello", answered: true };
    question(d, "classes").relevant = { question: "wishes", equals: "food" };
    question(d, "ideas").relevant = {
      all: [
        { question: "often", equals: "never" },
        { question: "open", includes: "x" },
      ],
    };
    const issues = checkDefinition(d);
    expect(issues).toContainEqual({ code: "CONDITION_NOT_EARLIER", at: "country", detail: "visited" });
    expect(issues).toContainEqual({ code: "CONDITION_UNKNOWN_QUESTION", at: "visited", detail: "nobody" });
    expect(issues).toContainEqual({ code: "CONDITION_WRONG_TYPE", at: "wishes", detail: "hello is a note" });
    expect(issues).toContainEqual({
      code: "CONDITION_WRONG_TYPE",
      at: "classes",
      detail: "equals on multiple_choice",
    });
    expect(issues).toContainEqual({ code: "CONDITION_UNKNOWN_VALUE", at: "ideas", detail: "often = never" });
    expect(issues).toContainEqual({
      code: "CONDITION_UNKNOWN_VALUE",
      at: "ideas",
      detail: "open includes x",
    });
  });

  it("refuses a condition that looks at a personal question from one asked before it on screen", () => {
    // In the source order "abroad" comes before "ideas", but on screen personal questions come last.
    const d = fixture();
    question(d, "ideas").relevant = { question: "abroad", equals: "yes" };
    expect(checkDefinition(d)).toContainEqual({
      code: "CONDITION_NOT_EARLIER",
      at: "ideas",
      detail: "abroad",
    });
  });

  it("refuses limits that cannot be met and numbers whose minimum is above the maximum", () => {
    const d = fixture();
    const wishes = question(d, "wishes");
    if (wishes.type === "multiple_choice") wishes.choose = { exactly: 6 };
    const open = question(d, "open");
    if (open.type === "grid") open.choose = { exactly: 5 };
    const visits = question(d, "visits");
    if (visits.type === "number") visits.min = 60;
    const issues = checkDefinition(d);
    expect(issues).toContainEqual({ code: "IMPOSSIBLE_LIMIT", at: "wishes", detail: "exactly 6 of 5" });
    expect(issues).toContainEqual({ code: "IMPOSSIBLE_LIMIT", at: "open", detail: "exactly 5 of 4" });
    expect(issues).toContainEqual({ code: "MIN_ABOVE_MAX", at: "visits" });
  });

  it("asks personal questions last on screen and in interviews, and keeps the source order for import", () => {
    const ids = (mode: AnswerMode) => questionOrder(fixture(), mode).map((p) => p.question.id);
    expect(ids("import").indexOf("abroad")).toBeLessThan(ids("import").indexOf("ideas"));
    for (const mode of ["self", "interview"] as const) {
      expect(ids(mode).slice(-3)).toEqual(["abroad", "where", "visits"]);
      expect(ids(mode)).toHaveLength(ids("import").length);
    }
  });

  it("writes conditions as XLSForm relevant expressions", () => {
    // biome-ignore-start lint/suspicious/noTemplateCurlyInString: XLSForm names a field as ${name}
    expect(conditionToXlsForm({ question: "q8", equals: "yes" })).toBe("${q8} = 'yes'");
    expect(conditionToXlsForm({ question: "n", equals: 3 })).toBe("${n} = 3");
    expect(conditionToXlsForm({ question: "q6", includes: "other" })).toBe("selected(${q6}, 'other')");
    expect(conditionToXlsForm({ question: "q1", answered: true })).toBe("${q1} != ''");
    expect(
      conditionToXlsForm({
        any: [
          { question: "a", equals: "x" },
          {
            all: [
              { question: "b", answered: false },
              { question: "c", equals: "it's" },
            ],
          },
        ],
      }),
    ).toBe(`(\${a} = 'x') or ((\${b} = '') and (\${c} = "it's"))`);
    // biome-ignore-end lint/suspicious/noTemplateCurlyInString: XLSForm names a field as ${name}
  });
});

describe("validating answers", () => {
  const d = fixture();
  const check = (answers: Record<string, unknown>, mode: AnswerMode = "self") =>
    validateAnswers(d, answers, { mode });
  const only = (answers: Record<string, unknown>, mode: AnswerMode = "self") =>
    check(answers, mode).problems.map(({ questionId, code, itemId }) => ({ questionId, code, itemId }));

  it("accepts a complete response and an empty one: she may skip anything", () => {
    const full = {
      country: "NG",
      visited: "yes",
      often: { selected: ["other"], specify: { other: "when I can" } },
      wishes: { selected: ["food", "languages"], specify: { languages: "Romanian" } },
      classes: { selected: ["english"] },
      satisfied: { food: "good", staff: "na" },
      open: { selected: ["weekday_night", "weekend_day"] },
      abroad: "yes",
      where: "Oslo",
      visits: 4,
      language: "pcm",
      ideas: "A quiet room <3",
      why_classes: "work",
    };
    expect(check(full)).toEqual({ ok: true, problems: [], byQuestion: {} });
    expect(check({})).toEqual({ ok: true, problems: [], byQuestion: {} });
    expect(
      check({ country: null, ideas: "", wishes: { selected: [] }, satisfied: {}, open: { selected: [] } }).ok,
    ).toBe(true);
  });

  it("refuses choosing 3 where exactly 2 are asked, in self-completion", () => {
    const result = check({ wishes: { selected: ["food", "doctors", "hours"] } });
    expect(result.ok).toBe(false);
    expect(result.problems).toEqual([
      { questionId: "wishes", code: "CHOOSE_EXACTLY", severity: "error", expected: 2, actual: 3 },
    ]);
    expect(result.byQuestion.wishes).toHaveLength(1);
  });

  it("keeps and flags what she said in an interview or an import: five wishes when four were asked", () => {
    for (const mode of ["interview", "import"] as const) {
      const result = check(
        {
          wishes: { selected: ["food", "doctors", "hours"] },
          classes: { selected: ["english", "computer", "sewing"] },
          often: { selected: ["week", "month"] },
          open: { selected: ["weekday_day"] },
        },
        mode,
      );
      expect(result.ok).toBe(true);
      expect(result.problems.map((p) => [p.questionId, p.code, p.severity])).toEqual([
        ["wishes", "CHOOSE_EXACTLY", "flag"],
        ["classes", "TOO_MANY", "flag"],
        ["often", "TOO_MANY", "flag"],
        ["open", "CHOOSE_EXACTLY", "flag"],
      ]);
    }
    expect(check({ often: { selected: ["week", "month"] } }).problems[0]).toMatchObject({
      code: "TOO_MANY",
      severity: "error",
      expected: 1,
      actual: 2,
    });
  });

  it("refuses an option from another question, a repeated option and an unknown cell, in every mode", () => {
    for (const mode of ["self", "interview", "import"] as const) {
      expect(
        only(
          {
            wishes: { selected: ["food", "english"] },
            open: { selected: ["weekday_evening", "weekday_day"] },
          },
          mode,
        ),
      ).toEqual([
        { questionId: "wishes", code: "UNKNOWN_OPTION", itemId: "english" },
        { questionId: "open", code: "UNKNOWN_OPTION", itemId: "weekday_evening" },
      ]);
      expect(check({ wishes: { selected: ["food", "food"] } }, mode).ok).toBe(false);
    }
    expect(only({ visited: "maybe" })).toEqual([
      { questionId: "visited", code: "UNKNOWN_OPTION", itemId: "maybe" },
    ]);
  });

  it("refuses words written beside an option that takes none, or one she did not choose", () => {
    expect(
      only({
        wishes: { selected: ["food", "doctors"], specify: { food: "soup", other: "x", languages: "" } },
      }),
    ).toEqual([
      { questionId: "wishes", code: "SPECIFY_NOT_ALLOWED", itemId: "food" },
      { questionId: "wishes", code: "SPECIFY_NOT_CHOSEN", itemId: "other" },
    ]);
    expect(
      only({ open: { selected: ["weekday_day", "weekend_day"], specify: { weekday_day: "x" } } }),
    ).toEqual([{ questionId: "open", code: "SPECIFY_NOT_ALLOWED", itemId: "weekday_day" }]);
  });

  it("refuses answers to questions hidden by her earlier answers, and to notes and unknown questions", () => {
    expect(only({ abroad: "no", where: "Oslo" })).toEqual([
      { questionId: "where", code: "HIDDEN_BY_CONDITION" },
    ]);
    expect(only({ where: "Oslo" })).toEqual([{ questionId: "where", code: "HIDDEN_BY_CONDITION" }]);
    expect(only({ why_classes: "x" }, "import")).toEqual([
      { questionId: "why_classes", code: "HIDDEN_BY_CONDITION" },
    ]);
    expect(check({ classes: { selected: ["english"] }, why_classes: "x" }).ok).toBe(true);
    expect(check({ often: { selected: ["week"] }, why_classes: "x" }).ok).toBe(true);
    expect(only({ hello: "hi", q99: "x" })).toEqual([
      { questionId: "hello", code: "NOT_ANSWERABLE" },
      { questionId: "q99", code: "UNKNOWN_QUESTION" },
    ]);
  });

  it("treats a follow-up as hidden when the question it depends on is itself hidden", () => {
    const chained = fixture();
    chained.sections[1]?.questions.push({
      id: "where_city",
      type: "short_text",
      label: l("City?"),
      personal: true,
      maxLength: 20,
      relevant: { question: "where", answered: true },
    });
    // "where" is hidden by abroad = no, so its (refused) answer does not open "where_city".
    expect(visibility(chained, { abroad: "no", where: "Oslo" }).get("where_city")).toBe(false);
    expect(visibility(chained, { abroad: "yes", where: "Oslo" }).get("where_city")).toBe(true);
  });

  it("refuses a matrix value off the scale and a row it does not have", () => {
    expect(only({ satisfied: { food: "great", staff: "good", clinic: "bad" } })).toEqual([
      { questionId: "satisfied", code: "OFF_SCALE", itemId: "food" },
      { questionId: "satisfied", code: "UNKNOWN_ROW", itemId: "clinic" },
    ]);
    expect(only({ satisfied: { food: 3 } })).toEqual([
      { questionId: "satisfied", code: "OFF_SCALE", itemId: "food" },
    ]);
  });

  it("refuses text over the limit and text that looks like script", () => {
    expect(check({ where: "x".repeat(21), abroad: "yes" }).problems).toEqual([
      { questionId: "where", code: "TOO_LONG", severity: "error", expected: 20, actual: 21 },
    ]);
    // Measured in characters as she typed them, not UTF-16 units.
    expect(check({ abroad: "yes", where: "😀".repeat(20) }).ok).toBe(true);
    expect(only({ ideas: "<script>alert(1)</script>" })).toEqual([
      { questionId: "ideas", code: "MARKUP_IN_TEXT" },
    ]);
    expect(only({ ideas: "< img src=x onerror=alert(1)>" })).toEqual([
      { questionId: "ideas", code: "MARKUP_IN_TEXT" },
    ]);
    expect(only({ often: { selected: ["other"], specify: { other: "x".repeat(51) } } })).toEqual([
      { questionId: "often", code: "TOO_LONG", itemId: "other" },
    ]);
  });

  it("refuses what is not a number, not whole, or out of range", () => {
    expect(only({ visits: "four" })).toEqual([{ questionId: "visits", code: "NOT_A_NUMBER" }]);
    expect(only({ visits: Number.NaN })).toEqual([{ questionId: "visits", code: "NOT_A_NUMBER" }]);
    expect(only({ visits: 2.5 })).toEqual([{ questionId: "visits", code: "NOT_AN_INTEGER" }]);
    expect(only({ visits: -1 })).toEqual([{ questionId: "visits", code: "TOO_SMALL" }]);
    expect(only({ visits: 51 })).toEqual([{ questionId: "visits", code: "TOO_LARGE" }]);
  });

  it("refuses unknown countries and languages, and answers of the wrong shape", () => {
    expect(only({ country: "Nigeria", language: "Romanian" })).toEqual([
      { questionId: "country", code: "UNKNOWN_COUNTRY" },
      { questionId: "language", code: "UNKNOWN_LANGUAGE" },
    ]);
    expect(only({ country: "ZZ", language: "qq" }).map((p) => p.code)).toEqual([
      "UNKNOWN_COUNTRY",
      "UNKNOWN_LANGUAGE",
    ]);
    expect(check({ country: "XK", language: "ro" }).ok).toBe(true);
    expect(
      only({
        wishes: "food",
        visited: true,
        satisfied: ["good"],
        ideas: 3,
        often: { selected: ["week"], x: 1 },
      }),
    ).toEqual([
      { questionId: "wishes", code: "WRONG_SHAPE" },
      { questionId: "visited", code: "WRONG_SHAPE" },
      { questionId: "satisfied", code: "WRONG_SHAPE" },
      { questionId: "ideas", code: "WRONG_SHAPE" },
      { questionId: "often", code: "WRONG_SHAPE" },
    ]);
  });
});

/**
 * Answers built from the definition's own options, within its limits, on shown questions only.
 * Text never contains "<", so the markup check stays out of the way.
 */
function arbitraryAnswers(definition: SurveyDefinition): fc.Arbitrary<Record<string, unknown>> {
  const text = (maxLength: number) => fc.string({ maxLength }).filter((s) => !s.includes("<"));
  const choose = (ids: string[], limit: { exactly: number } | { atMost: number } | undefined) => {
    if (limit && "exactly" in limit)
      return fc.shuffledSubarray(ids, { minLength: limit.exactly, maxLength: limit.exactly });
    return fc.shuffledSubarray(ids, { minLength: 1, maxLength: limit?.atMost ?? ids.length });
  };
  const forQuestion = (q: SurveyQuestion): fc.Arbitrary<unknown> | undefined => {
    switch (q.type) {
      case "single_choice":
      case "multiple_choice": {
        const ids = q.options.map((o) => o.id);
        const limit = q.type === "single_choice" ? { exactly: 1 } : q.choose;
        return choose(ids, limit).chain((selected) => {
          const specifiable = q.options.filter((o) => o.specify && selected.includes(o.id));
          const specify = Object.fromEntries(specifiable.map((o) => [o.id, text(o.specify?.maxLength ?? 1)]));
          return fc.record(specify, { requiredKeys: [] }).map((s) => ({ selected, specify: s }));
        });
      }
      case "grid":
        return choose(gridCells(q), q.choose).map((selected) => ({ selected }));
      case "yes_no":
        return fc.constantFrom("yes", "no");
      case "matrix":
        return fc.record(
          Object.fromEntries(q.rows.map((r) => [r.id, fc.constantFrom(...q.scale.map((p) => p.id))])),
          { requiredKeys: [] },
        );
      case "country":
        return fc.constantFrom("NG", "RO", "GH", "JM", "ES", "SK", "HU", "BG", "TH", "XK");
      case "language":
        return fc.constantFrom("en", "ro", "da", "bg", "es", "hu", "sk", "ru", "fr", "th", "pcm");
      case "number":
        return q.integer
          ? fc.integer({ min: Math.ceil(q.min ?? -1e6), max: Math.floor(q.max ?? 1e6) })
          : fc.double({ min: q.min ?? -1e6, max: q.max ?? 1e6, noNaN: true });
      case "short_text":
      case "long_text":
        return text(q.maxLength);
      case "note":
        return undefined;
    }
  };
  const fields: Record<string, fc.Arbitrary<unknown>> = {};
  for (const { question: q } of questionOrder(definition)) {
    const arb = forQuestion(q);
    if (arb) fields[q.id] = arb;
  }
  return fc.record(fields, { requiredKeys: [] }).map((answers) => {
    const shown = visibility(definition, answers);
    return Object.fromEntries(Object.entries(answers).filter(([id]) => shown.get(id)));
  });
}

describe("any answers built from the definition itself", () => {
  it("validate clean in every mode", () => {
    const d = fixture();
    fc.assert(
      fc.property(
        arbitraryAnswers(d),
        fc.constantFrom<AnswerMode>("self", "interview", "import"),
        (answers, mode) => {
          expect(validateAnswers(d, answers, { mode }).problems).toEqual([]);
        },
      ),
    );
  });

  it("with one choice too many, are refused in self-completion and kept with a flag otherwise", () => {
    const d = fixture();
    fc.assert(
      fc.property(arbitraryAnswers(d), (answers) => {
        const over = { ...answers, wishes: { selected: ["food", "doctors", "hours"] } };
        expect(validateAnswers(d, over, { mode: "self" }).ok).toBe(false);
        const kept = validateAnswers(d, over, { mode: "interview" });
        expect(kept.ok).toBe(true);
        expect(kept.problems).toEqual([
          { questionId: "wishes", code: "CHOOSE_EXACTLY", severity: "flag", expected: 2, actual: 3 },
        ]);
      }),
    );
  });
});
