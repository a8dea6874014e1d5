import type { Messages } from '../message-types.ts';
import type { shiftLead as source } from '../id/shift-lead.ts';

/** Shift definition and the shift lead's tools on this tablet, in English. */
export const shiftLead: Messages<typeof source> = {
  shifts: {
    error: {
      format: 'Shift start times must be three HH:MM times, for example 07:00, 15:00, 23:00.',
      order: 'Shift start times must be in order: morning, then afternoon, then night.',
    },
  },
  exportFields: {
    sex: { female: 'Female', male: 'Male', nonspecified: 'Unspecified' },
    machineColumn: '{header} (machine code)',
  },
  shiftLead: {
    purge: {
      leadOnly: 'Only a shift lead can delete data by the retention rules.',
      confirm:
        'Delete now the identities of CLEAR screenings from shifts that have ended, and flagged screenings the case system received more than 7 days ago? The counts are kept. This cannot be undone and is recorded in the audit trail.',
      yes: 'Yes, delete now',
      cancel: 'Cancel',
    },
  },
};
