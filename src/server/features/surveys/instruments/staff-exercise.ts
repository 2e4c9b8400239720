/**
 * The staff exercise: appendix 2 of the 2010 evaluation report, "Medarbejderøvelse: Hverdagspraksis i
 * Mødestedet", which every staff member answered in writing before the two-day workshop. For staff
 * only (audience "staff"); its results are read side by side, one row per service.
 *
 * Source: seed file 000_b6112f4ec229fa5d.txt, lines 1718–1767. The extraction put the appendix's
 * heading ("Bilag 2: Medarbejderøvelse: / Hverdagspraksis i / Mødestedet", 1765–1767) after its body;
 * the "Bilag 2:" is the report's numbering and is left out. Lines 1768 onwards are the report's back
 * cover (about CMM), not the exercise. Danish is the source, word for word, spelling included
 * ("Individuelle rådgivning", "Sikker prostitutions - og præventionsrådgivning"). English is a
 * translation, unreviewed.
 *
 * With two languages and no visitor reading it, both tables live in this file; the user survey keeps
 * one file per language because nine translations are reviewed by nine different people.
 */
import {
  type InstrumentLanguage,
  localize,
  type SurveyDefinition,
  SurveyDefinitionSchema,
} from "../../../../common/survey-definition.js";

const daTexts = {
  // 1765–1767
  title: "Medarbejderøvelse: Hverdagspraksis i Mødestedet",
  // 1718–1720
  "intro.text":
    "Beskriv formålet med de følgende ydelser og hvorfor de tilbydes i Mødestedet. Beskriv desuden hvordan du bruger det i dit arbejde.",
  // 1725–1755
  q1: "Te og kaffe",
  q2: "Let mad (suppe, popcorn, frugt, kager)",
  q3: "Personale som taler forskellige sprog",
  q4: "Computer/internet adgang",
  q5: "Underholdning (fjernsyn, spil, blade, osv.)",
  q6: "Informationspjecer om forskellige tilbud i Danmark (og i udlandet)",
  q7: "Gratis tøj",
  q8: "Kondomer og glidecreme",
  q9: "Bad og toilet faciliteter",
  q10: "Sundhedsklinik",
  q11: "Betaling for medicinske behandlinger (bl.a. abort) og medicin",
  q12: "Sikker prostitutions - og præventionsrådgivning",
  q13: "Undervisning",
  q14: "Gratis testning for kønssygdomme",
  q15: "Individuelle rådgivning og støtte (under åbningstider)",
  q16: "Juridisk rådgivning",
  // 1757–1763
  q17: "Hvordan hænger dine øvrige arbejdsopgaver sammen med dit arbejde i Mødestedet?",
  "q17.instruction":
    "(Beskriv kort dine forskellige arbejdsfunktioner/opgaver. Hvilken sammenhæng har opgaverne med dit arbejde i Mødestedet? Hvilke konsekvenser har det (positive såvel som negative)?)",
};

export type StaffExerciseTextKey = keyof typeof daTexts;

export const STAFF_EXERCISE_LANGUAGES = {
  // The source: reviewed by being the original.
  da: { review: { reviewed: true }, texts: daTexts },
  en: {
    review: { reviewed: false },
    texts: {
      title: "Staff exercise: Everyday practice at the Meeting Place",
      "intro.text":
        "Describe the purpose of the following services and why they are offered at the Meeting Place. Also describe how you use them in your work.",
      q1: "Tea and coffee",
      q2: "Light food (soup, popcorn, fruit, cakes)",
      q3: "Staff who speak different languages",
      q4: "Computer/internet access",
      q5: "Entertainment (television, games, magazines, etc.)",
      q6: "Information leaflets about different services in Denmark (and abroad)",
      q7: "Free clothes",
      q8: "Condoms and lubricant",
      q9: "Shower and toilet facilities",
      q10: "Health clinic",
      q11: "Payment for medical treatment (including abortion) and medicine",
      q12: "Safe prostitution and contraception counselling",
      q13: "Classes",
      q14: "Free testing for sexually transmitted diseases",
      q15: "Individual counselling and support (during opening hours)",
      q16: "Legal counselling",
      q17: "How do your other work tasks fit together with your work at the Meeting Place?",
      "q17.instruction":
        "(Briefly describe your different work functions/tasks. How are these tasks connected with your work at the Meeting Place? What consequences does this have (positive as well as negative)?)",
    },
  },
} satisfies Record<string, InstrumentLanguage<StaffExerciseTextKey>>;

const t = (key: StaffExerciseTextKey) => localize(STAFF_EXERCISE_LANGUAGES, key);

/** Staff write as much as they need; the workshop reads every word. */
const ANSWER_MAX = 5000;

const SERVICE_COUNT = 16;
const serviceQuestions = Array.from({ length: SERVICE_COUNT }, (_, i) => {
  // q1…q16; a key with no text fails the schema parse below at load.
  const id = `q${i + 1}` as StaffExerciseTextKey;
  return {
    id,
    number: String(i + 1),
    type: "long_text" as const,
    label: t(id),
    personal: false,
    maxLength: ANSWER_MAX,
    lines: 4,
  };
});

const definition: SurveyDefinition = {
  id: "staff-exercise",
  version: 1,
  audience: "staff",
  sourceLanguage: "da",
  languages: Object.keys(STAFF_EXERCISE_LANGUAGES),
  review: Object.fromEntries(Object.entries(STAFF_EXERCISE_LANGUAGES).map(([lang, l]) => [lang, l.review])),
  title: t("title"),
  intro: { text: t("intro.text") },
  sections: [
    { id: "services", questions: serviceQuestions },
    {
      id: "other_tasks",
      questions: [
        {
          id: "q17",
          number: "17",
          type: "long_text",
          label: t("q17"),
          instruction: t("q17.instruction"),
          personal: false,
          maxLength: ANSWER_MAX,
          lines: 6,
        },
      ],
    },
  ],
};

/** Parsed once at load, so a broken edit fails the first test and the server's start. */
export const STAFF_EXERCISE: SurveyDefinition = SurveyDefinitionSchema.parse(definition);
