import type { BoardingRead, PassportRead } from '../core/capture/build-capture.ts';
import type { Capture } from '../core/capture/capture.ts';

/** What the scan screen showed when the officer started the screening: parsed reads, never a raw MRZ or barcode. */
export type ScanReads = { passport: PassportRead | null; boarding: BoardingRead | null };

// In memory only: a capture holds personal data and must never reach localStorage or IndexedDB from here.
let held: { capture: Capture; reads: ScanReads | null } | null = null;

/** Hands a capture from the scan screen to the screening that starts next, with the reads it was built from. */
export function setCapture(capture: Capture, reads: ScanReads | null = null): void {
  held = { capture, reads };
}

/** The capture waiting for a screening, left in place. */
export function peekCapture(): Capture | null {
  return held?.capture ?? null;
}

/** The capture waiting for a screening, removed so it is used once. */
export function takeCapture(): Capture | null {
  const capture = peekCapture();
  held = null;
  return capture;
}

/**
 * The reads of a capture no screening took (the officer went back to another draft, or cancelled), removed: the scan
 * screen shows them again and holds them from then on.
 */
export function takeBackReads(): ScanReads | null {
  const reads = held?.reads ?? null;
  held = null;
  return reads;
}

let owner: string | null = null;

/**
 * Called at every sign-in: a capture left waiting in another officer's session is dropped, so the next officer on the
 * tablet never sees a passenger they did not scan; the same officer unlocking again finds it still waiting.
 */
export function captureOwner(officerId: string): void {
  if (owner !== null && owner !== officerId) held = null;
  owner = officerId;
}
