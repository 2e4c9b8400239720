import { NativeSelect } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { useSites } from "../../sites/sites.queries";

/** For staff who work at more than one site: which site's page this is. Hidden with one site. */
export function SitePicker({ siteId, pathOf }: { siteId: string; pathOf: (siteId: string) => string }) {
  const { t } = useTranslation("handover");
  const sites = useSites();
  const navigate = useNavigate();
  const items = sites.data?.items ?? [];
  if (items.length < 2) return null;
  return (
    <NativeSelect
      label={t("sites.label")}
      value={siteId}
      data={items.map((site) => ({ value: site.id, label: site.name }))}
      onChange={(event) => navigate(pathOf(event.currentTarget.value))}
      miw={220}
    />
  );
}
