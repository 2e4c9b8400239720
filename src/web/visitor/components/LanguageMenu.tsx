import { useEffect, useId, useRef, useState } from "react";
import { LANGUAGES, type Language, languageName, useI18n } from "../i18n";
import { stopSpeaking } from "../speech";
import { Icon } from "./Icon";

/**
 * The globe button opens every language written in its own name and script. The choice is kept
 * on her device only.
 */
export function LanguageMenu() {
  const { language, t, setLanguage } = useI18n();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const panelId = useId();

  useEffect(() => {
    if (!open) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      setOpen(false);
      button.current?.focus();
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [open]);

  const choose = (next: Language) => {
    stopSpeaking();
    setLanguage(next);
    setOpen(false);
    button.current?.focus();
  };

  return (
    <>
      <button
        ref={button}
        type="button"
        id="language-button"
        className="language-button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((was) => !was)}
      >
        <Icon name="language" />
        <span className="sr-only">{t("language.button")}: </span>
        <span lang={language}>{languageName(language)}</span>
      </button>
      <div id={panelId} className="language-panel" hidden={!open}>
        <ul className="language-list" aria-label={t("language.choose")}>
          {LANGUAGES.map(({ code, name }) => (
            <li key={code}>
              <button
                type="button"
                lang={code}
                className="language-option"
                aria-current={code === language ? "true" : undefined}
                onClick={() => choose(code)}
              >
                <span>{name}</span>
                {code === language && <Icon name="check" />}
              </button>
            </li>
          ))}
        </ul>
      </div>
    </>
  );
}
