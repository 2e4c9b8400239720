import { isApiError } from "../../api/client";

/** The server asks for a fresh code from the authenticator app before this action. */
export const isStepUpRequired = (error: unknown): boolean =>
  isApiError(error) && error.code === "STEP_UP_REQUIRED";

/**
 * Runs an action; when the server answers STEP_UP_REQUIRED, asks for a fresh code (the answer says
 * whether one was accepted) and runs the action once more. Cancelled: the original refusal is
 * thrown, so the caller shows it like any other. Any other error passes through untouched.
 */
export async function runWithStepUp<T>(
  action: () => Promise<T>,
  askForCode: () => Promise<boolean>,
): Promise<T> {
  try {
    return await action();
  } catch (error) {
    if (!isStepUpRequired(error)) throw error;
    if (!(await askForCode())) throw error;
  }
  return action();
}

/** Runs the action as it is: for mutations used where no step-up can be asked for. */
export const withoutStepUp = <T>(action: () => Promise<T>): Promise<T> => action();

export type WithStepUp = <T>(action: () => Promise<T>) => Promise<T>;
