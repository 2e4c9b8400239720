import type { InstrumentLanguage } from "../../../../../common/survey-definition.js";
import type { UserSurveyTextKey } from "./en.js";

/**
 * Danish (dansk). A first translation from en.ts, not yet checked by someone who reads Danish.
 * To review: read each line against the English in en.ts (and the notes there), correct it here, then
 * set review to { reviewed: true, reviewedBy: "<your name>", reviewedAt: "<ISO date-time>" }.
 * Choices made: "du"; the Centre is called by its Danish name, "Mødestedet", throughout; plain words
 * over exact ones.
 */
export const da: InstrumentLanguage<UserSurveyTextKey> = {
  review: { reviewed: false },
  texts: {
    title: "Hvad synes du om Mødestedet?",
    subtitle: "Et ANONYMT spørgeskema",
    "intro.text":
      "Vi vil gerne høre, hvad du synes om Mødestedet, så vi kan gøre vores tilbud bedre i fremtiden! I dette anonyme spørgeskema vil vi gerne høre, hvad du kan lide og ikke kan lide ved Mødestedet, og hvad du gerne vil have, at Mødestedet tilbyder i fremtiden. Kun Mødestedets personale ser dine svar, og de er helt anonyme. Tak!",
    "intro.skipNotice":
      "Du kan springe alle spørgsmål over, som du ikke vil svare på, og du kan stoppe når som helst.",

    nationality: "Nationalitet",

    q1: "Har du været på Mødestedet før?",
    "q1.yes": "Ja",
    "q1.no": "Nej",

    q2: "Hvor tit kommer du på Mødestedet (cirka)?",
    "q2.3_week": "3 gange om ugen",
    "q2.2_week": "2 gange om ugen",
    "q2.1_week": "1 gang om ugen",
    "q2.1_month": "1 gang om måneden",
    "q2.1_half_year": "1 gang hvert halve år",
    "q2.1_year": "1 gang om året",

    q3: "Hvordan hørte du om Mødestedet?",
    "q3.friend": "Fra en veninde eller ven",
    "q3.street": "På gaden",
    "q3.outreach_street": "Fra Mødestedets personale på gaden",
    "q3.outreach_clinic": "Fra Mødestedets personale på en massageklinik",
    "q3.other": "Andet",

    q4: "Hvor tilfreds er du med Mødestedet?",
    "q4.help":
      "Meget tilfreds: du kan rigtig godt lide det. Tilfreds: det er godt. Utilfreds: det er ikke godt. Meget utilfreds: det er meget dårligt. Ikke relevant: du har ikke brugt det, eller du ved det ikke. Tænk kun på Mødestedet, når det har åbent.",
    "q4.very_satisfied": "Meget tilfreds",
    "q4.satisfied": "Tilfreds",
    "q4.dissatisfied": "Utilfreds",
    "q4.very_dissatisfied": "Meget utilfreds",
    "q4.na": "Ikke relevant",
    "q4.opening_hours": "Åbningstiderne",
    "q4.location": "Hvor Mødestedet ligger",
    "q4.staff": "Personalet",
    "q4.personal_advice": "Råd om personlige og private ting",
    "q4.pregnancy_info": "Information om, hvordan du undgår at blive gravid, når du ikke ønsker det",
    "q4.clinic": "Sundhedsklinikken",
    "q4.doctors_nurses": "Lægerne og sygeplejerskerne",
    "q4.food": "Maden",
    "q4.computers": "Computerne",
    "q4.language_classes": "Sprogundervisningen",
    "q4.legal": "Juridisk rådgivning om dine rettigheder i Danmark",
    "q4.police": "Hjælp i kontakten med politiet",
    "q4.sti_info": "Information om, hvordan du undgår kønssygdomme",
    "q4.accompaniment": "Hjælp og følgeskab til lægen og på hospitalet",
    "q4.safe_place": "Mødestedet som et trygt og privat sted, hvor man frit kan tale om prostitution",

    q4notes: "Eventuelle bemærkninger om det, du er utilfreds med:",

    q5: "Hvornår vil du helst have, at Mødestedet har åbent?",
    "q5.instruction": "(Vælg 2)",
    "q5.day": "Kl. 7–15 (dag)",
    "q5.evening": "Kl. 15–23 (aften)",
    "q5.night": "Kl. 23–7 (nat)",
    "q5.weekday": "Mandag – fredag",
    "q5.weekend": "Lørdag – søndag",

    q6: "Hvilke andre tilbud vil du gerne have, at Mødestedet har i fremtiden?",
    "q6.instruction": "(Vælg fire – og sæt et X)",
    "q6.help": "Det er idéer til fremtiden. Intet ændrer sig med det samme, og vi kan ikke love alt.",
    "q6.doctor_appointments": "Flere tider hos lægen",
    "q6.hiv_testing": "HIV-test",
    "q6.opening_hours": "Længere åbningstider på Mødestedet",
    "q6.social_events": "Sociale arrangementer (fælles madlavning eller filmaftener)",
    "q6.warm_food": "Varm mad",
    "q6.religious_counselling": "Religiøs rådgivning",
    "q6.clothing": "Mere gratis tøj",
    "q6.dental_check": "Tjek hos tandlægen",
    "q6.multilingual_doctors": "Læger og sygeplejersker, der taler forskellige sprog",
    "q6.multilingual_doctors.specify": "Hvilke sprog?",
    "q6.other": "Andet",

    q7: "Vil du gerne gå til undervisning på Mødestedet?",
    "q7.instruction": "(Vælg 3 – sæt et X)",
    "q7.help": "Det er idéer til fremtiden. Intet ændrer sig med det samme, og vi kan ikke love alt.",
    "q7.safe_sex": "Undgå graviditet og sikker sex",
    "q7.cooking": "Sund mad / madlavning",
    "q7.computer": "Computer og internet",
    "q7.job_search": "Jobsøgning / skrive CV",
    "q7.nails_hair": "Negle og hår",
    "q7.sewing": "Syning",
    "q7.language": "Sprogundervisning",
    "q7.language.specify": "Hvilket sprog?",
    "q7.other": "Andet",

    q7b: "Hvilket sprog vil du gerne have undervisningen på?",

    q8: "Har du været på lignende steder i andre lande?",
    "q8.yes": "Ja",
    "q8.no": "Nej",
    q8a: "Hvis ja, hvor?",
    q8b: "Hvad kunne du lide og ikke lide ved de andre steder?",

    q9: "Har du forslag til, hvordan vi kan gøre Mødestedet bedre? (for eksempel om lokalerne, personalet, undervisningen osv.)",

    q10: "Hvor mange gange har du været i Danmark det sidste år?",
    "q10.once": "1 gang",
    "q10.2_4_times": "2–4 gange",
    "q10.5_7_times": "5–7 gange",
    "q10.more": "Mere end 7 gange",
    "q10.dont_remember": "Kan ikke huske",

    q11: "Hvor længe har du været i Danmark denne gang?",
    "q11.1_week": "1 uge eller mindre",
    "q11.2_4_weeks": "2–4 uger",
    "q11.2_4_months": "2–4 måneder",
    "q11.4_6_months": "4–6 måneder",
    "q11.1_year": "1 år eller mere",
    "q11.dont_remember": "Kan ikke huske",

    q12: "Hvornår arbejder du som regel (dag, nat, begge dele)?",
  },
};
