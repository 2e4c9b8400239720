import { NativeSelect, Paper, Text } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { Site } from "../../../../common/contracts/sites";
import { ErrorAlert } from "../../../components/ErrorAlert";
import { FullPageLoader } from "../../../components/FullPageLoader";
import { useClinicSites } from "../clinic.queries";
import { useChosenSite } from "../clinic.site";

interface SiteGateProps {
  /** The page's content for the chosen site, with the picker to put where it fits. */
  children: (site: Site, picker: ReactNode) => ReactNode;
}

/** Loads the sites this person works at, picks one (the last used here), and shows the page for it. */
export function SiteGate({ children }: SiteGateProps) {
  const { t } = useTranslation("clinic");
  const sites = useClinicSites();
  const items = sites.data?.items ?? [];
  const [site, choose] = useChosenSite(items);

  if (sites.isPending) return <FullPageLoader />;
  if (sites.isError) return <ErrorAlert error={sites.error} title={t("site.loadFailed")} />;
  if (!site) {
    return (
      <Paper withBorder p="xl">
        <Text ta="center">{t("site.none")}</Text>
      </Paper>
    );
  }
  const picker =
    items.length > 1 ? (
      <NativeSelect
        label={t("site.label")}
        value={site.id}
        data={items.map((s) => ({ value: s.id, label: s.name }))}
        onChange={(event) => choose(event.currentTarget.value)}
        size="md"
        miw={220}
      />
    ) : null;
  return <>{children(site, picker)}</>;
}
