import { auditLog } from './id/audit-log.ts';
import { conflictMessages } from './id/conflict.ts';
import { consoleMessages } from './id/console.ts';
import { recruiters } from './id/recruiters.ts';
import { statsMessages } from './id/statistics.ts';
import { watchAdmin } from './id/watch-admin.ts';

/** Every Bahasa Indonesia message of the case console (loaded by the console only, never by the tablet). */
export const consoleMessagesId = {
  ...consoleMessages,
  ...conflictMessages,
  ...watchAdmin,
  ...auditLog,
  ...recruiters,
  ...statsMessages,
};
