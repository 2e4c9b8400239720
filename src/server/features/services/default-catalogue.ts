/**
 * The catalogue every site starts with: the sixteen services of the staff exercise (appendix 2 of the
 * 2010 evaluation, in its order) and the supplies the door hands out. Keys are stable: statistics and
 * the demo refer to them, so rename a service's names, never its key.
 */
import type { CATALOGUE_ICONS } from "../../../common/contracts/services.js";

type Icon = (typeof CATALOGUE_ICONS)[number];

export interface DefaultService {
  key: string;
  names: { da: string; en: string };
  icon: Icon;
}

export interface DefaultSupplyItem extends DefaultService {
  unit: string;
  lowStockAt: number;
  limitPerVisit: number | null;
  limitPerWeek: number | null;
}

export const DEFAULT_SERVICES: readonly DefaultService[] = [
  { key: "tea_coffee", names: { da: "Te og kaffe", en: "Tea and coffee" }, icon: "tea" },
  {
    key: "light_food",
    names: { da: "Let mad (suppe, popcorn, frugt, kage)", en: "Light food (soup, popcorn, fruit, cake)" },
    icon: "food",
  },
  {
    key: "staff_languages",
    names: { da: "Personale der taler mange sprog", en: "Staff who speak many languages" },
    icon: "languages",
  },
  {
    key: "computers",
    names: { da: "Computere og internet", en: "Computers and internet" },
    icon: "computer",
  },
  {
    key: "entertainment",
    names: { da: "Underholdning (tv, spil, blade)", en: "Entertainment (TV, games, magazines)" },
    icon: "entertainment",
  },
  {
    key: "information_leaflets",
    names: {
      da: "Informationsmateriale om hjælp i Danmark og i udlandet",
      en: "Information leaflets about help in Denmark and abroad",
    },
    icon: "leaflet",
  },
  { key: "free_clothes", names: { da: "Gratis tøj", en: "Free clothes" }, icon: "clothes" },
  {
    key: "condoms_lubricant",
    names: { da: "Kondomer og glidecreme", en: "Condoms and lubricant" },
    icon: "condom",
  },
  { key: "shower_toilet", names: { da: "Bad og toilet", en: "Shower and toilet" }, icon: "shower" },
  { key: "health_clinic", names: { da: "Sundhedsklinik", en: "Health clinic" }, icon: "clinic" },
  {
    key: "treatment_payment",
    names: {
      da: "Betaling for lægebehandling (også abort) og medicin",
      en: "Payment for medical treatment (abortion included) and medicine",
    },
    icon: "payment",
  },
  {
    key: "safer_sex_counselling",
    names: {
      da: "Rådgivning om sikker sex og prævention",
      en: "Safer-sex and contraception counselling",
    },
    icon: "counselling",
  },
  { key: "classes", names: { da: "Undervisning", en: "Classes" }, icon: "class" },
  { key: "sti_testing", names: { da: "Gratis test for kønssygdomme", en: "Free STI testing" }, icon: "test" },
  {
    key: "individual_support",
    names: {
      da: "Individuel rådgivning og støtte i åbningstiden",
      en: "Individual counselling and support during opening hours",
    },
    icon: "support",
  },
  { key: "legal_counselling", names: { da: "Juridisk rådgivning", en: "Legal counselling" }, icon: "legal" },
];

/**
 * The limits below are a starting point only, taken from what the report says staff argued about
 * (condoms, lubricant, clothes). Managers change them per site in the catalogue; every staff member
 * then applies the same ones. Stock starts at 0 until the first delivery or count is recorded.
 * Units are keys the staff app translates ("piece", "portion").
 */
export const DEFAULT_SUPPLY_ITEMS: readonly DefaultSupplyItem[] = [
  {
    key: "condoms",
    names: { da: "Kondomer", en: "Condoms" },
    icon: "condom",
    unit: "piece",
    lowStockAt: 100,
    limitPerVisit: 10,
    limitPerWeek: 30,
  },
  {
    key: "lubricant",
    names: { da: "Glidecreme", en: "Lubricant" },
    icon: "lubricant",
    unit: "piece",
    lowStockAt: 20,
    limitPerVisit: 2,
    limitPerWeek: null,
  },
  {
    key: "clothing",
    names: { da: "Tøj", en: "Clothing" },
    icon: "clothes",
    unit: "piece",
    lowStockAt: 10,
    limitPerVisit: 3,
    limitPerWeek: 6,
  },
  {
    key: "food",
    names: { da: "Mad", en: "Food" },
    icon: "food",
    unit: "portion",
    lowStockAt: 10,
    limitPerVisit: null,
    limitPerWeek: null,
  },
  {
    key: "hygiene",
    names: { da: "Hygiejneartikler", en: "Hygiene items" },
    icon: "hygiene",
    unit: "piece",
    lowStockAt: 10,
    limitPerVisit: null,
    limitPerWeek: null,
  },
];
