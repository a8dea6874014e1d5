import type { ZoneCode } from '../time/local-time.ts';
import { formatLocal } from './export-rows.ts';
import type { Cell, ExportTable } from './export-table.ts';

const BOM = '\uFEFF';
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;
// A text cell that a spreadsheet would run as a formula; plain signed numbers and phone numbers are left alone.
const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?[\d\s.]+$/;

function field(value: Cell, kind: string, zone: ZoneCode): string {
  if (value === null) return '';
  let text =
    typeof value === 'number' ? String(value) : kind === 'datetime' ? formatLocal(value, zone) : value;
  if (typeof value === 'string' && kind === 'text' && FORMULA_START.test(text) && !PLAIN_NUMBER.test(text)) {
    text = `'${text}`;
  }
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The table as CSV text: UTF-8 BOM (so Excel reads Indonesian text right), comma, CRLF, RFC 4180 quoting. */
export function toCsv(table: ExportTable, zone: ZoneCode): string {
  const lines = [table.columns.map((c) => field(c.header, 'text', zone)).join(',')];
  for (const row of table.rows) {
    lines.push(row.map((cell, i) => field(cell, table.columns[i]?.kind ?? 'text', zone)).join(','));
  }
  return BOM + lines.join('\r\n') + '\r\n';
}
