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
] as const;

/** Reads a watchlist CSV; the whole file is refused (with line numbers) when any row is invalid. */
export function readWatchlistCsv(
  text: string,
  updatedAt: string,
): { ok: true; entries: WatchlistEntry[] } | { ok: false; errors: string[] } {
  const [header, ...rows] = parseCsv(text.replace(/^\uFEFF/, ''));
  if (!header) return { ok: false, errors: ['empty file'] };
  const names = header.map((h) => h.trim());
  const unknown = names.filter((n) => !(WATCHLIST_COLUMNS as readonly string[]).includes(n));
  if (unknown.length > 0) return { ok: false, errors: [`unknown columns: ${unknown.join(', ')}`] };
  const entries: WatchlistEntry[] = [];
  const errors: string[] = [];
  rows.forEach((cells, index) => {
    const raw: Record<string, unknown> = { updatedAt };
    names.forEach((name, i) => {
      const value = (cells[i] ?? '').trim();
      if (value === '') return;
      raw[name] = name === 'deleted' ? ['1', 'true', 'yes', 'ya'].includes(value.toLowerCase()) : value;
    });
    const parsed = WatchlistEntrySchema.safeParse(raw);
    if (parsed.success) entries.push(parsed.data);
    else
      errors.push(
        `line ${index + 2}: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`,
      );
  });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, entries };
}
