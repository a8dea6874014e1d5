import { describe, expect, it } from 'vitest';
import { mrzCandidate, voteMrz } from '../../../src/scanning/mrz-vote.ts';

const L1 = 'P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<';
const L2 = 'L898902C36UTO7408122F1204159ZE184226B<<<<<10';

describe('MRZ frames', () => {
  it('picks the MRZ lines out of noisy OCR text and fixes their length', () => {
    expect(mrzCandidate(`PASSPORT\n${L1.slice(0, 43)}\n ${L2} x\n`)).toEqual([L1.slice(0, 43) + '<', L2]);
    expect(mrzCandidate('NOTHING HERE')).toBeNull();
  });

  it('outvotes a character misread in one frame by the other frames', () => {
    const misread = [L1, L2.replace('7408122', '74O8122')];
    const other = [L1.replace('ERIKSSON', 'ERIKSS0N'), L2];
    expect(voteMrz([[L1, L2], misread, other])).toEqual([L1, L2]);
  });

  it('uses only readings of the same shape as the latest one', () => {
    expect(
      voteMrz([
        ['A'.repeat(30), 'B'.repeat(30), 'C'.repeat(30)],
        [L1, L2],
      ]),
    ).toEqual([L1, L2]);
    expect(voteMrz([])).toBeNull();
  });
});

describe('MRZ name field', () => {
  it('turns digits read in the name field back into letters, and only there', () => {
    const misread = `${L1.replace('MARIA', 'MAR1A')}\n${L2}`;
    expect(mrzCandidate(misread)).toEqual([L1, L2]);
  });
});

describe('MRZ letter-only fields', () => {
  it('turns a digit read in the nationality back into a letter', () => {
    expect(mrzCandidate(`${L1}\n${L2.replace('UTO7', 'UT07')}`)).toEqual([L1, L2]);
  });
});
