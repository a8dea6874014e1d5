import { isCalendarDate } from '../src/core/console/cekal-rules.ts';
import type { WatchlistCsvIssue, WatchlistCsvPreview } from '../src/core/console/watchlist-api.ts';
import { WatchlistEntrySchema, type WatchlistEntry } from '../src/core/watchlist/watchlist-schema.ts';
import { parseCsv } from './csv.ts';

/** Columns a watchlist CSV may have; `id`, `kind` and `name` are required. */
export const WATCHLIST_COLUMNS = [
  'id',
  'kind',
  'name',
  'birthDate',
  'passportNumber',
  'phone',
  'socialHandle',
  'note',
  'deleted',
  'expiresOn',
] as const;
const REQUIRED_COLUMNS = ['id', 'kind', 'name'] as const;
/** Most rows one import may hold. */
export const WATCHLIST_CSV_MAX_ROWS = 5000;

type ZodIssue = { code: string; path: PropertyKey[]; input?: unknown };

function issueOf(issue: ZodIssue): WatchlistCsvIssue {
  const field = issue.path.map(String).join('.') || 'row';
  if (issue.code === 'invalid_type' && issue.input === undefined)
    return { field, code: 'watchAdmin.csv.missing' };
  if (issue.code === 'too_big') return { field, code: 'watchAdmin.csv.tooLong' };
  if (issue.code === 'too_small') return { field, code: 'watchAdmin.csv.missing' };
  return { field, code: 'watchAdmin.csv.invalid' };
}

/**
 * Checks every row of a watchlist CSV without storing anything: each row with its entry or the fields that are
 * wrong, a repeated id flagged on its later rows, and file-level faults (no header, unknown or missing columns, too
 * many rows). The import stores only a file whose preview has no error.
 */
export function previewWatchlistCsv(text: string, updatedAt: string): WatchlistCsvPreview {
  const [header, ...rows] = parseCsv(text.replace(/^\uFEFF/, ''));
  if (!header) return { fileError: { code: 'watchAdmin.csv.empty', detail: '' }, rows: [], valid: 0 };
  const names = header.map((h) => h.trim());
  const unknown = names.filter((n) => !(WATCHLIST_COLUMNS as readonly string[]).includes(n));
  if (unknown.length > 0)
    return {
      fileError: { code: 'watchAdmin.csv.unknownColumns', detail: unknown.join(', ') },
      rows: [],
      valid: 0,
    };
  const missing = REQUIRED_COLUMNS.filter((n) => !names.includes(n));
  if (missing.length > 0)
    return {
      fileError: { code: 'watchAdmin.csv.missingColumns', detail: missing.join(', ') },
      rows: [],
      valid: 0,
    };
  if (rows.length > WATCHLIST_CSV_MAX_ROWS)
    return {
      fileError: { code: 'watchAdmin.csv.tooManyRows', detail: String(WATCHLIST_CSV_MAX_ROWS) },
      rows: [],
      valid: 0,
    };
  const seen = new Set<string>();
  const out: WatchlistCsvPreview['rows'] = rows.map((cells, index) => {
    const raw: Record<string, unknown> = { updatedAt };
    let expiresOn: string | null = null;
    const errors: WatchlistCsvIssue[] = [];
    names.forEach((name, i) => {
      const value = (cells[i] ?? '').trim();
      if (value === '') return;
      if (name === 'deleted') raw[name] = ['1', 'true', 'yes', 'ya'].includes(value.toLowerCase());
      else if (name === 'expiresOn') {
        if (/^\d{4}-\d{2}-\d{2}$/.test(value) && isCalendarDate(value)) expiresOn = value;
        else errors.push({ field: name, code: 'watchAdmin.csv.badDate' });
      } else raw[name] = value;
    });
    if (cells.length > names.length) errors.push({ field: 'row', code: 'watchAdmin.csv.extraCells' });
    const parsed = WatchlistEntrySchema.safeParse(raw);
    if (!parsed.success) errors.push(...parsed.error.issues.map((i) => issueOf(i as ZodIssue)));
    const id = typeof raw.id === 'string' ? raw.id : null;
    if (id !== null) {
      if (seen.has(id)) errors.push({ field: 'id', code: 'watchAdmin.csv.duplicateId' });
      seen.add(id);
    }
    const entry = parsed.success && errors.length === 0 ? parsed.data : null;
    return { line: index + 2, id, entry, expiresOn, errors };
  });
  return { fileError: null, rows: out, valid: out.filter((r) => r.entry !== null).length };
}

/** Reads a watchlist CSV for the admin command; the whole file is refused (with line numbers) when any row is invalid. */
export function readWatchlistCsv(
  text: string,
  updatedAt: string,
): { ok: true; entries: WatchlistEntry[] } | { ok: false; errors: string[] } {
  const preview = previewWatchlistCsv(text, updatedAt);
  if (preview.fileError) {
    const { code, detail } = preview.fileError;
    const message =
      code === 'watchAdmin.csv.unknownColumns'
        ? `unknown columns: ${detail}`
        : code === 'watchAdmin.csv.missingColumns'
          ? `missing columns: ${detail}`
          : code === 'watchAdmin.csv.tooManyRows'
            ? `more than ${detail} rows`
            : 'empty file';
    return { ok: false, errors: [message] };
  }
  const errors = preview.rows
    .filter((r) => r.errors.length > 0)
    .map((r) => `line ${r.line}: ${r.errors.map((e) => `${e.field} ${e.code.split('.').pop()}`).join('; ')}`);
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, entries: preview.rows.flatMap((r) => (r.entry ? [r.entry] : [])) };
}
