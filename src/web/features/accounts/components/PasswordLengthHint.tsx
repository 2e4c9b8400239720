import { useTranslation } from "react-i18next";
import { LIMITS } from "../../../../common/limits";
import { passwordLength } from "../password-rules";

/** "12 of at least 15 characters", for the field's description; quiet, not announced on each key. */
export function PasswordLengthHint({ password }: { password: string }) {
  const { t } = useTranslation("accounts");
  const count = passwordLength(password);
  if (count >= LIMITS.passwordMin) return <>{t("password.lengthEnough", { count })}</>;
  return <>{t("password.lengthSoFar", { count, min: LIMITS.passwordMin })}</>;
}
