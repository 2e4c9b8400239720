import { Button, Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link, Navigate } from "react-router";
import { ErrorAlert } from "../../../components/ErrorAlert";
import { FullPageLoader } from "../../../components/FullPageLoader";
import { usePageTitle } from "../../../hooks/usePageTitle";
import { useSites } from "../../sites/sites.queries";
import { lastDoorSite } from "../door.format";
import { doorPaths } from "../door.paths";

/**
 * Where "Tonight" leads: straight to the board of the only site, or of the site this computer showed
 * last; otherwise a choice of the sites this person works at.
 */
export function DoorStartPage() {
  const { t } = useTranslation("door");
  usePageTitle(t("start.title"));
  const sites = useSites();

  if (sites.isPending) return <FullPageLoader />;
  if (sites.isError) {
    return (
      <Stack maw={720}>
        <Title order={1}>{t("start.title")}</Title>
        <ErrorAlert error={sites.error} />
      </Stack>
    );
  }
  const items = sites.data.items;
  const last = lastDoorSite();
  const only = items.length === 1 ? items[0] : undefined;
  const remembered = items.find((site) => site.id === last);
  const target = only ?? remembered;
  if (target) return <Navigate to={doorPaths.tonight(target.id)} replace />;

  return (
    <Stack gap="lg" maw={960}>
      <Title order={1}>{t("start.title")}</Title>
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
                  to={doorPaths.tonight(site.id)}
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
