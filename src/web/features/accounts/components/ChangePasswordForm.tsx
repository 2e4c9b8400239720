import { Button, PasswordInput, Stack } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Me } from "../../../../common/contracts/accounts";
import { LIMITS } from "../../../../common/limits";
import { applyApiErrors } from "../../../api/form-errors";
import { ErrorAlert } from "../../../components/ErrorAlert";
import { useChangePassword } from "../accounts.mutations";
import { checkNewPassword } from "../password-rules";
import { PasswordLengthHint } from "./PasswordLengthHint";
import { PasswordRules } from "./PasswordRules";

interface ChangePasswordFormProps {
  username: string;
  /** After an administrator's reset the current password is the temporary one. */
  temporary: boolean;
  submitLabel: string;
  onChanged: (me: Me) => void;
}

export function ChangePasswordForm({ username, temporary, submitLabel, onChanged }: ChangePasswordFormProps) {
  const { t } = useTranslation("accounts");
  const changePassword = useChangePassword();
  const [pageError, setPageError] = useState<unknown>(null);
  const form = useForm({
    initialValues: { currentPassword: "", newPassword: "", repeatPassword: "" },
    validate: {
      currentPassword: (value) => (value ? null : t("password.currentRequired")),
      newPassword: (value) => checkNewPassword(t, value, username),
      repeatPassword: (value, values) => (value === values.newPassword ? null : t("password.repeatMismatch")),
    },
  });

  const onSubmit = form.onSubmit((values) => {
    setPageError(null);
    changePassword.mutate(
      { currentPassword: values.currentPassword, newPassword: values.newPassword },
      {
        onSuccess: onChanged,
        onError: (error) => {
          if (applyApiErrors(form, error)) setPageError(error);
        },
      },
    );
  });

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="md">
        <ErrorAlert error={pageError} />
        {/* Lets password managers file the new password under the right name. */}
        <input type="text" name="username" autoComplete="username" value={username} readOnly hidden />
        <PasswordInput
          label={temporary ? t("fields.temporaryPassword") : t("fields.currentPassword")}
          autoComplete="current-password"
          maxLength={LIMITS.passwordMax + 100}
          required
          {...form.getInputProps("currentPassword")}
        />
        <PasswordRules />
        <PasswordInput
          label={t("fields.newPassword")}
          description={<PasswordLengthHint password={form.values.newPassword} />}
          autoComplete="new-password"
          maxLength={LIMITS.passwordMax + 100}
          required
          {...form.getInputProps("newPassword")}
        />
        <PasswordInput
          label={t("fields.repeatPassword")}
          autoComplete="new-password"
          maxLength={LIMITS.passwordMax + 100}
          required
          {...form.getInputProps("repeatPassword")}
        />
        <Button type="submit" loading={changePassword.isPending}>
          {submitLabel}
        </Button>
      </Stack>
    </form>
  );
}
