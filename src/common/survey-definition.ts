/**
 * A survey instrument: a versioned, serialisable definition of what the women (or staff) are asked,
 * with every text in every declared language. A published version never changes; a response points
 * at its instrument id and version. Nothing here touches a database or the DOM, so the same checks
 * run in the visitor's browser, in the staff app's editor and on the server.
 *
 * Ids are short slugs ("q4", "food", "very_satisfied"). Questions and sections share one namespace;
 * options, matrix rows and scale points, grid rows and columns share one namespace per question. The
 * qualified id of an item is "<question>.<item>" ("q4.food"), which is also the key of its text
 * (see surveyTexts) and, later, the CSV column of a matrix row.
 */
import { z } from "zod";
import { LanguageCodeSchema } from "./contracts/shared.js";

export const SURVEY_LIMITS = {
  slugMax: 40,
  textMax: 2000,
  shortTextMax: 500,
  longTextMax: 5000,
  itemsMax: 100,
  questionsMax: 300,
  sectionsMax: 50,
  languagesMax: 30,
  conditionsMax: 20,
  reviewerMax: 100,
} as const;

/** Words the text keys use themselves, so no id may take them. */
const RESERVED_TOP_IDS = ["title", "subtitle", "intro"] as const;
const RESERVED_ITEM_IDS = ["help", "instruction", "specify"] as const;

export const SurveySlugSchema = z
  .string()
  .min(1)
  .max(SURVEY_LIMITS.slugMax)
  .regex(/^[a-z0-9][a-z0-9_-]*$/, "Use lower-case letters, digits, _ and -");

/** One text in every declared language: { en: "Yes", ro: "Da" }. */
export const LocalizedTextSchema = z.record(LanguageCodeSchema, z.string().max(SURVEY_LIMITS.textMax));
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

/** Whether a staff member who reads the language has checked every text of the instrument in it. */
export const ReviewStateSchema = z
  .object({
    reviewed: z.boolean(),
    reviewedBy: z.string().min(1).max(SURVEY_LIMITS.reviewerMax).optional(),
    reviewedAt: z.iso.datetime({ offset: true }).optional(),
  })
  .strict();
export type ReviewState = z.infer<typeof ReviewStateSchema>;

/**
 * When a question is shown, as data: serialisable, checkable, and translatable one to one into an
 * XLSForm `relevant` expression (conditionToXlsForm). A condition may only look at earlier questions.
 * - equals: yes/no, single choice (the chosen option), number, country, language, short text
 * - includes: multiple choice and grid (one chosen option or cell)
 * - answered: any question with an answer (true) or without one (false)
 */
export type SurveyCondition =
  | { question: string; equals: string | number }
  | { question: string; includes: string }
  | { question: string; answered: boolean }
  | { all: SurveyCondition[] }
  | { any: SurveyCondition[] };

export const SurveyConditionSchema: z.ZodType<SurveyCondition> = z.lazy(() =>
  z.union([
    z
      .object({
        question: SurveySlugSchema,
        equals: z.union([z.string().max(SURVEY_LIMITS.slugMax), z.number()]),
      })
      .strict(),
    z.object({ question: SurveySlugSchema, includes: SurveySlugSchema }).strict(),
    z.object({ question: SurveySlugSchema, answered: z.boolean() }).strict(),
    z.object({ all: z.array(SurveyConditionSchema).min(1).max(SURVEY_LIMITS.conditionsMax) }).strict(),
    z.object({ any: z.array(SurveyConditionSchema).min(1).max(SURVEY_LIMITS.conditionsMax) }).strict(),
  ]),
);

/** "Other: ___" on any option: when she picks it, she may write a few words (and nothing else). */
export const SpecifySchema = z
  .object({
    /** A prompt beside the line ("Which"); without one the option's own label is the prompt. */
    label: LocalizedTextSchema.optional(),
    maxLength: z.int().min(1).max(SURVEY_LIMITS.shortTextMax),
  })
  .strict();

export const ChoiceOptionSchema = z
  .object({ id: SurveySlugSchema, label: LocalizedTextSchema, specify: SpecifySchema.optional() })
  .strict();
export type ChoiceOption = z.infer<typeof ChoiceOptionSchema>;

/** A matrix row, a grid row or a grid column. */
export const SurveyItemSchema = z.object({ id: SurveySlugSchema, label: LocalizedTextSchema }).strict();
export type SurveyItem = z.infer<typeof SurveyItemSchema>;

/** Faces the self-completion page may draw beside a scale point's words. */
export const SCALE_FACES = ["very_happy", "happy", "neutral", "unhappy", "very_unhappy"] as const;

export const ScalePointSchema = z
  .object({
    id: SurveySlugSchema,
    label: LocalizedTextSchema,
    /** "N/A": counted apart from the scale in results, never as its lowest or highest point. */
    notApplicable: z.boolean().optional(),
    face: z.enum(SCALE_FACES).optional(),
  })
  .strict();
export type ScalePoint = z.infer<typeof ScalePointSchema>;

/** "Choose 2": exactly N, or at most N. Self-completion enforces it; interview and import flag it. */
export const ChoiceLimitSchema = z.union([
  z.object({ exactly: z.int().min(1) }).strict(),
  z.object({ atMost: z.int().min(1) }).strict(),
]);
export type ChoiceLimit = z.infer<typeof ChoiceLimitSchema>;

const questionBase = {
  id: SurveySlugSchema,
  /** The number printed in the source ("7b"), kept so paper, interview and screen agree. */
  number: z.string().min(1).max(10).optional(),
  label: LocalizedTextSchema,
  /** How to answer, as printed ("(Choose 2)"): shown under the question. */
  instruction: LocalizedTextSchema.optional(),
  /** A plain explanation she can open (what "satisfied" means next to "very satisfied"). */
  help: LocalizedTextSchema.optional(),
  /** About her own life (travel, stay, work): asked last in self-completion and interviews. */
  personal: z.boolean(),
  relevant: SurveyConditionSchema.optional(),
};

const options = z.array(ChoiceOptionSchema).min(1).max(SURVEY_LIMITS.itemsMax);
const items = z.array(SurveyItemSchema).min(1).max(SURVEY_LIMITS.itemsMax);

export const SurveyQuestionSchema = z.discriminatedUnion("type", [
  z.object({ ...questionBase, type: z.literal("single_choice"), options }).strict(),
  z
    .object({
      ...questionBase,
      type: z.literal("multiple_choice"),
      options,
      choose: ChoiceLimitSchema.optional(),
    })
    .strict(),
  z
    .object({ ...questionBase, type: z.literal("yes_no"), yes: LocalizedTextSchema, no: LocalizedTextSchema })
    .strict(),
  z
    .object({
      ...questionBase,
      type: z.literal("matrix"),
      rows: items,
      scale: z.array(ScalePointSchema).min(2).max(SURVEY_LIMITS.itemsMax),
    })
    .strict(),
  z
    .object({
      ...questionBase,
      type: z.literal("grid"),
      rows: items,
      columns: items,
      choose: ChoiceLimitSchema.optional(),
    })
    .strict(),
  z.object({ ...questionBase, type: z.literal("country") }).strict(),
  z.object({ ...questionBase, type: z.literal("language") }).strict(),
  z
    .object({
      ...questionBase,
      type: z.literal("number"),
      min: z.number().optional(),
      max: z.number().optional(),
      integer: z.boolean(),
    })
    .strict(),
  z
    .object({
      ...questionBase,
      type: z.literal("short_text"),
      maxLength: z.int().min(1).max(SURVEY_LIMITS.shortTextMax),
    })
    .strict(),
  z
    .object({
      ...questionBase,
      type: z.literal("long_text"),
      maxLength: z.int().min(1).max(SURVEY_LIMITS.longTextMax),
      /** Lines printed for it on paper, as in the source. */
      lines: z.int().min(1).max(20).optional(),
    })
    .strict(),
  z.object({ ...questionBase, type: z.literal("note") }).strict(),
]);
export type SurveyQuestion = z.infer<typeof SurveyQuestionSchema>;
export type SurveyQuestionType = SurveyQuestion["type"];
export type QuestionOf<T extends SurveyQuestionType> = Extract<SurveyQuestion, { type: T }>;

export const SurveySectionSchema = z
  .object({
    id: SurveySlugSchema,
    title: LocalizedTextSchema.optional(),
    questions: z.array(SurveyQuestionSchema).min(1).max(SURVEY_LIMITS.questionsMax),
  })
  .strict();
export type SurveySection = z.infer<typeof SurveySectionSchema>;

export const SURVEY_AUDIENCES = ["visitors", "staff"] as const;

export const SurveyDefinitionSchema = z
  .object({
    id: SurveySlugSchema,
    version: z.int().min(1),
    /** Visitors answer anonymously; staff instruments (the staff exercise) are never shown to visitors. */
    audience: z.enum(SURVEY_AUDIENCES),
    /** The language the texts were written in; every other language is a translation of it. */
    sourceLanguage: LanguageCodeSchema,
    languages: z.array(LanguageCodeSchema).min(1).max(SURVEY_LIMITS.languagesMax),
    review: z.record(LanguageCodeSchema, ReviewStateSchema),
    title: LocalizedTextSchema,
    subtitle: LocalizedTextSchema.optional(),
    /**
     * The first screen: what the survey is for, that it is anonymous and who sees the answers (text),
     * and that she may skip any question and stop at any time (skipNotice, required for visitors).
     */
    intro: z.object({ text: LocalizedTextSchema, skipNotice: LocalizedTextSchema.optional() }).strict(),
    sections: z.array(SurveySectionSchema).min(1).max(SURVEY_LIMITS.sectionsMax),
  })
  .strict();
export type SurveyDefinition = z.infer<typeof SurveyDefinitionSchema>;

// ---------------------------------------------------------------------------------------------------
// Texts

/** One language's texts of a built-in instrument, keyed by text key, with its review state. */
export interface InstrumentLanguage<K extends string> {
  review: ReviewState;
  texts: Record<K, string>;
}

/** The LocalizedText of one key from per-language tables (so each language can live in its own file). */
export function localize<K extends string>(
  languages: Readonly<Record<string, InstrumentLanguage<K>>>,
  key: K,
): LocalizedText {
  const text: LocalizedText = {};
  for (const [language, table] of Object.entries(languages)) text[language] = table.texts[key];
  return text;
}

export interface SurveyTextEntry {
  /** "title", "intro.text", "q4", "q4.help", "q4.food", "q6.other.specify", "q1.yes" */
  key: string;
  text: LocalizedText;
}

/** Every text of a definition with its stable key, in reading order. */
export function surveyTexts(definition: SurveyDefinition): SurveyTextEntry[] {
  const out: SurveyTextEntry[] = [];
  const add = (key: string, text: LocalizedText | undefined) => {
    if (text) out.push({ key, text });
  };
  add("title", definition.title);
  add("subtitle", definition.subtitle);
  add("intro.text", definition.intro.text);
  add("intro.skipNotice", definition.intro.skipNotice);
  for (const section of definition.sections) {
    add(section.id, section.title);
    for (const q of section.questions) {
      add(q.id, q.label);
      add(`${q.id}.instruction`, q.instruction);
      add(`${q.id}.help`, q.help);
      switch (q.type) {
        case "single_choice":
        case "multiple_choice":
          for (const o of q.options) {
            add(`${q.id}.${o.id}`, o.label);
            add(`${q.id}.${o.id}.specify`, o.specify?.label);
          }
          break;
        case "yes_no":
          add(`${q.id}.yes`, q.yes);
          add(`${q.id}.no`, q.no);
          break;
        case "matrix":
          for (const p of q.scale) add(`${q.id}.${p.id}`, p.label);
          for (const r of q.rows) add(`${q.id}.${r.id}`, r.label);
          break;
        case "grid":
          for (const c of q.columns) add(`${q.id}.${c.id}`, c.label);
          for (const r of q.rows) add(`${q.id}.${r.id}`, r.label);
          break;
        default:
          break;
      }
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------
// Structure

export interface PlacedQuestion {
  question: SurveyQuestion;
  section: SurveySection;
}

export type AnswerMode = "self" | "interview" | "import";

/**
 * The questions in the order they are asked. In the source order for import (columns follow the
 * paper); personal questions last for self-completion and interviews, as the report learned to do.
 */
export function questionOrder(definition: SurveyDefinition, mode: AnswerMode = "import"): PlacedQuestion[] {
  const all = definition.sections.flatMap((section) =>
    section.questions.map((question) => ({ question, section })),
  );
  if (mode === "import") return all;
  return [...all.filter((p) => !p.question.personal), ...all.filter((p) => p.question.personal)];
}

/** A grid cell's id: "<row>_<column>" ("weekday_evening"). */
export const gridCellId = (rowId: string, columnId: string) => `${rowId}_${columnId}`;

export function gridCells(question: QuestionOf<"grid">): string[] {
  return question.rows.flatMap((r) => question.columns.map((c) => gridCellId(r.id, c.id)));
}

/** The ids a choice or grid answer may select, or undefined for other types. */
function selectableIds(question: SurveyQuestion): string[] | undefined {
  if (question.type === "single_choice" || question.type === "multiple_choice")
    return question.options.map((o) => o.id);
  if (question.type === "grid") return gridCells(question);
  return undefined;
}

function limitOf(question: SurveyQuestion): ChoiceLimit | undefined {
  if (question.type === "single_choice") return { atMost: 1 };
  if (question.type === "multiple_choice" || question.type === "grid") return question.choose;
  return undefined;
}

// ---------------------------------------------------------------------------------------------------
// Integrity of a definition

export const DEFINITION_ISSUE_CODES = [
  "DUPLICATE_ID",
  "RESERVED_ID",
  "DUPLICATE_NUMBER",
  "DUPLICATE_LANGUAGE",
  "SOURCE_LANGUAGE_NOT_DECLARED",
  "REVIEW_STATE_MISSING",
  "MISSING_TEXT",
  "UNDECLARED_LANGUAGE",
  "INTRO_INCOMPLETE",
  "CONDITION_UNKNOWN_QUESTION",
  "CONDITION_NOT_EARLIER",
  "CONDITION_WRONG_TYPE",
  "CONDITION_UNKNOWN_VALUE",
  "IMPOSSIBLE_LIMIT",
  "MIN_ABOVE_MAX",
  "MULTIPLE_NOT_APPLICABLE",
] as const;
export type DefinitionIssueCode = (typeof DEFINITION_ISSUE_CODES)[number];

export interface DefinitionIssue {
  code: DefinitionIssueCode;
  /** Where: a text key or id ("q4.food", "q8a"), or "languages". */
  at: string;
  language?: string;
  detail?: string;
}

/**
 * Everything that makes a definition unusable even though it parses: ids that collide, conditions
 * that look forward or at nothing, a text missing in a declared language, "choose 4" out of 3.
 * Empty means the definition may be published.
 */
export function checkDefinition(definition: SurveyDefinition): DefinitionIssue[] {
  const issues: DefinitionIssue[] = [];
  const issue = (code: DefinitionIssueCode, at: string, extra: Partial<DefinitionIssue> = {}) =>
    issues.push({ code, at, ...extra });

  // Languages and their review state.
  const declared = new Set<string>();
  for (const language of definition.languages) {
    if (declared.has(language)) issue("DUPLICATE_LANGUAGE", "languages", { language });
    declared.add(language);
    if (!definition.review[language]) issue("REVIEW_STATE_MISSING", "review", { language });
  }
  if (!declared.has(definition.sourceLanguage)) {
    issue("SOURCE_LANGUAGE_NOT_DECLARED", "sourceLanguage", { language: definition.sourceLanguage });
  }
  if (definition.audience === "visitors" && !definition.intro.skipNotice) {
    issue("INTRO_INCOMPLETE", "intro.skipNotice", { detail: "Visitors must be told they may skip anything" });
  }

  // Ids: sections and questions share one namespace, items one per question.
  const topIds = new Set<string>();
  const numbers = new Set<string>();
  const claimTop = (id: string) => {
    if ((RESERVED_TOP_IDS as readonly string[]).includes(id)) issue("RESERVED_ID", id);
    if (topIds.has(id)) issue("DUPLICATE_ID", id);
    topIds.add(id);
  };
  for (const section of definition.sections) {
    claimTop(section.id);
    for (const q of section.questions) {
      claimTop(q.id);
      if (q.number !== undefined) {
        if (numbers.has(q.number)) issue("DUPLICATE_NUMBER", q.id, { detail: q.number });
        numbers.add(q.number);
      }
      const itemIds = new Set<string>();
      const claimItem = (id: string) => {
        if ((RESERVED_ITEM_IDS as readonly string[]).includes(id)) issue("RESERVED_ID", `${q.id}.${id}`);
        if (itemIds.has(id)) issue("DUPLICATE_ID", `${q.id}.${id}`);
        itemIds.add(id);
      };
      checkQuestionItems(q, claimItem, issue);
    }
  }

  // Every text in every declared language, and in no other.
  for (const { key, text } of surveyTexts(definition)) {
    for (const language of definition.languages) {
      const value = text[language];
      if (value === undefined || value.trim() === "") issue("MISSING_TEXT", key, { language });
    }
    for (const language of Object.keys(text)) {
      if (!declared.has(language)) issue("UNDECLARED_LANGUAGE", key, { language });
    }
  }

  // Conditions look back, in the source order and in the order she is asked.
  const byId = new Map(questionOrder(definition).map((p) => [p.question.id, p.question]));
  const orders = [questionOrder(definition, "import"), questionOrder(definition, "self")].map(
    (order) => new Map(order.map((p, index) => [p.question.id, index])),
  );
  for (const { question } of questionOrder(definition)) {
    if (!question.relevant) continue;
    for (const leaf of conditionLeaves(question.relevant)) {
      const target = byId.get(leaf.question);
      if (!target) {
        issue("CONDITION_UNKNOWN_QUESTION", question.id, { detail: leaf.question });
        continue;
      }
      if (orders.some((order) => (order.get(leaf.question) ?? 0) >= (order.get(question.id) ?? 0))) {
        issue("CONDITION_NOT_EARLIER", question.id, { detail: leaf.question });
      }
      checkConditionLeaf(question.id, leaf, target, issue);
    }
  }
  return issues;
}

type Issue = (code: DefinitionIssueCode, at: string, extra?: Partial<DefinitionIssue>) => void;

function checkQuestionItems(q: SurveyQuestion, claimItem: (id: string) => void, issue: Issue) {
  switch (q.type) {
    case "single_choice":
    case "multiple_choice":
      for (const o of q.options) claimItem(o.id);
      break;
    case "yes_no":
      claimItem("yes");
      claimItem("no");
      break;
    case "matrix": {
      for (const p of q.scale) claimItem(p.id);
      for (const r of q.rows) claimItem(r.id);
      if (q.scale.filter((p) => p.notApplicable).length > 1) issue("MULTIPLE_NOT_APPLICABLE", q.id);
      break;
    }
    case "grid": {
      for (const c of q.columns) claimItem(c.id);
      for (const r of q.rows) claimItem(r.id);
      const cells = new Set<string>();
      for (const cell of gridCells(q)) {
        if (cells.has(cell)) issue("DUPLICATE_ID", `${q.id}.${cell}`);
        cells.add(cell);
      }
      break;
    }
    case "number":
      if (q.min !== undefined && q.max !== undefined && q.min > q.max) issue("MIN_ABOVE_MAX", q.id);
      break;
    default:
      break;
  }
  const limit = limitOf(q);
  const selectable = selectableIds(q);
  if (limit && selectable && "exactly" in limit && limit.exactly > selectable.length) {
    issue("IMPOSSIBLE_LIMIT", q.id, { detail: `exactly ${limit.exactly} of ${selectable.length}` });
  }
}

type ConditionLeaf = Exclude<SurveyCondition, { all: SurveyCondition[] } | { any: SurveyCondition[] }>;

function conditionLeaves(condition: SurveyCondition): ConditionLeaf[] {
  if ("all" in condition) return condition.all.flatMap(conditionLeaves);
  if ("any" in condition) return condition.any.flatMap(conditionLeaves);
  return [condition];
}

const EQUALS_TYPES: readonly SurveyQuestionType[] = [
  "yes_no",
  "single_choice",
  "number",
  "country",
  "language",
  "short_text",
];
const INCLUDES_TYPES: readonly SurveyQuestionType[] = ["multiple_choice", "grid"];

function checkConditionLeaf(at: string, leaf: ConditionLeaf, target: SurveyQuestion, issue: Issue) {
  if (target.type === "note") {
    issue("CONDITION_WRONG_TYPE", at, { detail: `${target.id} is a note` });
    return;
  }
  if ("equals" in leaf) {
    if (!EQUALS_TYPES.includes(target.type)) {
      issue("CONDITION_WRONG_TYPE", at, { detail: `equals on ${target.type}` });
      return;
    }
    const allowed =
      target.type === "yes_no"
        ? ["yes", "no"]
        : target.type === "single_choice"
          ? selectableIds(target)
          : undefined;
    if (allowed && !allowed.includes(String(leaf.equals))) {
      issue("CONDITION_UNKNOWN_VALUE", at, { detail: `${target.id} = ${leaf.equals}` });
    }
    if (target.type === "number" && typeof leaf.equals !== "number") {
      issue("CONDITION_UNKNOWN_VALUE", at, { detail: `${target.id} is a number` });
    }
  } else if ("includes" in leaf) {
    if (!INCLUDES_TYPES.includes(target.type)) {
      issue("CONDITION_WRONG_TYPE", at, { detail: `includes on ${target.type}` });
      return;
    }
    if (!selectableIds(target)?.includes(leaf.includes)) {
      issue("CONDITION_UNKNOWN_VALUE", at, { detail: `${target.id} includes ${leaf.includes}` });
    }
  }
}

/**
 * The same condition as an XLSForm `relevant` expression, for export:
 * { question: "q8", equals: "yes" } → "${q8} = 'yes'".
 */
export function conditionToXlsForm(condition: SurveyCondition): string {
  if ("all" in condition) return condition.all.map((c) => `(${conditionToXlsForm(c)})`).join(" and ");
  if ("any" in condition) return condition.any.map((c) => `(${conditionToXlsForm(c)})`).join(" or ");
  const ref = `\${${condition.question}}`;
  if ("includes" in condition) return `selected(${ref}, ${xpathString(condition.includes)})`;
  if ("answered" in condition) return condition.answered ? `${ref} != ''` : `${ref} = ''`;
  return typeof condition.equals === "number"
    ? `${ref} = ${condition.equals}`
    : `${ref} = ${xpathString(condition.equals)}`;
}

/** XPath 1.0 has no escapes: quote with whichever quote the value does not contain. */
const xpathString = (value: string) => (value.includes("'") ? `"${value}"` : `'${value}'`);

// ---------------------------------------------------------------------------------------------------
// Answers

/**
 * The answer shapes, by question type:
 * - single_choice, multiple_choice, grid: { selected: ["friend"], specify?: { other: "my sister" } }
 *   (one shape for all three, so a second choice she named in an interview can be kept and flagged)
 * - yes_no: "yes" | "no"
 * - matrix: { food: "satisfied", police: "na" } (row id → scale point id; a missing row is unanswered)
 * - country: ISO 3166-1 alpha-2 ("NG"); language: ISO 639 ("ro")
 * - number: a number; short_text, long_text: a string
 * A missing key, null, "", [] or {} is a skipped question: she may skip anything.
 */
export const ChoiceAnswerSchema = z
  .object({
    selected: z.array(SurveySlugSchema).max(SURVEY_LIMITS.itemsMax),
    specify: z.record(SurveySlugSchema, z.string().max(SURVEY_LIMITS.shortTextMax)).optional(),
  })
  .strict();
export type ChoiceAnswer = z.infer<typeof ChoiceAnswerSchema>;

export const MatrixAnswerSchema = z.record(SurveySlugSchema, SurveySlugSchema);
export type MatrixAnswer = z.infer<typeof MatrixAnswerSchema>;

export const AnswerValueSchema = z.union([
  z.string().max(SURVEY_LIMITS.longTextMax),
  z.number(),
  ChoiceAnswerSchema,
  MatrixAnswerSchema,
]);
export type AnswerValue = z.infer<typeof AnswerValueSchema>;

export const SurveyAnswersSchema = z.record(SurveySlugSchema, AnswerValueSchema.nullable());
export type SurveyAnswers = z.infer<typeof SurveyAnswersSchema>;

export const ANSWER_PROBLEM_CODES = [
  /** No question with this id in this version. */
  "UNKNOWN_QUESTION",
  /** An answer to a note, which only shows text. */
  "NOT_ANSWERABLE",
  /** An answer to a question her earlier answers hide (a follow-up to "no"). */
  "HIDDEN_BY_CONDITION",
  /** Not the shape this question type takes (a string where options are chosen). */
  "WRONG_SHAPE",
  /** An option or grid cell that this question does not have (one from another question). */
  "UNKNOWN_OPTION",
  "DUPLICATE_CHOICE",
  /** "Choose 4" and she chose another number. Refused in self-completion; kept and flagged otherwise. */
  "CHOOSE_EXACTLY",
  /** More than "at most N" (or two on a single choice). Refused in self-completion; kept and flagged otherwise. */
  "TOO_MANY",
  /** Words written for an option that takes none. */
  "SPECIFY_NOT_ALLOWED",
  /** Words written for an option she did not choose. */
  "SPECIFY_NOT_CHOSEN",
  "UNKNOWN_ROW",
  /** A matrix value that is not a point of the scale. */
  "OFF_SCALE",
  "TOO_LONG",
  /** Text that looks like HTML or script. */
  "MARKUP_IN_TEXT",
  "NOT_A_NUMBER",
  "NOT_AN_INTEGER",
  "TOO_SMALL",
  "TOO_LARGE",
  "UNKNOWN_COUNTRY",
  "UNKNOWN_LANGUAGE",
] as const;
export type AnswerProblemCode = (typeof ANSWER_PROBLEM_CODES)[number];

/** Problems that record what she said rather than an impossible answer: kept outside self-completion. */
const LIMIT_CODES: readonly AnswerProblemCode[] = ["CHOOSE_EXACTLY", "TOO_MANY"];

export interface AnswerProblem {
  questionId: string;
  code: AnswerProblemCode;
  /** error: the response is refused. flag: the answer is kept as given and marked for whoever reads it. */
  severity: "error" | "flag";
  /** The option, row, cell or specify key concerned. */
  itemId?: string;
  /** The limit, length or bound that was crossed, and what was given. */
  expected?: number;
  actual?: number;
}

export interface AnswerValidation {
  /** True when nothing is refused (flags may remain). */
  ok: boolean;
  problems: AnswerProblem[];
  byQuestion: Record<string, AnswerProblem[]>;
}

export interface ValidateAnswersOptions {
  mode: AnswerMode;
}

/**
 * Checks one response against its definition. Self-completion enforces choice limits ("choose 4");
 * interview and import keep what she said and flag it (the report's women named five wishes when four
 * were asked). Every other problem is refused in every mode.
 */
export function validateAnswers(
  definition: SurveyDefinition,
  answers: Readonly<Record<string, unknown>>,
  options: ValidateAnswersOptions,
): AnswerValidation {
  const problems: AnswerProblem[] = [];
  const byId = new Map(questionOrder(definition).map((p) => [p.question.id, p.question]));
  const shown = visibility(definition, answers);

  for (const [questionId, value] of Object.entries(answers)) {
    if (isSkipped(value)) continue;
    const question = byId.get(questionId);
    const report = (code: AnswerProblemCode, extra: Partial<AnswerProblem> = {}) =>
      problems.push({
        questionId,
        code,
        severity: LIMIT_CODES.includes(code) && options.mode !== "self" ? "flag" : "error",
        ...extra,
      });
    if (!question) {
      report("UNKNOWN_QUESTION");
      continue;
    }
    if (question.type === "note") {
      report("NOT_ANSWERABLE");
      continue;
    }
    if (!shown.get(questionId)) {
      report("HIDDEN_BY_CONDITION");
      continue;
    }
    checkAnswer(question, value, report);
  }

  const byQuestion: Record<string, AnswerProblem[]> = {};
  for (const p of problems) byQuestion[p.questionId] = [...(byQuestion[p.questionId] ?? []), p];
  return { ok: problems.every((p) => p.severity !== "error"), problems, byQuestion };
}

/** Whether each question is shown, given the answers: in source order, a hidden question counts as unanswered. */
export function visibility(
  definition: SurveyDefinition,
  answers: Readonly<Record<string, unknown>>,
): Map<string, boolean> {
  const shown = new Map<string, boolean>();
  const byId = new Map<string, SurveyQuestion>();
  for (const { question } of questionOrder(definition)) {
    byId.set(question.id, question);
    shown.set(
      question.id,
      !question.relevant ||
        evaluateCondition(question.relevant, (id) => (shown.get(id) ? answers[id] : undefined), byId),
    );
  }
  return shown;
}

function evaluateCondition(
  condition: SurveyCondition,
  answerOf: (questionId: string) => unknown,
  byId: ReadonlyMap<string, SurveyQuestion>,
): boolean {
  if ("all" in condition) return condition.all.every((c) => evaluateCondition(c, answerOf, byId));
  if ("any" in condition) return condition.any.some((c) => evaluateCondition(c, answerOf, byId));
  const value = answerOf(condition.question);
  if ("answered" in condition) return condition.answered === !isSkipped(value);
  if (isSkipped(value)) return false;
  if ("includes" in condition) return isChoiceAnswer(value) && value.selected.includes(condition.includes);
  if (byId.get(condition.question)?.type === "single_choice") {
    return isChoiceAnswer(value) && value.selected.includes(String(condition.equals));
  }
  return value === condition.equals;
}

function isSkipped(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === "string") return value.trim() === "";
  if (Array.isArray(value)) return value.length === 0;
  if (isChoiceAnswer(value)) {
    return value.selected.length === 0 && Object.values(value.specify ?? {}).every((s) => isSkipped(s));
  }
  if (isPlainObject(value)) return Object.keys(value).length === 0;
  return false;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

function isChoiceAnswer(value: unknown): value is ChoiceAnswer {
  if (!isPlainObject(value) || !Array.isArray(value.selected)) return false;
  if (!value.selected.every((s) => typeof s === "string")) return false;
  if (value.specify === undefined) return Object.keys(value).every((k) => k === "selected");
  return (
    isPlainObject(value.specify) &&
    Object.values(value.specify).every((s) => typeof s === "string") &&
    Object.keys(value).every((k) => k === "selected" || k === "specify")
  );
}

type Report = (code: AnswerProblemCode, extra?: Partial<AnswerProblem>) => void;

function checkAnswer(question: SurveyQuestion, value: unknown, report: Report) {
  switch (question.type) {
    case "single_choice":
    case "multiple_choice":
    case "grid":
      return checkChoice(question, value, report);
    case "yes_no":
      if (typeof value !== "string") return report("WRONG_SHAPE");
      if (value !== "yes" && value !== "no") report("UNKNOWN_OPTION", { itemId: value });
      return;
    case "matrix":
      return checkMatrix(question, value, report);
    case "country":
      if (typeof value !== "string" || !isKnownCountry(value)) report("UNKNOWN_COUNTRY");
      return;
    case "language":
      if (typeof value !== "string" || !isKnownLanguage(value)) report("UNKNOWN_LANGUAGE");
      return;
    case "number":
      return checkNumber(question, value, report);
    case "short_text":
    case "long_text":
      if (typeof value !== "string") return report("WRONG_SHAPE");
      return checkText(value, question.maxLength, report);
    case "note":
      return report("NOT_ANSWERABLE");
  }
}

function checkChoice(
  question: QuestionOf<"single_choice" | "multiple_choice" | "grid">,
  value: unknown,
  report: Report,
) {
  if (!isChoiceAnswer(value)) return report("WRONG_SHAPE");
  const known = new Set(selectableIds(question));
  const seen = new Set<string>();
  for (const id of value.selected) {
    if (!known.has(id)) report("UNKNOWN_OPTION", { itemId: id });
    else if (seen.has(id)) report("DUPLICATE_CHOICE", { itemId: id });
    seen.add(id);
  }
  const count = seen.size;
  const limit = limitOf(question);
  if (limit && count > 0) {
    if ("exactly" in limit && count !== limit.exactly) {
      report("CHOOSE_EXACTLY", { expected: limit.exactly, actual: count });
    }
    if ("atMost" in limit && count > limit.atMost)
      report("TOO_MANY", { expected: limit.atMost, actual: count });
  }
  for (const [optionId, text] of Object.entries(value.specify ?? {})) {
    if (isSkipped(text)) continue;
    const option = question.type === "grid" ? undefined : question.options.find((o) => o.id === optionId);
    if (!option?.specify) {
      report("SPECIFY_NOT_ALLOWED", { itemId: optionId });
      continue;
    }
    if (!seen.has(optionId)) report("SPECIFY_NOT_CHOSEN", { itemId: optionId });
    checkText(text, option.specify.maxLength, report, optionId);
  }
}

function checkMatrix(question: QuestionOf<"matrix">, value: unknown, report: Report) {
  if (!isPlainObject(value) || isChoiceAnswer(value)) return report("WRONG_SHAPE");
  const rows = new Set(question.rows.map((r) => r.id));
  const points = new Set(question.scale.map((p) => p.id));
  for (const [rowId, point] of Object.entries(value)) {
    if (!rows.has(rowId)) report("UNKNOWN_ROW", { itemId: rowId });
    else if (isSkipped(point)) continue;
    else if (typeof point !== "string" || !points.has(point)) report("OFF_SCALE", { itemId: rowId });
  }
}

function checkNumber(question: QuestionOf<"number">, value: unknown, report: Report) {
  if (typeof value !== "number" || !Number.isFinite(value)) return report("NOT_A_NUMBER");
  if (question.integer && !Number.isInteger(value)) report("NOT_AN_INTEGER");
  if (question.min !== undefined && value < question.min)
    report("TOO_SMALL", { expected: question.min, actual: value });
  if (question.max !== undefined && value > question.max)
    report("TOO_LARGE", { expected: question.max, actual: value });
}

/** Tags, comments and processing instructions; "<3" and "a < b" are words, not markup. */
const MARKUP = /<\s*[/!?]?\s*[a-z]/i;

function checkText(text: string, maxLength: number, report: Report, itemId?: string) {
  // Code points, so a Thai or emoji answer is measured as she typed it.
  const length = [...text].length;
  if (length > maxLength) report("TOO_LONG", { itemId, expected: maxLength, actual: length });
  if (MARKUP.test(text)) report("MARKUP_IN_TEXT", { itemId });
}

let regionNames: Intl.DisplayNames | undefined;
let languageNames: Intl.DisplayNames | undefined;

/** An ISO 3166-1 alpha-2 code the platform knows, or XK (Kosovo). ZZ ("unknown region") is not a country. */
export function isKnownCountry(code: string): boolean {
  if (!/^[A-Z]{2}$/.test(code) || code === "ZZ") return false;
  if (code === "XK") return true;
  regionNames ??= new Intl.DisplayNames(["en"], { type: "region", fallback: "none" });
  return regionNames.of(code) !== undefined;
}

/** A two- or three-letter ISO 639 code the platform can name ("ro", "pcm" for Nigerian Pidgin). */
export function isKnownLanguage(code: string): boolean {
  if (!LanguageCodeSchema.safeParse(code).success) return false;
  languageNames ??= new Intl.DisplayNames(["en"], { type: "language", fallback: "none" });
  try {
    return languageNames.of(code) !== undefined;
  } catch {
    return false;
  }
}
