import type { Messages } from '../message-types.ts';
import type { store as source } from '../id/store.ts';

/** Sign-in, enrolment, lock and local storage strings in English. */
export const store: Messages<typeof source> = {
  store: {
    error: {
      quota:
        'The tablet storage is full. This data was NOT saved. Remove old data in Settings → Storage, then try again.',
      closed:
        'The browser closed the database and it could not be reopened. Reload the app; the open screening is kept as a draft.',
      invalid: 'The screening is incomplete or invalid; nothing was saved.',
      conflict: 'The data is being changed in another window. Try saving again.',
      unknown: 'Saving failed. Nothing was saved; try again.',
    },
    form: {
      airport: 'The airport code must be 3 IATA letters, e.g. PLM.',
      checkpoint: 'Enter the checkpoint name.',
      officerId: 'Officer ID: 2–32 letters, digits, dots, underscores or hyphens.',
      name: 'Enter the officer’s name.',
      pinShort: 'The PIN must be 6 to 12 digits.',
      pinWeak: 'The PIN is too easy to guess (one digit repeated or a plain run).',
      pinMismatch: 'The two PINs differ.',
      officerExists: 'This officer ID is already enrolled.',
      alreadyEnrolled: 'This tablet is already enrolled.',
    },
    signIn: {
      title: 'Sign in',
      device: 'Tablet {airport} · {checkpoint}',
      officerId: 'Officer ID',
      pin: 'PIN',
      submit: 'Unlock',
      busy: 'Unlocking…',
      wrong: 'Wrong officer ID or PIN. {left} tries left.',
      wait: 'A wrong PIN was just entered. Wait {seconds} seconds before trying again; the account is not locked.',
      locked: 'Account locked after 5 wrong PINs. Ask the shift lead to unlock it.',
      noDevice: 'This tablet is not enrolled.',
      lockedNote: 'The app is locked. No data is shown until an officer signs in.',
    },
    enrol: {
      title: 'Enrol this tablet',
      intro:
        'Once per tablet: the checkpoint and the first shift lead. All data is stored encrypted on this tablet.',
      airport: 'Airport code (IATA)',
      checkpoint: 'Checkpoint',
      zone: 'Time zone',
      agency: 'Agency owning the tablet',
      agencyNone: 'Shared',
      lead: 'First shift lead',
      officerId: 'Officer ID',
      name: 'Name',
      officerAgency: 'Agency',
      pin: 'PIN (at least 6 digits)',
      pinConfirm: 'Repeat the PIN',
      submit: 'Enrol',
      busy: 'Creating the encryption key…',
      done: 'Tablet enrolled.',
      persisted: 'The browser guarantees persistent storage (not cleared automatically).',
      notPersisted:
        'The browser does NOT guarantee persistent storage: data may be cleared when space runs out. Sync often.',
      persistUnknown: 'The browser does not say whether storage is persistent.',
      continue: 'Continue to sign in',
    },
    lock: {
      button: 'Lock',
      label: 'Lock the app now',
      signedInAs: '{name} ({role})',
    },
    agency: { IMIGRASI: 'Immigration', BP3MI: 'BP3MI' },
    role: { officer: 'Officer', shift_lead: 'Shift lead' },
    settings: {
      notLead: 'Only a shift lead can change the shift times.',
      noDevice: 'This tablet is not enrolled.',
    },
    officers: {
      title: 'Officers on this tablet',
      notLead: 'Only a shift lead can manage officers.',
      leadPin: 'Wrong shift lead PIN.',
      add: 'Add officer',
      role: 'Role',
      leadPinLabel: 'Your (shift lead) PIN to confirm',
      added: 'Officer {id} added.',
      reset: 'Unlock {id}',
      lockedBadge: 'Locked',
      attempts: '{count} wrong PINs',
    },
    pin: {
      title: 'Change PIN',
      intro:
        'The PIN for {id} on this tablet. The new PIN applies from the next sign-in; stored data stays readable.',
      current: 'Current PIN',
      next: 'New PIN (6–12 digits)',
      repeat: 'Repeat the new PIN',
      submit: 'Change PIN',
      step: {
        checking: 'Checking the current PIN…',
        wrapping: 'Locking the tablet key under the new PIN…',
        saving: 'Saving…',
      },
      done: 'PIN changed. Use the new PIN at the next sign-in.',
      currentMissing: 'Enter the current PIN.',
      wrongCurrent: 'Wrong current PIN. {left} tries left.',
      mismatch: 'The new PIN and its repetition differ.',
      same: 'The new PIN must differ from the current one.',
      lockedOut: 'Wrong current PIN 5 times: the account is locked. Ask the shift lead to unlock it.',
    },
    health: {
      title: 'Storage',
      usage: 'Used',
      usageValue: '{used} of {quota} MB',
      unknown: 'Unknown',
      persistence: 'Persistent storage',
      persistYes: 'Yes',
      persistNo: 'No',
      records: 'Screenings stored',
      outbox: 'Waiting to be sent',
      verify: 'Verify the audit trail',
      chainOk: 'Audit trail intact: {length} entries.',
      chainBroken: 'Audit trail BROKEN from entry {seq}. Report it to the shift lead.',
      chainTruncated:
        'Audit trail TRUNCATED: its newest entries are missing (it had reached entry {expected}, only {length} are left). Report it to the shift lead.',
      chainHead:
        'Audit trail CANNOT be confirmed complete: the record of its newest entry is missing or does not match, so recent entries may have been removed or replaced. Report it to the shift lead.',
      purge: 'Purge data due under retention now',
      purged:
        'Removed: {clear} CLEAR screenings, {flagged} flagged screenings already acknowledged centrally.',
    },
  },
};
