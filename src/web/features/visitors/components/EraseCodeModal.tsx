import { Button, Group, List, Modal, Stack, Text, TextInput } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { VisitorProfile } from "../../../../common/contracts/visits";
import { formatVisitorCode } from "../../../../common/visitor-code";
import { ErrorAlert } from "../../../components/ErrorAlert";
import { useStepUp } from "../../accounts/useStepUp";
import { sameCode } from "../visitors.code-input";
import { useEraseCode } from "../visitors.mutations";

interface EraseCodeModalProps {
  profile: VisitorProfile;
  onClose: () => void;
  /** Called after the erasure: the caller leaves the page (the profile is forgotten on the next one). */
  onErased: () => void;
}

/**
 * Erases the code on her request. It cannot be undone, so it says plainly what happens and asks for
 * the code to be typed again before the button does anything.
 */
export function EraseCodeModal({ profile, onClose, onErased }: EraseCodeModalProps) {
  const { t } = useTranslation("visitors");
  const { t: common } = useTranslation();
  const { withStepUp, stepUpModal } = useStepUp();
  const erase = useEraseCode(profile.id, { withStepUp });
  const [typed, setTyped] = useState("");
  const [error, setError] = useState<string | null>(null);
  const code = formatVisitorCode(profile.code.replace(/-/g, ""));

  const onSubmit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!sameCode(typed, profile.code)) {
      setError(typed.trim() ? t("erase.mismatch", { code }) : t("erase.required", { code }));
      return;
    }
    erase.mutate(undefined, { onSuccess: onErased });
  };

  return (
    <>
      <Modal opened onClose={onClose} title={t("erase.title")} size="lg" closeOnClickOutside={false}>
        <form onSubmit={onSubmit} noValidate>
          <Stack gap="md">
            <Text fw={600}>{t("erase.onlyOnRequest")}</Text>
            <List spacing="xs">
              <List.Item>{t("erase.what.deleted")}</List.Item>
              <List.Item>{t("erase.what.visits")}</List.Item>
              <List.Item>{t("erase.what.card")}</List.Item>
            </List>
            <Text fw={700} c="red.9">
              {t("erase.final")}
            </Text>
            <ErrorAlert error={erase.error} />
            <TextInput
              label={t("erase.confirmLabel", { code })}
              description={t("erase.confirmHelp")}
              value={typed}
              onChange={(event) => {
                setTyped(event.currentTarget.value);
                setError(null);
              }}
              error={error}
              size="lg"
              maxLength={20}
              autoComplete="off"
              autoCapitalize="characters"
              autoCorrect="off"
              spellCheck={false}
              data-autofocus
              styles={{
                input: {
                  fontFamily: "var(--mantine-font-family-monospace)",
                  letterSpacing: "0.12em",
                  textTransform: "uppercase",
                },
              }}
            />
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={onClose}>
                {common("actions.cancel")}
              </Button>
              <Button type="submit" color="red" loading={erase.isPending}>
                {t("erase.submit")}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
      {/* After the erase dialog, so the question for the code opens on top of it. */}
      {stepUpModal}
    </>
  );
}
