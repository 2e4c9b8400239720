import { type ReactNode, useCallback, useEffect, useRef, useState } from "react";
import { StepUpModal } from "./components/StepUpModal";
import { runWithStepUp, type WithStepUp } from "./step-up";

export interface StepUp {
  /**
   * Runs an action; when the server answers STEP_UP_REQUIRED, asks for a fresh code from the
   * authenticator app and runs it once more. Cancelling rejects with the original refusal.
   */
  withStepUp: WithStepUp;
  /** The dialog that asks for the code: render it once, anywhere in the component. */
  stepUpModal: ReactNode;
}

/**
 * For actions the server guards with `requireFreshSecondFactor` (changing a role, new recovery
 * codes, erasing a visitor code, exporting identifying data):
 *
 *   const { withStepUp, stepUpModal } = useStepUp();
 *   const erase = useMutation({ mutationFn: (id) => withStepUp(() => callApi(route, { params: { id } })) });
 *   return <>…{stepUpModal}</>;
 */
export function useStepUp(): StepUp {
  const [asking, setAsking] = useState(false);
  // One question at a time: actions that ask together share the answer.
  const pending = useRef<{ promise: Promise<boolean>; answer: (accepted: boolean) => void } | null>(null);

  const answer = useCallback((accepted: boolean) => {
    pending.current?.answer(accepted);
    pending.current = null;
    setAsking(false);
  }, []);

  // Left while asking: the action gives up with its refusal rather than wait for ever.
  useEffect(() => () => pending.current?.answer(false), []);

  const askForCode = useCallback(() => {
    if (!pending.current) {
      let resolve: (accepted: boolean) => void = () => {};
      const promise = new Promise<boolean>((r) => {
        resolve = r;
      });
      pending.current = { promise, answer: resolve };
      setAsking(true);
    }
    return pending.current.promise;
  }, []);

  const withStepUp = useCallback<WithStepUp>((action) => runWithStepUp(action, askForCode), [askForCode]);

  return {
    withStepUp,
    stepUpModal: (
      <StepUpModal opened={asking} onConfirmed={() => answer(true)} onCancel={() => answer(false)} />
    ),
  };
}
