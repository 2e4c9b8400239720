import { Button, Group, Modal, Stack, Text, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { applyApiErrors } from "../../../api/form-errors";
import { ErrorAlert } from "../../../components/ErrorAlert";
import { useConfirmStepUp } from "../accounts.mutations";

interface StepUpModalProps {
  opened: boolean;
  /** The code was accepted: the action may be tried again. */
  onConfirmed: () => void;
  onCancel: () => void;
}

/**
 * Asks for a fresh code from the authenticator app before a sensitive action. Opens above any
 * dialog the action came from. Usually rendered by useStepUp rather than by hand.
 */
export function StepUpModal({ opened, onConfirmed, onCancel }: StepUpModalProps) {
  const { t } = useTranslation(["accounts", "common"]);
  const stepUp = useConfirmStepUp();
  const [pageError, setPageError] = useState<unknown>(null);
  const form = useForm({
    initialValues: { code: "" },
    validate: {
      code: (value) => (/^\d{6}$/.test(value.replace(/\s/g, "")) ? null : t("secondFactor.codeInvalid")),
    },
  });

  const clear = () => {
    form.reset();
    setPageError(null);
    stepUp.reset();
  };

  const cancel = () => {
    clear();
    onCancel();
  };

  const onSubmit = form.onSubmit((values) => {
    setPageError(null);
    stepUp.mutate(values.code.replace(/\s/g, ""), {
      onSuccess: () => {
        clear();
        onConfirmed();
      },
      onError: (error) => {
        form.setFieldValue("code", "");
        if (applyApiErrors(form, error)) setPageError(error);
      },
    });
  });

  return (
    <Modal
      opened={opened}
      onClose={cancel}
      title={t("stepUp.title")}
      zIndex={400}
      closeOnClickOutside={false}
    >
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          <Text>{t("stepUp.intro")}</Text>
          <ErrorAlert error={pageError} />
          <TextInput
            label={t("fields.appCode")}
            description={t("secondFactor.appCodeHelp")}
            autoComplete="one-time-code"
            inputMode="numeric"
            pattern="[0-9]*"
            maxLength={7}
            required
            data-autofocus
            {...form.getInputProps("code")}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={cancel}>
              {t("common:actions.cancel")}
            </Button>
            <Button type="submit" loading={stepUp.isPending}>
              {t("stepUp.submit")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
