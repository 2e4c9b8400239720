import { describe, expect, it } from "vitest";
import {
  checkDefinition,
  questionOrder,
  type SurveyDefinition,
  type SurveyQuestion,
  surveyTexts,
  validateAnswers,
} from "../../../../common/survey-definition.js";
import { STAFF_EXERCISE, STAFF_EXERCISE_LANGUAGES } from "./staff-exercise.js";
import { USER_SURVEY, USER_SURVEY_LANGUAGES } from "./user-survey.js";

// Line numbers below are those of the seed, /work/shared/seed/000_b6112f4ec229fa5d.txt.

const questions = (d: SurveyDefinition) => questionOrder(d).map((p) => p.question);
const byId = (d: SurveyDefinition, id: string): SurveyQuestion => {
  const q = questions(d).find((x) => x.id === id);
  if (!q) throw new Error(`no question ${id}`);
  return q;
};
const en = (d: SurveyDefinition, id: string) => byId(d, id).label.en;
const optionLabels = (d: SurveyDefinition, id: string) => {
  const q = byId(d, id);
  if (q.type !== "single_choice" && q.type !== "multiple_choice") throw new Error(`${id} has no options`);
  return q.options.map((o) => o.label.en);
};

describe("both built-in instruments", () => {
  it("pass the integrity check", () => {
    expect(checkDefinition(USER_SURVEY)).toEqual([]);
    expect(checkDefinition(STAFF_EXERCISE)).toEqual([]);
  });
});

describe("the user survey (appendix 1)", () => {
  it("is for visitors, in English (the source) and nine translations, none reviewed yet", () => {
    expect(USER_SURVEY.audience).toBe("visitors");
    expect(USER_SURVEY.sourceLanguage).toBe("en");
    expect(USER_SURVEY.languages).toEqual(["en", "ro", "da", "bg", "es", "hu", "sk", "ru", "fr", "th"]);
    expect(USER_SURVEY.review.en).toEqual({ reviewed: true });
    for (const language of USER_SURVEY.languages.filter((x) => x !== "en")) {
      expect(USER_SURVEY.review[language], language).toEqual({ reviewed: false });
    }
  });

  it("has exactly 12 numbered questions, in the source order", () => {
    const numbered = questions(USER_SURVEY).filter((q) => q.number && /^\d+$/.test(q.number));
    expect(numbered.map((q) => q.number)).toEqual([
      "1",
      "2",
      "3",
      "4",
      "5",
      "6",
      "7",
      "8",
      "9",
      "10",
      "11",
      "12",
    ]);
    expect(numbered.map((q) => q.id)).toEqual([
      "q1",
      "q2",
      "q3",
      "q4",
      "q5",
      "q6",
      "q7",
      "q8",
      "q9",
      "q10",
      "q11",
      "q12",
    ]);
    // Everything on the form, in its order: the unnumbered nationality line, the notes under the table,
    // 7b, and the two lines under 8.
    expect(questions(USER_SURVEY).map((q) => [q.id, q.number ?? null, q.type])).toEqual([
      ["nationality", null, "country"], // 1392
      ["q1", "1", "yes_no"], // 1396
      ["q2", "2", "single_choice"], // 1402–1406
      ["q3", "3", "single_choice"], // 1412–1416
      ["q4", "4", "matrix"], // 1424–1557
      ["q4notes", null, "long_text"], // 1581–1591
      ["q5", "5", "grid"], // 1597–1605
      ["q6", "6", "multiple_choice"], // 1611–1636
      ["q7", "7", "multiple_choice"], // 1638–1659
      ["q7b", "7b", "language"], // 1663
      ["q8", "8", "yes_no"], // 1669
      ["q8a", null, "short_text"], // 1672
      ["q8b", null, "long_text"], // 1674–1678
      ["q9", "9", "long_text"], // 1682–1693
      ["q10", "10", "single_choice"], // 1697–1701
      ["q11", "11", "single_choice"], // 1707–1711
      ["q12", "12", "short_text"], // 1717
    ]);
  });

  it("has the source's questions word for word", () => {
    expect(USER_SURVEY.title.en).toBe("What do you think of the Counselling Centre?"); // 1374
    expect(USER_SURVEY.subtitle?.en).toBe("An ANONYMOUS questionnaire"); // 1376
    expect(USER_SURVEY.intro.text.en).toBe(
      // 1380–1386
      "We would like to hear what you think of the Counseling Centre so we can improve our services in the future! With this anonymous questionnaire we would like to hear what you like/dislike with the Centre, and what you would like the Centre to offer in the future. Your answers will not be seen by anyone but the Centre’s staff, and are totally anonymous. Thank you!!",
    );
    expect(en(USER_SURVEY, "nationality")).toBe("Nationality");
    expect(en(USER_SURVEY, "q1")).toBe("Have you been to this Centre before?");
    expect(en(USER_SURVEY, "q2")).toBe("How often du you use the Centre (approx.)?");
    expect(en(USER_SURVEY, "q3")).toBe("How did you hear about the Centre?");
    expect(en(USER_SURVEY, "q4")).toBe("How satisfied are you with the Centre?");
    expect(en(USER_SURVEY, "q4notes")).toBe("Eventual Notes regarding dissatisfaction:");
    expect(en(USER_SURVEY, "q5")).toBe("When would you most like the centre to be open?");
    expect(byId(USER_SURVEY, "q5").instruction?.en).toBe("(Choose 2)");
    expect(en(USER_SURVEY, "q6")).toBe(
      "What other services would you like the Centre to offer in the future?",
    );
    expect(byId(USER_SURVEY, "q6").instruction?.en).toBe("(Choose four – and mark with an X)");
    expect(en(USER_SURVEY, "q7")).toBe("Would you like to attend a class at the Centre?");
    expect(byId(USER_SURVEY, "q7").instruction?.en).toBe("(Choose 3 – mark with an X)");
    expect(en(USER_SURVEY, "q7b")).toBe("What language would you like the classes to be offered in?");
    expect(en(USER_SURVEY, "q8")).toBe("Have you visited similar centres in other countries?");
    expect(en(USER_SURVEY, "q8a")).toBe("If yes, where?");
    expect(en(USER_SURVEY, "q8b")).toBe("What about the other centres did you like/dislike?");
    expect(en(USER_SURVEY, "q9")).toBe(
      "Do you have any suggestions for how we can make the Centre better? (such as concerning the Centre’s facilities, the staff, courses, etc.)",
    );
    expect(en(USER_SURVEY, "q10")).toBe("How many times have you been to Denmark in the last year?");
    expect(en(USER_SURVEY, "q11")).toBe("How long have you been in Denmark this time?");
    expect(en(USER_SURVEY, "q12")).toBe("When do you usually work (day, night, both)?");
  });

  it("has the source's options, counted and in order", () => {
    const q2 = optionLabels(USER_SURVEY, "q2"); // 1406
    expect(q2).toHaveLength(6);
    expect(q2).toEqual(["3xWeek", "2xWeek", "1xWeek", "1xMonth", "once ½ year", "1xYear"]);

    const q3 = optionLabels(USER_SURVEY, "q3"); // 1416
    expect(q3).toHaveLength(5);
    expect(q3).toEqual(["A friend", "On the Street", "Centre Staff/Street", "Centre Staff/Clinic", "Other"]);

    const q6 = optionLabels(USER_SURVEY, "q6"); // 1617–1636
    expect(q6).toHaveLength(10);
    expect(q6).toEqual([
      "More available appointments with doctors",
      "HIV testing",
      "More opening hours at the Centre",
      "Social events (communal cooking or film nights)",
      "Warm food",
      "Religious counselling",
      "More free clothing",
      "Dental Check",
      "Doctors and nurses who speak different languages",
      "Other",
    ]);

    const q7 = optionLabels(USER_SURVEY, "q7"); // 1639–1659
    expect(q7).toHaveLength(8);
    expect(q7).toEqual([
      "Pregnancy Prevention and Safe-Sexual Conduct",
      "Healthy Eating Habits/Cooking Class",
      "Computer and Internet training",
      "Job Search/CV writing",
      "Nail & Hair Styling",
      "Sewing",
      "Language Classes",
      "Other",
    ]);

    const q10 = optionLabels(USER_SURVEY, "q10"); // 1701
    expect(q10).toHaveLength(5);
    expect(q10).toEqual(["Once", "2-4 times", "5-7 times", "More", "Don’t remember"]);

    const q11 = optionLabels(USER_SURVEY, "q11"); // 1711
    expect(q11).toHaveLength(6);
    expect(q11).toEqual([
      "1 wk/less",
      "2-4 wks",
      "2-4 months",
      "4-6 months",
      "1 year/more",
      "Don’t remember",
    ]);

    for (const id of ["q1", "q8"]) {
      // 1396, 1669
      const q = byId(USER_SURVEY, id);
      expect(q.type === "yes_no" && [q.yes.en, q.no.en]).toEqual(["Yes", "No"]);
    }
  });

  it("has the satisfaction table's 15 rows and 5 columns, and the opening-hours grid's 2 × 3 cells", () => {
    const q4 = byId(USER_SURVEY, "q4");
    if (q4.type !== "matrix") throw new Error("q4 is a matrix");
    // 1426–1434
    expect(q4.scale).toHaveLength(5);
    expect(q4.scale.map((p) => p.label.en)).toEqual([
      "Very Satisfied",
      "Satisfied",
      "Dissatisfied",
      "Very Dissatisfied",
      "N/A",
    ]);
    expect(q4.scale.filter((p) => p.notApplicable).map((p) => p.id)).toEqual(["na"]);
    // 1436–1557
    expect(q4.rows).toHaveLength(15);
    expect(q4.rows.map((r) => r.label.en)).toEqual([
      "The opening hours",
      "The location",
      "The staff",
      "Advice on personal/private matters",
      "Information on how to avoid unwanted pregnancies",
      "The Medical Clinic",
      "The doctors and nurses",
      "The food",
      "Computer facilities",
      "Language Classes",
      "Legal advice/Counselling about your rights in Denmark",
      "Assistance dealing with the police",
      "Information on how to avoid sexually transmitted diseases",
      "Assistance/accompaniment to medical appointments and hospitals",
      "The Centre as a safe and private place where prostitution can be spoken about freely",
    ]);

    const q5 = byId(USER_SURVEY, "q5");
    if (q5.type !== "grid") throw new Error("q5 is a grid");
    // 1601–1605
    expect(q5.columns.map((c) => c.label.en)).toEqual([
      "7am-3pm (Daytime)",
      "3pm – 11pm (Evening)",
      "11pm – 7am (Night)",
    ]);
    expect(q5.rows.map((r) => r.label.en)).toEqual(["Monday - Friday", "Saturday - Sunday"]);
  });

  it("keeps the source's limits: choose 2, four and 3", () => {
    const limit = (id: string) => {
      const q = byId(USER_SURVEY, id);
      return q.type === "grid" || q.type === "multiple_choice" ? q.choose : undefined;
    };
    expect(limit("q5")).toEqual({ exactly: 2 }); // 1597
    expect(limit("q6")).toEqual({ exactly: 4 }); // 1611
    expect(limit("q7")).toEqual({ exactly: 3 }); // 1638
  });

  it("lets her write a word beside 'Other' and 'Which', and nowhere else", () => {
    const specifiable = questions(USER_SURVEY).flatMap((q) =>
      q.type === "single_choice" || q.type === "multiple_choice"
        ? q.options.filter((o) => o.specify).map((o) => [`${q.id}.${o.id}`, o.specify?.label?.en ?? null])
        : [],
    );
    expect(specifiable).toEqual([
      ["q3.other", null],
      ["q6.multilingual_doctors", "Which"],
      ["q6.other", null],
      ["q7.language", "Which"],
      ["q7.other", null],
    ]);
  });

  it("asks the personal questions last on screen, and the follow-ups to 8 only on yes", () => {
    const personal = questions(USER_SURVEY)
      .filter((q) => q.personal)
      .map((q) => q.id);
    expect(personal).toEqual(["q8", "q8a", "q8b", "q10", "q11", "q12"]);
    expect(
      questionOrder(USER_SURVEY, "self")
        .slice(-6)
        .map((p) => p.question.id),
    ).toEqual(personal);
    expect(byId(USER_SURVEY, "q8a").relevant).toEqual({ question: "q8", equals: "yes" });
    expect(byId(USER_SURVEY, "q8b").relevant).toEqual({ question: "q8", equals: "yes" });
    expect(validateAnswers(USER_SURVEY, { q8: "no", q8a: "Oslo" }, { mode: "interview" }).problems).toEqual([
      { questionId: "q8a", code: "HIDDEN_BY_CONDITION", severity: "error" },
    ]);
    expect(validateAnswers(USER_SURVEY, { q8: "yes", q8a: "Oslo" }, { mode: "self" }).ok).toBe(true);
  });

  it("keeps five wishes said in an interview, flagged, and refuses them on her own screen", () => {
    const five = {
      q6: { selected: ["warm_food", "hiv_testing", "opening_hours", "doctor_appointments", "dental_check"] },
    };
    expect(validateAnswers(USER_SURVEY, five, { mode: "interview" })).toMatchObject({
      ok: true,
      problems: [{ questionId: "q6", code: "CHOOSE_EXACTLY", severity: "flag", expected: 4, actual: 5 }],
    });
    expect(validateAnswers(USER_SURVEY, five, { mode: "self" }).ok).toBe(false);
  });

  it("uses every text of every language file, and each language file has every text", () => {
    const used = surveyTexts(USER_SURVEY).map((t) => t.key);
    for (const [language, table] of Object.entries(USER_SURVEY_LANGUAGES)) {
      expect(new Set(Object.keys(table.texts)), language).toEqual(new Set(used));
    }
  });

  /** Words that are rightly the same as the English. */
  const SAME_AS_ENGLISH: Record<string, string[]> = { es: ["q1.no", "q8.no"] };

  it("has every label in every language, none blank, none left in English", () => {
    const entries = surveyTexts(USER_SURVEY);
    expect(entries).toHaveLength(98); // 4 title and intro, 17 questions, 3 instructions, 3 helps, 69 options/rows/cells, 2 "Which"
    for (const { key, text } of entries) {
      for (const language of USER_SURVEY.languages) {
        const value = text[language];
        expect(value?.trim(), `${language} ${key}`).toBeTruthy();
        if (language !== "en" && !SAME_AS_ENGLISH[language]?.includes(key)) {
          expect(value, `${language} ${key}`).not.toBe(text.en);
        }
      }
    }
  });

  it("keeps the paper's X in every translation of 'mark with an X', and no blank lines from paper", () => {
    for (const language of USER_SURVEY.languages) {
      expect(byId(USER_SURVEY, "q6").instruction?.[language], language).toContain("X");
      expect(byId(USER_SURVEY, "q7").instruction?.[language], language).toContain("X");
    }
    for (const { key, text } of surveyTexts(USER_SURVEY)) {
      for (const value of Object.values(text)) expect(value, key).not.toMatch(/__/);
    }
  });
});

describe("the staff exercise (appendix 2)", () => {
  it("is for staff, in Danish (the source, reviewed) and English (unreviewed)", () => {
    expect(STAFF_EXERCISE.audience).toBe("staff");
    expect(STAFF_EXERCISE.sourceLanguage).toBe("da");
    expect(STAFF_EXERCISE.languages).toEqual(["da", "en"]);
    expect(STAFF_EXERCISE.review).toEqual({ da: { reviewed: true }, en: { reviewed: false } });
  });

  it("has the 16 services and the question about other tasks, word for word, in order", () => {
    const all = questions(STAFF_EXERCISE);
    expect(all).toHaveLength(17);
    expect(all.map((q) => q.number)).toEqual(Array.from({ length: 17 }, (_, i) => String(i + 1)));
    expect(all.every((q) => q.type === "long_text" && !q.personal)).toBe(true);
    expect(STAFF_EXERCISE.title.da).toBe("Medarbejderøvelse: Hverdagspraksis i Mødestedet"); // 1765–1767
    expect(STAFF_EXERCISE.intro.text.da).toBe(
      // 1718–1720
      "Beskriv formålet med de følgende ydelser og hvorfor de tilbydes i Mødestedet. Beskriv desuden hvordan du bruger det i dit arbejde.",
    );
    // 1725–1755
    expect(all.slice(0, 16).map((q) => q.label.da)).toEqual([
      "Te og kaffe",
      "Let mad (suppe, popcorn, frugt, kager)",
      "Personale som taler forskellige sprog",
      "Computer/internet adgang",
      "Underholdning (fjernsyn, spil, blade, osv.)",
      "Informationspjecer om forskellige tilbud i Danmark (og i udlandet)",
      "Gratis tøj",
      "Kondomer og glidecreme",
      "Bad og toilet faciliteter",
      "Sundhedsklinik",
      "Betaling for medicinske behandlinger (bl.a. abort) og medicin",
      "Sikker prostitutions - og præventionsrådgivning",
      "Undervisning",
      "Gratis testning for kønssygdomme",
      "Individuelle rådgivning og støtte (under åbningstider)",
      "Juridisk rådgivning",
    ]);
    // 1757–1763
    expect(all[16]?.label.da).toBe(
      "Hvordan hænger dine øvrige arbejdsopgaver sammen med dit arbejde i Mødestedet?",
    );
    expect(all[16]?.instruction?.da).toBe(
      "(Beskriv kort dine forskellige arbejdsfunktioner/opgaver. Hvilken sammenhæng har opgaverne med dit arbejde i Mødestedet? Hvilke konsekvenser har det (positive såvel som negative)?)",
    );
  });

  it("has every text in English, none blank, none left in Danish", () => {
    const used = surveyTexts(STAFF_EXERCISE).map((t) => t.key);
    for (const table of Object.values(STAFF_EXERCISE_LANGUAGES)) {
      expect(new Set(Object.keys(table.texts))).toEqual(new Set(used));
    }
    for (const { key, text } of surveyTexts(STAFF_EXERCISE)) {
      expect(text.en?.trim(), key).toBeTruthy();
      expect(text.en, key).not.toBe(text.da);
    }
  });
});
