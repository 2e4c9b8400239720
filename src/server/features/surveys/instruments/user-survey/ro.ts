import type { InstrumentLanguage } from "../../../../../common/survey-definition.js";
import type { UserSurveyTextKey } from "./en.js";

/**
 * Romanian (română). A first translation from en.ts, not yet checked by someone who reads Romanian.
 * To review: read each line against the English in en.ts (and the notes there), correct it here, then
 * set review to { reviewed: true, reviewedBy: "<your name>", reviewedAt: "<ISO date-time>" }.
 * Choices made: "tu" (warm, as in outreach leaflets); feminine forms ("mulțumită"), since every
 * respondent is a woman; plain words over exact ones ("Nu e cazul" for N/A).
 */
export const ro: InstrumentLanguage<UserSurveyTextKey> = {
  review: { reviewed: false },
  texts: {
    title: "Ce părere ai despre Centrul de consiliere?",
    subtitle: "Un chestionar ANONIM",
    "intro.text":
      "Vrem să aflăm ce crezi despre Centrul de consiliere, ca să ne îmbunătățim serviciile pe viitor! În acest chestionar anonim ne poți spune ce îți place și ce nu îți place la Centru și ce ai vrea să îți ofere Centrul pe viitor. Răspunsurile tale le vede doar personalul Centrului și sunt complet anonime. Îți mulțumim!",
    "intro.skipNotice":
      "Poți sări peste orice întrebare la care nu vrei să răspunzi și te poți opri oricând.",

    nationality: "Naționalitatea",

    q1: "Ai mai fost la acest Centru înainte?",
    "q1.yes": "Da",
    "q1.no": "Nu",

    q2: "Cât de des vii la Centru (aproximativ)?",
    "q2.3_week": "De 3 ori pe săptămână",
    "q2.2_week": "De 2 ori pe săptămână",
    "q2.1_week": "O dată pe săptămână",
    "q2.1_month": "O dată pe lună",
    "q2.1_half_year": "O dată la șase luni",
    "q2.1_year": "O dată pe an",

    q3: "Cum ai aflat de Centru?",
    "q3.friend": "De la o prietenă sau un prieten",
    "q3.street": "Pe stradă",
    "q3.outreach_street": "De la personalul Centrului, pe stradă",
    "q3.outreach_clinic": "De la personalul Centrului, la un salon de masaj",
    "q3.other": "Altfel",

    q4: "Cât de mulțumită ești de Centru?",
    "q4.help":
      "Foarte mulțumită: îți place foarte mult. Mulțumită: este bine. Nemulțumită: nu este bine. Foarte nemulțumită: este foarte rău. Nu e cazul: nu ai folosit asta sau nu știi. Gândește-te doar la Centru, atunci când este deschis.",
    "q4.very_satisfied": "Foarte mulțumită",
    "q4.satisfied": "Mulțumită",
    "q4.dissatisfied": "Nemulțumită",
    "q4.very_dissatisfied": "Foarte nemulțumită",
    "q4.na": "Nu e cazul",
    "q4.opening_hours": "Programul (orele când e deschis)",
    "q4.location": "Locul unde se află Centrul",
    "q4.staff": "Personalul",
    "q4.personal_advice": "Sfaturi despre probleme personale sau private",
    "q4.pregnancy_info": "Informații despre cum să eviți o sarcină nedorită",
    "q4.clinic": "Cabinetul medical",
    "q4.doctors_nurses": "Medicii și asistentele",
    "q4.food": "Mâncarea",
    "q4.computers": "Calculatoarele",
    "q4.language_classes": "Cursurile de limbi străine",
    "q4.legal": "Sfaturi juridice despre drepturile tale în Danemarca",
    "q4.police": "Ajutor în legătură cu poliția",
    "q4.sti_info": "Informații despre cum să eviți bolile cu transmitere sexuală",
    "q4.accompaniment": "Ajutor și însoțire la medic și la spital",
    "q4.safe_place": "Centrul ca loc sigur și privat, unde poți vorbi liber despre prostituție",

    q4notes: "Dacă ești nemulțumită de ceva, poți scrie aici de ce:",

    q5: "Când ai vrea cel mai mult să fie deschis Centrul?",
    "q5.instruction": "(Alege 2)",
    "q5.day": "7:00–15:00 (ziua)",
    "q5.evening": "15:00–23:00 (seara)",
    "q5.night": "23:00–7:00 (noaptea)",
    "q5.weekday": "Luni – vineri",
    "q5.weekend": "Sâmbătă – duminică",

    q6: "Ce alte servicii ai vrea să ofere Centrul pe viitor?",
    "q6.instruction": "(Alege patru – marchează cu un X)",
    "q6.help": "Sunt idei pentru viitor. Nu se schimbă nimic imediat și nu putem promite totul.",
    "q6.doctor_appointments": "Mai multe programări la medic",
    "q6.hiv_testing": "Test HIV",
    "q6.opening_hours": "Centrul să fie deschis mai multe ore",
    "q6.social_events": "Activități împreună (gătit împreună sau seri de film)",
    "q6.warm_food": "Mâncare caldă",
    "q6.religious_counselling": "Sprijin religios",
    "q6.clothing": "Mai multe haine gratuite",
    "q6.dental_check": "Control la dentist",
    "q6.multilingual_doctors": "Medici și asistente care vorbesc mai multe limbi",
    "q6.multilingual_doctors.specify": "Ce limbi?",
    "q6.other": "Altceva",

    q7: "Ai vrea să participi la un curs la Centru?",
    "q7.instruction": "(Alege 3 – marchează cu un X)",
    "q7.help": "Sunt idei pentru viitor. Nu se schimbă nimic imediat și nu putem promite totul.",
    "q7.safe_sex": "Cum să eviți o sarcină și sex protejat",
    "q7.cooking": "Mâncare sănătoasă / curs de gătit",
    "q7.computer": "Calculator și internet",
    "q7.job_search": "Cum să cauți un loc de muncă / cum să scrii un CV",
    "q7.nails_hair": "Unghii și coafură",
    "q7.sewing": "Cusut",
    "q7.language": "Cursuri de limbi străine",
    "q7.language.specify": "Ce limbă?",
    "q7.other": "Altceva",

    q7b: "În ce limbă ai vrea să fie cursurile?",

    q8: "Ai mai fost la centre asemănătoare în alte țări?",
    "q8.yes": "Da",
    "q8.no": "Nu",
    q8a: "Dacă da, unde?",
    q8b: "Ce ți-a plăcut și ce nu ți-a plăcut la celelalte centre?",

    q9: "Ai idei despre cum putem face Centrul mai bun? (de exemplu despre spațiu, personal, cursuri etc.)",

    q10: "De câte ori ai fost în Danemarca în ultimul an?",
    "q10.once": "O dată",
    "q10.2_4_times": "De 2–4 ori",
    "q10.5_7_times": "De 5–7 ori",
    "q10.more": "Mai mult de 7 ori",
    "q10.dont_remember": "Nu îmi amintesc",

    q11: "De cât timp ești în Danemarca de data asta?",
    "q11.1_week": "O săptămână sau mai puțin",
    "q11.2_4_weeks": "2–4 săptămâni",
    "q11.2_4_months": "2–4 luni",
    "q11.4_6_months": "4–6 luni",
    "q11.1_year": "Un an sau mai mult",
    "q11.dont_remember": "Nu îmi amintesc",

    q12: "Când lucrezi de obicei (ziua, noaptea, amândouă)?",
  },
};
