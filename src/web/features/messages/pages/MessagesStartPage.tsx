import { useTranslation } from "react-i18next";
import { SiteStartPage } from "../../handover/components/SiteStartPage";
import { messagePaths } from "../messages.paths";

/** Where "Messages" leads: the site's messages, after choosing the site when there are several. */
export function MessagesStartPage() {
  const { t } = useTranslation("messages");
  return <SiteStartPage title={t("list.pageTitle")} pathOf={messagePaths.list} />;
}
