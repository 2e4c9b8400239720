import { Card, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { HomeHandover } from "../../features/handover/components/HomeHandover";
import { usePageTitle } from "../../hooks/usePageTitle";
import { useCurrentUser } from "../current-user";
import { NAVIGATION_NAMESPACES, navigationFor } from "../navigation";

/** A welcome and the places this person may go (from the navigation list features add to). */
export function HomePage() {
  const { t } = useTranslation(NAVIGATION_NAMESPACES);
  usePageTitle(t("common:home.title"));
  const me = useCurrentUser();
  const places = navigationFor(me.permissions).filter((entry) => !entry.home);
  return (
    <Stack gap="lg" maw={960}>
      <Title order={1}>{t("common:home.welcome", { name: me.displayName })}</Title>
      <HomeHandover />
      <Text>{t("common:home.intro")}</Text>
      <SimpleGrid
        cols={{ base: 1, sm: 2, lg: 3 }}
        spacing="md"
        component="ul"
        style={{ listStyle: "none", padding: 0 }}
      >
        {places.map((entry) => (
          <li key={entry.id}>
            <Card component={Link} to={entry.path} withBorder padding="lg" radius="md" h="100%">
              <Text fw={600} c="calm.9" size="lg">
                {t(entry.labelKey)}
              </Text>
              <Text size="sm" c="dark.6" mt={4}>
                {t(entry.descriptionKey)}
              </Text>
            </Card>
          </li>
        ))}
      </SimpleGrid>
    </Stack>
  );
}
