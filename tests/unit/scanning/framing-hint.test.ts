import { describe, expect, it } from 'vitest';
import { framingHints } from '../../../src/scanning/ocrb/framing-hint.ts';
import type { MrzFraming } from '../../../src/scanning/ocrb/read-mrz.ts';

const run = (framings: MrzFraming[]): Array<string | null> => {
  const hints = framingHints();
  return framings.map((framing) => hints.add(framing));
};

describe('camera hints from the recent frames', () => {
  it('gives no hint for the first frames, then asks for the whole MRZ when its lines are cut at the edge', () => {
    expect(run(['cut', 'cut', 'cut', 'cut'])).toEqual([null, null, null, 'whole']);
  });

  it('asks to come closer when the MRZ is too small, and to hold still once it is big enough yet not read', () => {
    const hints = framingHints();
    const seen = (['small', 'small', 'small', 'small', 'found', 'found', 'found', 'found'] as const).map(
      (f) => hints.add(f),
    );
    expect(seen.slice(3, 5)).toEqual(['closer', 'closer']);
    expect(seen.at(-1)).toBe('still');
  });

  it('asks to hold still when every recent frame shows the MRZ and none was read for sure', () => {
    expect(run(['found', 'found', 'found', 'found', 'found', 'found'])).toEqual([
      null,
      null,
      null,
      null,
      null,
      'still',
    ]);
  });

  it('leaves the guide alone while no MRZ is in the box at all', () => {
    expect(run(['none', 'none', 'none', 'none', 'none', 'none', 'none']).every((hint) => hint === null)).toBe(
      true,
    );
  });
});
