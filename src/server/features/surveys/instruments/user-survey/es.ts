import type { InstrumentLanguage } from "../../../../../common/survey-definition.js";
import type { UserSurveyTextKey } from "./en.js";

/**
 * Spanish (español). A first translation from en.ts, not yet checked by someone who reads Spanish.
 * To review: read each line against the English in en.ts (and the notes there), correct it here, then
 * set review to { reviewed: true, reviewedBy: "<your name>", reviewedAt: "<ISO date-time>" }.
 * Choices made: "tú"; feminine forms ("satisfecha"), since every respondent is a woman; words
 * understood in Spain and in Latin America ("computadoras" for the women from South America).
 * "No" is the same word as in English, which is right.
 */
export const es: InstrumentLanguage<UserSurveyTextKey> = {
  review: { reviewed: false },
  texts: {
    title: "¿Qué piensas del Centro de Orientación?",
    subtitle: "Un cuestionario ANÓNIMO",
    "intro.text":
      "¡Queremos saber qué piensas del Centro para mejorar lo que ofrecemos en el futuro! En este cuestionario anónimo queremos saber qué te gusta y qué no te gusta del Centro, y qué te gustaría que el Centro ofreciera en el futuro. Tus respuestas solo las verá el personal del Centro, y son totalmente anónimas. ¡Muchas gracias!",
    "intro.skipNotice":
      "Puedes saltarte cualquier pregunta que no quieras contestar y puedes parar cuando quieras.",

    nationality: "Nacionalidad",

    q1: "¿Has venido antes a este Centro?",
    "q1.yes": "Sí",
    "q1.no": "No",

    q2: "¿Cada cuánto vienes al Centro (más o menos)?",
    "q2.3_week": "3 veces por semana",
    "q2.2_week": "2 veces por semana",
    "q2.1_week": "1 vez por semana",
    "q2.1_month": "1 vez al mes",
    "q2.1_half_year": "1 vez cada 6 meses",
    "q2.1_year": "1 vez al año",

    q3: "¿Cómo conociste el Centro?",
    "q3.friend": "Por una amiga o un amigo",
    "q3.street": "En la calle",
    "q3.outreach_street": "Por el personal del Centro, en la calle",
    "q3.outreach_clinic": "Por el personal del Centro, en un salón de masajes",
    "q3.other": "De otra forma",

    q4: "¿Qué tan satisfecha estás con el Centro?",
    "q4.help":
      "Muy satisfecha: te gusta mucho. Satisfecha: está bien. Insatisfecha: no está bien. Muy insatisfecha: está muy mal. No es mi caso: no lo has usado o no lo sabes. Piensa solo en el Centro cuando está abierto.",
    "q4.very_satisfied": "Muy satisfecha",
    "q4.satisfied": "Satisfecha",
    "q4.dissatisfied": "Insatisfecha",
    "q4.very_dissatisfied": "Muy insatisfecha",
    "q4.na": "No es mi caso",
    "q4.opening_hours": "El horario",
    "q4.location": "El lugar donde está el Centro",
    "q4.staff": "El personal",
    "q4.personal_advice": "Consejos sobre asuntos personales o privados",
    "q4.pregnancy_info": "Información sobre cómo evitar un embarazo no deseado",
    "q4.clinic": "La consulta médica",
    "q4.doctors_nurses": "Los médicos y las enfermeras",
    "q4.food": "La comida",
    "q4.computers": "Las computadoras",
    "q4.language_classes": "Las clases de idiomas",
    "q4.legal": "Asesoría legal sobre tus derechos en Dinamarca",
    "q4.police": "Ayuda con la policía",
    "q4.sti_info": "Información sobre cómo evitar infecciones de transmisión sexual",
    "q4.accompaniment": "Ayuda y acompañamiento a citas médicas y al hospital",
    "q4.safe_place":
      "El Centro como un lugar seguro y privado donde se puede hablar libremente de la prostitución",

    q4notes: "Si algo no te gusta, puedes escribir aquí por qué:",

    q5: "¿Cuándo te gustaría más que el Centro estuviera abierto?",
    "q5.instruction": "(Elige 2)",
    "q5.day": "7:00–15:00 (de día)",
    "q5.evening": "15:00–23:00 (por la tarde)",
    "q5.night": "23:00–7:00 (de noche)",
    "q5.weekday": "De lunes a viernes",
    "q5.weekend": "Sábado y domingo",

    q6: "¿Qué otros servicios te gustaría que el Centro ofreciera en el futuro?",
    "q6.instruction": "(Elige cuatro – márcalos con una X)",
    "q6.help": "Son ideas para el futuro. Nada cambia enseguida y no podemos prometerlo todo.",
    "q6.doctor_appointments": "Más citas con el médico",
    "q6.hiv_testing": "Prueba del VIH",
    "q6.opening_hours": "Más horas de apertura del Centro",
    "q6.social_events": "Actividades en grupo (cocinar juntas o noches de cine)",
    "q6.warm_food": "Comida caliente",
    "q6.religious_counselling": "Apoyo religioso",
    "q6.clothing": "Más ropa gratis",
    "q6.dental_check": "Revisión con el dentista",
    "q6.multilingual_doctors": "Médicos y enfermeras que hablen varios idiomas",
    "q6.multilingual_doctors.specify": "¿Qué idiomas?",
    "q6.other": "Otra cosa",

    q7: "¿Te gustaría ir a una clase en el Centro?",
    "q7.instruction": "(Elige 3 – márcalas con una X)",
    "q7.help": "Son ideas para el futuro. Nada cambia enseguida y no podemos prometerlo todo.",
    "q7.safe_sex": "Cómo evitar un embarazo y sexo seguro",
    "q7.cooking": "Comer sano / clase de cocina",
    "q7.computer": "Computadora e internet",
    "q7.job_search": "Buscar trabajo / hacer un currículum",
    "q7.nails_hair": "Uñas y peluquería",
    "q7.sewing": "Costura",
    "q7.language": "Clases de idiomas",
    "q7.language.specify": "¿Qué idioma?",
    "q7.other": "Otra cosa",

    q7b: "¿En qué idioma te gustaría que fueran las clases?",

    q8: "¿Has estado en centros parecidos en otros países?",
    "q8.yes": "Sí",
    "q8.no": "No",
    q8a: "Si es así, ¿dónde?",
    q8b: "¿Qué te gustó y qué no te gustó de esos otros centros?",

    q9: "¿Tienes ideas para mejorar el Centro? (por ejemplo, sobre el local, el personal, los cursos, etc.)",

    q10: "¿Cuántas veces has estado en Dinamarca en el último año?",
    "q10.once": "Una vez",
    "q10.2_4_times": "2–4 veces",
    "q10.5_7_times": "5–7 veces",
    "q10.more": "Más de 7 veces",
    "q10.dont_remember": "No me acuerdo",

    q11: "¿Cuánto tiempo llevas en Dinamarca esta vez?",
    "q11.1_week": "1 semana o menos",
    "q11.2_4_weeks": "2–4 semanas",
    "q11.2_4_months": "2–4 meses",
    "q11.4_6_months": "4–6 meses",
    "q11.1_year": "1 año o más",
    "q11.dont_remember": "No me acuerdo",

    q12: "¿Cuándo sueles trabajar (de día, de noche, las dos cosas)?",
  },
};
