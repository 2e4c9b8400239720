import type { InstrumentLanguage } from "../../../../../common/survey-definition.js";
import type { UserSurveyTextKey } from "./en.js";

/**
 * Hungarian (magyar). A first translation from en.ts, not yet checked by someone who reads Hungarian.
 * To review: read each line against the English in en.ts (and the notes there), correct it here, then
 * set review to { reviewed: true, reviewedBy: "<your name>", reviewedAt: "<ISO date-time>" }.
 * Choices made: "te" (warm, as in outreach leaflets); plain words over exact ones.
 */
export const hu: InstrumentLanguage<UserSurveyTextKey> = {
  review: { reviewed: false },
  texts: {
    title: "Mit gondolsz a Tanácsadó Központról?",
    subtitle: "NÉVTELEN kérdőív",
    "intro.text":
      "Szeretnénk tudni, mit gondolsz a Központról, hogy a jövőben jobbá tehessük a szolgáltatásainkat! Ebben a névtelen kérdőívben elmondhatod, mi tetszik és mi nem tetszik neked a Központban, és mit szeretnél, ha a Központ a jövőben kínálna. A válaszaidat csak a Központ munkatársai látják, és teljesen névtelenek. Köszönjük!",
    "intro.skipNotice":
      "Bármelyik kérdést kihagyhatod, ha nem akarsz rá válaszolni, és bármikor abbahagyhatod.",

    nationality: "Állampolgárság",

    q1: "Voltál már korábban ebben a Központban?",
    "q1.yes": "Igen",
    "q1.no": "Nem",

    q2: "Milyen gyakran jársz a Központba (körülbelül)?",
    "q2.3_week": "Hetente 3-szor",
    "q2.2_week": "Hetente 2-szer",
    "q2.1_week": "Hetente egyszer",
    "q2.1_month": "Havonta egyszer",
    "q2.1_half_year": "Félévente egyszer",
    "q2.1_year": "Évente egyszer",

    q3: "Honnan hallottál a Központról?",
    "q3.friend": "Egy barátnőtől vagy baráttól",
    "q3.street": "Az utcán",
    "q3.outreach_street": "A Központ munkatársaitól, az utcán",
    "q3.outreach_clinic": "A Központ munkatársaitól, egy masszázsszalonban",
    "q3.other": "Máshonnan",

    q4: "Mennyire vagy elégedett a Központtal?",
    "q4.help":
      "Nagyon elégedett: nagyon tetszik. Elégedett: jó. Elégedetlen: nem jó. Nagyon elégedetlen: nagyon rossz. Nem vonatkozik rám: nem használtad, vagy nem tudod. Csak a Központra gondolj, amikor nyitva van.",
    "q4.very_satisfied": "Nagyon elégedett",
    "q4.satisfied": "Elégedett",
    "q4.dissatisfied": "Elégedetlen",
    "q4.very_dissatisfied": "Nagyon elégedetlen",
    "q4.na": "Nem vonatkozik rám",
    "q4.opening_hours": "A nyitvatartási idő",
    "q4.location": "A hely, ahol a Központ van",
    "q4.staff": "A munkatársak",
    "q4.personal_advice": "Tanácsadás személyes és magánügyekben",
    "q4.pregnancy_info": "Tájékoztatás arról, hogyan kerülheted el a nem kívánt terhességet",
    "q4.clinic": "Az orvosi rendelő",
    "q4.doctors_nurses": "Az orvosok és az ápolók",
    "q4.food": "Az étel",
    "q4.computers": "A számítógépek",
    "q4.language_classes": "A nyelvórák",
    "q4.legal": "Jogi tanácsadás a jogaidról Dániában",
    "q4.police": "Segítség a rendőrséggel kapcsolatban",
    "q4.sti_info": "Tájékoztatás arról, hogyan kerülheted el a nemi úton terjedő betegségeket",
    "q4.accompaniment": "Segítség és kísérés orvoshoz és kórházba",
    "q4.safe_place":
      "A Központ mint biztonságos és bizalmas hely, ahol szabadon lehet beszélni a prostitúcióról",

    q4notes: "Ha valamivel elégedetlen vagy, ide írhatod, miért:",

    q5: "Mikor szeretnéd leginkább, hogy a Központ nyitva legyen?",
    "q5.instruction": "(Válassz kettőt)",
    "q5.day": "7–15 óra (nappal)",
    "q5.evening": "15–23 óra (este)",
    "q5.night": "23–7 óra (éjjel)",
    "q5.weekday": "Hétfőtől péntekig",
    "q5.weekend": "Szombat és vasárnap",

    q6: "Milyen más szolgáltatásokat szeretnél a Központban a jövőben?",
    "q6.instruction": "(Válassz négyet – jelöld X-szel)",
    "q6.help": "Ezek ötletek a jövőre. Semmi sem változik azonnal, és nem tudunk mindent megígérni.",
    "q6.doctor_appointments": "Több időpont az orvosnál",
    "q6.hiv_testing": "HIV-teszt",
    "q6.opening_hours": "Hosszabb nyitvatartás a Központban",
    "q6.social_events": "Közös programok (közös főzés vagy filmestek)",
    "q6.warm_food": "Meleg étel",
    "q6.religious_counselling": "Vallási tanácsadás",
    "q6.clothing": "Több ingyen ruha",
    "q6.dental_check": "Fogászati ellenőrzés",
    "q6.multilingual_doctors": "Különböző nyelveken beszélő orvosok és ápolók",
    "q6.multilingual_doctors.specify": "Milyen nyelveken?",
    "q6.other": "Más",

    q7: "Szeretnél részt venni egy tanfolyamon a Központban?",
    "q7.instruction": "(Válassz hármat – jelöld X-szel)",
    "q7.help": "Ezek ötletek a jövőre. Semmi sem változik azonnal, és nem tudunk mindent megígérni.",
    "q7.safe_sex": "Védekezés a terhesség ellen és biztonságos szex",
    "q7.cooking": "Egészséges étkezés / főzőtanfolyam",
    "q7.computer": "Számítógép és internet",
    "q7.job_search": "Álláskeresés / önéletrajzírás",
    "q7.nails_hair": "Köröm és frizura",
    "q7.sewing": "Varrás",
    "q7.language": "Nyelvórák",
    "q7.language.specify": "Milyen nyelv?",
    "q7.other": "Más",

    q7b: "Milyen nyelven szeretnéd, hogy legyenek az órák?",

    q8: "Voltál már hasonló központokban más országokban?",
    "q8.yes": "Igen",
    "q8.no": "Nem",
    q8a: "Ha igen, hol?",
    q8b: "Mi tetszett és mi nem tetszett a többi központban?",

    q9: "Van ötleted, hogyan tehetnénk jobbá a Központot? (például a helyiségekről, a munkatársakról, a tanfolyamokról stb.)",

    q10: "Hányszor voltál Dániában az elmúlt egy évben?",
    "q10.once": "Egyszer",
    "q10.2_4_times": "2–4-szer",
    "q10.5_7_times": "5–7-szer",
    "q10.more": "Több mint 7-szer",
    "q10.dont_remember": "Nem emlékszem",

    q11: "Mióta vagy Dániában ezúttal?",
    "q11.1_week": "1 hete vagy rövidebb ideje",
    "q11.2_4_weeks": "2–4 hete",
    "q11.2_4_months": "2–4 hónapja",
    "q11.4_6_months": "4–6 hónapja",
    "q11.1_year": "1 éve vagy régebben",
    "q11.dont_remember": "Nem emlékszem",

    q12: "Általában mikor dolgozol (nappal, éjjel, mindkettő)?",
  },
};
