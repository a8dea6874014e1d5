import type { sync as source } from '../id/sync.ts';
import type { Messages } from '../message-types.ts';

/** Sync screen and sync error strings in English. */
export const sync: Messages<typeof source> = {
  sync: {
    title: 'Sync',
    intro:
      'Flagged screenings go to the central case system whenever there is a network. They stay on this tablet until the centre confirms them.',
    pending: 'Waiting',
    sending: 'Sending',
    sent: 'Delivered',
    failed: 'Failed',
    lastSuccess: 'Last successful sync',
    never: 'Never',
    syncNow: 'Sync now',
    syncing: 'Syncing…',
    progress: '{done} of {total} sent',
    willRetry: 'Will retry automatically. Reason: {reason}',
    failuresTitle: 'Not delivered',
    failuresHelp: 'The centre refused these records; they are not resent automatically. Tell the shift lead.',
    noFailures: 'Nothing failed.',
    revoked:
      'This tablet has been revoked by the central office. Sync has stopped; contact the administrator.',
    caseState: {
      received: 'Received centrally',
      in_review: 'In review',
      follow_up: 'Followed up',
      closed: 'Closed',
    },
    conflictOutcome: {
      title: 'Conflict with the centre',
      open: 'Revision {revision}: the centre holds other content for this revision. Waiting for a case worker at the centre to decide.',
      kept: 'Revision {revision}: resolved by the centre {at}. The version the centre already held stands; this tablet’s content for this revision is not used.',
      accepted:
        'Revision {revision}: resolved by the centre {at}. This tablet’s content was accepted and stored centrally as revision {accepted}.',
    },
    quarantine: {
      resend: 'Send again',
      resent: 'The record is queued to be sent again.',
      leadOnly: 'Only a shift lead can send a record again.',
      gone: 'This record is no longer in the quarantine list.',
    },
    record: 'Record {id}',
    enrol: {
      title: 'Enrol this tablet with the server',
      intro: 'Ask the shift lead for an enrolment code and enter it here.',
      needed: 'The server refused this tablet’s token. Enrol again with a new code from the shift lead.',
      code: 'Enrolment code',
      submit: 'Enrol',
      done: 'Tablet enrolled with the server.',
      enrolled: 'This tablet is enrolled with the server.',
      again: 'Enrol again',
    },
    error: {
      timeout: 'The server took too long to answer.',
      network: 'No connection to the server.',
      unauthorized: 'This tablet is not enrolled, or its enrolment was revoked.',
      server: 'The server has a problem.',
      unexpected: 'Unrecognised answer from the server.',
      notReceiver:
        'The answer did not come from the Saring server (perhaps the airport Wi-Fi login page). Open the browser and sign in to the Wi-Fi first.',
      missing: 'The record is no longer on this tablet.',
      conflict:
        'The centre already holds different content for this revision. Not overwritten: this one is kept apart and a case worker at the centre chooses which version stands. No need to send it again.',
      rejected: 'Refused by the server.',
      incompleteAnswer: 'The server’s answer was incomplete.',
      invalid: 'The server found the record invalid.',
      badJson: 'The server could not read what was sent.',
      tooLarge: 'What was sent is too large.',
      badCode: 'Enrolment code wrong, already used, or expired.',
      revoked: 'This tablet has been revoked.',
      tokenExpired: 'The tablet’s token has expired. Enrol the tablet again.',
      foreignRecord: 'The central office says this record belongs to another tablet.',
      foreignDevice: 'This record names another tablet as its maker.',
      badCatalogue: 'The indicator catalogue from the server is invalid; the previous one stays in use.',
    },
  },
};
