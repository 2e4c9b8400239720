/**
 * A visitor code: eight characters from an alphabet without 0/O and 1/I, shown as two groups of four
 * ("K7MQ-4XPR"), the last a Luhn mod 32 check character. The check catches any one mistyped character
 * and most swapped neighbours before the code reaches the database; the seven random characters
 * (32^7, about 34 billion) keep a code that unlocks her clinic ticket from being guessed.
 */
export const CODE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
export const CODE_RANDOM_LENGTH = 7;
export const CODE_LENGTH = CODE_RANDOM_LENGTH + 1;

const N = CODE_ALPHABET.length;

/** Luhn mod N: the character that makes the weighted sum of the whole code divisible by N. */
export function checkCharacter(body: string): string {
  let factor = 2;
  let sum = 0;
  for (let i = body.length - 1; i >= 0; i--) {
    let addend = factor * CODE_ALPHABET.indexOf(body.charAt(i));
    factor = factor === 2 ? 1 : 2;
    addend = Math.floor(addend / N) + (addend % N);
    sum += addend;
  }
  return CODE_ALPHABET.charAt((N - (sum % N)) % N);
}

/** What staff typed, as the code is stored: capitals, no spaces or dashes. Null when it cannot be a code. */
export function normaliseVisitorCode(typed: string): string | null {
  const code = typed.toUpperCase().replace(/[\s-]/g, "");
  if (code.length !== CODE_LENGTH) return null;
  for (const ch of code) if (!CODE_ALPHABET.includes(ch)) return null;
  return checkCharacter(code.slice(0, CODE_RANDOM_LENGTH)) === code.charAt(CODE_RANDOM_LENGTH) ? code : null;
}

/** "K7MQ4XPR" → "K7MQ-4XPR", as printed on her card and read aloud. */
export const formatVisitorCode = (code: string) => `${code.slice(0, 4)}-${code.slice(4)}`;

/** A new code from random values (crypto.getRandomValues in the caller's runtime). */
export function visitorCodeFrom(random: Uint8Array): string {
  let body = "";
  for (let i = 0; i < CODE_RANDOM_LENGTH; i++) body += CODE_ALPHABET.charAt((random[i] ?? 0) % N);
  return body + checkCharacter(body);
}
