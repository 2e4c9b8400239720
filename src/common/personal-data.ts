/**
 * Free text at the door (nicknames, reasons) must never carry who she is. These checks warn, they do
 * not refuse: "Big Maria" is a fine nickname, "Maria Popescu" is not, and only staff can tell.
 */
export type PersonalDataHint = "LOOKS_LIKE_PHONE_NUMBER" | "LOOKS_LIKE_FULL_NAME" | "LOOKS_LIKE_EMAIL";

// Seven or more digits, allowing the spaces, dots, dashes and brackets people write phone numbers with.
const PHONE = /(?:\+|\b)\d(?:[\s().-]*\d){6,}/;
const EMAIL = /[^\s@]+@[^\s@]+\.[^\s@]+/;
// Two or more capitalised words in a row, in any script that has capitals.
const FULL_NAME = /\p{Lu}\p{Ll}+(?:[\s-]+\p{Lu}\p{Ll}+)+/u;

export function personalDataHint(text: string): PersonalDataHint | null {
  if (EMAIL.test(text)) return "LOOKS_LIKE_EMAIL";
  if (PHONE.test(text)) return "LOOKS_LIKE_PHONE_NUMBER";
  if (FULL_NAME.test(text)) return "LOOKS_LIKE_FULL_NAME";
  return null;
}

/** What a diary text may carry that identifies a woman: the hints above, and passport numbers. */
export type PersonalDataWarning = PersonalDataHint | "LOOKS_LIKE_PASSPORT_NUMBER";

// One or two letters then six to nine digits (most European passports and ID cards), or "pas"/"passport"
// followed by a number-like token with at least one digit (so the word "passports" itself is not one).
const PASSPORT =
  /\b[A-Z]{1,2}\d{6,9}\b|\bpas(?:s|sport|nummer|port)?\.?\s*(?:nr\.?|no\.?|number)?\s*:?\s*(?=[A-Z]*\d)[A-Z0-9]{6,9}\b/i;

/**
 * Every warning a longer text (a diary paragraph, a follow-up) deserves, each once, in a fixed order.
 * Like `personalDataHint` it warns and never refuses.
 */
export function personalDataWarnings(text: string): PersonalDataWarning[] {
  const found: PersonalDataWarning[] = [];
  if (EMAIL.test(text)) found.push("LOOKS_LIKE_EMAIL");
  if (PHONE.test(text)) found.push("LOOKS_LIKE_PHONE_NUMBER");
  if (PASSPORT.test(text)) found.push("LOOKS_LIKE_PASSPORT_NUMBER");
  if (FULL_NAME.test(text)) found.push("LOOKS_LIKE_FULL_NAME");
  return found;
}
