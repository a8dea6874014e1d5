import type { mrz as source } from '../id/mrz.ts';
import type { Messages } from '../message-types.ts';

/** Passport/ID/visa machine-readable zone messages in English. */
export const mrz: Messages<typeof source> = {
  mrz: {
    error: {
      empty: 'No MRZ text.',
      lineCount: 'An MRZ has 2 or 3 lines.',
      lineLength:
        'The MRZ line lengths fit no document format (3×30, 2×36 or 2×44 characters, all lines the same length).',
      invalidCharacter: 'An MRZ holds only the letters A–Z, the digits 0–9 and the < sign.',
    },
    field: {
      documentNumber: 'document number',
      birthDate: 'date of birth',
      expirationDate: 'date of expiry',
      personalNumber: 'personal number',
      composite: 'composite',
    },
    checkFailed: 'The {field} check digit does not match — check the characters read.',
    checkPassed: 'The {field} check digit matches.',
    corrected: 'Line {line} column {column} corrected from {from} to {to} (proven by the check digit).',
    fact: {
      expired: 'The passport has expired.',
      expiresWithin6Months: 'The passport expires within 6 months.',
      unknownIssuingState: 'The issuing state code is not a known ICAO code.',
      unknownNationality: 'The nationality code is not a known ICAO code.',
    },
  },
};
