import { AppShell, Burger, Group, Stack, Text, UnstyledButton } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { Suspense } from "react";
import { useTranslation } from "react-i18next";
import { Link, Outlet } from "react-router";
import { FullPageLoader } from "../../components/FullPageLoader";
import { useFocusHeadingOnNavigate } from "../../hooks/useFocusHeadingOnNavigate";
import { NavigationLinks } from "../components/NavigationLinks";
import { ProfileLanguageSwitch } from "../components/ProfileLanguageSwitch";
import { SignOutButton } from "../components/SignOutButton";
import { MAIN_CONTENT_ID, SkipLink } from "../components/SkipLink";
import { useCurrentUser } from "../current-user";
import { paths } from "../paths";

/** The signed-in frame: header with name, language and sign-out; navigation; the page. */
export function StaffShell() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const [navigationOpen, navigation] = useDisclosure(false);
  useFocusHeadingOnNavigate(MAIN_CONTENT_ID);

  return (
    <AppShell
      header={{ height: 64 }}
      navbar={{ width: 248, breakpoint: "sm", collapsed: { mobile: !navigationOpen } }}
      padding="lg"
    >
      <SkipLink />
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={navigationOpen}
              onClick={navigation.toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={t("nav.toggle")}
              aria-expanded={navigationOpen}
              aria-controls="staff-navigation"
            />
            <UnstyledButton component={Link} to={paths.home()} fw={600} fz="lg" c="calm.9">
              {t("app.name")}
            </UnstyledButton>
          </Group>
          <Group gap="md" wrap="nowrap">
            <Group gap="md" visibleFrom="sm" wrap="nowrap">
              <Text size="sm" c="dark.7">
                {t("shell.signedInAs", { name: me.displayName })}
              </Text>
              <ProfileLanguageSwitch />
            </Group>
            <SignOutButton />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" id="staff-navigation" aria-label={t("nav.label")}>
        <Stack gap="md" hiddenFrom="sm" mb="md">
          <Text size="sm" c="dark.7">
            {t("shell.signedInAs", { name: me.displayName })}
          </Text>
          <ProfileLanguageSwitch />
        </Stack>
        <NavigationLinks onNavigate={navigation.close} />
      </AppShell.Navbar>
      <AppShell.Main id={MAIN_CONTENT_ID} tabIndex={-1} bg="gray.0">
        <Suspense fallback={<FullPageLoader />}>
          <Outlet />
        </Suspense>
      </AppShell.Main>
    </AppShell>
  );
}
