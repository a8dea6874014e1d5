import type { Messages } from './message-types.ts';
import type { messagesId } from './messages-id.ts';
import { common } from './en/common.ts';
import { exportMessages } from './en/export.ts';
import { store } from './en/store.ts';
import { mrz } from './en/mrz.ts';
import { bcbp } from './en/bcbp.ts';
import { screening } from './en/screening.ts';
import { scan } from './en/scan.ts';
import { checklist } from './en/checklist.ts';
import { sync } from './en/sync.ts';
import { consoleMessages } from './en/console.ts';
import { gate } from './en/gate.ts';
import { shiftLead } from './en/shift-lead.ts';
import { statsMessages } from './en/statistics.ts';

/** Every English message (loaded lazily, only when English is chosen). */
export const messagesEn: Messages<typeof messagesId> = {
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
