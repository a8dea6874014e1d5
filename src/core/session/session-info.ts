import type { Agency, Role } from '../screening/screening-schema.ts';
import type { ZoneCode } from '../time/local-time.ts';

/** The signed-in officer. The id is pseudonymous (REFERENCE §5). */
export type OfficerInfo = { id: string; name: string; agency: Agency; role: Role };

/** The enrolled device and its checkpoint. */
export type DeviceInfo = {
  id: string;
  airport: string;
  checkpoint: string;
  zone: ZoneCode;
  /** The checkpoint's shift starts ('HH:MM', 1 to 4); absent means the default (see `shiftStartsOf`). */
  shiftStarts?: readonly string[];
};
