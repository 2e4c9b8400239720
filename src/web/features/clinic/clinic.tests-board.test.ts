import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { TEST_STATES, type TestState } from "../../../common/contracts/clinic";
import { daysBetween, durationParts, offeredStep, stateSince, stepAfter } from "./clinic.tests-board";

describe("offeredStep", () => {
  it("offers exactly the next step on the way", () => {
    expect(offeredStep({ state: "taken", nextState: "sent", codeErased: false })).toEqual({
      kind: "step",
      to: "sent",
    });
    expect(offeredStep({ state: "sent", nextState: "result_in", codeErased: false })).toEqual({
      kind: "step",
      to: "result_in",
    });
    expect(offeredStep({ state: "result_in", nextState: "told", codeErased: false })).toEqual({
      kind: "step",
      to: "told",
    });
    expect(offeredStep({ state: "told", nextState: null, codeErased: false })).toEqual({ kind: "none" });
  });

  it("never offers a skipped, repeated or backward step, whatever the answer says", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...TEST_STATES),
        fc.constantFrom<TestState | null>(...TEST_STATES, null),
        fc.boolean(),
        (state, nextState, codeErased) => {
          const offered = offeredStep({ state, nextState, codeErased });
          if (offered.kind === "step") {
            expect(TEST_STATES.indexOf(offered.to)).toBe(TEST_STATES.indexOf(state) + 1);
          }
        },
      ),
    );
    expect(offeredStep({ state: "taken", nextState: "result_in", codeErased: false })).toEqual({
      kind: "none",
    });
    expect(offeredStep({ state: "result_in", nextState: "sent", codeErased: false })).toEqual({
      kind: "none",
    });
  });

  it("offers no result for a code erased since, but still lets the test be sent and told", () => {
    expect(offeredStep({ state: "sent", nextState: "result_in", codeErased: true })).toEqual({
      kind: "codeErased",
    });
    expect(offeredStep({ state: "taken", nextState: "sent", codeErased: true })).toEqual({
      kind: "step",
      to: "sent",
    });
  });

  it("knows the step after each state", () => {
    expect(TEST_STATES.map(stepAfter)).toEqual(["sent", "result_in", "told", null]);
  });
});

describe("times on the board", () => {
  const test = {
    takenAt: "2010-03-01T19:00:00Z",
    sentAt: "2010-03-02T09:00:00Z",
    resultAt: "2010-03-08T12:00:00Z",
    toldAt: null,
  };
  it("gives the time a test reached its state", () => {
    expect(stateSince({ ...test, state: "sent" })).toBe(test.sentAt);
    expect(stateSince({ ...test, state: "result_in" })).toBe(test.resultAt);
    expect(stateSince({ ...test, state: "told" })).toBe(test.takenAt);
  });

  it("counts whole days, never below zero", () => {
    expect(daysBetween(test.takenAt, new Date("2010-03-09T18:59:00Z"))).toBe(7);
    expect(daysBetween(test.takenAt, new Date("2010-02-01T00:00:00Z"))).toBe(0);
  });

  it("says a median in hours under two days and in days above", () => {
    expect(durationParts(5.4)).toEqual({ unit: "hours", value: 5 });
    expect(durationParts(47.9)).toEqual({ unit: "hours", value: 48 });
    expect(durationParts(60)).toEqual({ unit: "days", value: 2.5 });
    expect(durationParts(24 * 12.6)).toEqual({ unit: "days", value: 13 });
  });
});
