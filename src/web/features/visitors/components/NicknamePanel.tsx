import { Paper, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { VisitorProfile } from "../../../../common/contracts/visits";

/** Her nickname, for the roles that may read it; saying plainly that reading it is logged. */
export function NicknamePanel({ profile }: { profile: VisitorProfile }) {
  const { t } = useTranslation("visitors");
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="nickname-heading">
      <Stack gap="xs">
        <Title order={2} size="h3" id="nickname-heading">
          {t("nickname.label")}
        </Title>
        {profile.nickname ? (
          <Text size="xl" fw={600}>
            {profile.nickname}
          </Text>
        ) : (
          <Text fs="italic" c="dark.6">
            {t("nickname.none")}
          </Text>
        )}
        <Text size="sm" c="dark.7">
          {t("nickname.logged")}
        </Text>
      </Stack>
    </Paper>
  );
}
