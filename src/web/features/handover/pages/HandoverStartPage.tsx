import { useTranslation } from "react-i18next";
import { SiteStartPage } from "../components/SiteStartPage";
import { handoverPaths } from "../handover.paths";

/** Where "Handover" leads: the site's handover, after choosing the site when there are several. */
export function HandoverStartPage() {
  const { t } = useTranslation("handover");
  return <SiteStartPage title={t("page.pageTitle")} pathOf={handoverPaths.handover} />;
}
