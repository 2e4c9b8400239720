import { Paper, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { ProfileLanguageSwitch } from "../../../app/components/ProfileLanguageSwitch";
import { useCurrentUser } from "../../../app/current-user";
import { usePageTitle } from "../../../hooks/usePageTitle";
import { ProfileForm } from "../components/ProfileForm";
import { SecuritySection } from "../components/SecuritySection";

export function ProfilePage() {
  const { t } = useTranslation("accounts");
  usePageTitle(t("profile.title"));
  const me = useCurrentUser();
  return (
    <Stack gap="lg" maw={720}>
      <Title order={1}>{t("profile.title")}</Title>
      <Text c="dark.6">
        {t("profile.summary", {
          username: me.username,
          role: t(`roles.${me.role}`),
          organisation: me.organisationName,
        })}
      </Text>
      <Paper withBorder p="lg" component="section" aria-labelledby="profile-details">
        <Title order={2} size="h3" id="profile-details" mb="md">
          {t("profile.detailsHeading")}
        </Title>
        <ProfileForm me={me} />
      </Paper>
      <Paper withBorder p="lg" component="section" aria-labelledby="profile-language">
        <Title order={2} size="h3" id="profile-language" mb="xs">
          {t("fields.locale")}
        </Title>
        <Text size="sm" c="dark.6" mb="md">
          {t("profile.localeHelp")}
        </Text>
        <ProfileLanguageSwitch />
      </Paper>
      <Paper withBorder p="lg" component="section" aria-labelledby="profile-security">
        <Title order={2} size="h3" id="profile-security" mb="md">
          {t("profile.security.heading")}
        </Title>
        <SecuritySection me={me} />
      </Paper>
    </Stack>
  );
}
