import { Alert, Button, PasswordInput, Stack, Text, TextInput, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { useNavigate, useSearchParams } from "react-router";
import { LIMITS } from "../../../../common/limits";
import { SIGN_IN_REASONS, type SignInReason } from "../../../app/paths";
import { ErrorAlert } from "../../../components/ErrorAlert";
import { usePageTitle } from "../../../hooks/usePageTitle";
import { useSignIn } from "../accounts.mutations";
import { SignInReasonNotice } from "../components/SignInReasonNotice";
import { lockWaitOf } from "../lock-wait";
import { pathForNextStep } from "../sign-in-steps";

const asReason = (value: string | null): SignInReason | null =>
  SIGN_IN_REASONS.find((reason) => reason === value) ?? null;

export function SignInPage() {
  const { t } = useTranslation("accounts");
  usePageTitle(t("signIn.title"));
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const reason = asReason(searchParams.get("reason"));
  const returnTo = searchParams.get("returnTo");
  const signIn = useSignIn();
  const lockWait = lockWaitOf(signIn.error);

  const form = useForm({
    initialValues: { username: "", password: "" },
    validate: {
      username: (value) => (value.trim() ? null : t("signIn.usernameRequired")),
      password: (value) => (value ? null : t("signIn.passwordRequired")),
    },
  });

  const onSubmit = form.onSubmit((values) => {
    signIn.mutate(
      { username: values.username.trim(), password: values.password },
      {
        onSuccess: (me) => void navigate(pathForNextStep(me.next, returnTo), { replace: true }),
        onError: () => form.setFieldValue("password", ""),
      },
    );
  });

  return (
    <Stack gap="lg">
      <Title order={1}>{t("signIn.title")}</Title>
      {reason && !signIn.error && <SignInReasonNotice reason={reason} />}
      {lockWait ? (
        <Alert color="red" variant="light" role="alert">
          {lockWait.unit === "seconds"
            ? t("signIn.lockedSeconds", { count: lockWait.count })
            : t("signIn.lockedMinutes", { count: lockWait.count })}
        </Alert>
      ) : (
        <ErrorAlert error={signIn.error} />
      )}
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          <TextInput
            label={t("fields.username")}
            autoComplete="username"
            autoCapitalize="none"
            autoCorrect="off"
            spellCheck={false}
            maxLength={LIMITS.usernameMax * 2}
            required
            {...form.getInputProps("username")}
          />
          <PasswordInput
            label={t("fields.password")}
            autoComplete="current-password"
            maxLength={LIMITS.passwordMax + 100}
            required
            {...form.getInputProps("password")}
          />
          <Button type="submit" loading={signIn.isPending} fullWidth mt="xs">
            {t("signIn.submit")}
          </Button>
        </Stack>
      </form>
      <Text size="sm" c="dark.6">
        {t("signIn.help")}
      </Text>
    </Stack>
  );
}
