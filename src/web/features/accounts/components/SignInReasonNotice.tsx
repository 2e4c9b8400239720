import { Alert } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { SignInReason } from "../../../app/paths";

/** Why someone is back at the sign-in page, said calmly; not an error. */
export function SignInReasonNotice({ reason }: { reason: SignInReason }) {
  const { t } = useTranslation("accounts");
  return (
    <Alert variant="light" color="calm" role="status" title={t(`signIn.reasons.${reason}.title`)}>
      {t(`signIn.reasons.${reason}.body`)}
    </Alert>
  );
}
