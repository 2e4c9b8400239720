import { Button } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useLeaveSession, useSignOut } from "../../features/accounts/accounts.mutations";

export function SignOutButton() {
  const { t } = useTranslation();
  const signOut = useSignOut();
  const leave = useLeaveSession();
  const onClick = async () => {
    // Whether or not the server could be reached, this tab forgets the session.
    await signOut.mutateAsync().catch(() => undefined);
    await leave("signed-out");
  };
  return (
    <Button variant="default" size="sm" loading={signOut.isPending} onClick={() => void onClick()}>
      {t("actions.signOut")}
    </Button>
  );
}
