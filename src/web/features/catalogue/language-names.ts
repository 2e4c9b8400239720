const displayNames = new Map<string, Intl.DisplayNames>();

/**
 * A language's name in the interface language, from the browser ("rumænsk", "Romanian"). In a
 * sentence it is used as the language writes it; `capitalise` is for a menu item or a heading.
 */
export function languageName(
  code: string,
  uiLanguage: string,
  options: { capitalise?: boolean } = {},
): string {
  let names = displayNames.get(uiLanguage);
  if (!names) {
    names = new Intl.DisplayNames([uiLanguage], { type: "language", fallback: "code" });
    displayNames.set(uiLanguage, names);
  }
  let name = code;
  try {
    name = names.of(code) ?? code;
  } catch {
    // An odd code is shown as it is.
  }
  return options.capitalise ? name.charAt(0).toLocaleUpperCase(uiLanguage) + name.slice(1) : name;
}
