import { Button, Container, Stack, Text, Title } from "@mantine/core";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { isRouteErrorResponse, useRouteError } from "react-router";
import { usePageTitle } from "../../hooks/usePageTitle";
import { NotFoundPage } from "./NotFoundPage";

/**
 * When a page could not load or broke while rendering: a calm message and a way to try again.
 * Also shown when a new version was deployed and an old page's code is gone from the server.
 */
export function RouteErrorPage() {
  const { t } = useTranslation();
  const error = useRouteError();
  usePageTitle(t("routeError.title"));
  useEffect(() => {
    console.error(error);
  }, [error]);
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  return (
    <Container size={560} py="xl" component="main">
      <Stack gap="md">
        <Title order={1}>{t("routeError.title")}</Title>
        <Text>{t("routeError.body")}</Text>
        <Button onClick={() => window.location.reload()} w="fit-content">
          {t("routeError.reload")}
        </Button>
      </Stack>
    </Container>
  );
}
