import type { KeyboardEvent } from "react";

/**
 * Enter in a picker (the country or language fields) chooses an option; it must never also send the
 * form, or a code would be given before the rest is filled in. Put on the form's onKeyDown.
 */
export function keepEnterInPickers(event: KeyboardEvent<HTMLFormElement>) {
  const target = event.target;
  if (
    event.key === "Enter" &&
    target instanceof HTMLInputElement &&
    target.getAttribute("role") === "combobox"
  ) {
    event.preventDefault();
  }
}
