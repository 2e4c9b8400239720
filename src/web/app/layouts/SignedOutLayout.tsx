import { Box, Container, Group, Paper, Text } from "@mantine/core";
import { Suspense } from "react";
import { useTranslation } from "react-i18next";
import { Outlet } from "react-router";
import { FullPageLoader } from "../../components/FullPageLoader";
import { useFocusHeadingOnNavigate } from "../../hooks/useFocusHeadingOnNavigate";
import { setUiLanguage } from "../../i18n/i18n";
import { LanguageSwitch } from "../components/LanguageSwitch";
import { MAIN_CONTENT_ID, SkipLink } from "../components/SkipLink";

/** Setup and the steps of signing in: one calm card, with the language switch above it. */
export function SignedOutLayout() {
  const { t, i18n } = useTranslation();
  useFocusHeadingOnNavigate(MAIN_CONTENT_ID);
  return (
    <Box mih="100vh" bg="gray.0" py="xl">
      <SkipLink />
      <Container size={520}>
        <Group component="header" justify="space-between" mb="lg">
          <Text fw={600} fz="xl" c="calm.9">
            {t("app.name")}
          </Text>
          <LanguageSwitch value={i18n.language} onChange={(language) => void setUiLanguage(language)} />
        </Group>
        <Paper
          component="main"
          id={MAIN_CONTENT_ID}
          tabIndex={-1}
          withBorder
          radius="md"
          p={{ base: "lg", sm: "xl" }}
          shadow="xs"
        >
          <Suspense fallback={<FullPageLoader />}>
            <Outlet />
          </Suspense>
        </Paper>
      </Container>
    </Box>
  );
}
