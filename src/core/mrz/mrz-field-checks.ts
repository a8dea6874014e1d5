import { cellsOf, documentNumberCells, evaluateCheck } from './mrz-checks.ts';
import type { CheckSpec, CheckStatus, MrzGrid } from './mrz-checks.ts';
import { MRZ_LAYOUTS, guessFormat } from './mrz-layout.ts';
import type { MrzCheckedField, MrzFormat } from './mrz-layout.ts';

/** One check digit of lines being typed: whether it can be verified yet and whether it passes. */
export type MrzFieldCheck = {
  field: MrzCheckedField;
  status: CheckStatus;
  /** 1-based line and column of the check digit, for highlighting. */
  line: number;
  column: number;
  /** 0-based line and column of every cell the check covers, its check digit included. */
  cells: Array<{ line: number; column: number }>;
};

/**
 * Per-field check-digit feedback for MRZ lines still being typed: a check is 'incomplete' until every character it
 * covers and the check digit itself are typed, then 'pass' or 'fail'. No correction is applied: a person typing
 * should see exactly what they typed judged. The format is guessed from the lines unless given.
 */
export function mrzFieldChecks(lines: readonly string[], format?: MrzFormat): MrzFieldCheck[] {
  const upper = lines.map((l) => l.trim().toUpperCase());
  const layout = MRZ_LAYOUTS[format ?? guessFormat(upper)];
  const grid: MrzGrid = upper.map((l) => [...l.slice(0, layout.lineLength)]);
  const out: MrzFieldCheck[] = [];
  const judge = (field: MrzCheckedField, spec: CheckSpec): void => {
    const { status } = evaluateCheck(grid, spec, false);
    out.push({
      field,
      status,
      line: spec.check.line + 1,
      column: spec.check.column + 1,
      cells: [...spec.value, spec.check],
    });
  };

  const doc = documentNumberCells(grid, layout);
  if (doc === null) {
    const c = layout.documentNumberCheck;
    out.push({
      field: 'documentNumber',
      status: 'incomplete',
      line: c.line + 1,
      column: c.column + 1,
      cells: [...cellsOf(layout.documentNumber), c],
    });
  } else {
    judge('documentNumber', {
      value: doc.value,
      check: doc.check,
      numericValue: false,
      emptyMayBeFiller: false,
    });
  }
  const date = (value: typeof layout.birthDate, check: typeof layout.birthDateCheck): CheckSpec => ({
    value: cellsOf(value),
    check,
    numericValue: true,
    emptyMayBeFiller: false,
  });
  judge('birthDate', date(layout.birthDate, layout.birthDateCheck));
  judge('expirationDate', date(layout.expirationDate, layout.expirationDateCheck));
  if (layout.personalNumber) {
    const p = layout.personalNumber;
    judge('personalNumber', {
      value: cellsOf(p.value),
      check: p.check,
      numericValue: false,
      emptyMayBeFiller: true,
    });
  }
  if (layout.composite) {
    const c = layout.composite;
    judge('composite', {
      value: c.parts.flatMap(cellsOf),
      check: c.check,
      numericValue: false,
      emptyMayBeFiller: false,
    });
  }
  return out;
}
