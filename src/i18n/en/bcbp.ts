import type { bcbp as source } from '../id/bcbp.ts';
import type { Messages } from '../message-types.ts';

/** Boarding-pass barcode (IATA BCBP) messages in English. */
export const bcbp: Messages<typeof source> = {
  bcbp: {
    error: {
      empty: 'No boarding-pass data.',
      formatCode: 'Not an IATA boarding pass (the format code must be M).',
      legCount: 'A boarding pass holds 1 to 4 flight legs.',
      truncated: 'The boarding-pass data is cut short: a flight leg is incomplete.',
      fieldSize: 'A section size in the boarding pass cannot be read (not a hexadecimal number).',
      length: 'The boarding-pass data length does not match the sizes it declares.',
      conditionalSection:
        'The conditional section of the boarding pass is damaged: its size exceeds its data.',
      mandatoryField:
        'A mandatory item of the boarding pass (name, PNR, airports, carrier, flight number, seat) is not shaped as it must be.',
    },
    nameMismatch: 'The boarding-pass name ({bcbp}) differs from the passport name ({mrz}).',
    notToday: 'The flight date ({date}) is not today.',
    transit: 'Transit: {places}',
    finalDestination: 'Final destination: {place}',
  },
};
