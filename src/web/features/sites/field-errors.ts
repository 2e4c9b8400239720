import type { FieldError } from "../../../common/errors";
import { isApiError } from "../../api/client";
import { fieldErrorMessage } from "../../api/form-errors";
import { i18n } from "../../i18n/i18n";
import { formatShortDate } from "./format";

/** The smallest part of a Mantine form this needs (any `useForm` result fits). */
interface FormWithErrors {
  getValues: () => object;
  setErrors: (errors: Record<string, string>) => void;
}

// The server names the other opening in its (English) message: "Overlaps the opening Friday
// 23:00–05:00 (first on …)" or "… the opening 2010-03-05 23:00–05:00 …" (sites.policy.ts).
const OVERLAP = /the opening (\w+|\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}–\d{2}:\d{2})/;
const ENGLISH_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

/** A schedule refusal of one field in the reader's language, with the other opening named when known. */
export function scheduleFieldMessage(error: FieldError): string {
  const t = i18n.t;
  switch (error.code) {
    case "SCHEDULE_OVERLAP": {
      const match = OVERLAP.exec(error.message);
      if (!match?.[1] || !match[2]) return t("sites:fieldErrors.SCHEDULE_OVERLAP");
      const weekday = ENGLISH_WEEKDAYS.indexOf(match[1]) + 1;
      const when =
        weekday > 0
          ? t(`sites:weekdaysInText.${weekday as 1 | 2 | 3 | 4 | 5 | 6 | 7}`)
          : formatShortDate(match[1], i18n.language);
      return t("sites:fieldErrors.SCHEDULE_OVERLAP_WITH", { when, time: match[2] });
    }
    case "END_BEFORE_START":
      return error.path === "endsAt"
        ? t("sites:fieldErrors.END_BEFORE_START_TIME")
        : t("sites:fieldErrors.END_BEFORE_START");
    case "OUTSIDE_SESSION":
      if (error.path === "onDate") return t("sites:fieldErrors.OUTSIDE_SESSION_NO_SESSION");
      if (error.path === "endsAt") return t("sites:fieldErrors.OUTSIDE_SESSION_OPENING");
      return t("sites:fieldErrors.OUTSIDE_SESSION");
    case "UNKNOWN_TIME_ZONE":
      return t("sites:fieldErrors.UNKNOWN_TIME_ZONE");
    case "SLUG_TAKEN":
      return t("sites:fieldErrors.SLUG_TAKEN");
    default:
      return fieldErrorMessage(error.code, error.message);
  }
}

/**
 * Puts the server's field errors on the form's fields. Returns whether something is left for a
 * message above the form (an error without fields, or for a field the form does not show).
 */
export function applyFieldErrors(
  form: FormWithErrors,
  error: unknown,
  message: (error: FieldError) => string = scheduleFieldMessage,
): boolean {
  if (!isApiError(error) || error.fieldErrors.length === 0) return true;
  const fields = new Set(Object.keys(form.getValues()));
  const errors: Record<string, string> = {};
  let unplaced = false;
  for (const fieldError of error.fieldErrors) {
    const path = fieldError.path.split(".")[0] ?? "";
    if (!fields.has(path)) {
      unplaced = true;
      continue;
    }
    errors[path] ??= message(fieldError);
  }
  form.setErrors(errors);
  return unplaced;
}
