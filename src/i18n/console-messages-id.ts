import { conflictMessages } from './id/conflict.ts';
import { consoleMessages } from './id/console.ts';

/** Every Bahasa Indonesia message of the case console (loaded by the console only, never by the tablet). */
export const consoleMessagesId = {
  ...consoleMessages,
  ...conflictMessages,
};
