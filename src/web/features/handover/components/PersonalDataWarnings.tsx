import { Paper, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { personalDataWarnings } from "../../../../common/personal-data";

/**
 * Warns, while staff type, when a text looks as if it names her (a name, a phone number, an e-mail
 * address, a passport number). It never refuses: only staff can tell "Big Maria" from a real name.
 * The region is there from the start, so a warning that appears is announced.
 */
export function PersonalDataWarnings({ text }: { text: string }) {
  const { t } = useTranslation("handover");
  const warnings = text.trim() ? personalDataWarnings(text) : [];
  return (
    <div role="status">
      {warnings.length > 0 && (
        <Paper p="sm" bg="orange.0" bd="1px solid orange.7">
          <Stack gap={2}>
            {warnings.map((warning) => (
              <Text key={warning} fw={700} c="dark.9" size="sm">
                {t(`personalData.${warning}`)}
              </Text>
            ))}
            <Text size="sm" c="dark.8">
              {t("personalData.more")}
            </Text>
          </Stack>
        </Paper>
      )}
    </div>
  );
}
