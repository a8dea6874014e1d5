import type { Flight, Passenger } from '../screening/screening-schema.ts';

/** How a document got into the app. */
export type CaptureSource = 'wedge' | 'camera' | 'manual';

/** What the scan step hands to a new screening: parsed facts only, never the raw MRZ or barcode string. */
export type Capture = {
  passenger: Passenger | null;
  passportSource: CaptureSource | null;
  /** The MRZ's check digits all passed (false for hand-typed fields without an MRZ). */
  passportVerified: boolean;
  flight: Flight | null;
  /** Passenger name as printed on the boarding pass ('LAST/FIRST'), to compare with the passport. */
  boardingPassName: string | null;
  /** i18n keys of problems to show before the checklist starts (name mismatch, flight not today, expired passport). */
  warnings: string[];
};
