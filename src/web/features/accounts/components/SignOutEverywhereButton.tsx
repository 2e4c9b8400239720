import { Button } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ConfirmDialog } from "../../../components/ConfirmDialog";
import { useLeaveSession, useSignOutEverywhere } from "../accounts.mutations";

/** For a lost phone or a forgotten shared computer: every session of this account ends. */
export function SignOutEverywhereButton() {
  const { t } = useTranslation("accounts");
  const signOutEverywhere = useSignOutEverywhere();
  const leave = useLeaveSession();
  const [confirming, setConfirming] = useState(false);
  return (
    <>
      <Button variant="default" color="red" onClick={() => setConfirming(true)}>
        {t("profile.security.signOutEverywhere")}
      </Button>
      <ConfirmDialog
        opened={confirming}
        danger
        title={t("profile.security.signOutEverywhereConfirmTitle")}
        message={t("profile.security.signOutEverywhereConfirm")}
        confirmLabel={t("profile.security.signOutEverywhere")}
        busy={signOutEverywhere.isPending}
        error={signOutEverywhere.error}
        onCancel={() => {
          setConfirming(false);
          signOutEverywhere.reset();
        }}
        onConfirm={() =>
          signOutEverywhere.mutate(undefined, { onSuccess: () => void leave("signed-out-everywhere") })
        }
      />
    </>
  );
}
