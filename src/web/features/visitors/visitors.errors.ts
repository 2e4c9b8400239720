import type { FieldError } from "../../../common/errors";
import { isApiError } from "../../api/client";
import { fieldErrorMessage } from "../../api/form-errors";

/** The smallest part of a Mantine form this needs (any `useForm` result fits). */
interface FormWithErrors {
  getValues: () => object;
  setErrors: (errors: Record<string, string>) => void;
}

const CODE_REFUSALS = new Set<string>(["MALFORMED_VISITOR_CODE", "UNKNOWN_VISITOR_CODE"]);

interface ApplyVisitorErrorsOptions {
  /** The form's field where the typed code is, for a code refusal that names no field. */
  codeField?: string;
  /** Server field path → form field, where the names differ. */
  fieldMap?: Record<string, string>;
  /** A message of this form's own for a refusal; null falls back to the common translations. */
  message?: (error: FieldError) => string | null;
}

/**
 * Puts a refusal on the form's fields in the reader's language ("languages.2" belongs to the
 * "languages" field); a refusal of the typed code goes on the code field even when the server named
 * no field for it. Returns whether something is left for a message above the form (an error without
 * fields, or for a field the form does not show). Nothing typed is reset.
 */
export function applyVisitorErrors(
  form: FormWithErrors,
  error: unknown,
  options: ApplyVisitorErrorsOptions = {},
): boolean {
  if (!isApiError(error)) return true;
  const translate = (fieldError: FieldError) =>
    options.message?.(fieldError) ?? fieldErrorMessage(fieldError.code, fieldError.message);
  if (error.fieldErrors.length === 0) {
    if (!options.codeField || !CODE_REFUSALS.has(error.code)) return true;
    form.setErrors({
      [options.codeField]: translate({ path: options.codeField, code: error.code, message: error.detail }),
    });
    return false;
  }
  const fields = new Set(Object.keys(form.getValues()));
  const errors: Record<string, string> = {};
  let unplaced = false;
  for (const fieldError of error.fieldErrors) {
    const path = options.fieldMap?.[fieldError.path] ?? fieldError.path.split(".")[0] ?? "";
    if (!fields.has(path)) {
      unplaced = true;
      continue;
    }
    errors[path] ??= translate(fieldError);
  }
  form.setErrors(errors);
  return unplaced;
}

/** The server's refusals of a merge, which it words in English only (visits.policy `mergeProblem`). */
export function mergeRefusal(error: FieldError): "sameCode" | "alreadyMerged" | null {
  if (error.code !== "VALIDATION_FAILED") return null;
  if (/already merged/i.test(error.message)) return "alreadyMerged";
  if (/into itself/i.test(error.message)) return "sameCode";
  return null;
}
