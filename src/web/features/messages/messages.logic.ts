import type { MessageAudience, SendMessageBody } from "../../../common/contracts/messages";
import { LIMITS } from "../../../common/limits";

/** The start of a message for a list: whitespace folded, cut at a word near `max` characters. */
export function messagePreview(body: string, max = 160): string {
  const text = body.replace(/\s+/g, " ").trim();
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(" ");
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s.,;:!?-]+$/, "")}…`;
}

export interface ComposeValues {
  audience: MessageAudience;
  /** With audience `person`: whom. */
  recipientId: string;
  body: string;
  pinned: boolean;
}

export const EMPTY_COMPOSE: ComposeValues = { audience: "all", recipientId: "", body: "", pinned: false };

export type ComposeProblem = "required" | "tooLong" | "chooseRecipient";

export function checkCompose(values: ComposeValues): Partial<Record<keyof ComposeValues, ComposeProblem>> {
  const problems: Partial<Record<keyof ComposeValues, ComposeProblem>> = {};
  const body = values.body.trim();
  if (!body) problems.body = "required";
  else if (body.length > LIMITS.messageMax) problems.body = "tooLong";
  if (values.audience === "person" && !values.recipientId) problems.recipientId = "chooseRecipient";
  return problems;
}

/** The request; the recipient goes along only for a message to one person (the server refuses it otherwise). */
export function sendBodyOf(values: ComposeValues, siteId: string): SendMessageBody {
  return {
    siteId,
    audience: values.audience,
    ...(values.audience === "person" ? { recipientId: values.recipientId } : {}),
    body: values.body.trim(),
    pinned: values.pinned,
  };
}
