import { List, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { LIMITS } from "../../../../common/limits";

/** What makes a good password here, said plainly before anyone types one. */
export function PasswordRules() {
  const { t } = useTranslation("accounts");
  return (
    <Stack gap={4}>
      <Text fw={600} size="sm">
        {t("password.rulesTitle")}
      </Text>
      <List size="sm" spacing={2}>
        <List.Item>{t("password.ruleLength", { min: LIMITS.passwordMin })}</List.Item>
        <List.Item>{t("password.ruleWords")}</List.Item>
        <List.Item>{t("password.ruleCommon")}</List.Item>
      </List>
    </Stack>
  );
}
