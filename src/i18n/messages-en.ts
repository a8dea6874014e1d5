import type { Messages } from './message-types.ts';
import type { messagesId } from './messages-id.ts';
import { common } from './en/common.ts';

/** Every English message (loaded lazily, only when English is chosen). */
export const messagesEn: Messages<typeof messagesId> = {
  ...common,
};
