/**
 * Languages staff may speak with visitors (ISO 639): the centre's visitors come mostly from Nigeria
 * and Romania, then other African, Baltic, Eastern European and South American countries.
 */
export const STAFF_LANGUAGE_CODES = [
  "en",
  "ro",
  "bg",
  "es",
  "fr",
  "ru",
  "hu",
  "sk",
  "cs",
  "pl",
  "lt",
  "lv",
  "et",
  "uk",
  "th",
  "pt",
  "it",
  "de",
  "da",
  "sv",
  "no",
  "bs",
  "hr",
  "sr",
  "mk",
  "sl",
  "sq",
  "ar",
  "fa",
  "tr",
  "zh",
  "vi",
  "tl",
  "sw",
  "yo",
  "ig",
  "ha",
  "ti",
  "am",
  "so",
  "pcm",
] as const;

const displayNames = new Map<string, Intl.DisplayNames>();

/** A language's name in the interface language ("rumænsk" in Danish), or its code when unknown. */
export function languageName(code: string, uiLanguage: string): string {
  let names = displayNames.get(uiLanguage);
  if (!names) {
    names = new Intl.DisplayNames([uiLanguage], { type: "language", fallback: "none" });
    displayNames.set(uiLanguage, names);
  }
  let name: string | undefined;
  try {
    name = names.of(code);
  } catch {
    name = undefined;
  }
  if (!name) return code;
  // Danish writes language names in lower case; in a list they read better capitalised.
  return name.charAt(0).toLocaleUpperCase(uiLanguage) + name.slice(1);
}

/** Choices for a language picker, sorted by name in the interface language; keeps unknown codes. */
export function languageOptions(uiLanguage: string, extraCodes: readonly string[] = []) {
  const codes = [...new Set([...STAFF_LANGUAGE_CODES, ...extraCodes])];
  const collator = new Intl.Collator(uiLanguage);
  return codes
    .map((code) => ({ value: code, label: languageName(code, uiLanguage) }))
    .sort((a, b) => collator.compare(a.label, b.label));
}
