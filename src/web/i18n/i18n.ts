import i18n from "i18next";
import { initReactI18next } from "react-i18next";

export const UI_LANGUAGES = ["da", "en"] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];
/** New staff read Danish until their profile says otherwise. */
export const DEFAULT_LANGUAGE: UiLanguage = "da";

// The last language used on this computer, so the sign-in page greets people in it. Not personal:
// only "da" or "en" is stored.
const STORAGE_KEY = "pusterum.staff.language";

export const isUiLanguage = (value: unknown): value is UiLanguage =>
  typeof value === "string" && (UI_LANGUAGES as readonly string[]).includes(value);

function storedLanguage(): UiLanguage {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return isUiLanguage(value) ? value : DEFAULT_LANGUAGE;
  } catch {
    return DEFAULT_LANGUAGE;
  }
}

/**
 * Every namespace of the staff languages, picked up from `locales/<lang>/<namespace>.json`: a feature
 * adds its files there (and its type in `resources.d.ts`); nothing to register here. The visitor
 * pages have their own languages and are left out.
 */
const files = import.meta.glob<{ default: Record<string, unknown> }>(
  ["../locales/da/*.json", "../locales/en/*.json", "!../locales/*/visitor.json"],
  { eager: true },
);

type Resources = Record<string, Record<string, Record<string, unknown>>>;
const resources: Resources = {};
for (const [path, file] of Object.entries(files)) {
  const match = /locales\/([a-z]{2})\/([\w-]+)\.json$/.exec(path);
  if (!match?.[1] || !match[2]) continue;
  const language = match[1];
  resources[language] = { ...resources[language], [match[2]]: file.default };
}
export const NAMESPACES = Object.keys(resources.en ?? {});

function reflectLanguage(language: string) {
  document.documentElement.lang = language;
  try {
    if (isUiLanguage(language)) window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Storage can be switched off; the language then simply is not remembered.
  }
}

export function initI18n() {
  if (i18n.isInitialized) return i18n;
  i18n.on("languageChanged", reflectLanguage);
  void i18n.use(initReactI18next).init({
    resources,
    lng: storedLanguage(),
    fallbackLng: "en",
    supportedLngs: [...UI_LANGUAGES],
    ns: NAMESPACES,
    defaultNS: "common",
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });
  reflectLanguage(i18n.language);
  return i18n;
}

/** Switches the interface language (the profile keeps the choice; see useChangeLanguage). */
export async function setUiLanguage(language: UiLanguage) {
  if (i18n.language !== language) await i18n.changeLanguage(language);
}

export { i18n };
