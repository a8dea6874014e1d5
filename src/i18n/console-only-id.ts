import { auditLog } from './id/audit-log.ts';
import { watchAdmin } from './id/watch-admin.ts';

/** Bahasa Indonesia messages only the console shows; the console adds them at start (`addMessages`). */
export const consoleOnlyId = {
  ...watchAdmin,
  ...auditLog,
};
