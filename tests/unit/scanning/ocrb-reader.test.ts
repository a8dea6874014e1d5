import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MRZ_ALPHABET, positionClasses } from '../../../src/scanning/ocrb/classes.ts';
import { mrzFrames } from '../../../src/scanning/ocrb/frames.ts';
import { greyOfRgba, type Grey } from '../../../src/scanning/ocrb/ink.ts';
import {
  combineReadings,
  decideText,
  readMrz,
  textOf,
  type MrzReading,
} from '../../../src/scanning/ocrb/read-mrz.ts';
import { mrzImage, type Degrade } from '../../e2e/scan-fixtures.ts';

const dir = mkdtempSync(join(tmpdir(), 'saring-ocrb-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** An MRZ rendered in OCR-B inside the scan screen's guide band, as the grey pixels a canvas gives. */
function band(name: string, lines: string[], degrade: Degrade = {}): Grey {
  const file = mrzImage(dir, name, lines, degrade, { size: '1152x216', at: '+216+34' });
  const rgba = execFileSync('/usr/bin/convert', [file, '-depth', '8', 'rgba:-'], { maxBuffer: 1 << 26 });
  return greyOfRgba(new Uint8Array(rgba), 1152, 216);
}

// ICAO 9303 part 4 specimen (TD3) and part 5 specimen (TD1).
const TD3 = ['P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<', 'L898902C36UTO7408122F1204159ZE184226B<<<<<10'];
const TD1 = [
  'I<UTOD231458907<<<<<<<<<<<<<<<',
  '7408122F1204159UTO<<<<<<<<<<<6',
  'ERIKSSON<<ANNA<MARIA<<<<<<<<<<',
];
const IDN = ['P<IDNSETIAWATI<<SITI<AMINAH<<<<<<<<<<<<<<<<<', 'C1234567<2IDN9001015F3101018<<<<<<<<<<<<<<02'];

describe('readMrz on rendered OCR-B', () => {
  it('reads a clean passport MRZ exactly', () => {
    const reading = readMrz(band('td3', TD3));
    expect(reading && textOf(reading)).toEqual(TD3);
  });

  it('reads an ID card (three lines of 30) exactly', () => {
    const reading = readMrz(band('td1', TD1));
    expect(reading && textOf(reading)).toEqual(TD1);
  });

  it('reads a tilted, blurred, noisy, unevenly lit passport MRZ', () => {
    const spoilt = { blur: 1.1, noise: 0.7, rotate: -4.5, light: true, seed: 3 };
    const reading = readMrz(band('idn-spoilt', IDN, spoilt));
    expect(reading && textOf(reading)).toEqual(IDN);
  });

  it('finds no MRZ on a blank page or a single line', () => {
    expect(readMrz({ data: new Uint8Array(1152 * 216).fill(235), width: 1152, height: 216 })).toBeNull();
    expect(readMrz(band('one-line', [TD3[0]!]))).toBeNull();
  });

  it('does not straighten when told not to, and then misreads a tilted MRZ', () => {
    const tilted = band('tilted', IDN, { rotate: 4, seed: 1 });
    const straight = readMrz(tilted);
    const raw = readMrz(tilted, { straighten: false });
    expect(straight && textOf(straight)).toEqual(IDN);
    expect(raw && textOf(raw)).not.toEqual(IDN);
  });
});

/** A reading whose cells all score 1 for the given text's characters and 0 elsewhere. */
function readingOf(
  lines: string[],
  nudge: (row: number, index: number, scores: Float32Array) => void = () => {},
) {
  return {
    lines: lines.map((line, row) =>
      [...line].map((char, index) => {
        const scores = new Float32Array(MRZ_ALPHABET.length);
        scores[MRZ_ALPHABET.indexOf(char)] = 1;
        nudge(row, index, scores);
        return scores;
      }),
    ),
  } satisfies MrzReading;
}
const set = (scores: Float32Array, char: string, value: number): void => {
  scores[MRZ_ALPHABET.indexOf(char)] = value;
};

describe('combineReadings', () => {
  it('sums each cell over frames of the same shape, so two frames outvote one', () => {
    const wrong = readingOf(TD3, (row, index, scores) => {
      if (row === 1 && index === 0) {
        set(scores, 'L', 0.5);
        set(scores, 'I', 0.6);
      }
    });
    const combined = combineReadings([readingOf(TD3), readingOf(TD3), wrong]);
    expect(textOf(wrong)[1]![0]).toBe('I');
    expect(combined && textOf(combined)).toEqual(TD3);
  });

  it('ignores readings of another shape', () => {
    const combined = combineReadings([readingOf(TD1), readingOf(TD3)]);
    expect(combined && textOf(combined)).toEqual(TD3);
    expect(combineReadings([])).toBeNull();
  });
});

describe('decideText', () => {
  it('keeps a reading whose check digits pass', () => {
    expect(decideText(readingOf(TD3))).toEqual({ lines: TD3, settled: 0, certain: true });
  });

  it('settles a near tie when exactly one variant passes every check digit', () => {
    // The document number's fourth character, an 8, scored just below a B.
    const reading = readingOf(TD3, (row, index, scores) => {
      if (row === 1 && index === 3) set(scores, 'B', 1.01);
    });
    expect(textOf(reading)[1]!.slice(0, 9)).toBe('L89B902C3');
    const decided = decideText(reading);
    expect(decided.lines).toEqual(TD3);
    expect(decided.settled).toBe(1);
    expect(decided.certain).toBe(true);
  });

  it('keeps a failing reading when no close runner-up passes, or when two would', () => {
    const farOff = readingOf(TD3, (row, index, scores) => {
      if (row === 1 && index === 3) set(scores, 'B', 2);
    });
    expect(decideText(farOff)).toEqual({ lines: textOf(farOff), settled: 0, certain: false });
    // B for 8 in the fourth place (weight 7) adds 1 to the sum; 9 for 0 in the sixth (weight 1) takes 1 off. Either
    // change passes every check digit: the image does not say which, so nothing is chosen.
    const twoWays = readingOf(TD3, (row, index, scores) => {
      if (row === 1 && index === 3) set(scores, 'B', 1.01);
      if (row === 1 && index === 5) set(scores, '9', 0.99);
    });
    expect(decideText(twoWays)).toEqual({ lines: textOf(twoWays), settled: 0, certain: false });
  });

  it('does not trust a reading that passes when a doubtful variant passes too', () => {
    // O for 0 in the second and fourth places of the number (weights 3 and 7) changes the sum by 4·10: both the
    // printed number and the misread one pass every check digit.
    const truth = [
      'P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<',
      'L090902C36UTO7408122F1204159ZE184226B<<<<<10',
    ];
    const reading = readingOf(truth, (row, index, scores) => {
      if (row === 1 && (index === 1 || index === 3)) set(scores, 'O', 1.01);
    });
    expect(textOf(reading)[1]!.slice(0, 4)).toBe('LO9O');
    expect(decideText(reading).certain).toBe(false);
    expect(decideText(readingOf(truth)).certain).toBe(true);
  });
});

describe('positionClasses', () => {
  it('has a class for every position of every format, digits where check digits stand', () => {
    for (const [lineCount, length, code] of [
      [2, 44, 'P'],
      [2, 44, 'V'],
      [2, 36, 'I'],
      [2, 36, 'V'],
      [3, 30, 'I'],
    ] as const) {
      const classes = positionClasses(lineCount, length, code);
      expect(classes).toHaveLength(lineCount);
      for (const line of classes) expect(line).toHaveLength(length);
    }
    expect(positionClasses(2, 44, 'P')[1]![43]).toBe('0123456789');
    expect(positionClasses(2, 44, 'V')[1]![43]).toContain('A');
    expect(positionClasses(3, 30, 'I')[1]![29]).toBe('0123456789<');
  });
});

describe('mrzFrames', () => {
  it('gives the text at the first frame that reads certain', () => {
    const frames = mrzFrames();
    expect(frames.add(null)).toBeNull();
    // The 8 lost to a B far ahead: this frame alone fails its check digit.
    const misread = readingOf(TD3, (row, index, scores) => {
      if (row === 1 && index === 3) set(scores, 'B', 1.5);
    });
    expect(frames.add(misread)).toBeNull();
    // A second frame barely prefers B: a doubt the check digit settles.
    const close = readingOf(TD3, (row, index, scores) => {
      if (row === 1 && index === 3) set(scores, 'B', 1.02);
    });
    expect(frames.add(close)).toBe(TD3.join('\n'));
    const td1 = mrzFrames();
    // One frame is not enough: the name, codes and sex (no check digit) must read alike in two frames.
    expect(td1.add(readingOf(TD1))).toBeNull();
    expect(td1.add(readingOf(TD1))).toBe(TD1.join('\n'));
  });

  it('refuses a reading whose unchecked fields differ between frames, or are not codes ICAO allows', () => {
    const frames = mrzFrames();
    const eForF = readingOf(TD1, (row, index, scores) => {
      if (row === 2 && index === 0) set(scores, 'F', 1.5);
    });
    expect(frames.add(eForF)).toBeNull();
    expect(frames.add(readingOf(TD1))).toBeNull();
    const nlo = ['I<NLOD231458907<<<<<<<<<<<<<<<', TD1[1]!, TD1[2]!];
    const unknown = mrzFrames();
    expect(unknown.add(readingOf(nlo))).toBeNull();
    expect(unknown.add(readingOf(nlo))).toBeNull();
  });

  it('refuses a name cell whose runner-up is within the margin, even in two frames', () => {
    const frames = mrzFrames();
    const near = (): MrzReading =>
      readingOf(TD1, (row, index, scores) => {
        if (row === 2 && index === 0) set(scores, 'F', scores[MRZ_ALPHABET.indexOf('E')]! - 0.005);
      });
    expect(frames.add(near())).toBeNull();
    expect(frames.add(near())).toBeNull();
  });

  it('refuses a document number cell whose check-digit twin (1 for L) is nearly as likely', () => {
    const frames = mrzFrames();
    const twin = (): MrzReading =>
      readingOf(TD3, (row, index, scores) => {
        if (row === 1 && index === 0) set(scores, '1', scores[MRZ_ALPHABET.indexOf('L')]! - 0.01);
      });
    expect(frames.add(twin())).toBeNull();
    expect(frames.add(twin())).toBeNull();
  });

  it('combines the last frames when none alone is certain', () => {
    const frames = mrzFrames();
    // Each frame misreads a different character of the number clearly; summed, each is outvoted.
    const first = readingOf(TD3, (row, index, scores) => {
      if (row === 1 && index === 3) set(scores, 'B', 1.5);
    });
    const second = readingOf(TD3, (row, index, scores) => {
      if (row === 1 && index === 5) set(scores, 'D', 1.5);
    });
    expect(frames.add(first)).toBeNull();
    expect(decideText(second).certain).toBe(false);
    expect(frames.add(second)).toBe(TD3.join('\n'));
  });
});
