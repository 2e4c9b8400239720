/** Pure rules of messages: who may read, pin, and see receipts, and the refusals of a message's recipient. */
import type { MessageAudience } from "../../../common/contracts/messages.js";
import { can } from "../../../common/permissions.js";
import type { Actor } from "../../context.js";
import { fieldError } from "../../errors.js";
import type { MessageRow, Reader } from "./messages.repository.js";

/** Managers answer for operations: they read messages to the managers and see every receipt. */
export const isManager = (actor: Pick<Actor, "role">) => can(actor.role, "message.receipts");

export const readerOf = (actor: Pick<Actor, "role" | "accountId">): Reader => ({
  accountId: actor.accountId,
  isManager: isManager(actor),
});

/** The same rule as the repository's `visibleTo`, for one row already read. */
export function mayRead(reader: Reader, row: Pick<MessageRow, "authorId" | "audience" | "recipientId">) {
  if (row.authorId === reader.accountId) return true;
  switch (row.audience) {
    case "all":
      return true;
    case "managers":
      return reader.isManager;
    case "person":
      return row.recipientId === reader.accountId;
  }
}

export const mayPin = (actor: Pick<Actor, "role" | "accountId">, row: Pick<MessageRow, "authorId">) =>
  isManager(actor) || row.authorId === actor.accountId;

/** Receipts are for managers and for the author of the message. */
export const maySeeReceipts = mayPin;

export function recipientProblem(audience: MessageAudience, recipientId: string | undefined) {
  if (audience === "person" && recipientId === undefined) {
    return fieldError("recipientId", "RECIPIENT_REQUIRED", "Choose the colleague the message is for.");
  }
  if (audience !== "person" && recipientId !== undefined) {
    return fieldError(
      "recipientId",
      "RECIPIENT_NOT_ALLOWED",
      "A message to all staff or to the managers has no single recipient.",
    );
  }
  return null;
}

export const unknownRecipient = () =>
  fieldError("recipientId", "UNKNOWN_RECIPIENT", "Choose a colleague who works at this site.");
