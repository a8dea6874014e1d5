import { common } from './id/common.ts';
import { exportMessages } from './id/export.ts';
import { store } from './id/store.ts';
import { mrz } from './id/mrz.ts';
import { bcbp } from './id/bcbp.ts';
import { screening } from './id/screening.ts';
import { scan } from './id/scan.ts';
import { checklist } from './id/checklist.ts';
import { sync } from './id/sync.ts';
import { consoleMessages } from './id/console.ts';
import { gate } from './id/gate.ts';
import { shiftLead } from './id/shift-lead.ts';
import { statsMessages } from './id/statistics.ts';

/** Every Bahasa Indonesia message; its shape is the type every other language must match. */
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
  ...consoleMessages,
  ...gate,
  ...shiftLead,
  ...statsMessages,
};
