import { common } from './id/common.ts';

/** Every Bahasa Indonesia message; its shape is the type every other language must match. */
export const messagesId = {
  ...common,
};
