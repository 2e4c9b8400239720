import { useEffect } from "react";
import { useTranslation } from "react-i18next";

/**
 * Sets the document title to "<page> · Pusterum". Titles land in browser history and on shared
 * screens: never put a name, a code or anything about a visitor in one.
 */
export function usePageTitle(pageTitle: string) {
  const { t } = useTranslation();
  const appName = t("app.name");
  useEffect(() => {
    document.title = pageTitle ? `${pageTitle} · ${appName}` : appName;
  }, [pageTitle, appName]);
}
