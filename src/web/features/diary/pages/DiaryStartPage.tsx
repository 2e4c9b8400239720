import { Button, Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link, Navigate } from "react-router";
import { ErrorAlert } from "../../../components/ErrorAlert";
import { FullPageLoader } from "../../../components/FullPageLoader";
import { usePageTitle } from "../../../hooks/usePageTitle";
import { lastDoorSite } from "../../door/door.format";
import { useSites } from "../../sites/sites.queries";
import { lastDiarySite } from "../components/DiarySiteNav";
import { diaryPaths } from "../diary.paths";

/**
 * Where "Diary" leads: straight to tonight's entry of the only site, or of the site this computer
 * showed last (in the diary, else at the door); otherwise a choice of the sites this person works at.
 */
export function DiaryStartPage() {
  const { t } = useTranslation("diary");
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
  const only = items.length === 1 ? items[0] : undefined;
  const remembered =
    items.find((site) => site.id === lastDiarySite()) ?? items.find((site) => site.id === lastDoorSite());
  const target = only ?? remembered;
  if (target) return <Navigate to={diaryPaths.tonight(target.id)} replace />;

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
                  to={diaryPaths.tonight(site.id)}
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
