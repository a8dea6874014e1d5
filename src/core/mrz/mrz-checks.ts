import { checkDigitMatches } from './check-digit.ts';
import type { MrzLayout, Pos, Span } from './mrz-layout.ts';

/** A character the parser changed: 1-based line and column as printed, the character read and the one proven. */
export type MrzCorrection = { line: number; column: number; from: string; to: string };

/**
 * Letters an OCR engine reads in place of digits. Each letter maps to exactly one digit, so a correction is never a
 * choice between candidates; it is kept only when the check digit then passes.
 */
export const DIGIT_CONFUSIONS: Readonly<Record<string, string>> = {
  O: '0',
  Q: '0',
  D: '0',
  I: '1',
  L: '1',
  Z: '2',
  S: '5',
  G: '6',
  C: '6',
  T: '7',
  B: '8',
};

/** Characters as a grid that corrections are written into; a missing cell is a character not typed yet. */
export type MrzGrid = string[][];

/** How one check digit stands: not all typed yet, passing, or failing. */
export type CheckStatus = 'incomplete' | 'pass' | 'fail';

/** What one check covers: the cells it protects, its check cell, and which of them must be digits. */
export type CheckSpec = {
  value: Pos[];
  check: Pos;
  /** The protected value is numeric (dates): a letter there is impossible. '<' stays allowed (unknown date parts). */
  numericValue: boolean;
  /** An empty value ('<' only) may carry '<' or '0' as its check digit (the optional personal number). */
  emptyMayBeFiller: boolean;
};

/** The cells of a span, left to right. */
export function cellsOf(s: Span): Pos[] {
  const out: Pos[] = [];
  for (let c = s.start; c < s.end; c++) out.push({ line: s.line, column: c });
  return out;
}

const at = (grid: MrzGrid, p: Pos): string | undefined => grid[p.line]?.[p.column];
const isDigit = (ch: string): boolean => ch >= '0' && ch <= '9';

/**
 * Checks one check digit. A character the field cannot hold (a letter where only digits are allowed) is replaced
 * by its one OCR twin only if every such character has a twin and the check digit then passes; the grid is then
 * corrected in place and the corrections returned. Otherwise (or with `correct` false) nothing changes.
 */
export function evaluateCheck(
  grid: MrzGrid,
  spec: CheckSpec,
  correct = true,
): { status: CheckStatus; corrections: MrzCorrection[] } {
  const value = spec.value.map((p) => at(grid, p));
  const check = at(grid, spec.check);
  if (check === undefined || value.some((ch) => ch === undefined))
    return { status: 'incomplete', corrections: [] };
  const text = value.join('');
  const empty = /^<*$/.test(text);
  if (spec.emptyMayBeFiller && empty && (check === '<' || check === '0'))
    return { status: 'pass', corrections: [] };

  const impossible: Pos[] = [];
  spec.value.forEach((p, i) => {
    const ch = value[i] ?? '';
    if (spec.numericValue && !isDigit(ch) && ch !== '<') impossible.push(p);
  });
  if (!isDigit(check)) impossible.push(spec.check);
  if (impossible.length === 0) {
    return { status: checkDigitMatches(text, check) ? 'pass' : 'fail', corrections: [] };
  }

  if (!correct) return { status: 'fail', corrections: [] };
  const corrections: MrzCorrection[] = [];
  for (const p of impossible) {
    const from = at(grid, p) ?? '';
    const to = DIGIT_CONFUSIONS[from];
    if (to === undefined) return { status: 'fail', corrections: [] };
    corrections.push({ line: p.line + 1, column: p.column + 1, from, to });
  }
  const fixed = (p: Pos): string =>
    corrections.find((c) => c.line === p.line + 1 && c.column === p.column + 1)?.to ?? at(grid, p) ?? '';
  if (!checkDigitMatches(spec.value.map(fixed).join(''), fixed(spec.check))) {
    return { status: 'fail', corrections: [] };
  }
  for (const c of corrections) {
    const row = grid[c.line - 1];
    if (row) row[c.column - 1] = c.to;
  }
  return { status: 'pass', corrections };
}

/** Where the document number ends: its cells, its check cell, and the optional-data cells it used up. */
export type DocumentNumberCells = { value: Pos[]; check: Pos; overflowUsed: number } | null;

/**
 * The document number's cells. On TD1 and TD2 a '<' in the check position means the number continues in the
 * optional data, ending with its check digit and a filler. Null while the continuation is still being typed.
 */
export function documentNumberCells(grid: MrzGrid, layout: MrzLayout): DocumentNumberCells {
  const base = cellsOf(layout.documentNumber);
  const overflow = layout.documentNumberOverflow;
  if (overflow === null || at(grid, layout.documentNumberCheck) !== '<') {
    return { value: base, check: layout.documentNumberCheck, overflowUsed: 0 };
  }
  const cells = cellsOf(overflow);
  let end = 0;
  while (end < cells.length) {
    const ch = at(grid, cells[end] as Pos);
    if (ch === undefined) return null;
    if (ch === '<') break;
    end++;
  }
  // Nothing in the optional data: the check digit is simply missing ('<'), which fails as a check.
  if (end === 0) return { value: base, check: layout.documentNumberCheck, overflowUsed: 0 };
  const checkCell = cells[end - 1] as Pos;
  return { value: [...base, ...cells.slice(0, end - 1)], check: checkCell, overflowUsed: end + 1 };
}
