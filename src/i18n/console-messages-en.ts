import { auditLog } from './en/audit-log.ts';
import { conflictMessages } from './en/conflict.ts';
import { consoleMessages } from './en/console.ts';
import { recruiters } from './en/recruiters.ts';
import { statsMessages } from './en/statistics.ts';
import { watchAdmin } from './en/watch-admin.ts';
import type { consoleMessagesId } from './console-messages-id.ts';
import type { Messages } from './message-types.ts';

/** Every English message of the case console (loaded lazily, only when English is chosen in the console). */
export const consoleMessagesEn: Messages<typeof consoleMessagesId> = {
  ...consoleMessages,
  ...conflictMessages,
  ...watchAdmin,
  ...auditLog,
  ...recruiters,
  ...statsMessages,
};
