import { Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useNavigate, useSearchParams } from "react-router";
import { usePageTitle } from "../../../hooks/usePageTitle";
import { CancelSignInButton } from "../components/CancelSignInButton";
import { ChangePasswordForm } from "../components/ChangePasswordForm";
import { SignInStepGate } from "../components/SignInStepGate";
import { pathForNextStep } from "../sign-in-steps";

/** After an administrator created or reset the account: choose your own password before going on. */
export function ChangePasswordRequiredPage() {
  const { t } = useTranslation("accounts");
  usePageTitle(t("changePassword.requiredTitle"));
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  return (
    <SignInStepGate allow={(me) => me.next === "change_password"}>
      {(me) => (
        <Stack gap="lg">
          <Title order={1}>{t("changePassword.requiredTitle")}</Title>
          <Text>{t("changePassword.requiredIntro")}</Text>
          <ChangePasswordForm
            username={me.username}
            temporary
            submitLabel={t("changePassword.submitAndContinue")}
            onChanged={(next) =>
              void navigate(pathForNextStep(next.next, searchParams.get("returnTo")), { replace: true })
            }
          />
          <CancelSignInButton />
        </Stack>
      )}
    </SignInStepGate>
  );
}
