import type { InstrumentLanguage } from "../../../../../common/survey-definition.js";
import type { UserSurveyTextKey } from "./en.js";

/**
 * French (français). A first translation from en.ts, not yet checked by someone who reads French.
 * To review: read each line against the English in en.ts (and the notes there), correct it here, then
 * set review to { reviewed: true, reviewedBy: "<your name>", reviewedAt: "<ISO date-time>" }.
 * Choices made: "vous"; feminine forms ("satisfaite", "venue"), since every respondent is a woman;
 * plain words over exact ones. The space before "?", "!" and ":" is a no-break space, so a narrow
 * screen never starts a line with the mark.
 */
export const fr: InstrumentLanguage<UserSurveyTextKey> = {
  review: { reviewed: false },
  texts: {
    title: "Que pensez-vous du Centre de conseil ?",
    subtitle: "Un questionnaire ANONYME",
    "intro.text":
      "Nous voulons savoir ce que vous pensez du Centre, pour améliorer nos services à l’avenir ! Dans ce questionnaire anonyme, vous pouvez nous dire ce que vous aimez et ce que vous n’aimez pas au Centre, et ce que vous aimeriez que le Centre propose à l’avenir. Seule l’équipe du Centre verra vos réponses, et elles sont totalement anonymes. Merci !",
    "intro.skipNotice":
      "Vous pouvez passer toutes les questions auxquelles vous ne voulez pas répondre, et vous pouvez arrêter à tout moment.",

    nationality: "Nationalité",

    q1: "Êtes-vous déjà venue dans ce Centre ?",
    "q1.yes": "Oui",
    "q1.no": "Non",

    q2: "Vous venez au Centre combien de fois (à peu près) ?",
    "q2.3_week": "3 fois par semaine",
    "q2.2_week": "2 fois par semaine",
    "q2.1_week": "1 fois par semaine",
    "q2.1_month": "1 fois par mois",
    "q2.1_half_year": "1 fois tous les 6 mois",
    "q2.1_year": "1 fois par an",

    q3: "Comment avez-vous connu le Centre ?",
    "q3.friend": "Par une amie ou un ami",
    "q3.street": "Dans la rue",
    "q3.outreach_street": "Par l’équipe du Centre, dans la rue",
    "q3.outreach_clinic": "Par l’équipe du Centre, dans un salon de massage",
    "q3.other": "Autrement",

    q4: "Êtes-vous satisfaite du Centre ?",
    "q4.help":
      "Très satisfaite : vous aimez beaucoup. Satisfaite : c’est bien. Pas satisfaite : ce n’est pas bien. Pas du tout satisfaite : c’est très mauvais. Pas concernée : vous ne l’avez pas utilisé, ou vous ne savez pas. Pensez seulement au Centre, quand il est ouvert.",
    "q4.very_satisfied": "Très satisfaite",
    "q4.satisfied": "Satisfaite",
    "q4.dissatisfied": "Pas satisfaite",
    "q4.very_dissatisfied": "Pas du tout satisfaite",
    "q4.na": "Pas concernée",
    "q4.opening_hours": "Les heures d’ouverture",
    "q4.location": "L’endroit où se trouve le Centre",
    "q4.staff": "L’équipe",
    "q4.personal_advice": "Les conseils sur des questions personnelles ou privées",
    "q4.pregnancy_info": "Les informations pour éviter une grossesse non désirée",
    "q4.clinic": "Le cabinet médical",
    "q4.doctors_nurses": "Les médecins et les infirmières",
    "q4.food": "La nourriture",
    "q4.computers": "Les ordinateurs",
    "q4.language_classes": "Les cours de langue",
    "q4.legal": "Les conseils juridiques sur vos droits au Danemark",
    "q4.police": "L’aide face à la police",
    "q4.sti_info": "Les informations pour éviter les infections sexuellement transmissibles",
    "q4.accompaniment": "L’aide et l’accompagnement aux rendez-vous médicaux et à l’hôpital",
    "q4.safe_place": "Le Centre comme un lieu sûr et privé où l’on peut parler librement de la prostitution",

    q4notes: "Si quelque chose ne vous plaît pas, vous pouvez écrire ici pourquoi :",

    q5: "Quand aimeriez-vous le plus que le Centre soit ouvert ?",
    "q5.instruction": "(Choisissez-en 2)",
    "q5.day": "7 h – 15 h (la journée)",
    "q5.evening": "15 h – 23 h (le soir)",
    "q5.night": "23 h – 7 h (la nuit)",
    "q5.weekday": "Du lundi au vendredi",
    "q5.weekend": "Samedi et dimanche",

    q6: "Quels autres services aimeriez-vous que le Centre propose à l’avenir ?",
    "q6.instruction": "(Choisissez-en quatre – cochez d’un X)",
    "q6.help":
      "Ce sont des idées pour l’avenir. Rien ne change tout de suite, et nous ne pouvons pas tout promettre.",
    "q6.doctor_appointments": "Plus de rendez-vous avec les médecins",
    "q6.hiv_testing": "Test du VIH",
    "q6.opening_hours": "Plus d’heures d’ouverture au Centre",
    "q6.social_events": "Des moments ensemble (cuisine en commun ou soirées cinéma)",
    "q6.warm_food": "Des repas chauds",
    "q6.religious_counselling": "Un soutien religieux",
    "q6.clothing": "Plus de vêtements gratuits",
    "q6.dental_check": "Un contrôle chez le dentiste",
    "q6.multilingual_doctors": "Des médecins et des infirmières qui parlent différentes langues",
    "q6.multilingual_doctors.specify": "Quelles langues ?",
    "q6.other": "Autre chose",

    q7: "Aimeriez-vous suivre un cours au Centre ?",
    "q7.instruction": "(Choisissez-en 3 – cochez d’un X)",
    "q7.help":
      "Ce sont des idées pour l’avenir. Rien ne change tout de suite, et nous ne pouvons pas tout promettre.",
    "q7.safe_sex": "Éviter une grossesse et se protéger pendant les rapports sexuels",
    "q7.cooking": "Manger sainement / cours de cuisine",
    "q7.computer": "Ordinateur et internet",
    "q7.job_search": "Chercher un emploi / écrire un CV",
    "q7.nails_hair": "Ongles et coiffure",
    "q7.sewing": "Couture",
    "q7.language": "Cours de langue",
    "q7.language.specify": "Quelle langue ?",
    "q7.other": "Autre chose",

    q7b: "Dans quelle langue aimeriez-vous avoir les cours ?",

    q8: "Êtes-vous déjà allée dans des centres comme celui-ci dans d’autres pays ?",
    "q8.yes": "Oui",
    "q8.no": "Non",
    q8a: "Si oui, où ?",
    q8b: "Qu’avez-vous aimé et pas aimé dans ces autres centres ?",

    q9: "Avez-vous des idées pour améliorer le Centre ? (par exemple sur les locaux, l’équipe, les cours, etc.)",

    q10: "Combien de fois êtes-vous venue au Danemark pendant la dernière année ?",
    "q10.once": "Une fois",
    "q10.2_4_times": "2 à 4 fois",
    "q10.5_7_times": "5 à 7 fois",
    "q10.more": "Plus de 7 fois",
    "q10.dont_remember": "Je ne me souviens pas",

    q11: "Depuis combien de temps êtes-vous au Danemark cette fois-ci ?",
    "q11.1_week": "1 semaine ou moins",
    "q11.2_4_weeks": "2 à 4 semaines",
    "q11.2_4_months": "2 à 4 mois",
    "q11.4_6_months": "4 à 6 mois",
    "q11.1_year": "1 an ou plus",
    "q11.dont_remember": "Je ne me souviens pas",

    q12: "Quand travaillez-vous d’habitude (le jour, la nuit, les deux) ?",
  },
};
