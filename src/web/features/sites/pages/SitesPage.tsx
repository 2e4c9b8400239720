import { Anchor, Button, Card, Group, Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { useCan } from "../../../app/current-user";
import { ErrorAlert } from "../../../components/ErrorAlert";
import { FullPageLoader } from "../../../components/FullPageLoader";
import { usePageTitle } from "../../../hooks/usePageTitle";
import { SiteFormModal } from "../components/SiteFormModal";
import { sitePaths } from "../sites.paths";
import { useSites } from "../sites.queries";

/** The sites this person works at (managers and administrators: all), with links to each one's pages. */
export function SitesPage() {
  const { t } = useTranslation("sites");
  usePageTitle(t("list.title"));
  const sites = useSites();
  const canCreate = useCan("site.manage");
  const [creating, setCreating] = useState(false);
  const navigate = useNavigate();

  const list = () => {
    if (sites.isPending) return <FullPageLoader />;
    if (sites.isError) return <ErrorAlert error={sites.error} />;
    if (sites.data.items.length === 0) {
      return (
        <Paper withBorder p="xl">
          <Stack gap="xs" align="center">
            <Text fw={600}>{t("list.empty")}</Text>
            <Text c="dark.6">{canCreate ? t("list.emptyManage") : t("list.emptyRead")}</Text>
          </Stack>
        </Paper>
      );
    }
    return (
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} component="ul" style={{ listStyle: "none", padding: 0 }}>
        {sites.data.items.map((site) => (
          <Card component="li" key={site.id} withBorder padding="lg">
            <Title order={2} size="h4">
              {site.name}
            </Title>
            {site.address && (
              <Text size="sm" c="dark.6">
                {site.address}
              </Text>
            )}
            <Text size="sm" c="dark.6">
              {site.timeZone} · {t("list.capacity", { count: site.roomCapacity })}
            </Text>
            <Group gap="lg" mt="md">
              <Anchor
                component={Link}
                to={sitePaths.week(site.id)}
                aria-label={`${t("list.week")}: ${site.name}`}
              >
                {t("list.week")}
              </Anchor>
              <Anchor
                component={Link}
                to={sitePaths.sessions(site.id)}
                aria-label={`${t("list.sessions")}: ${site.name}`}
              >
                {t("list.sessions")}
              </Anchor>
            </Group>
          </Card>
        ))}
      </SimpleGrid>
    );
  };

  return (
    <Stack gap="lg" maw={1200}>
      <Group justify="space-between" align="flex-end">
        <Stack gap={4}>
          <Title order={1}>{t("list.title")}</Title>
          <Text c="dark.6">{t("list.intro")}</Text>
        </Stack>
        {canCreate && <Button onClick={() => setCreating(true)}>{t("list.create")}</Button>}
      </Group>
      {list()}
      {creating && (
        <SiteFormModal
          onClose={() => setCreating(false)}
          onSaved={(site) => {
            setCreating(false);
            notifications.show({ color: "calm", message: t("site.created") });
            void navigate(sitePaths.week(site.id));
          }}
        />
      )}
    </Stack>
  );
}
