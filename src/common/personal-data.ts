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
