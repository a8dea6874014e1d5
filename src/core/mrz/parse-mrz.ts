import { birthDateOf, expiryDateOf } from './mrz-dates.ts';
import type { MrzDate } from './mrz-dates.ts';
import { cellsOf, documentNumberCells, evaluateCheck } from './mrz-checks.ts';
import type { CheckSpec, MrzCorrection, MrzGrid } from './mrz-checks.ts';
import { MRZ_LAYOUTS, detectFormat } from './mrz-layout.ts';
import type { MrzCheckedField, MrzFormat, MrzLayout, Span } from './mrz-layout.ts';

/** The data of a machine-readable zone, fillers removed. Dates are ISO YYYY-MM-DD or null when unknown. */
export type MrzFields = {
  documentCode: string;
  issuingState: string;
  documentNumber: string;
  nationality: string;
  lastName: string;
  /** Given names joined by single spaces; empty for a single-name holder. */
  firstName: string;
  sex: 'male' | 'female' | 'nonspecified';
  birthDate: string | null;
  expirationDate: string | null;
  personalNumber: string | null;
  optionalData: string | null;
  /** The name fills its whole field, so the printed name may be cut short. */
  nameTruncated: boolean;
};

/** The result of reading an MRZ; `error` is an i18n key such as 'mrz.error.lineLength'. */
export type MrzResult =
  | {
      ok: true;
      format: MrzFormat;
      valid: boolean;
      fields: MrzFields;
      invalidFields: MrzCheckedField[];
      /** Characters corrected, 1-based line and column. */
      corrections: MrzCorrection[];
      /**
       * Dates that pass their check digit but are no calendar date (000000, a 00 month, 29 February in a common
       * year): printed so on real documents, so the MRZ stays valid; the date field is null, for the officer to see
       * and enter.
       */
      notCalendarDates: Array<'birthDate' | 'expirationDate'>;
    }
  | { ok: false; error: MrzError };

/** Every reason an MRZ cannot be read at all. */
export type MrzError =
  'mrz.error.empty' | 'mrz.error.lineCount' | 'mrz.error.lineLength' | 'mrz.error.invalidCharacter';

export type { MrzCheckedField, MrzCorrection, MrzFormat };

/** The MRZ lines of a text: split on newlines, surrounding spaces and empty lines dropped, upper-cased. */
export function mrzLines(text: string): string[] {
  return text
    .split(/\r?\n|\r/)
    .map((l) => l.trim().toUpperCase())
    .filter((l) => l.length > 0);
}

const read = (grid: MrzGrid, s: Span): string => (grid[s.line] ?? []).slice(s.start, s.end).join('');
const unfill = (text: string): string => text.replace(/<+/g, ' ').trim().replace(/ +/g, ' ');

function splitName(raw: string): { lastName: string; firstName: string } {
  const at = raw.indexOf('<<');
  if (at < 0) return { lastName: unfill(raw), firstName: '' };
  return { lastName: unfill(raw.slice(0, at)), firstName: unfill(raw.slice(at + 2)) };
}

function sexOf(ch: string): MrzFields['sex'] {
  if (ch === 'M') return 'male';
  if (ch === 'F') return 'female';
  return 'nonspecified';
}

const dateValue = (d: MrzDate): string | null => (d.kind === 'date' ? d.iso : null);

function optionalDataOf(grid: MrzGrid, layout: MrzLayout, overflowUsed: number): string | null {
  const parts = layout.optionalData.map((s, i) =>
    unfill(read(grid, i === 0 && overflowUsed > 0 ? { ...s, start: s.start + overflowUsed } : s)),
  );
  const joined = parts.filter((p) => p.length > 0).join(' ');
  return joined.length > 0 ? joined : null;
}

/** Reads the MRZ lines of a passport, identity card or visa; never throws. */
export function parseMrz(text: string, options?: { today?: Date }): MrzResult {
  const today = options?.today ?? new Date();
  const lines = mrzLines(typeof text === 'string' ? text : '');
  if (lines.length === 0) return { ok: false, error: 'mrz.error.empty' };
  if (lines.length < 2 || lines.length > 3) return { ok: false, error: 'mrz.error.lineCount' };
  const format = detectFormat(lines);
  if (format === null) return { ok: false, error: 'mrz.error.lineLength' };
  if (lines.some((l) => !/^[A-Z0-9<]+$/.test(l))) return { ok: false, error: 'mrz.error.invalidCharacter' };

  const layout = MRZ_LAYOUTS[format];
  const grid: MrzGrid = lines.map((l) => [...l]);
  const invalid = new Set<MrzCheckedField>();
  const corrections: MrzCorrection[] = [];
  const run = (field: MrzCheckedField, spec: CheckSpec): void => {
    const r = evaluateCheck(grid, spec);
    corrections.push(...r.corrections);
    if (r.status !== 'pass') invalid.add(field);
  };

  const doc = documentNumberCells(grid, layout) ?? {
    value: cellsOf(layout.documentNumber),
    check: layout.documentNumberCheck,
    overflowUsed: 0,
  };
  run('documentNumber', { value: doc.value, check: doc.check, numericValue: false, emptyMayBeFiller: false });
  const dateSpec = (value: Span, check: CheckSpec['check']): CheckSpec => ({
    value: cellsOf(value),
    check,
    numericValue: true,
    emptyMayBeFiller: false,
  });
  run('birthDate', dateSpec(layout.birthDate, layout.birthDateCheck));
  run('expirationDate', dateSpec(layout.expirationDate, layout.expirationDateCheck));
  if (layout.personalNumber) {
    const p = layout.personalNumber;
    run('personalNumber', {
      value: cellsOf(p.value),
      check: p.check,
      numericValue: false,
      emptyMayBeFiller: true,
    });
  }
  if (layout.composite) {
    const c = layout.composite;
    run('composite', {
      value: c.parts.flatMap(cellsOf),
      check: c.check,
      numericValue: false,
      emptyMayBeFiller: false,
    });
  }

  const birth = birthDateOf(read(grid, layout.birthDate), today);
  const expiry = expiryDateOf(read(grid, layout.expirationDate), today);
  const notCalendarDates: Array<'birthDate' | 'expirationDate'> = [];
  // Six digits that are no calendar date are printed so on real documents; anything else is not a date at all.
  const judgeDate = (date: MrzDate, span: Span, field: 'birthDate' | 'expirationDate'): void => {
    if (date.kind !== 'invalid') return;
    if (/^\d{6}$/.test(read(grid, span))) notCalendarDates.push(field);
    else invalid.add(field);
  };
  judgeDate(birth, layout.birthDate, 'birthDate');
  judgeDate(expiry, layout.expirationDate, 'expirationDate');

  const rawName = read(grid, layout.name);
  const fields: MrzFields = {
    documentCode: unfill(read(grid, layout.documentCode)),
    issuingState: unfill(read(grid, layout.issuingState)),
    documentNumber: doc.value
      .map((p) => grid[p.line]?.[p.column] ?? '')
      .join('')
      .replace(/<+$/, ''),
    nationality: unfill(read(grid, layout.nationality)),
    ...splitName(rawName),
    sex: sexOf(grid[layout.sex.line]?.[layout.sex.column] ?? '<'),
    birthDate: dateValue(birth),
    expirationDate: dateValue(expiry),
    personalNumber: layout.personalNumber ? unfill(read(grid, layout.personalNumber.value)) || null : null,
    optionalData: optionalDataOf(grid, layout, doc.overflowUsed),
    nameTruncated: !rawName.endsWith('<'),
  };
  const order: MrzCheckedField[] = [
    'documentNumber',
    'birthDate',
    'expirationDate',
    'personalNumber',
    'composite',
  ];
  const invalidFields = order.filter((f) => invalid.has(f));
  return {
    ok: true,
    format,
    valid: invalidFields.length === 0,
    fields,
    invalidFields,
    corrections,
    notCalendarDates,
  };
}
