import type { InstrumentLanguage } from "../../../../../common/survey-definition.js";

/**
 * English: the source. Appendix 1 of the 2010 evaluation report ("Rammer vi rigtigt?", seed file
 * 000_b6112f4ec229fa5d.txt, lines 1374–1717), transcribed word for word, spelling included
 * ("du you", "Counseling" beside "Counselling", "Eventual Notes"): change a word only in a new version
 * of the instrument, never here. Line numbers are the seed's.
 *
 * Four texts are not on the paper form; each is marked ADDED and comes from what the report says the
 * interviewers had to explain aloud (seed lines 268–272 and 293–307):
 * - intro.skipNotice: "all were told they did not have to answer questions they found too personal";
 * - q4.help: the difference between "satisfied" and "very satisfied" needed explaining, and answers
 *   mixed the Centre up with meeting staff outside it;
 * - q6.help and q7.help: "the future" meant ideas for much later, maybe never, not next week.
 *
 * For translators: "Centre Staff/Street" and "Centre Staff/Clinic" (q3) are the Centre's outreach on
 * the street and in massage clinics (the report’s footnote 14, line 570), not the medical clinic.
 * "Which" after an option asks which languages. "mark with an X" is kept: the screen marks a chosen
 * option with an X.
 */
const texts = {
  // 1374–1376
  title: "What do you think of the Counselling Centre?",
  subtitle: "An ANONYMOUS questionnaire",
  // 1380–1386
  "intro.text":
    "We would like to hear what you think of the Counseling Centre so we can improve our services in the future! With this anonymous questionnaire we would like to hear what you like/dislike with the Centre, and what you would like the Centre to offer in the future. Your answers will not be seen by anyone but the Centre’s staff, and are totally anonymous. Thank you!!",
  // ADDED (see above)
  "intro.skipNotice": "You can skip any question you do not want to answer, and you can stop at any time.",

  // 1392
  nationality: "Nationality",

  // 1396
  q1: "Have you been to this Centre before?",
  "q1.yes": "Yes",
  "q1.no": "No",

  // 1402–1406
  q2: "How often du you use the Centre (approx.)?",
  "q2.3_week": "3xWeek",
  "q2.2_week": "2xWeek",
  "q2.1_week": "1xWeek",
  "q2.1_month": "1xMonth",
  "q2.1_half_year": "once ½ year",
  "q2.1_year": "1xYear",

  // 1412–1416
  q3: "How did you hear about the Centre?",
  "q3.friend": "A friend",
  "q3.street": "On the Street",
  "q3.outreach_street": "Centre Staff/Street",
  "q3.outreach_clinic": "Centre Staff/Clinic",
  "q3.other": "Other",

  // 1424–1434: the scale, in the order of the table's columns
  q4: "How satisfied are you with the Centre?",
  // ADDED (see above)
  "q4.help":
    "Very satisfied: you like it very much. Satisfied: it is good. Dissatisfied: it is not good. Very dissatisfied: it is very bad. N/A: you have not used it, or you do not know. Think only of the Centre, when it is open.",
  "q4.very_satisfied": "Very Satisfied",
  "q4.satisfied": "Satisfied",
  "q4.dissatisfied": "Dissatisfied",
  "q4.very_dissatisfied": "Very Dissatisfied",
  "q4.na": "N/A",
  // 1436–1557: the table's rows; the extraction split long rows over lines and one over a page footer
  "q4.opening_hours": "The opening hours",
  "q4.location": "The location",
  "q4.staff": "The staff",
  "q4.personal_advice": "Advice on personal/private matters",
  "q4.pregnancy_info": "Information on how to avoid unwanted pregnancies",
  "q4.clinic": "The Medical Clinic",
  "q4.doctors_nurses": "The doctors and nurses",
  "q4.food": "The food",
  "q4.computers": "Computer facilities",
  "q4.language_classes": "Language Classes",
  // 1484 + 1487–1489 (the page footer "Bilag 1: Interviewguide" fell between the two halves)
  "q4.legal": "Legal advice/Counselling about your rights in Denmark",
  "q4.police": "Assistance dealing with the police",
  "q4.sti_info": "Information on how to avoid sexually transmitted diseases",
  "q4.accompaniment": "Assistance/accompaniment to medical appointments and hospitals",
  "q4.safe_place": "The Centre as a safe and private place where prostitution can be spoken about freely",

  // 1581–1591
  q4notes: "Eventual Notes regarding dissatisfaction:",

  // 1597–1605
  q5: "When would you most like the centre to be open?",
  "q5.instruction": "(Choose 2)",
  "q5.day": "7am-3pm (Daytime)",
  "q5.evening": "3pm – 11pm (Evening)",
  "q5.night": "11pm – 7am (Night)",
  "q5.weekday": "Monday - Friday",
  "q5.weekend": "Saturday - Sunday",

  // 1611–1636
  q6: "What other services would you like the Centre to offer in the future?",
  "q6.instruction": "(Choose four – and mark with an X)",
  // ADDED (see above)
  "q6.help": "These are ideas for the future. Nothing changes right away, and we cannot promise everything.",
  "q6.doctor_appointments": "More available appointments with doctors",
  "q6.hiv_testing": "HIV testing",
  "q6.opening_hours": "More opening hours at the Centre",
  "q6.social_events": "Social events (communal cooking or film nights)",
  "q6.warm_food": "Warm food",
  "q6.religious_counselling": "Religious counselling",
  "q6.clothing": "More free clothing",
  "q6.dental_check": "Dental Check",
  "q6.multilingual_doctors": "Doctors and nurses who speak different languages",
  "q6.multilingual_doctors.specify": "Which",
  "q6.other": "Other",

  // 1638–1659
  q7: "Would you like to attend a class at the Centre?",
  "q7.instruction": "(Choose 3 – mark with an X)",
  // ADDED (see above)
  "q7.help": "These are ideas for the future. Nothing changes right away, and we cannot promise everything.",
  "q7.safe_sex": "Pregnancy Prevention and Safe-Sexual Conduct",
  "q7.cooking": "Healthy Eating Habits/Cooking Class",
  "q7.computer": "Computer and Internet training",
  "q7.job_search": "Job Search/CV writing",
  "q7.nails_hair": "Nail & Hair Styling",
  "q7.sewing": "Sewing",
  "q7.language": "Language Classes",
  "q7.language.specify": "Which",
  "q7.other": "Other",

  // 1663
  q7b: "What language would you like the classes to be offered in?",

  // 1669–1678
  q8: "Have you visited similar centres in other countries?",
  "q8.yes": "Yes",
  "q8.no": "No",
  q8a: "If yes, where?",
  q8b: "What about the other centres did you like/dislike?",

  // 1682–1693
  q9: "Do you have any suggestions for how we can make the Centre better? (such as concerning the Centre’s facilities, the staff, courses, etc.)",

  // 1697–1701
  q10: "How many times have you been to Denmark in the last year?",
  "q10.once": "Once",
  "q10.2_4_times": "2-4 times",
  "q10.5_7_times": "5-7 times",
  "q10.more": "More",
  "q10.dont_remember": "Don’t remember",

  // 1707–1711
  q11: "How long have you been in Denmark this time?",
  "q11.1_week": "1 wk/less",
  "q11.2_4_weeks": "2-4 wks",
  "q11.2_4_months": "2-4 months",
  "q11.4_6_months": "4-6 months",
  "q11.1_year": "1 year/more",
  "q11.dont_remember": "Don’t remember",

  // 1717
  q12: "When do you usually work (day, night, both)?",
};

/** Every text key of the user survey: each language file must give exactly these. */
export type UserSurveyTextKey = keyof typeof texts;

export const en: InstrumentLanguage<UserSurveyTextKey> = {
  // The source: reviewed by being the original.
  review: { reviewed: true },
  texts,
};
