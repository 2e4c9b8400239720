import { describe, expect, it, vi } from "vitest";
import { ApiError } from "../../api/client";
import { isStepUpRequired, runWithStepUp } from "./step-up";

const stepUpRequired = () => new ApiError({ status: 403, code: "STEP_UP_REQUIRED", detail: "fresh code" });

describe("runWithStepUp", () => {
  it("runs the action once when no fresh code is needed, without asking", async () => {
    const action = vi.fn(async () => "saved");
    const ask = vi.fn(async () => true);
    await expect(runWithStepUp(action, ask)).resolves.toBe("saved");
    expect(action).toHaveBeenCalledTimes(1);
    expect(ask).not.toHaveBeenCalled();
  });

  it("asks for a code on STEP_UP_REQUIRED and repeats the action once it was accepted", async () => {
    const action = vi
      .fn<() => Promise<string>>()
      .mockRejectedValueOnce(stepUpRequired())
      .mockResolvedValueOnce("saved");
    const ask = vi.fn(async () => true);
    await expect(runWithStepUp(action, ask)).resolves.toBe("saved");
    expect(ask).toHaveBeenCalledTimes(1);
    expect(action).toHaveBeenCalledTimes(2);
  });

  it("gives the original refusal back when the person cancels, without repeating the action", async () => {
    const refusal = stepUpRequired();
    const action = vi.fn<() => Promise<string>>().mockRejectedValue(refusal);
    await expect(runWithStepUp(action, async () => false)).rejects.toBe(refusal);
    expect(action).toHaveBeenCalledTimes(1);
  });

  it("passes any other error through untouched, and asks at most once", async () => {
    const forbidden = new ApiError({ status: 403, code: "FORBIDDEN" });
    const ask = vi.fn(async () => true);
    await expect(runWithStepUp(() => Promise.reject(forbidden), ask)).rejects.toBe(forbidden);
    expect(ask).not.toHaveBeenCalled();

    // A server that still asks after the code is not asked about for ever.
    const stubborn = vi.fn<() => Promise<string>>().mockRejectedValue(stepUpRequired());
    await expect(runWithStepUp(stubborn, ask)).rejects.toMatchObject({ code: "STEP_UP_REQUIRED" });
    expect(ask).toHaveBeenCalledTimes(1);
    expect(stubborn).toHaveBeenCalledTimes(2);
  });

  it("recognises only the STEP_UP_REQUIRED refusal", () => {
    expect(isStepUpRequired(stepUpRequired())).toBe(true);
    expect(isStepUpRequired(new ApiError({ status: 401, code: "SECOND_FACTOR_REQUIRED" }))).toBe(false);
    expect(isStepUpRequired(new Error("STEP_UP_REQUIRED"))).toBe(false);
  });
});
