import { Button, Group, Modal, Stack } from "@mantine/core";
import type { FormEvent, ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../../components/ErrorAlert";

interface FormModalProps {
  title: string;
  submitLabel: string;
  busy: boolean;
  /** A refusal that belongs to no field of the form. */
  error: unknown;
  onClose: () => void;
  onSubmit: (event?: FormEvent<HTMLFormElement>) => void;
  /** "lg" gives the picture grid room for whole words. */
  size?: "md" | "lg";
  children: ReactNode;
}

/**
 * The frame of the catalogue's forms: a dialog with the fields, a message above them for what
 * belongs to no field, cancel and save. A click outside does not close it, so nothing typed is lost.
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
          <Group justify="flex-end" gap="sm" mt="sm">
            <Button variant="default" onClick={props.onClose}>
              {t("actions.cancel")}
            </Button>
            <Button type="submit" loading={props.busy}>
              {props.submitLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
