import { Button, Group, Paper, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { PersonalDataWarning } from "../../../../common/personal-data";

/** Under a text while it is typed: what in it looks like it names her. Announced politely. */
export function PersonalDataHint({ warnings }: { warnings: PersonalDataWarning[] }) {
  const { t } = useTranslation("diary");
  return (
    <div role="status">
      {warnings.length > 0 && (
        <Paper p="sm" bg="orange.0" bd="1px solid orange.7">
          {warnings.map((w) => (
            <Text key={w} fw={700} c="dark.9" size="sm">
              {t(`personalData.${w}`)}
            </Text>
          ))}
          <Text size="sm" c="dark.8">
            {t("personalData.more")}
          </Text>
        </Paper>
      )}
    </div>
  );
}

interface ConfirmProps {
  warnings: PersonalDataWarning[];
  busy: boolean;
  onSaveAnyway: () => void;
  onChangeText: () => void;
}

/** Before saving a text that looks like it names her: change it, or save it as it is. */
export function PersonalDataConfirm({ warnings, busy, onSaveAnyway, onChangeText }: ConfirmProps) {
  const { t } = useTranslation("diary");
  return (
    <Paper
      p="md"
      bg="orange.0"
      bd="2px solid orange.8"
      role="alertdialog"
      aria-labelledby="diary-pd-title"
      aria-describedby="diary-pd-text"
      data-testid="diary-personal-data-warning"
    >
      <Stack gap="xs">
        <Text fw={700} c="dark.9" id="diary-pd-title">
          {t("personalData.confirmTitle")}
        </Text>
        <div id="diary-pd-text">
          {warnings.map((w) => (
            <Text key={w} c="dark.9">
              {t(`personalData.${w}`)}
            </Text>
          ))}
          <Text size="sm" c="dark.8">
            {t("personalData.confirmText")}
          </Text>
        </div>
        <Group gap="sm">
          <Button onClick={onChangeText} data-autofocus>
            {t("personalData.changeText")}
          </Button>
          <Button variant="default" loading={busy} onClick={onSaveAnyway}>
            {t("personalData.saveAnyway")}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
