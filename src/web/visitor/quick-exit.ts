/**
 * Quick exit, the way GOV.UK's "Exit this page" works: the screen goes blank at once, what the page
 * stored on the device is forgotten, and the page is replaced, history entry included, by a
 * neutral site. It cannot erase the browser's history of earlier visits; the page says so.
 */
import { stopSpeaking } from "./speech";
import { forgetEverything } from "./storage";

export const QUICK_EXIT_URL = "https://www.google.com";

/** Three presses of Shift, with no other key between, within this time. */
export const SHIFT_PRESSES = 3;
export const SHIFT_WINDOW_MS = 5_000;

export function quickExit(): void {
  document.documentElement.classList.add("exiting");
  document.title = "";
  stopSpeaking();
  forgetEverything();
  window.location.replace(QUICK_EXIT_URL);
}

/** Counts Shift presses; true when the last one completes the sequence. */
export function createShiftCounter(now: () => number = Date.now) {
  let presses: number[] = [];
  return (event: Pick<KeyboardEvent, "key" | "repeat">): boolean => {
    if (event.key !== "Shift") {
      presses = [];
      return false;
    }
    if (event.repeat) return false;
    const at = now();
    presses = [...presses.filter((t) => at - t < SHIFT_WINDOW_MS), at];
    if (presses.length < SHIFT_PRESSES) return false;
    presses = [];
    return true;
  };
}
