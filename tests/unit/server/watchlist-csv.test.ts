import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../server/csv.ts';
import { readWatchlistCsv } from '../../../server/watchlist-csv.ts';

const AT = '2026-11-23T00:00:00.000Z';

describe('watchlist CSV for the shift-lead console', () => {
  it('reads quoted fields with commas, quotes and line breaks', () => {
    expect(parseCsv('a,"b, c","say ""hi""\nthere"\r\n1,2,3\n')).toEqual([
      ['a', 'b, c', 'say "hi"\nthere'],
      ['1', '2', '3'],
    ]);
  });

  it('loads valid rows with optional columns and deletions', () => {
    const csv =
      'id,kind,name,passportNumber,deleted\nw1,cegah,SITI AMINAH,C1234567,\nw2,recruiter,"PT MAJU, JAYA",,\nw3,atensi,X,,ya\n';
    const result = readWatchlistCsv(csv, AT);
    expect(result.ok && result.entries).toEqual([
      { id: 'w1', kind: 'cegah', name: 'SITI AMINAH', passportNumber: 'C1234567', updatedAt: AT },
      { id: 'w2', kind: 'recruiter', name: 'PT MAJU, JAYA', updatedAt: AT },
      { id: 'w3', kind: 'atensi', name: 'X', deleted: true, updatedAt: AT },
    ]);
  });

  it('refuses the whole file, naming the line, when one row is bad', () => {
    const result = readWatchlistCsv('id,kind,name\nw1,cegah,A\nw2,unknown-kind,B\n', AT);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors[0]).toMatch(/^line 3: kind/);
  });

  it('refuses unknown columns', () => {
    expect(readWatchlistCsv('id,kind,name,religion\n', AT)).toEqual({
      ok: false,
      errors: ['unknown columns: religion'],
    });
  });
});
