import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../../../src/core/export/csv.ts';
import { buildRows } from '../../../../src/core/export/export-rows.ts';
import { recruiterReport } from '../../../../src/core/export/recruiter-report.ts';
import { recruiterTable } from '../../../../src/core/export/recruiter-table.ts';
import { generateScreenings, makeScreening } from '../../../fixtures/screenings.ts';
import { testLabels } from '../../../fixtures/export-labels.ts';

describe('the CSV file', () => {
  it('starts with a UTF-8 BOM, uses CRLF, and reads back with a CSV parser to the same rows', () => {
    const { screenings } = generateScreenings({ count: 120, seed: 9, flaggedShare: 1 });
    const table = buildRows(screenings, { allFields: true, labels: testLabels, zone: 'WIB' });
    const csv = toCsv(table, 'WIB');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.split('\r\n')).toHaveLength(122);
    const parsed = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    const [header, ...rows] = parsed.data;
    expect(header?.slice(0, 6)).toEqual([
      'Waktu',
      'Nama',
      'No. paspor',
      'Penerbangan',
      'Tujuan akhir',
      'Indikator "Ya"',
    ]);
    expect(rows).toHaveLength(120);
    const noteAt = table.columns.findIndex((c) => c.key === 'note');
    const withNote = table.rows.findIndex((r) => r[noteAt]);
    expect(withNote).toBeGreaterThanOrEqual(0);
    expect(rows[withNote]?.[noteAt]).toBe('Mengaku kerja di "restoran", gaji Rp10 juta;\nsponsor menunggu');
    expect(rows.map((r) => r[2])).toEqual(screenings.map((s) => s.passenger.passportNumber));
    expect(rows[0]?.[0]).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/);
  });

  it('keeps apostrophes in names and guards text that a spreadsheet would run as a formula', () => {
    const s = makeScreening({
      passenger: { ...makeScreening().passenger, lastName: "MA'RUF", firstName: 'NUR' },
      handover: { time: '2026-11-23T01:55:00.000Z', bp3miOfficer: '=HYPERLINK("x")' },
    });
    const parsed = Papa.parse<string[]>(
      toCsv(buildRows([s], { allFields: false, labels: testLabels, zone: 'WIB' }), 'WIB').slice(1),
      {
        skipEmptyLines: true,
      },
    );
    const row = parsed.data[1] ?? [];
    expect(row[1]).toBe("MA'RUF, NUR");
    expect(row[10]).toBe('\'=HYPERLINK("x") · nama diketik, belum dikonfirmasi');
    expect(row[0]).toBe('23/11/2026 08:30');
  });
});

describe('the recruiter report file', () => {
  it('has one row per recruiter with counts, routes and pseudonyms but no passenger names', () => {
    const { screenings, persons } = generateScreenings({ count: 300, seed: 12 });
    const entries = recruiterReport(screenings, persons, {
      salt: 'k',
      revealPassengers: false,
      includeCompanions: false,
    });
    const parsed = Papa.parse<string[]>(toCsv(recruiterTable(entries, testLabels), 'WIB').slice(1), {
      skipEmptyLines: true,
    });
    const [header, ...rows] = parsed.data;
    expect(rows).toHaveLength(entries.length);
    expect(rows.length).toBeGreaterThan(0);
    const count = header?.indexOf('screeningCount') ?? -1;
    const linked = screenings.filter((s) =>
      s.linkedPersonIds.some((id) => persons.find((p) => p.id === id)?.role !== 'companion'),
    );
    expect(rows.reduce((sum, r) => sum + Number(r[count]), 0)).toBe(linked.length);
    const passengers = rows.map((r) => r[header?.indexOf('passengers') ?? -1] ?? '').join(', ');
    expect(passengers).toMatch(/^P-[0-9A-F]{4}/);
    for (const s of linked) expect(passengers).not.toContain(s.passenger.lastName);
  });
});
