import { describe, expect, it } from "vitest";
import { createShiftCounter, SHIFT_WINDOW_MS } from "./quick-exit";

const shift = { key: "Shift", repeat: false };

describe("quick exit by Shift three times", () => {
  it("fires on the third quick press of Shift", () => {
    let now = 0;
    const count = createShiftCounter(() => now);
    expect(count(shift)).toBe(false);
    now += 300;
    expect(count(shift)).toBe(false);
    now += 300;
    expect(count(shift)).toBe(true);
    // and starts counting again
    expect(count(shift)).toBe(false);
  });

  it("does not fire when another key comes between (typing capitals)", () => {
    const count = createShiftCounter(() => 0);
    expect(count(shift)).toBe(false);
    expect(count({ key: "A", repeat: false })).toBe(false);
    expect(count(shift)).toBe(false);
    expect(count(shift)).toBe(false);
  });

  it("ignores a held-down Shift and presses too far apart", () => {
    let now = 0;
    const count = createShiftCounter(() => now);
    expect(count(shift)).toBe(false);
    expect(count({ key: "Shift", repeat: true })).toBe(false);
    expect(count({ key: "Shift", repeat: true })).toBe(false);
    now += SHIFT_WINDOW_MS;
    expect(count(shift)).toBe(false);
    now += SHIFT_WINDOW_MS;
    expect(count(shift)).toBe(false);
  });
});
