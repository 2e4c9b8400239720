import { Button, NativeSelect, Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link, Navigate, useNavigate } from "react-router";
import { ErrorAlert } from "../../../components/ErrorAlert";
import { FullPageLoader } from "../../../components/FullPageLoader";
import { usePageTitle } from "../../../hooks/usePageTitle";
import { lastDoorSite } from "../../door/door.format";
import { useSites } from "../../sites/sites.queries";

/**
 * Where a clinic entry in the navigation leads: straight to the only site, or the site the door on
 * this computer showed last (the clinic is in the same house); otherwise a choice of sites.
 */
export function ClinicSiteStart({ title, target }: { title: string; target: (siteId: string) => string }) {
  const { t } = useTranslation("clinic-queue");
  usePageTitle(title);
  const sites = useSites();

  if (sites.isPending) return <FullPageLoader />;
  if (sites.isError) {
    return (
      <Stack maw={720}>
        <Title order={1}>{title}</Title>
        <ErrorAlert error={sites.error} />
      </Stack>
    );
  }
  const items = sites.data.items;
  const last = lastDoorSite();
  const only = items.length === 1 ? items[0] : undefined;
  const chosen = only ?? items.find((site) => site.id === last);
  if (chosen) return <Navigate to={target(chosen.id)} replace />;

  return (
    <Stack gap="lg" maw={960}>
      <Title order={1}>{title}</Title>
      {items.length === 0 ? (
        <Paper withBorder p="xl">
          <Text ta="center">{t("start.noSites")}</Text>
        </Paper>
      ) : (
        <>
          <Text>{t("start.choose")}</Text>
          <SimpleGrid
            cols={{ base: 1, sm: 2, lg: 3 }}
            component="ul"
            style={{ listStyle: "none", padding: 0, margin: 0 }}
          >
            {items.map((site) => (
              <li key={site.id}>
                <Button
                  component={Link}
                  to={target(site.id)}
                  size="xl"
                  fullWidth
                  variant="default"
                  h="auto"
                  py="md"
                >
                  {site.name}
                </Button>
              </li>
            ))}
          </SimpleGrid>
        </>
      )}
    </Stack>
  );
}

/** For staff who work at more than one site: which site's clinic this is. */
export function ClinicSitePicker({ siteId, target }: { siteId: string; target: (siteId: string) => string }) {
  const { t } = useTranslation("clinic-queue");
  const sites = useSites();
  const navigate = useNavigate();
  const items = sites.data?.items ?? [];
  if (items.length < 2) return null;
  return (
    <NativeSelect
      label={t("site.label")}
      value={siteId}
      data={items.map((site) => ({ value: site.id, label: site.name }))}
      onChange={(event) => navigate(target(event.currentTarget.value))}
      size="md"
      miw={220}
    />
  );
}
