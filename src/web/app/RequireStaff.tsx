import { Button, Center, Stack } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Navigate, useLocation } from "react-router";
import { isApiError } from "../api/client";
import { ErrorAlert } from "../components/ErrorAlert";
import { FullPageLoader } from "../components/FullPageLoader";
import { useMe } from "../features/accounts/accounts.queries";
import { pathForNextStep } from "../features/accounts/sign-in-steps";
import { useSyncLanguageWithProfile } from "../features/accounts/useSyncLanguageWithProfile";
import { CurrentUserContext } from "./current-user";

/**
 * The gate to the staff shell: only a fully signed-in staff member passes. Someone halfway through
 * signing in goes to their next step; without a session the 401 sends them to sign in (session.ts).
 */
export function RequireStaff({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const location = useLocation();
  const me = useMe();
  useSyncLanguageWithProfile(me.data);

  if (me.isPending) return <FullPageLoader />;
  if (me.isError) {
    // A 401 is already on its way to the sign-in page.
    if (isApiError(me.error) && me.error.code === "UNAUTHENTICATED") return <FullPageLoader />;
    return (
      <Center mih="50vh" p="md">
        <Stack maw={480}>
          <ErrorAlert error={me.error} />
          <Button onClick={() => void me.refetch()}>{t("actions.tryAgain")}</Button>
        </Stack>
      </Center>
    );
  }
  if (me.data.next !== "done") {
    return <Navigate to={pathForNextStep(me.data.next, location.pathname + location.search)} replace />;
  }
  return <CurrentUserContext value={me.data}>{children}</CurrentUserContext>;
}
