import { mrzFieldChecks } from '../mrz/mrz-field-checks.ts';
import { MRZ_LAYOUTS, guessFormat } from '../mrz/mrz-layout.ts';
import type { MrzCheckedField, MrzFormat } from '../mrz/mrz-layout.ts';
import type { CheckStatus } from '../mrz/mrz-checks.ts';
import { mrzLines } from '../mrz/parse-mrz.ts';

/** Live state of MRZ lines being typed: each check digit and each line's length against the expected one. */
export type MrzTyping = {
  format: MrzFormat;
  checks: Array<{ field: MrzCheckedField; status: CheckStatus }>;
  lines: Array<{ count: number; expected: number }>;
};

/** What the officer sees while typing MRZ lines: which check digits pass or fail, and how long each line is. */
export function mrzTyping(text: string): MrzTyping {
  const lines = mrzLines(text).map((line) => line.replace(/\s/g, ''));
  const format = guessFormat(lines);
  const layout = MRZ_LAYOUTS[format];
  return {
    format,
    checks: mrzFieldChecks(lines, format).map(({ field, status }) => ({ field, status })),
    lines: Array.from({ length: layout.lineCount }, (_, index) => ({
      count: lines[index]?.length ?? 0,
      expected: layout.lineLength,
    })),
  };
}
