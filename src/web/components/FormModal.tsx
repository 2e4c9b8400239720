import { Button, Group, Modal, Stack } from "@mantine/core";
import type { FormEvent, ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "./ErrorAlert";

interface FormModalProps {
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
  /** "lg" gives a picture grid room for whole words. */
  size?: "md" | "lg";
  children: ReactNode;
}

/**
 * The frame of a form in a dialog (the week's entries, the catalogue): the fields, a message above
 * them for what belongs to no field, cancel and save, and for an existing entry a button to remove
 * it. A click outside does not close it, so nothing typed is lost.
 */
export function FormModal(props: FormModalProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened
      onClose={props.onClose}
      title={props.title}
      size={props.size ?? "md"}
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
