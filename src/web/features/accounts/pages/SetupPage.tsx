import { Alert, Anchor, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { paths } from "../../../app/paths";
import { ErrorAlert } from "../../../components/ErrorAlert";
import { FullPageLoader } from "../../../components/FullPageLoader";
import { usePageTitle } from "../../../hooks/usePageTitle";
import { useSetupStatus } from "../accounts.queries";
import { SetupForm } from "../components/SetupForm";
import { pathForNextStep } from "../sign-in-steps";

/** The token sits in the link's fragment (#…), which browsers never send to a server or its logs. */
const tokenFromFragment = () => decodeURIComponent(window.location.hash.replace(/^#/, "")).trim();

/** First start: the one-time link from the server console creates the first administrator. */
export function SetupPage() {
  const { t } = useTranslation("accounts");
  usePageTitle(t("setup.title"));
  const navigate = useNavigate();
  const [token] = useState(tokenFromFragment);
  const status = useSetupStatus();

  const body = () => {
    if (status.isPending) return <FullPageLoader />;
    if (status.isError) return <ErrorAlert error={status.error} />;
    if (!status.data.setupNeeded) {
      return (
        <Alert variant="light" color="calm" title={t("setup.alreadyDoneTitle")}>
          <Text mb="xs">{t("setup.alreadyDone")}</Text>
          <Anchor component={Link} to={paths.signIn()}>
            {t("setup.goToSignIn")}
          </Anchor>
        </Alert>
      );
    }
    if (token.length < 10) {
      return (
        <Alert variant="light" color="red" title={t("setup.missingTokenTitle")}>
          {t("setup.missingToken")}
        </Alert>
      );
    }
    return (
      <SetupForm token={token} onDone={(me) => void navigate(pathForNextStep(me.next), { replace: true })} />
    );
  };

  return (
    <Stack gap="lg">
      <Title order={1}>{t("setup.title")}</Title>
      <Text>{t("setup.intro")}</Text>
      {body()}
    </Stack>
  );
}
