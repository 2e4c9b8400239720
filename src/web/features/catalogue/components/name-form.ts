import type { TFunction } from "i18next";
import { LIMITS } from "../../../../common/limits";
import { isRequiredNameLanguage } from "../catalogue.logic";

/** The form's own check of the names, before anything is sent: the same rules as the server's. */
export function validateNames(
  names: Record<string, string>,
  t: TFunction<"catalogue">,
): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const [language, name] of Object.entries(names)) {
    const trimmed = name.trim();
    if (!trimmed && isRequiredNameLanguage(language)) errors[`names.${language}`] = t("form.nameRequired");
    else if (trimmed.length > LIMITS.serviceNameMax) {
      errors[`names.${language}`] = t("form.nameHint", { max: LIMITS.serviceNameMax });
    }
  }
  return errors;
}

/** The names without one optional language (removed from the form). */
export function withoutName(names: Record<string, string>, language: string): Record<string, string> {
  const { [language]: _removed, ...rest } = names;
  return rest;
}
