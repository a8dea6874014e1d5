import type { Messages } from '../message-types.ts';
import type { gate as gateId } from '../id/gate.ts';

/** Officer-at-the-gate messages in English: date fields, seen before, handover, history details. */
export const gate: Messages<typeof gateId> = {
  gate: {
    history: {
      passport: 'Passport withdrawn',
      withdrawn: 'Yes, receipt {receipt}',
      notWithdrawn: 'No',
      sync: 'Upload state',
      caseState: 'State at the centre',
      noCaseState: 'No word from the centre yet',
    },
    mrz: {
      fromReader:
        'Check digit does not match: {fields}. The reader\'s lines are in "Type MRZ"; correct the marked character.',
      marked: 'Characters marked red are probably misread.',
      cell: 'line {line} column {column}',
    },
    origin: {
      corrected: 'MRZ verified; typed: {fields}',
      field: {
        lastName: 'last name',
        firstName: 'first name',
        sex: 'sex',
        birthDate: 'date of birth',
        nationality: 'nationality',
        passportNumber: 'passport number',
        issuingState: 'issuing state',
        passportExpiry: 'expiry',
      },
    },
    date: {
      placeholder: 'DD/MM/YYYY',
      format: 'Write the date as DD/MM/YYYY, for example 17/08/2026.',
      impossible: 'This date does not exist on the calendar.',
    },
  },
};
