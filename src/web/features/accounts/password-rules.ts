import type { TFunction } from "i18next";
import { LIMITS } from "../../../common/limits";

/** Characters as people count them (an emoji or "å" is one), as the server counts them. */
export const passwordLength = (password: string) => [...password].length;

/**
 * The rules the form can check before asking the server (NIST 800-63B: length, no composition
 * rules). Whether a password is too common only the server knows.
 */
export function checkNewPassword(
  t: TFunction<"accounts">,
  password: string,
  username?: string,
): string | null {
  const length = passwordLength(password);
  if (length < LIMITS.passwordMin) return t("password.tooShort", { min: LIMITS.passwordMin });
  if (length > LIMITS.passwordMax) return t("password.tooLong", { max: LIMITS.passwordMax });
  const name = username?.trim().toLowerCase();
  if (name && name.length >= LIMITS.usernameMin && password.toLowerCase().includes(name)) {
    return t("password.containsUsername");
  }
  return null;
}
