import { Button, Modal } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ConfirmDialog } from "../../../components/ConfirmDialog";
import { useRegenerateRecoveryCodes } from "../accounts.mutations";
import { useStepUp } from "../useStepUp";
import { RecoveryCodesPanel } from "./RecoveryCodesPanel";

/**
 * New recovery codes replace all the old ones; the new ones are shown once. They are as good as the
 * phone, so the server asks for a fresh code from it first.
 */
export function RegenerateRecoveryCodesButton() {
  const { t } = useTranslation("accounts");
  const { withStepUp, stepUpModal } = useStepUp();
  const regenerate = useRegenerateRecoveryCodes({ withStepUp });
  const [confirming, setConfirming] = useState(false);
  const [codes, setCodes] = useState<string[] | null>(null);

  const close = () => {
    setCodes(null);
    regenerate.reset();
  };

  return (
    <>
      <Button variant="default" onClick={() => setConfirming(true)}>
        {t("profile.security.newRecoveryCodes")}
      </Button>
      <ConfirmDialog
        opened={confirming}
        title={t("profile.security.newRecoveryCodesConfirmTitle")}
        message={t("profile.security.newRecoveryCodesConfirm")}
        confirmLabel={t("profile.security.newRecoveryCodesConfirmButton")}
        busy={regenerate.isPending}
        error={regenerate.error}
        onCancel={() => {
          setConfirming(false);
          regenerate.reset();
        }}
        onConfirm={() =>
          regenerate.mutate(undefined, {
            onSuccess: (result) => {
              setConfirming(false);
              setCodes(result.recoveryCodes);
            },
          })
        }
      />
      <Modal
        opened={codes !== null}
        onClose={close}
        title={t("recoveryCodes.title")}
        closeOnClickOutside={false}
        closeOnEscape={false}
        withCloseButton={false}
        size="lg"
      >
        {codes && <RecoveryCodesPanel codes={codes} onDone={close} doneLabel={t("recoveryCodes.done")} />}
      </Modal>
      {stepUpModal}
    </>
  );
}
