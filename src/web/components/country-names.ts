import { COUNTRY_CODES, UNKNOWN_COUNTRY } from "../../common/countries";
import { i18n } from "../i18n/i18n";

const displayNames = new Map<string, Intl.DisplayNames>();

/**
 * A country's name in the interface language ("Rumænien" in Danish), from the browser; "XX" is
 * "Not known". An unknown code is shown as it is.
 */
export function countryName(code: string, uiLanguage: string): string {
  if (code === UNKNOWN_COUNTRY) return i18n.t("door:country.unknown", { lng: uiLanguage });
  let names = displayNames.get(uiLanguage);
  if (!names) {
    names = new Intl.DisplayNames([uiLanguage], { type: "region", fallback: "none" });
    displayNames.set(uiLanguage, names);
  }
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

/** Every country as a choice, sorted by name in the interface language; "Not known" first. */
export function countryOptions(uiLanguage: string): { value: string; label: string }[] {
  const collator = new Intl.Collator(uiLanguage);
  const countries = COUNTRY_CODES.map((code) => ({ value: code, label: countryName(code, uiLanguage) })).sort(
    (a, b) => collator.compare(a.label, b.label),
  );
  return [{ value: UNKNOWN_COUNTRY, label: countryName(UNKNOWN_COUNTRY, uiLanguage) }, ...countries];
}

const folded = (text: string) => text.normalize("NFD").replace(/\p{M}/gu, "").toLocaleLowerCase().trim();

/**
 * The countries a search finds, best first: names that start with it ("rom" → Romania), then names
 * with a word that starts with it ("guinea" → Equatorial Guinea), then any other name containing it,
 * and the two-letter code typed exactly ("ng" → Nigeria). Accents do not matter ("cote" → Côte d'Ivoire).
 */
export function matchCountries<T extends { value: string; label: string }>(
  options: readonly T[],
  search: string,
): T[] {
  const query = folded(search);
  if (!query) return [...options];
  const ranked: { option: T; rank: number }[] = [];
  for (const option of options) {
    const label = folded(option.label);
    let rank = -1;
    if (label.startsWith(query)) rank = 0;
    else if (label.split(/[\s\-'’(),.]+/).some((word) => word.startsWith(query))) rank = 1;
    else if (label.includes(query)) rank = 2;
    else if (option.value.toLowerCase() === query) rank = 3;
    if (rank >= 0) ranked.push({ option, rank });
  }
  return ranked.sort((a, b) => a.rank - b.rank).map((entry) => entry.option);
}
