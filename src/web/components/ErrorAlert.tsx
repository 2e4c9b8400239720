import { Alert } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { errorMessage } from "../api/form-errors";

interface ErrorAlertProps {
  error: unknown;
  title?: string;
}

/** A refusal or failure, in words, announced to screen readers. Renders nothing without an error. */
export function ErrorAlert({ error, title }: ErrorAlertProps) {
  // Subscribes to language changes, so the message follows the interface language.
  useTranslation();
  if (!error) return null;
  return (
    <Alert color="red" variant="light" role="alert" title={title}>
      {errorMessage(error)}
    </Alert>
  );
}
