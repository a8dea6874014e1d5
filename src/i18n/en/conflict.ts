import type { Messages } from '../message-types.ts';
import type { conflictMessages as id } from '../id/conflict.ts';

/** The console's conflict screen in English. */
export const conflictMessages: Messages<typeof id> = {
  conflict: {
    title: 'Conflicts',
    intro:
      'A tablet sent other content under a record id and revision the centre already holds. What is stored is never overwritten; a case worker chooses which version stands, and the tablet is told the outcome.',
    show: { open: 'Open', resolved: 'Resolved' },
    showLabel: 'Show',
    empty: 'No open conflicts.',
    emptyResolved: 'No conflict has been resolved yet.',
    col: {
      received: 'Received',
      passenger: 'Passenger',
      place: 'Airport · checkpoint',
      revision: 'Revision',
      outcome: 'Outcome (stored → sent)',
      state: 'Status',
    },
    state: {
      open: 'Open',
      kept: 'Stored version kept',
      accepted: 'Accepted as a new revision',
    },
    open: 'Open the conflict of {name}, revision {revision}',
    select: 'Choose a conflict in the list to see it beside the stored version.',
    loading: 'Loading the conflict…',
    detail: {
      heading: 'Record {id} · revision {revision}',
      device: 'Tablet {device} · sent {count}×',
      stored: 'Stored centrally',
      incoming: 'Sent by the tablet',
      receivedAt: 'Received centrally',
      savedAt: 'Saved on the tablet',
      officer: 'Officer',
      outcome: 'Outcome',
      score: 'Score',
      note: 'Officer’s note',
      field: 'Field',
      changes: 'Differences, field by field',
      noChanges: 'No difference in content besides when it was saved.',
      openCase: 'Open the case',
      noCase: 'This record is not flagged, so it has no case.',
      latest: 'Newest revision held centrally: {revision}',
    },
    resolve: {
      title: 'Decision',
      keep: 'Keep the stored version',
      keepHelp: 'The tablet’s content stays stored apart as evidence but is not used.',
      accept: 'Accept as a new revision',
      acceptHelp: 'The tablet’s content becomes revision {revision} of this record and the case is updated.',
      reason: 'Reason (required, at least {min} characters)',
      reasonShort: 'Write a reason of at least {min} characters.',
      decisionMissing: 'Choose one of the decisions.',
      submit: 'Save the decision',
      saving: 'Saving…',
      yourReason: 'The reason you wrote: {reason}',
      done: 'Conflict resolved: {state}. The tablet learns it at its next sync.',
      stale:
        'Someone else has just resolved or changed this conflict. Their decision is shown below; the reason you wrote is kept.',
    },
    resolution: {
      line: '{state} by {name} · {at}',
      reason: 'Reason: {reason}',
      accepted: 'Stored as revision {revision}.',
    },
  },
};
