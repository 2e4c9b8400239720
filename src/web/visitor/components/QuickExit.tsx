import { useEffect } from "react";
import { useI18n } from "../i18n";
import { createShiftCounter, quickExit } from "../quick-exit";
import { Icon } from "./Icon";

/** First in the page and in tab order, always in view; Shift three times does the same. */
export function QuickExit() {
  const { t } = useI18n();

  useEffect(() => {
    const count = createShiftCounter();
    const onKeyDown = (event: KeyboardEvent) => {
      if (count(event)) quickExit();
    };
    document.addEventListener("keydown", onKeyDown, true);
    return () => document.removeEventListener("keydown", onKeyDown, true);
  }, []);

  return (
    <button type="button" id="quick-exit" className="quick-exit" onClick={quickExit}>
      <Icon name="exit" />
      <span>{t("exit.button")}</span>
    </button>
  );
}
