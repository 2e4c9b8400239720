import { useEffect } from "react";
import type { Me } from "../../../common/contracts/accounts";
import { setUiLanguage } from "../../i18n/i18n";

/** After sign-in the profile decides the interface language. */
export function useSyncLanguageWithProfile(me: Me | undefined) {
  const locale = me?.locale;
  useEffect(() => {
    if (locale) void setUiLanguage(locale);
  }, [locale]);
}
