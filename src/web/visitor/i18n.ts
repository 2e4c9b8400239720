/**
 * A tiny translation helper for the visitor pages: flat JSON per language, `{name}` placeholders,
 * English as the fallback for a missing string. i18next would cost more than the rest of the page;
 * this does what the page needs. English ships in the main bundle; every other language is its own
 * small file, fetched only when it is chosen.
 */
import {
  createContext,
  createElement,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useState,
} from "react";
import english from "./locales/en.json";
import { readStored, writeStored } from "./storage";

/** Visitor languages, each named in its own language and script (flags are not languages). */
export const LANGUAGES = [
  { code: "en", name: "English" },
  { code: "ro", name: "Română" },
  { code: "da", name: "Dansk" },
  { code: "bg", name: "Български" },
  { code: "es", name: "Español" },
  { code: "hu", name: "Magyar" },
  { code: "sk", name: "Slovenčina" },
  { code: "ru", name: "Русский" },
  { code: "fr", name: "Français" },
  { code: "th", name: "ไทย" },
] as const satisfies readonly { code: string; name: string; dir?: "rtl" }[];

export type Language = (typeof LANGUAGES)[number]["code"];
export const SOURCE_LANGUAGE: Language = "en";

export type MessageKey = Exclude<keyof typeof english, "$meta">;
export type Messages = Record<MessageKey, string>;
export type Params = Record<string, string | number>;

export const isLanguage = (value: unknown): value is Language =>
  typeof value === "string" && LANGUAGES.some((language) => language.code === value);

export const languageName = (code: Language): string =>
  LANGUAGES.find((language) => language.code === code)?.name ?? code;

/** Her stored choice, else the first of the device's languages we have, else English. */
export function initialLanguage(
  stored: string | null = readStored("language"),
  preferred: readonly string[] = typeof navigator === "undefined" ? [] : navigator.languages,
): Language {
  if (isLanguage(stored)) return stored;
  for (const tag of preferred) {
    const base = tag.toLowerCase().split(/[-_]/)[0];
    if (isLanguage(base)) return base;
  }
  return SOURCE_LANGUAGE;
}

const { $meta: _sourceMeta, ...sourceMessages } = english;
const SOURCE: Messages = sourceMessages;

const loaders = import.meta.glob<{ default: Record<string, unknown> }>([
  "./locales/*.json",
  "!./locales/en.json",
]);

/** A language's strings (without its review metadata), fetched once. */
export async function loadMessages(language: Language): Promise<Partial<Messages>> {
  if (language === SOURCE_LANGUAGE) return SOURCE;
  const loader = loaders[`./locales/${language}.json`];
  if (!loader) return {};
  const { $meta: _meta, ...messages } = (await loader()).default;
  return messages as Partial<Messages>;
}

/** The string for a key in her language, else in English; `{name}` placeholders filled in. */
export function translate(messages: Partial<Messages>, key: MessageKey, params?: Params): string {
  const template = messages[key] || SOURCE[key] || key;
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in params ? String(params[name]) : match,
  );
}

export type Translate = (key: MessageKey, params?: Params) => string;

interface I18n {
  language: Language;
  t: Translate;
  /** Switch language; `remember` keeps the choice on this device (her own pick only). */
  setLanguage: (language: Language, remember?: boolean) => void;
}

const I18nContext = createContext<I18n | null>(null);

export function useI18n(): I18n {
  const context = useContext(I18nContext);
  if (!context) throw new Error("useI18n outside I18nProvider");
  return context;
}

/** Holds the language; shows nothing until its strings arrived (a few hundred bytes, once). */
export function I18nProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(() => initialLanguage());
  const [loaded, setLoaded] = useState<{ language: Language; messages: Partial<Messages> } | null>(() =>
    language === SOURCE_LANGUAGE ? { language, messages: SOURCE } : null,
  );

  useEffect(() => {
    let cancelled = false;
    loadMessages(language)
      .then((messages) => ({ language, messages }))
      // Her language could not be fetched (offline, say): English, and a page that says so in its lang.
      .catch(() => ({ language: SOURCE_LANGUAGE, messages: SOURCE }))
      .then((next) => {
        if (!cancelled) setLoaded(next);
      });
    return () => {
      cancelled = true;
    };
  }, [language]);

  const shown = loaded?.language;
  useEffect(() => {
    if (shown) document.documentElement.lang = shown;
  }, [shown]);

  const setLanguage = useCallback((next: Language, remember = true) => {
    if (remember) writeStored("language", next);
    setLanguageState(next);
  }, []);

  const messages = loaded?.messages;
  const t = useCallback<Translate>((key, params) => translate(messages ?? SOURCE, key, params), [messages]);

  if (!loaded) return null;
  // While another language loads, the page stays in the one already shown.
  return createElement(
    I18nContext.Provider,
    { value: { language: loaded.language, t, setLanguage } },
    children,
  );
}
