import { Anchor, Paper, Stack, Text, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { useCurrentUser } from "../../../app/current-user";
import { paths } from "../../../app/paths";
import { usePageTitle } from "../../../hooks/usePageTitle";
import { ChangePasswordForm } from "../components/ChangePasswordForm";

/** Changing one's own password from the profile; other browsers are signed out by the server. */
export function ChangePasswordPage() {
  const { t } = useTranslation("accounts");
  usePageTitle(t("changePassword.title"));
  const me = useCurrentUser();
  const navigate = useNavigate();
  return (
    <Stack gap="lg" maw={560}>
      <Anchor component={Link} to={paths.profile()} size="sm">
        {t("changePassword.backToProfile")}
      </Anchor>
      <Title order={1}>{t("changePassword.title")}</Title>
      <Text>{t("changePassword.intro")}</Text>
      <Paper withBorder p="lg">
        <ChangePasswordForm
          username={me.username}
          temporary={false}
          submitLabel={t("changePassword.submit")}
          onChanged={() => {
            notifications.show({ color: "calm", message: t("changePassword.done") });
            void navigate(paths.profile());
          }}
        />
      </Paper>
    </Stack>
  );
}
