import { common } from './id/common.ts';
import { exportMessages } from './id/export.ts';
import { store } from './id/store.ts';
import { mrz } from './id/mrz.ts';
import { bcbp } from './id/bcbp.ts';
import { screening } from './id/screening.ts';
import { scan } from './id/scan.ts';
import { checklist } from './id/checklist.ts';
import { sync } from './id/sync.ts';
import { gate } from './id/gate.ts';
import { shiftLead } from './id/shift-lead.ts';
import { seenBefore } from './id/seen-before.ts';

/**
 * Every Bahasa Indonesia message of the tablet; its shape is the type every other language must match. The case
 * console's own messages are a separate catalogue (console-catalogue.ts) that only the console loads.
 */
export const messagesId = {
  ...common,
  ...exportMessages,
  ...store,
  ...checklist,
  ...mrz,
  ...bcbp,
  ...screening,
  ...scan,
  ...sync,
  ...gate,
  ...shiftLead,
  ...seenBefore,
};
