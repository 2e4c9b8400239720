import { Anchor, Button, Group, Stack, Text, TextInput, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate, useSearchParams } from "react-router";
import { applyApiErrors } from "../../../api/form-errors";
import { ErrorAlert } from "../../../components/ErrorAlert";
import { useSecondFactor } from "../accounts.mutations";
import { pathForNextStep } from "../sign-in-steps";
import { CancelSignInButton } from "./CancelSignInButton";

type Mode = "app" | "recovery";

/** The code from the authenticator app, or one of the recovery codes when the phone is not at hand. */
export function SecondFactorForm() {
  const { t } = useTranslation("accounts");
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const [mode, setMode] = useState<Mode>("app");
  const [pageError, setPageError] = useState<unknown>(null);
  const secondFactor = useSecondFactor();

  const form = useForm({
    initialValues: { code: "" },
    validate: {
      code: (value) => {
        const code = value.replace(/\s/g, "");
        if (mode === "app") return /^\d{6}$/.test(code) ? null : t("secondFactor.codeInvalid");
        return code.length >= 6 ? null : t("secondFactor.recoveryCodeInvalid");
      },
    },
  });

  const switchMode = () => {
    setMode(mode === "app" ? "recovery" : "app");
    form.reset();
    setPageError(null);
  };

  const onSubmit = form.onSubmit((values) => {
    setPageError(null);
    const code = mode === "app" ? values.code.replace(/\s/g, "") : values.code.trim();
    secondFactor.mutate(
      { code },
      {
        onSuccess: (me) =>
          void navigate(pathForNextStep(me.next, searchParams.get("returnTo")), { replace: true }),
        onError: (error) => {
          form.setFieldValue("code", "");
          if (applyApiErrors(form, error)) setPageError(error);
        },
      },
    );
  });

  return (
    <Stack gap="lg">
      <Title order={1}>{t("secondFactor.title")}</Title>
      <Text>{mode === "app" ? t("secondFactor.introApp") : t("secondFactor.introRecovery")}</Text>
      <ErrorAlert error={pageError} />
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          {mode === "app" ? (
            <TextInput
              key="app"
              label={t("fields.appCode")}
              description={t("secondFactor.appCodeHelp")}
              autoComplete="one-time-code"
              inputMode="numeric"
              pattern="[0-9]*"
              maxLength={7}
              required
              {...form.getInputProps("code")}
            />
          ) : (
            <TextInput
              key="recovery"
              label={t("fields.recoveryCode")}
              description={t("secondFactor.recoveryCodeHelp")}
              autoComplete="off"
              autoCapitalize="none"
              spellCheck={false}
              maxLength={40}
              required
              {...form.getInputProps("code")}
            />
          )}
          <Button type="submit" loading={secondFactor.isPending} fullWidth>
            {t("secondFactor.submit")}
          </Button>
        </Stack>
      </form>
      <Group justify="space-between">
        <Anchor component="button" type="button" onClick={switchMode}>
          {mode === "app" ? t("secondFactor.useRecoveryCode") : t("secondFactor.useApp")}
        </Anchor>
        <CancelSignInButton />
      </Group>
    </Stack>
  );
}
