import type { TestBoardItem, TestState } from "../../../common/contracts/clinic";

/**
 * The tests board's rules on the client: which one step a test may take next (only that one is
 * offered, so a skipped or backward step is never a button), and how the board is grouped.
 */

/** The way every test goes, one step at a time. */
export const TEST_WAY: readonly TestState[] = ["taken", "sent", "result_in", "told"];

/** The step after a state, or null after "told". */
export function stepAfter(state: TestState): TestState | null {
  const index = TEST_WAY.indexOf(state);
  return TEST_WAY[index + 1] ?? null;
}

export type OfferedStep =
  | { kind: "step"; to: "sent" | "result_in" | "told" }
  /** Her code was erased since the test was taken: no result can be entered for it. */
  | { kind: "codeErased" }
  | { kind: "none" };

/**
 * The one step a test on the board may take now. The server says which (`nextState`); the client
 * offers it only when it is the step right after the test's state, so a stale or odd answer never
 * becomes a button that would be refused.
 */
export function offeredStep(test: Pick<TestBoardItem, "state" | "nextState" | "codeErased">): OfferedStep {
  const next = test.nextState;
  if (next === null || next === "taken" || next !== stepAfter(test.state)) return { kind: "none" };
  if (next === "result_in" && test.codeErased) return { kind: "codeErased" };
  return { kind: "step", to: next };
}

/** The board's groups, in the order a nurse works through them: results to tell her first. */
export const BOARD_GROUPS: readonly TestState[] = ["result_in", "taken", "sent", "told"];

/** The time a test reached its state. */
export function stateSince(
  test: Pick<TestBoardItem, "state" | "takenAt" | "sentAt" | "resultAt" | "toldAt">,
) {
  switch (test.state) {
    case "taken":
      return test.takenAt;
    case "sent":
      return test.sentAt ?? test.takenAt;
    case "result_in":
      return test.resultAt ?? test.takenAt;
    case "told":
      return test.toldAt ?? test.takenAt;
  }
}

/** Whole days from one instant to another (never negative): "waiting 8 days". */
export function daysBetween(from: string, to: Date): number {
  return Math.max(0, Math.floor((to.getTime() - new Date(from).getTime()) / 86_400_000));
}

/** A median in hours, as people say it: hours under two days, days (one decimal under ten) above. */
export function durationParts(hours: number): { unit: "hours" | "days"; value: number } {
  if (hours < 48) return { unit: "hours", value: Math.round(hours) };
  const days = hours / 24;
  return { unit: "days", value: days < 10 ? Math.round(days * 10) / 10 : Math.round(days) };
}
