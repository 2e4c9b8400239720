import { Alert, Button, CopyButton, Group, Modal, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { SecretKey } from "./SecretKey";

interface IssuedPasswordModalProps {
  issued: { account: { displayName: string; username: string }; temporaryPassword: string } | null;
  kind: "created" | "reset";
  onClose: () => void;
}

/** The temporary password, shown this once; it cannot be looked up later. */
export function IssuedPasswordModal({ issued, kind, onClose }: IssuedPasswordModalProps) {
  const { t } = useTranslation("accounts");
  return (
    <Modal
      opened={issued !== null}
      onClose={onClose}
      title={kind === "created" ? t("issued.createdTitle") : t("issued.resetTitle")}
      closeOnClickOutside={false}
      closeOnEscape={false}
      withCloseButton={false}
    >
      {issued && (
        <Stack gap="md">
          <Text>
            {t(kind === "created" ? "issued.createdBody" : "issued.resetBody", {
              name: issued.account.displayName,
              username: issued.account.username,
            })}
          </Text>
          <Stack gap={4}>
            <Text fw={600} size="sm">
              {t("fields.temporaryPassword")}
            </Text>
            <SecretKey secret={issued.temporaryPassword} grouped={false} />
          </Stack>
          <CopyButton value={issued.temporaryPassword}>
            {({ copied, copy }) => (
              <Button variant="default" onClick={copy} w="fit-content">
                {copied ? t("issued.copied") : t("issued.copy")}
              </Button>
            )}
          </CopyButton>
          <Alert variant="light" color="calm" title={t("issued.noteTitle")}>
            {t("issued.note")}
          </Alert>
          <Group justify="flex-end">
            <Button onClick={onClose}>{t("issued.done")}</Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
