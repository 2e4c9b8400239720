import { Button } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useLeaveSession, useSignOut } from "../accounts.mutations";

/** Leaves a half-finished sign-in (another person's turn at a shared computer, say). */
export function CancelSignInButton() {
  const { t } = useTranslation("accounts");
  const signOut = useSignOut();
  const leave = useLeaveSession();
  const onClick = async () => {
    await signOut.mutateAsync().catch(() => undefined);
    await leave("signed-out");
  };
  return (
    <Button variant="subtle" onClick={() => void onClick()} loading={signOut.isPending}>
      {t("steps.cancel")}
    </Button>
  );
}
