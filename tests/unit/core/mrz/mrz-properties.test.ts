import { describe, expect, it } from 'vitest';
import { mrzCharValue } from '../../../../src/core/mrz/check-digit.ts';
import { DIGIT_CONFUSIONS } from '../../../../src/core/mrz/mrz-checks.ts';
import { parseMrz } from '../../../../src/core/mrz/parse-mrz.ts';
import type { MrzFormat } from '../../../../src/core/mrz/parse-mrz.ts';
import { generateMrz, seededRandom } from './mrz-generator.ts';

const today = new Date('2026-11-23T03:00:00Z');
const FORMATS: MrzFormat[] = ['TD1', 'TD2', 'TD3', 'MRVA', 'MRVB'];
const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ<';

/**
 * Cells protected by a check digit, as [line, from, to) with the class of each: 'n' holds only digits (dates and
 * check digits), 'a' letters and digits (document number, personal number, optional data under the composite).
 */
const PROTECTED: Record<MrzFormat, Array<[number, number, number, 'n' | 'a']>> = {
  TD1: [
    [0, 5, 14, 'a'],
    [0, 14, 15, 'n'],
    [0, 15, 30, 'a'],
    [1, 0, 7, 'n'],
    [1, 8, 15, 'n'],
    [1, 18, 29, 'a'],
    [1, 29, 30, 'n'],
  ],
  TD2: [
    [1, 0, 9, 'a'],
    [1, 9, 10, 'n'],
    [1, 13, 20, 'n'],
    [1, 21, 28, 'n'],
    [1, 28, 35, 'a'],
    [1, 35, 36, 'n'],
  ],
  TD3: [
    [1, 0, 9, 'a'],
    [1, 9, 10, 'n'],
    [1, 13, 20, 'n'],
    [1, 21, 28, 'n'],
    [1, 28, 42, 'a'],
    [1, 42, 44, 'n'],
  ],
  MRVA: [
    [1, 0, 9, 'a'],
    [1, 9, 10, 'n'],
    [1, 13, 20, 'n'],
    [1, 21, 28, 'n'],
  ],
  MRVB: [
    [1, 0, 9, 'a'],
    [1, 9, 10, 'n'],
    [1, 13, 20, 'n'],
    [1, 21, 28, 'n'],
  ],
};

describe('generated MRZs (seeded)', () => {
  it.each(FORMATS)('a valid %s parses back to exactly its fields', (format) => {
    const rand = seededRandom(20261123 + format.length);
    for (let i = 0; i < 300; i++) {
      const g = generateMrz(rand, format);
      const r = parseMrz(g.lines.join('\n'), { today });
      expect(r, g.lines.join('\n')).toEqual({
        ok: true,
        format,
        valid: true,
        fields: g.fields,
        invalidFields: [],
        corrections: [],
        notCalendarDates: [],
      });
    }
  });

  it.each(FORMATS)(
    'any single-character change in a %s check-digit-protected field is detected or proven back',
    (format) => {
      const rand = seededRandom(42 + format.charCodeAt(2));
      const outcomes = { detected: 0, corrected: 0, sameMeaning: 0, blindSpot: 0 };
      for (let doc = 0; doc < 12; doc++) {
        const g = generateMrz(rand, format);
        for (const [line, start, end, cls] of PROTECTED[format]) {
          for (let col = start; col < end; col++) {
            const original = g.lines[line]?.[col] ?? '';
            for (const ch of ALPHABET) {
              if (ch === original) continue;
              const lines = [...g.lines];
              lines[line] = (lines[line] ?? '').slice(0, col) + ch + (lines[line] ?? '').slice(col + 1);
              const r = parseMrz(lines.join('\n'), { today });
              expect(r.ok).toBe(true);
              if (!r.ok) continue;
              const provableTwin = cls === 'n' && DIGIT_CONFUSIONS[ch] === original;
              if (provableTwin) {
                // A digit read as its OCR twin must come back, reported at this very position.
                expect(r.valid).toBe(true);
                expect(r.fields).toEqual(g.fields);
                expect(r.corrections).toContainEqual({
                  line: line + 1,
                  column: col + 1,
                  from: ch,
                  to: original,
                });
                outcomes.corrected++;
              } else if (!r.valid) {
                outcomes.detected++;
              } else if (JSON.stringify(r.fields) === JSON.stringify(g.fields)) {
                // '<' and '0' both mark an empty personal number; nothing read changed.
                outcomes.sameMeaning++;
              } else {
                // The only change ICAO 9303 arithmetic cannot see: in a letters-and-digits field, a character of
                // the same value modulo 10 (0, A, K, U and '<' weigh alike; so do 1, B, L, V …).
                expect(cls).toBe('a');
                expect(mrzCharValue(ch) % 10).toBe(mrzCharValue(original) % 10);
                outcomes.blindSpot++;
              }
            }
          }
        }
      }
      expect(outcomes.detected).toBeGreaterThan(1000);
      expect(outcomes.corrected).toBeGreaterThan(10);
    },
  );
});
