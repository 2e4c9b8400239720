/**
 * The default survey: appendix 1 of the 2010 evaluation report, "What do you think of the Counselling
 * Centre? An ANONYMOUS questionnaire", as a definition.
 *
 * Why two layers: this file holds the structure (ids, types, order, limits, conditions) and nothing a
 * translator touches; user-survey/<lang>.ts holds one language's texts keyed by text key ("q4.food")
 * and that language's review state. A reviewer who reads Romanian opens ro.ts and nothing else, and
 * marks it reviewed there. TypeScript refuses a language file that lacks a key or has one too many
 * (each is typed Record<UserSurveyTextKey, string>), and instruments.test.ts checks that every key is
 * used here and no translation is blank or left in English.
 *
 * Reading of the source (seed lines 1374–1717; see docs/surveys.md for the ambiguities):
 * - "Nationality ___" is unnumbered, before question 1; "Eventual Notes regarding dissatisfaction" is
 *   an unnumbered long text after the question 4 table; "7b" keeps its number. 12 numbered questions.
 * - Question 3 has no "choose" instruction and sits among single-choice rows: single choice. The two
 *   answers some women gave in interviews ("a friend" and outreach) are kept and flagged there.
 * - "(Choose 2)", "(Choose four …)", "(Choose 3 …)" are exact limits.
 * - "Which ___" after an option is that option's "specify" line, like "Other ___".
 * - Personal questions (the report: similar centres abroad, stay in Denmark, work, seed 339–345) are
 *   asked last on screen and in interviews; on paper they stay where they were.
 */
import {
  type InstrumentLanguage,
  localize,
  type SurveyDefinition,
  SurveyDefinitionSchema,
} from "../../../../common/survey-definition.js";
import { bg } from "./user-survey/bg.js";
import { da } from "./user-survey/da.js";
import { en, type UserSurveyTextKey } from "./user-survey/en.js";
import { es } from "./user-survey/es.js";
import { fr } from "./user-survey/fr.js";
import { hu } from "./user-survey/hu.js";
import { ro } from "./user-survey/ro.js";
import { ru } from "./user-survey/ru.js";
import { sk } from "./user-survey/sk.js";
import { th } from "./user-survey/th.js";

/** The languages, English (the source) first, then as the issue lists them. */
export const USER_SURVEY_LANGUAGES = { en, ro, da, bg, es, hu, sk, ru, fr, th } satisfies Record<
  string,
  InstrumentLanguage<UserSurveyTextKey>
>;

const t = (key: UserSurveyTextKey) => localize(USER_SURVEY_LANGUAGES, key);
// An item's key is built from its ids; a key with no text fails the schema parse below at load.
const option = (question: string, id: string) => ({ id, label: t(`${question}.${id}` as UserSurveyTextKey) });
const specified = (question: string, id: string, maxLength: number, prompt?: UserSurveyTextKey) => ({
  ...option(question, id),
  specify: prompt ? { label: t(prompt), maxLength } : { maxLength },
});
const item = option;

const SHORT = 200;
const LONG = 2000;

const definition: SurveyDefinition = {
  id: "user-survey",
  version: 1,
  audience: "visitors",
  sourceLanguage: "en",
  languages: Object.keys(USER_SURVEY_LANGUAGES),
  review: Object.fromEntries(Object.entries(USER_SURVEY_LANGUAGES).map(([lang, l]) => [lang, l.review])),
  title: t("title"),
  subtitle: t("subtitle"),
  intro: { text: t("intro.text"), skipNotice: t("intro.skipNotice") },
  sections: [
    {
      id: "centre",
      questions: [
        { id: "nationality", type: "country", label: t("nationality"), personal: false },
        {
          id: "q1",
          number: "1",
          type: "yes_no",
          label: t("q1"),
          yes: t("q1.yes"),
          no: t("q1.no"),
          personal: false,
        },
        {
          id: "q2",
          number: "2",
          type: "single_choice",
          label: t("q2"),
          personal: false,
          options: ["3_week", "2_week", "1_week", "1_month", "1_half_year", "1_year"].map((id) =>
            option("q2", id),
          ),
        },
        {
          id: "q3",
          number: "3",
          type: "single_choice",
          label: t("q3"),
          personal: false,
          options: [
            ...["friend", "street", "outreach_street", "outreach_clinic"].map((id) => option("q3", id)),
            specified("q3", "other", SHORT),
          ],
        },
        {
          id: "q4",
          number: "4",
          type: "matrix",
          label: t("q4"),
          help: t("q4.help"),
          personal: false,
          scale: [
            { ...item("q4", "very_satisfied"), face: "very_happy" },
            { ...item("q4", "satisfied"), face: "happy" },
            { ...item("q4", "dissatisfied"), face: "unhappy" },
            { ...item("q4", "very_dissatisfied"), face: "very_unhappy" },
            { ...item("q4", "na"), notApplicable: true },
          ],
          rows: [
            "opening_hours",
            "location",
            "staff",
            "personal_advice",
            "pregnancy_info",
            "clinic",
            "doctors_nurses",
            "food",
            "computers",
            "language_classes",
            "legal",
            "police",
            "sti_info",
            "accompaniment",
            "safe_place",
          ].map((id) => item("q4", id)),
        },
        { id: "q4notes", type: "long_text", label: t("q4notes"), personal: false, maxLength: LONG, lines: 5 },
        {
          id: "q5",
          number: "5",
          type: "grid",
          label: t("q5"),
          instruction: t("q5.instruction"),
          personal: false,
          rows: ["weekday", "weekend"].map((id) => item("q5", id)),
          columns: ["day", "evening", "night"].map((id) => item("q5", id)),
          choose: { exactly: 2 },
        },
        {
          id: "q6",
          number: "6",
          type: "multiple_choice",
          label: t("q6"),
          instruction: t("q6.instruction"),
          help: t("q6.help"),
          personal: false,
          choose: { exactly: 4 },
          options: [
            ...[
              "doctor_appointments",
              "hiv_testing",
              "opening_hours",
              "social_events",
              "warm_food",
              "religious_counselling",
              "clothing",
              "dental_check",
            ].map((id) => option("q6", id)),
            specified("q6", "multilingual_doctors", SHORT, "q6.multilingual_doctors.specify"),
            specified("q6", "other", SHORT),
          ],
        },
        {
          id: "q7",
          number: "7",
          type: "multiple_choice",
          label: t("q7"),
          instruction: t("q7.instruction"),
          help: t("q7.help"),
          personal: false,
          choose: { exactly: 3 },
          options: [
            ...["safe_sex", "cooking", "computer", "job_search", "nails_hair", "sewing"].map((id) =>
              option("q7", id),
            ),
            specified("q7", "language", SHORT, "q7.language.specify"),
            specified("q7", "other", SHORT),
          ],
        },
        { id: "q7b", number: "7b", type: "language", label: t("q7b"), personal: false },
      ],
    },
    {
      id: "other_centres",
      questions: [
        {
          id: "q8",
          number: "8",
          type: "yes_no",
          label: t("q8"),
          yes: t("q8.yes"),
          no: t("q8.no"),
          personal: true,
        },
        {
          id: "q8a",
          type: "short_text",
          label: t("q8a"),
          personal: true,
          maxLength: SHORT,
          relevant: { question: "q8", equals: "yes" },
        },
        {
          id: "q8b",
          type: "long_text",
          label: t("q8b"),
          personal: true,
          maxLength: LONG,
          lines: 3,
          relevant: { question: "q8", equals: "yes" },
        },
      ],
    },
    {
      id: "suggestions",
      questions: [
        {
          id: "q9",
          number: "9",
          type: "long_text",
          label: t("q9"),
          personal: false,
          maxLength: LONG,
          lines: 4,
        },
      ],
    },
    {
      id: "stay_and_work",
      questions: [
        {
          id: "q10",
          number: "10",
          type: "single_choice",
          label: t("q10"),
          personal: true,
          options: ["once", "2_4_times", "5_7_times", "more", "dont_remember"].map((id) => option("q10", id)),
        },
        {
          id: "q11",
          number: "11",
          type: "single_choice",
          label: t("q11"),
          personal: true,
          options: ["1_week", "2_4_weeks", "2_4_months", "4_6_months", "1_year", "dont_remember"].map((id) =>
            option("q11", id),
          ),
        },
        { id: "q12", number: "12", type: "short_text", label: t("q12"), personal: true, maxLength: SHORT },
      ],
    },
  ],
};

/** Parsed once at load, so a broken edit fails the first test and the server's start, not a visitor. */
export const USER_SURVEY: SurveyDefinition = SurveyDefinitionSchema.parse(definition);
