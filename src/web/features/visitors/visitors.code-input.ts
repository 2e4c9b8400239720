import {
  CODE_ALPHABET,
  CODE_LENGTH,
  formatVisitorCode,
  normaliseVisitorCode,
} from "../../../common/visitor-code";

/**
 * What staff have typed into a code field so far, read live as they type: small letters, spaces and
 * dashes do not matter (as on the server); anything else is named, so a misread "O" or "1" is caught
 * before the code is sent.
 */
export type TypedCode =
  | { kind: "empty" }
  /** Only characters codes use, fewer than eight of them. */
  | { kind: "incomplete"; count: number; shown: string }
  /** Characters no code has (0, O, 1, I, punctuation…), each once, in the order typed. */
  | { kind: "unusedCharacters"; characters: string[] }
  | { kind: "tooLong"; count: number }
  /** Eight characters codes use, but the last does not check: one is misread, or two swapped. */
  | { kind: "checkFailed"; shown: string }
  | { kind: "valid"; code: string; shown: string };

/** "k7mq 4x" → "K7MQ-4X": the characters so far, grouped as on the card. */
export function groupTyped(characters: string): string {
  return characters.length > 4 ? `${characters.slice(0, 4)}-${characters.slice(4)}` : characters;
}

export function readTypedCode(typed: string): TypedCode {
  const characters = typed.toUpperCase().replace(/[\s-]/g, "");
  if (characters === "") return { kind: "empty" };
  const unused = [...new Set([...characters].filter((ch) => !CODE_ALPHABET.includes(ch)))];
  if (unused.length > 0) return { kind: "unusedCharacters", characters: unused };
  if (characters.length < CODE_LENGTH) {
    return { kind: "incomplete", count: characters.length, shown: groupTyped(characters) };
  }
  if (characters.length > CODE_LENGTH) return { kind: "tooLong", count: characters.length };
  const code = normaliseVisitorCode(characters);
  if (!code) return { kind: "checkFailed", shown: groupTyped(characters) };
  return { kind: "valid", code, shown: formatVisitorCode(code) };
}

/** The same code, however it was typed ("k7mq 4xpr" and "K7MQ-4XPR"); false while either is no code. */
export function sameCode(typed: string, code: string): boolean {
  const a = normaliseVisitorCode(typed);
  return a !== null && a === normaliseVisitorCode(code);
}

/** "K7MQ-4XPR" read aloud one character at a time ("K 7 M Q, 4 X P R"), for screen readers. */
export function spelledCode(code: string): string {
  const characters = code.replace(/-/g, "");
  return `${[...characters.slice(0, 4)].join(" ")}, ${[...characters.slice(4)].join(" ")}`;
}
