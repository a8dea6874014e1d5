import { common } from './id/common.ts';
import { mrz } from './id/mrz.ts';
import { bcbp } from './id/bcbp.ts';

/** Every Bahasa Indonesia message; its shape is the type every other language must match. */
export const messagesId = {
  ...common,
  ...mrz,
  ...bcbp,
};
