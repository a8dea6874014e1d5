import type { consoleOnlyId } from './console-only-id.ts';
import { auditLog } from './en/audit-log.ts';
import { watchAdmin } from './en/watch-admin.ts';
import type { Messages } from './message-types.ts';

/** English messages only the console shows (loaded lazily, only when English is chosen). */
export const consoleOnlyEn: Messages<typeof consoleOnlyId> = {
  ...watchAdmin,
  ...auditLog,
};
