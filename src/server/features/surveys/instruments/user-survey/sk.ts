import type { InstrumentLanguage } from "../../../../../common/survey-definition.js";
import type { UserSurveyTextKey } from "./en.js";

/**
 * Slovak (slovenčina). A first translation from en.ts, not yet checked by someone who reads Slovak.
 * To review: read each line against the English in en.ts (and the notes there), correct it here, then
 * set review to { reviewed: true, reviewedBy: "<your name>", reviewedAt: "<ISO date-time>" }.
 * Choices made: polite "vy"; feminine forms ("spokojná"), since every respondent is a woman; plain
 * words over exact ones.
 */
export const sk: InstrumentLanguage<UserSurveyTextKey> = {
  review: { reviewed: false },
  texts: {
    title: "Čo si myslíte o Poradenskom centre?",
    subtitle: "ANONYMNÝ dotazník",
    "intro.text":
      "Chceme vedieť, čo si myslíte o Centre, aby sme v budúcnosti mohli zlepšiť naše služby! V tomto anonymnom dotazníku nám môžete povedať, čo sa vám v Centre páči a čo nie, a čo by ste chceli, aby Centrum ponúkalo v budúcnosti. Vaše odpovede uvidia len pracovníci Centra a sú úplne anonymné. Ďakujeme!",
    "intro.skipNotice":
      "Môžete preskočiť každú otázku, na ktorú nechcete odpovedať, a môžete kedykoľvek skončiť.",

    nationality: "Štátna príslušnosť",

    q1: "Boli ste už niekedy v tomto Centre?",
    "q1.yes": "Áno",
    "q1.no": "Nie",

    q2: "Ako často chodíte do Centra (približne)?",
    "q2.3_week": "3-krát za týždeň",
    "q2.2_week": "2-krát za týždeň",
    "q2.1_week": "1-krát za týždeň",
    "q2.1_month": "1-krát za mesiac",
    "q2.1_half_year": "1-krát za pol roka",
    "q2.1_year": "1-krát za rok",

    q3: "Ako ste sa dozvedeli o Centre?",
    "q3.friend": "Od kamarátky alebo kamaráta",
    "q3.street": "Na ulici",
    "q3.outreach_street": "Od pracovníkov Centra, na ulici",
    "q3.outreach_clinic": "Od pracovníkov Centra, v masážnom salóne",
    "q3.other": "Inak",

    q4: "Ako ste spokojná s Centrom?",
    "q4.help":
      "Veľmi spokojná: veľmi sa vám to páči. Spokojná: je to dobré. Nespokojná: nie je to dobré. Veľmi nespokojná: je to veľmi zlé. Netýka sa ma: nepoužívali ste to alebo neviete. Myslite len na Centrum, keď je otvorené.",
    "q4.very_satisfied": "Veľmi spokojná",
    "q4.satisfied": "Spokojná",
    "q4.dissatisfied": "Nespokojná",
    "q4.very_dissatisfied": "Veľmi nespokojná",
    "q4.na": "Netýka sa ma",
    "q4.opening_hours": "Otváracie hodiny",
    "q4.location": "Miesto, kde je Centrum",
    "q4.staff": "Pracovníci",
    "q4.personal_advice": "Rady v osobných a súkromných veciach",
    "q4.pregnancy_info": "Informácie, ako sa vyhnúť nechcenému tehotenstvu",
    "q4.clinic": "Zdravotná ambulancia",
    "q4.doctors_nurses": "Lekári a zdravotné sestry",
    "q4.food": "Jedlo",
    "q4.computers": "Počítače",
    "q4.language_classes": "Jazykové kurzy",
    "q4.legal": "Právne poradenstvo o vašich právach v Dánsku",
    "q4.police": "Pomoc pri jednaní s políciou",
    "q4.sti_info": "Informácie, ako sa vyhnúť pohlavne prenosným chorobám",
    "q4.accompaniment": "Pomoc a sprievod k lekárovi a do nemocnice",
    "q4.safe_place": "Centrum ako bezpečné a súkromné miesto, kde sa dá voľne hovoriť o prostitúcii",

    q4notes: "Ak ste s niečím nespokojná, môžete sem napísať prečo:",

    q5: "Kedy by ste najradšej chceli, aby bolo Centrum otvorené?",
    "q5.instruction": "(Vyberte 2)",
    "q5.day": "7:00–15:00 (cez deň)",
    "q5.evening": "15:00–23:00 (večer)",
    "q5.night": "23:00–7:00 (v noci)",
    "q5.weekday": "Pondelok – piatok",
    "q5.weekend": "Sobota – nedeľa",

    q6: "Aké ďalšie služby by ste chceli, aby Centrum ponúkalo v budúcnosti?",
    "q6.instruction": "(Vyberte štyri – označte ich X)",
    "q6.help": "Sú to nápady do budúcnosti. Nič sa nezmení hneď a nemôžeme sľúbiť všetko.",
    "q6.doctor_appointments": "Viac termínov u lekára",
    "q6.hiv_testing": "Test na HIV",
    "q6.opening_hours": "Dlhšie otváracie hodiny Centra",
    "q6.social_events": "Spoločné akcie (spoločné varenie alebo filmové večery)",
    "q6.warm_food": "Teplé jedlo",
    "q6.religious_counselling": "Náboženské poradenstvo",
    "q6.clothing": "Viac oblečenia zadarmo",
    "q6.dental_check": "Prehliadka u zubára",
    "q6.multilingual_doctors": "Lekári a sestry, ktorí hovoria rôznymi jazykmi",
    "q6.multilingual_doctors.specify": "Akými jazykmi?",
    "q6.other": "Iné",

    q7: "Chceli by ste chodiť na kurz v Centre?",
    "q7.instruction": "(Vyberte 3 – označte ich X)",
    "q7.help": "Sú to nápady do budúcnosti. Nič sa nezmení hneď a nemôžeme sľúbiť všetko.",
    "q7.safe_sex": "Ochrana pred tehotenstvom a bezpečný sex",
    "q7.cooking": "Zdravé stravovanie / kurz varenia",
    "q7.computer": "Počítač a internet",
    "q7.job_search": "Hľadanie práce / písanie životopisu",
    "q7.nails_hair": "Nechty a účesy",
    "q7.sewing": "Šitie",
    "q7.language": "Jazykové kurzy",
    "q7.language.specify": "Aký jazyk?",
    "q7.other": "Iné",

    q7b: "V akom jazyku by ste chceli mať kurzy?",

    q8: "Boli ste v podobných centrách v iných krajinách?",
    "q8.yes": "Áno",
    "q8.no": "Nie",
    q8a: "Ak áno, kde?",
    q8b: "Čo sa vám v tých iných centrách páčilo a čo nie?",

    q9: "Máte nápady, ako môžeme Centrum zlepšiť? (napríklad priestory, pracovníci, kurzy atď.)",

    q10: "Koľkokrát ste boli v Dánsku za posledný rok?",
    "q10.once": "Raz",
    "q10.2_4_times": "2–4-krát",
    "q10.5_7_times": "5–7-krát",
    "q10.more": "Viac ako 7-krát",
    "q10.dont_remember": "Nepamätám si",

    q11: "Ako dlho ste v Dánsku tentoraz?",
    "q11.1_week": "1 týždeň alebo menej",
    "q11.2_4_weeks": "2–4 týždne",
    "q11.2_4_months": "2–4 mesiace",
    "q11.4_6_months": "4–6 mesiacov",
    "q11.1_year": "1 rok alebo viac",
    "q11.dont_remember": "Nepamätám si",

    q12: "Kedy zvyčajne pracujete (cez deň, v noci, oboje)?",
  },
};
