/**
 * Pure rules of follow-ups: whose list holds which follow-up, what may be done with one in its state,
 * and the refusals with a field and a code.
 */
import type { FollowUp, FollowUpListQuery, FollowUpStatus } from "../../../common/contracts/follow-ups.js";
import type { Actor } from "../../context.js";
import { AppError, fieldError } from "../../errors.js";
import type { FollowUpRow } from "./follow-ups.repository.js";

/** "Any social worker" is every social worker's; managers and others see those under "all". */
export const countsAsSocialWorker = (actor: Pick<Actor, "role">) => actor.role === "social_worker";

export function statusesOf(status: NonNullable<FollowUpListQuery["status"]>): FollowUpStatus[] {
  switch (status) {
    case "closed":
      return ["done", "dropped"];
    case "any":
      return ["open", "done", "dropped"];
    default:
      return [status];
  }
}

/** Colleagues at the site work on its follow-ups together: any of them may edit, close, reopen or comment. */
export function capabilities(row: Pick<FollowUpRow, "status">): FollowUp["can"] {
  const open = row.status === "open";
  return { edit: open, close: open, reopen: !open, comment: true };
}

/** 409: someone closed it a moment ago; the page reloads it. */
export const notOpen = () =>
  new AppError("FOLLOW_UP_CLOSED", "This follow-up is already closed. Reopen it first to change it.");

export const alreadyOpen = () => new AppError("FOLLOW_UP_OPEN", "This follow-up is still open.");

export const dropReasonRequired = () =>
  fieldError("reason", "DROP_REASON_REQUIRED", "Write in a few words why the follow-up is dropped.");

export const outcomeRequired = () =>
  fieldError("outcome", "OUTCOME_REQUIRED", "Write how the appointment went before marking it done.");

export const unknownAssignee = (path = "assignee.accountId") =>
  fieldError(path, "UNKNOWN_ASSIGNEE", "Choose a colleague who works at this site.");

export const notAnAccompaniment = () =>
  fieldError(
    "accompaniment",
    "NOT_AN_ACCOMPANIMENT",
    "Only an accompaniment has an appointment and a place.",
  );

/** A due date in the past is allowed (writing down yesterday's task), but not one years away. */
export function dueDateProblem(dueOn: string, today: string) {
  const years = Number(dueOn.slice(0, 4)) - Number(today.slice(0, 4));
  return years > 5
    ? fieldError("dueOn", "DUE_DATE_TOO_FAR", "Choose a due date within the next five years.")
    : null;
}
