import { Button, PasswordInput, Radio, Stack, TextInput, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Me } from "../../../../common/contracts/accounts";
import { LIMITS } from "../../../../common/limits";
import { applyApiErrors } from "../../../api/form-errors";
import { ErrorAlert } from "../../../components/ErrorAlert";
import { isUiLanguage } from "../../../i18n/i18n";
import { useCompleteSetup } from "../accounts.mutations";
import { checkNewPassword } from "../password-rules";
import { validateUsername } from "../username-rules";
import { PasswordLengthHint } from "./PasswordLengthHint";
import { PasswordRules } from "./PasswordRules";

interface SetupFormProps {
  token: string;
  onDone: (me: Me) => void;
}

/** The first organisation and its first administrator. */
export function SetupForm({ token, onDone }: SetupFormProps) {
  const { t, i18n } = useTranslation("accounts");
  const completeSetup = useCompleteSetup();
  const [pageError, setPageError] = useState<unknown>(null);
  const form = useForm({
    initialValues: {
      organisationName: "",
      organisationKind: "",
      username: "",
      displayName: "",
      password: "",
      repeatPassword: "",
    },
    validate: {
      organisationName: (value) => (value.trim() ? null : t("setup.organisationNameRequired")),
      organisationKind: (value) => (value ? null : t("setup.organisationKindRequired")),
      username: (value) => validateUsername(t, value),
      displayName: (value) => (value.trim() ? null : t("fields.displayNameRequired")),
      password: (value, values) => checkNewPassword(t, value, values.username),
      repeatPassword: (value, values) => (value === values.password ? null : t("password.repeatMismatch")),
    },
  });

  const onSubmit = form.onSubmit((values) => {
    setPageError(null);
    completeSetup.mutate(
      {
        token,
        organisationName: values.organisationName.trim(),
        organisationKind: values.organisationKind === "government" ? "government" : "ngo",
        username: values.username.trim(),
        displayName: values.displayName.trim(),
        password: values.password,
        // The language the form was filled in stays the administrator's after setup.
        ...(isUiLanguage(i18n.language) ? { locale: i18n.language } : {}),
      },
      {
        onSuccess: onDone,
        onError: (error) => {
          if (applyApiErrors(form, error)) setPageError(error);
        },
      },
    );
  });

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="lg">
        <ErrorAlert error={pageError} />
        <Stack gap="md">
          <Title order={2} size="h4">
            {t("setup.organisationHeading")}
          </Title>
          <TextInput
            label={t("fields.organisationName")}
            description={t("setup.organisationNameHelp")}
            maxLength={LIMITS.siteNameMax}
            required
            {...form.getInputProps("organisationName")}
          />
          <Radio.Group
            label={t("fields.organisationKind")}
            required
            {...form.getInputProps("organisationKind")}
          >
            <Stack gap="xs" mt="xs">
              <Radio value="government" label={t("organisationKinds.government")} />
              <Radio value="ngo" label={t("organisationKinds.ngo")} />
            </Stack>
          </Radio.Group>
        </Stack>
        <Stack gap="md">
          <Title order={2} size="h4">
            {t("setup.administratorHeading")}
          </Title>
          <TextInput
            label={t("fields.displayName")}
            description={t("fields.displayNameHelp")}
            autoComplete="name"
            maxLength={LIMITS.displayNameMax}
            required
            {...form.getInputProps("displayName")}
          />
          <TextInput
            label={t("fields.username")}
            description={t("fields.usernameHelp")}
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            maxLength={LIMITS.usernameMax}
            required
            {...form.getInputProps("username")}
          />
          <PasswordRules />
          <PasswordInput
            label={t("fields.password")}
            description={<PasswordLengthHint password={form.values.password} />}
            autoComplete="new-password"
            maxLength={LIMITS.passwordMax + 100}
            required
            {...form.getInputProps("password")}
          />
          <PasswordInput
            label={t("fields.repeatPassword")}
            autoComplete="new-password"
            maxLength={LIMITS.passwordMax + 100}
            required
            {...form.getInputProps("repeatPassword")}
          />
        </Stack>
        <Button type="submit" loading={completeSetup.isPending}>
          {t("setup.submit")}
        </Button>
      </Stack>
    </form>
  );
}
