import { Button, Stack } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Navigate, useSearchParams } from "react-router";
import type { Me } from "../../../../common/contracts/accounts";
import { isApiError } from "../../../api/client";
import { ErrorAlert } from "../../../components/ErrorAlert";
import { FullPageLoader } from "../../../components/FullPageLoader";
import { useMe } from "../accounts.queries";
import { pathForNextStep } from "../sign-in-steps";
import { useSyncLanguageWithProfile } from "../useSyncLanguageWithProfile";

interface SignInStepGateProps {
  /** Whether this page is the right one for this person now; otherwise they go to their next step. */
  allow: (me: Me) => boolean;
  children: (me: Me) => ReactNode;
}

/** For the pages between password and shell: they need a (pending) session and the matching step. */
export function SignInStepGate({ allow, children }: SignInStepGateProps) {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  const me = useMe();
  useSyncLanguageWithProfile(me.data);

  if (me.isPending) return <FullPageLoader />;
  if (me.isError) {
    // Without a session the 401 handler is already taking them to the sign-in page.
    if (isApiError(me.error) && me.error.code === "UNAUTHENTICATED") return <FullPageLoader />;
    return (
      <Stack>
        <ErrorAlert error={me.error} />
        <Button onClick={() => void me.refetch()}>{t("actions.tryAgain")}</Button>
      </Stack>
    );
  }
  if (!allow(me.data)) {
    return <Navigate to={pathForNextStep(me.data.next, searchParams.get("returnTo"))} replace />;
  }
  return children(me.data);
}
