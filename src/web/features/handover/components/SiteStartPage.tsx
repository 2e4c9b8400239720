import { Button, Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link, Navigate } from "react-router";
import { ErrorAlert } from "../../../components/ErrorAlert";
import { usePageTitle } from "../../../hooks/usePageTitle";
import { lastDoorSite } from "../../door/door.format";
import { useSites } from "../../sites/sites.queries";
import { chooseSite } from "../site-choice";
import { Loading } from "./Loading";

interface SiteStartPageProps {
  title: string;
  /** The page of one site this start leads to. */
  pathOf: (siteId: string) => string;
}

/**
 * Where a navigation entry of the handover, follow-ups or messages leads: straight to the only site
 * (or the one this computer showed last), otherwise a choice of the sites this person works at.
 */
export function SiteStartPage({ title, pathOf }: SiteStartPageProps) {
  const { t } = useTranslation("handover");
  usePageTitle(title);
  const sites = useSites();

  if (sites.isPending) return <Loading page />;
  if (sites.isError) {
    return (
      <Stack maw={720}>
        <Title order={1}>{title}</Title>
        <ErrorAlert error={sites.error} />
      </Stack>
    );
  }
  const target = chooseSite(sites.data.items, lastDoorSite());
  if (target) return <Navigate to={pathOf(target.id)} replace />;

  return (
    <Stack gap="lg" maw={960}>
      <Title order={1}>{title}</Title>
      {sites.data.items.length === 0 ? (
        <Paper withBorder p="xl">
          <Text ta="center">{t("sites.none")}</Text>
        </Paper>
      ) : (
        <>
          <Text>{t("sites.choose")}</Text>
          <SimpleGrid
            cols={{ base: 1, sm: 2, lg: 3 }}
            component="ul"
            style={{ listStyle: "none", padding: 0, margin: 0 }}
          >
            {sites.data.items.map((site) => (
              <li key={site.id}>
                <Button
                  component={Link}
                  to={pathOf(site.id)}
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
