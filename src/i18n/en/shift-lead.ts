import type { Messages } from '../message-types.ts';
import type { shiftLead as source } from '../id/shift-lead.ts';

/** Shift definition and the shift lead's tools on this tablet, in English. */
export const shiftLead: Messages<typeof source> = {
  shifts: {
    error: {
      format: 'Shift start times are written HH:MM, for example 07:00.',
      order: 'Shift start times must be in order within the day and must differ.',
      count: 'A checkpoint has 1 to 4 shifts.',
    },
    editor: {
      title: 'Shift start times',
      help: 'Used for counts and exports from now on. 1 to 4 shifts, in order within the day.',
      start: 'Shift {n} starts',
      add: 'Add a shift',
      remove: 'Remove shift {n}',
      save: 'Save shift times',
      saved: 'Shift times saved: {starts}.',
      problem: 'Shift {n}: {message}',
    },
  },
  exportFields: {
    sex: { female: 'Female', male: 'Male', nonspecified: 'Unspecified' },
    machineColumn: '{header} (machine code)',
  },
  shiftLead: {
    officers: {
      unknown: 'This officer is not enrolled on this tablet.',
      lastLead: 'The last active shift lead cannot be deactivated. Add another shift lead first.',
      inactive:
        'This officer was deactivated on this tablet. Ask a shift lead to enrol them again if needed.',
      active: 'Active',
      inactiveBadge: 'Deactivated',
      mustSetPin: 'Waiting for a new PIN',
      deactivate: 'Deactivate {id}',
      deactivateConfirm: 'Deactivate {id}? They can no longer sign in on this tablet. Saved records stay.',
      deactivateYes: 'Yes, deactivate',
      deactivated: 'Officer {id} deactivated.',
      resetPinShort: 'Reset PIN',
      deactivateShort: 'Deactivate',
      resetPin: 'Reset PIN of {id}',
      resetHelp: 'Confirm with your PIN. The officer signs in with a one-time code, then chooses a new PIN.',
      resetSubmit: 'Make a one-time code',
      resetDone: 'One-time code for {id}: {code}. Give it to the officer in person; it is not shown again.',
      cancel: 'Cancel',
    },
    reset: {
      newPinNeeded: 'A shift lead reset your PIN. Choose a new PIN to sign in.',
      title: 'Choose a new PIN',
      code: 'One-time code from the shift lead',
      next: 'New PIN (6–12 digits)',
      repeat: 'Repeat the new PIN',
      submit: 'Save PIN and sign in',
    },
    purge: {
      leadOnly: 'Only a shift lead can delete data by the retention rules.',
      confirm:
        'Delete now the identities of CLEAR screenings from shifts that have ended, and flagged screenings the case system received more than 7 days ago? The counts are kept. This cannot be undone and is recorded in the audit trail.',
      yes: 'Yes, delete now',
      cancel: 'Cancel',
    },
  },
};
