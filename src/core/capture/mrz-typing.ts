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
  /**
   * Cells to look at first, as "line:column" (0-based): covered by a failing check digit and by no passing one, so
   * a single misread character shows as the few cells it can be in.
   */
  suspect: Set<string>;
};

function suspectCells(checks: ReturnType<typeof mrzFieldChecks>): Set<string> {
  const key = (cell: { line: number; column: number }): string => `${cell.line}:${cell.column}`;
  const trusted = new Set(checks.filter((c) => c.status === 'pass').flatMap((c) => c.cells.map(key)));
  const failing = checks.filter((c) => c.status === 'fail');
  // A wrong field also fails the composite check; the composite only points somewhere when it fails alone.
  const pointing = failing.some((c) => c.field !== 'composite')
    ? failing.filter((c) => c.field !== 'composite')
    : failing;
  const suspect = new Set<string>();
  for (const check of pointing)
    for (const cell of check.cells) if (!trusted.has(key(cell))) suspect.add(key(cell));
  return suspect;
}

/** What the officer sees while typing MRZ lines: which check digits pass or fail, and how long each line is. */
export function mrzTyping(text: string): MrzTyping {
  const lines = mrzLines(text).map((line) => line.replace(/\s/g, ''));
  const format = guessFormat(lines);
  const layout = MRZ_LAYOUTS[format];
  const checks = mrzFieldChecks(lines, format);
  return {
    format,
    checks: checks.map(({ field, status }) => ({ field, status })),
    suspect: suspectCells(checks),
    lines: Array.from({ length: layout.lineCount }, (_, index) => ({
      count: lines[index]?.length ?? 0,
      expected: layout.lineLength,
    })),
  };
}
