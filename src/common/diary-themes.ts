/**
 * The diary's themes: the eight the evaluators found in seventeen months of the paper diary, and the
 * keyword rules that suggest a theme from what staff write. Pure, so the server and the web (which
 * suggests as you type) agree on every suggestion.
 */

export const BUILT_IN_THEMES = [
  {
    key: "health",
    names: { da: "Sundhed", en: "Health" },
    keywords: {
      da: [
        "sundhed",
        "læge",
        "sygeplejerske",
        "klinik",
        "gynækolog",
        "syg",
        "smerte",
        "hospital",
        "medicin",
        "test",
        "prævention",
        "gravid",
      ],
      en: [
        "health",
        "doctor",
        "nurse",
        "clinic",
        "gynaecolog",
        "sick",
        "pain",
        "hospital",
        "medicine",
        "test",
        "contracepti",
        "pregnan",
      ],
    },
  },
  {
    key: "new_women",
    names: { da: "Nye kvinder", en: "New women" },
    keywords: {
      da: ["ny kvinde", "nye kvinder", "første gang", "førstegangs", "ny i"],
      en: ["new woman", "new women", "first time", "first visit", "newcomer"],
    },
  },
  {
    key: "travel",
    names: { da: "Rejse", en: "Travel" },
    keywords: {
      da: ["rejse", "rejst", "hjemrejse", "fly", "bus", "billet", "grænse", "udrejse"],
      en: ["travel", "journey", "flight", "ticket", "border", "going home", "went home", "deport"],
    },
  },
  {
    key: "teaching",
    names: { da: "Undervisning", en: "Teaching" },
    keywords: {
      da: ["undervisning", "dansktime", "danskundervisning", "kursus", "lektion", "lærer", "engelsktime"],
      en: ["teaching", "class", "lesson", "course", "teacher", "language class"],
    },
  },
  {
    key: "prostitution",
    names: { da: "Prostitution", en: "Prostitution" },
    keywords: {
      da: ["prostitution", "kunde", "kunder", "massageklinik", "gaden", "bordel", "alfons", "escort"],
      en: [
        "prostitution",
        "client",
        "customer",
        "massage parlour",
        "massage clinic",
        "street work",
        "brothel",
        "pimp",
        "escort",
      ],
    },
  },
  {
    key: "crisis_shelter",
    names: { da: "Krisecenter", en: "Crisis shelter" },
    keywords: {
      da: ["krisecenter", "herberg", "overnatning", "husly", "bolig"],
      en: ["crisis shelter", "shelter", "safe house", "housing", "a bed for the night"],
    },
  },
  {
    key: "development",
    names: { da: "Udvikling af stedet", en: "Development of the centre" },
    keywords: {
      da: ["udvikling", "personalemøde", "frivillige", "åbningstid", "indretning", "idé"],
      en: ["development", "staff meeting", "volunteers", "opening hours", "furniture", "idea"],
    },
  },
  {
    key: "women_in_general",
    names: { da: "Kvinderne generelt", en: "The women in general" },
    keywords: {
      da: ["stemning", "kvinderne", "hyggelig", "stille aften", "travl aften"],
      en: ["atmosphere", "the women", "quiet evening", "busy evening", "mood"],
    },
  },
] as const;

export type BuiltInThemeKey = (typeof BUILT_IN_THEMES)[number]["key"];

export interface KeywordRule {
  themeId: string;
  language: "da" | "en";
  keyword: string;
}

/** Lower case, Unicode-normalised, runs of white space as one space. */
export function normaliseKeyword(text: string): string {
  return text.normalize("NFC").toLocaleLowerCase("da").replace(/\s+/g, " ").trim();
}

const LETTER = /[\p{L}\p{N}]/u;

/**
 * Where `keyword` starts a word of `text` (both already normalised): "hospital" is found in
 * "hospitalet" and "på hospital", never inside "psykhospital"-like compounds' middles unless the
 * keyword itself says so.
 */
function startsAWord(text: string, keyword: string): boolean {
  if (keyword === "") return false;
  let from = 0;
  for (;;) {
    const at = text.indexOf(keyword, from);
    if (at < 0) return false;
    const before = at === 0 ? "" : (text[at - 1] ?? "");
    if (before === "" || !LETTER.test(before)) return true;
    from = at + 1;
  }
}

/**
 * The themes a text suggests, each once, in the order of the rules; themes already chosen are left
 * out. Both languages' rules apply to every text: staff write Danish and English in one evening.
 */
export function suggestThemes(
  text: string,
  rules: readonly KeywordRule[],
  chosen: readonly string[] = [],
): string[] {
  const haystack = normaliseKeyword(text);
  if (haystack === "") return [];
  const found: string[] = [];
  for (const rule of rules) {
    if (chosen.includes(rule.themeId) || found.includes(rule.themeId)) continue;
    if (startsAWord(haystack, normaliseKeyword(rule.keyword))) found.push(rule.themeId);
  }
  return found;
}
