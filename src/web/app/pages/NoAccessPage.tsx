import { Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { usePageTitle } from "../../hooks/usePageTitle";

export function NoAccessPage() {
  const { t } = useTranslation();
  usePageTitle(t("noAccess.title"));
  return (
    <Stack gap="md" maw={560}>
      <Title order={1}>{t("noAccess.title")}</Title>
      <Text>{t("noAccess.body")}</Text>
    </Stack>
  );
}
