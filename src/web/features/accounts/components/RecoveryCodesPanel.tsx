import { Button, Checkbox, CopyButton, Group, List, Paper, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";

interface RecoveryCodesPanelProps {
  codes: string[];
  onDone: () => void;
  doneLabel: string;
  busy?: boolean;
}

/**
 * Shows the recovery codes this once, with print and copy, and asks for a tick before moving on:
 * they are the way back in when the phone is lost.
 */
export function RecoveryCodesPanel({ codes, onDone, doneLabel, busy }: RecoveryCodesPanelProps) {
  const { t } = useTranslation("accounts");
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const onContinue = () => {
    if (!saved) {
      setError(t("recoveryCodes.tickFirst"));
      return;
    }
    onDone();
  };

  return (
    <Stack gap="md">
      <Text>{t("recoveryCodes.intro")}</Text>
      <Paper withBorder p="md" className="print-area">
        <Text className="print-only" fw={600} mb="sm">
          {t("recoveryCodes.printHeading")}
        </Text>
        <List
          listStyleType="none"
          spacing={4}
          className="secret-text"
          aria-label={t("recoveryCodes.listLabel")}
        >
          {codes.map((code) => (
            <List.Item key={code}>{code}</List.Item>
          ))}
        </List>
      </Paper>
      <Group className="no-print">
        <Button variant="default" onClick={() => window.print()}>
          {t("recoveryCodes.print")}
        </Button>
        <CopyButton value={codes.join("\n")}>
          {({ copied, copy }) => (
            <Button variant="default" onClick={copy}>
              {copied ? t("recoveryCodes.copied") : t("recoveryCodes.copy")}
            </Button>
          )}
        </CopyButton>
      </Group>
      <Text size="sm" c="dark.6">
        {t("recoveryCodes.keepSafe")}
      </Text>
      <Checkbox
        label={t("recoveryCodes.savedConfirm")}
        checked={saved}
        error={error}
        onChange={(event) => {
          setSaved(event.currentTarget.checked);
          setError(null);
        }}
      />
      <Button onClick={onContinue} loading={busy}>
        {doneLabel}
      </Button>
    </Stack>
  );
}
