import type { ParseKeys } from "i18next";
import type { ErrorCode } from "../../common/errors";
import { i18n } from "../i18n/i18n";
import { type ClientErrorCode, isApiError } from "./client";

// Fails to compile when an error code has no message under `errors.` in common.json.
type ErrorKey = `errors.${ErrorCode | ClientErrorCode}`;
export const EVERY_ERROR_CODE_TRANSLATED: ErrorKey extends ParseKeys<"common"> ? true : never = true;

/** The smallest part of a Mantine form this needs (any `useForm` result fits). */
interface FormWithErrors {
  getValues: () => object;
  setErrors: (errors: Record<string, string>) => void;
}

function translated(key: string): string | null {
  return i18n.exists(key) ? i18n.t(key as never) : null;
}

/**
 * A refusal in the reader's language: `errors.<CODE>` from common.json, else the server's own
 * (English) message, else a general "something went wrong". Call it while rendering, so a change
 * of language changes the message too.
 */
export function errorMessage(error: unknown): string {
  const fallback = i18n.t("common:errors.INTERNAL");
  if (!isApiError(error)) return fallback;
  return translated(`common:errors.${error.code}`) ?? (error.detail || fallback);
}

/** A field's refusal: `fieldErrors.<CODE>`, then `errors.<CODE>`, then the server's message. */
export function fieldErrorMessage(code: string, serverMessage: string): string {
  return (
    translated(`common:fieldErrors.${code}`) ??
    translated(`common:errors.${code}`) ??
    (serverMessage || i18n.t("common:fieldErrors.VALIDATION_FAILED"))
  );
}

interface ApplyOptions {
  /** Server field path → form field, where the names differ. */
  fieldMap?: Record<string, string>;
}

/**
 * Puts the server's field errors onto the form's fields, translated by code. Returns whether
 * something is left for a message above the form: an error without fields, or field errors for
 * fields this form does not show.
 */
export function applyApiErrors(form: FormWithErrors, error: unknown, options: ApplyOptions = {}): boolean {
  if (!isApiError(error) || error.fieldErrors.length === 0) return true;
  const fields = new Set(Object.keys(form.getValues()));
  const errors: Record<string, string> = {};
  let unplaced = false;
  for (const fieldError of error.fieldErrors) {
    // "languages.2" belongs to the "languages" field; a mapped name wins.
    const path = options.fieldMap?.[fieldError.path] ?? fieldError.path.split(".")[0] ?? "";
    if (!fields.has(path)) {
      unplaced = true;
      continue;
    }
    errors[path] ??= fieldErrorMessage(fieldError.code, fieldError.message);
  }
  form.setErrors(errors);
  return unplaced;
}
