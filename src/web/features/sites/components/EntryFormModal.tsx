import { Button, Group, Modal, Stack } from "@mantine/core";
import type { FormEvent, ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../../components/ErrorAlert";

interface EntryFormModalProps {
  title: string;
  submitLabel: string;
  busy: boolean;
  /** A refusal that belongs to no field of the form. */
  error: unknown;
  onClose: () => void;
  onSubmit: (event?: FormEvent<HTMLFormElement>) => void;
  /** For an existing entry: a red button that asks to remove it. */
  onRemove?: () => void;
  removeLabel?: string;
  children: ReactNode;
}

/** The frame of every form of the week: a modal with the fields, a message above them, cancel and save. */
export function EntryFormModal(props: EntryFormModalProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened
      onClose={props.onClose}
      title={props.title}
      size="md"
      closeOnClickOutside={false}
      closeButtonProps={{ "aria-label": t("actions.close") }}
    >
      <form onSubmit={props.onSubmit} noValidate>
        <Stack gap="md">
          <ErrorAlert error={props.error} />
          {props.children}
          <Group justify="space-between" mt="sm">
            <div>
              {props.onRemove && (
                <Button variant="subtle" color="red" c="red.9" onClick={props.onRemove}>
                  {props.removeLabel}
                </Button>
              )}
            </div>
            <Group gap="sm">
              <Button variant="default" onClick={props.onClose}>
                {t("actions.cancel")}
              </Button>
              <Button type="submit" loading={props.busy}>
                {props.submitLabel}
              </Button>
            </Group>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
