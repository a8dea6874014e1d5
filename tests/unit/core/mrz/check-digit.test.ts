import { describe, expect, it } from 'vitest';
import { checkDigitMatches, computeCheckDigit, mrzCharValue } from '../../../../src/core/mrz/check-digit.ts';
import { referenceCheckDigit } from './mrz-test-helpers.ts';

describe('ICAO 9303 check digit', () => {
  it('values digits as themselves, letters from A=10 to Z=35 and the filler as 0', () => {
    expect(mrzCharValue('7')).toBe(7);
    expect(mrzCharValue('A')).toBe(10);
    expect(mrzCharValue('Z')).toBe(35);
    expect(mrzCharValue('<')).toBe(0);
    expect(mrzCharValue('a')).toBe(-1);
  });

  it('matches the check digits printed on the ICAO specimens, worked by hand', () => {
    // L898902C3: 21·7+8·3+9·1+8·7+9·3+0·1+2·7+12·3+3·1 = 316 → 6
    expect(computeCheckDigit('L898902C3')).toBe(6);
    // 740812: 7·7+4·3+0·1+8·7+1·3+2·1 = 122 → 2
    expect(computeCheckDigit('740812')).toBe(2);
    // 120415: 1·7+2·3+0·1+4·7+1·3+5·1 = 49 → 9
    expect(computeCheckDigit('120415')).toBe(9);
    // ZE184226B<<<<<: 35·7+14·3+1+8·7+4·3+2+2·7+6·3+11 = 401 → 1
    expect(computeCheckDigit('ZE184226B<<<<<')).toBe(1);
    // D23145890: 13·7+2·3+3+1·7+4·3+5+8·7+9·3+0 = 207 → 7
    expect(computeCheckDigit('D23145890')).toBe(7);
    // The TD3 specimen composite (printed 0) and the TD1 specimen composite (printed 6).
    expect(computeCheckDigit('L898902C36' + '7408122' + '1204159ZE184226B<<<<<1')).toBe(0);
    expect(computeCheckDigit('D231458907<<<<<<<<<<<<<<<' + '7408122' + '1204159' + '<<<<<<<<<<<')).toBe(6);
  });

  it('agrees with an independent computation on many strings', () => {
    const alphabet = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ<';
    let seed = 7;
    for (let n = 0; n < 500; n++) {
      let s = '';
      for (let i = 0; i < 1 + (n % 30); i++) {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        s += alphabet[seed % alphabet.length];
      }
      expect(String(computeCheckDigit(s))).toBe(referenceCheckDigit(s));
    }
  });

  it('refuses characters that cannot be in an MRZ', () => {
    expect(computeCheckDigit('AB-12')).toBe(-1);
    expect(checkDigitMatches('AB-12', '0')).toBe(false);
    expect(checkDigitMatches('740812', '2')).toBe(true);
    expect(checkDigitMatches('740812', '3')).toBe(false);
  });
});
