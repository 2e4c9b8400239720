import { Anchor, Stack, Title } from "@mantine/core";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useSearchParams } from "react-router";
import { paths, safeReturnTo } from "../../../app/paths";
import { usePageTitle } from "../../../hooks/usePageTitle";
import { meQuery } from "../accounts.queries";
import { CancelSignInButton } from "../components/CancelSignInButton";
import { EnrolmentForm } from "../components/EnrolmentForm";
import { RecoveryCodesPanel } from "../components/RecoveryCodesPanel";
import { SignInStepGate } from "../components/SignInStepGate";
import { pathForNextStep } from "../sign-in-steps";

/**
 * Setting up the authenticator app: required at first sign-in for most roles, chosen freely by the
 * others from their profile. Ends with the recovery codes, shown once.
 */
export function EnrolmentPage() {
  const { t } = useTranslation(["accounts", "common"]);
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [searchParams] = useSearchParams();
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);
  const [leaving, setLeaving] = useState(false);
  usePageTitle(recoveryCodes ? t("recoveryCodes.title") : t("enrol.title"));

  const onDone = async () => {
    setLeaving(true);
    try {
      const me = await queryClient.fetchQuery({ ...meQuery, staleTime: 0 });
      await navigate(pathForNextStep(me.next, searchParams.get("returnTo")), { replace: true });
    } finally {
      setLeaving(false);
    }
  };

  if (recoveryCodes) {
    return (
      <Stack gap="lg">
        <Title order={1}>{t("recoveryCodes.title")}</Title>
        <RecoveryCodesPanel
          codes={recoveryCodes}
          onDone={() => void onDone()}
          doneLabel={t("recoveryCodes.continue")}
          busy={leaving}
        />
      </Stack>
    );
  }
  return (
    <SignInStepGate allow={(me) => !me.secondFactorEnrolled}>
      {(me) => (
        <Stack gap="lg">
          <EnrolmentForm onEnrolled={setRecoveryCodes} />
          {me.next === "done" ? (
            // Chosen freely from the profile: leaving changes nothing.
            <Anchor component={Link} to={safeReturnTo(searchParams.get("returnTo")) ?? paths.profile()}>
              {t("common:actions.cancel")}
            </Anchor>
          ) : (
            <CancelSignInButton />
          )}
        </Stack>
      )}
    </SignInStepGate>
  );
}
