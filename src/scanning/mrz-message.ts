import type { MrzFraming, MrzReading } from './ocrb/read-mrz.ts';

/** Sent to the MRZ worker: the guide band's RGBA pixels, as a canvas gives them (the buffer is transferred). */
export type MrzRequest = { id: number; rgba: Uint8ClampedArray; width: number; height: number };

/**
 * Sent back by the MRZ worker: `ready` once loaded, then the reading of each request (null: no whole MRZ found) and
 * how the frame shows the MRZ.
 */
export type MrzResponse =
  { type: 'ready' } | { type: 'reading'; id: number; reading: MrzReading | null; framing: MrzFraming };
