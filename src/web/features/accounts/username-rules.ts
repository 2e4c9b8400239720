import type { TFunction } from "i18next";
import { LIMITS } from "../../../common/limits";

/** The contract's username rule (UsernameSchema), with messages in the reader's language. */
export function validateUsername(t: TFunction<"accounts">, value: string): string | null {
  const username = value.trim();
  if (username.length < LIMITS.usernameMin) return t("fields.usernameTooShort", { min: LIMITS.usernameMin });
  if (username.length > LIMITS.usernameMax) return t("fields.usernameTooLong", { max: LIMITS.usernameMax });
  if (!/^[a-zA-Z0-9._-]+$/.test(username)) return t("fields.usernameCharacters");
  return null;
}
