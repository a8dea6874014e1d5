import type { Capture } from '../core/capture/capture.ts';

// In memory only: a capture holds personal data and must never reach localStorage or IndexedDB from here.
let held: Capture | null = null;

/** Hands a capture from the scan screen to the screening that starts next. */
export function setCapture(capture: Capture): void {
  held = capture;
}

/** The capture waiting for a screening, left in place. */
export function peekCapture(): Capture | null {
  return held;
}

/** The capture waiting for a screening, removed so it is used once. */
export function takeCapture(): Capture | null {
  const capture = held;
  held = null;
  return capture;
}
