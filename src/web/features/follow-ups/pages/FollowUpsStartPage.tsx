import { useTranslation } from "react-i18next";
import { SiteStartPage } from "../../handover/components/SiteStartPage";
import { followUpPaths } from "../follow-ups.paths";

/** Where "Follow-ups" leads: the site's lists, after choosing the site when there are several. */
export function FollowUpsStartPage() {
  const { t } = useTranslation("follow-ups");
  return <SiteStartPage title={t("list.pageTitle")} pathOf={(siteId) => followUpPaths.list(siteId)} />;
}
