import type { FieldError } from "../../../common/errors";
import { isApiError } from "../../api/client";
import { fieldErrorMessage } from "../../api/form-errors";
import { placeFieldErrors } from "./catalogue.logic";

/** The smallest part of a Mantine form this needs (any `useForm` result fits). */
interface FormWithErrors {
  getValues: () => object;
  setErrors: (errors: Record<string, string>) => void;
}

interface ApplyOptions {
  /** Server field → form field, where the names differ (the stock form's "delta" is its "amount"). */
  fieldMap?: Record<string, string>;
  /**
   * The form's own words for a field, used when the server only says the value is not valid
   * (its message is English and generic). Keyed by form field.
   */
  hints?: Record<string, string>;
}

/**
 * Puts the server's refusals on the catalogue form's fields (names per language included), in the
 * reader's language. Nothing typed is cleared. Returns whether something is left for the message
 * above the form.
 */
export function applyCatalogueErrors(
  form: FormWithErrors,
  error: unknown,
  options: ApplyOptions = {},
): boolean {
  if (!isApiError(error) || error.fieldErrors.length === 0) return true;
  const mapped: FieldError[] = error.fieldErrors.map((e) => {
    const head = e.path.split(".")[0] ?? "";
    const target = options.fieldMap?.[e.path] ?? options.fieldMap?.[head];
    return target ? { ...e, path: target } : e;
  });
  const { errors, unplaced } = placeFieldErrors(mapped, form.getValues() as Record<string, unknown>);
  const messages: Record<string, string> = {};
  for (const [path, fieldError] of Object.entries(errors)) {
    const hint = options.hints?.[path] ?? options.hints?.[path.split(".")[0] ?? ""];
    messages[path] =
      fieldError.code === "VALIDATION_FAILED" && hint
        ? hint
        : fieldErrorMessage(fieldError.code, fieldError.message);
  }
  form.setErrors(messages);
  return unplaced;
}
