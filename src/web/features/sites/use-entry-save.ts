import { useState } from "react";
import { applyFieldErrors } from "./field-errors";

interface FormWithErrors {
  getValues: () => object;
  setErrors: (errors: Record<string, string>) => void;
}

/** The shape every "save an entry of the week" mutation has: an id when editing, and the body. */
interface EntrySave<Body> {
  mutate(
    variables: { id?: string; body: Body },
    options: { onSuccess: () => void; onError: (error: unknown) => void },
  ): void;
}

/**
 * Saves one entry of the week from a form: refusals land on their fields in the reader's language,
 * and whatever has no field of its own is kept for the message above the form.
 */
export function useEntrySave<Body>(form: FormWithErrors, save: EntrySave<Body>, onSaved: () => void) {
  const [pageError, setPageError] = useState<unknown>(null);
  const submit = (id: string | undefined, body: Body) => {
    setPageError(null);
    save.mutate(
      { id, body },
      {
        onSuccess: onSaved,
        onError: (error) => {
          if (applyFieldErrors(form, error)) setPageError(error);
        },
      },
    );
  };
  return { pageError, submit };
}
