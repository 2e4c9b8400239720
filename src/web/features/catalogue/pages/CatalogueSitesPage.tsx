import { Anchor, Card, Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link, Navigate } from "react-router";
import { ErrorAlert } from "../../../components/ErrorAlert";
import { FullPageLoader } from "../../../components/FullPageLoader";
import { usePageTitle } from "../../../hooks/usePageTitle";
import { useSites } from "../../sites/sites.queries";
import { cataloguePaths } from "../catalogue.paths";

/**
 * Services and supplies, reached from the navigation: pick the site. Someone who works at one site
 * goes straight to its catalogue.
 */
export function CatalogueSitesPage() {
  const { t } = useTranslation("catalogue");
  usePageTitle(t("shortTitle"));
  const sites = useSites();

  const list = () => {
    if (sites.isPending) return <FullPageLoader />;
    if (sites.isError) return <ErrorAlert error={sites.error} />;
    const items = sites.data.items;
    if (items.length === 1 && items[0] && !sites.data.nextCursor) {
      return <Navigate to={cataloguePaths.site(items[0].id)} replace />;
    }
    if (items.length === 0) {
      return (
        <Paper withBorder p="xl">
          <Text ta="center">{t("sites.empty")}</Text>
        </Paper>
      );
    }
    return (
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} component="ul" style={{ listStyle: "none", padding: 0 }}>
        {items.map((site) => (
          <Card component="li" key={site.id} withBorder padding="lg">
            <Anchor component={Link} to={cataloguePaths.site(site.id)} fw={600} size="lg">
              {site.name}
            </Anchor>
            {site.address && (
              <Text size="sm" c="dark.6">
                {site.address}
              </Text>
            )}
          </Card>
        ))}
      </SimpleGrid>
    );
  };

  return (
    <Stack gap="lg" maw={1200}>
      <Stack gap={4}>
        <Title order={1}>{t("shortTitle")}</Title>
        <Text c="dark.6">{t("sites.intro")}</Text>
      </Stack>
      {list()}
    </Stack>
  );
}
