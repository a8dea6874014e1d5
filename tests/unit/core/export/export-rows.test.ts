import { describe, expect, it } from 'vitest';
import { buildRows, formatLocal } from '../../../../src/core/export/export-rows.ts';
import { filterScreenings, shiftRange } from '../../../../src/core/export/export-range.ts';
import { generateScreenings, makeScreening } from '../../../fixtures/screenings.ts';
import { testLabels } from '../../../fixtures/export-labels.ts';
import { exportFileName } from '../../../../src/core/export/export-format.ts';

const options = { allFields: false, labels: testLabels, zone: 'WIB' as const };

describe('the flag list rows', () => {
  it('carry only the minimal hand-over fields by default, with Ya indicators as short labels', () => {
    const table = buildRows([makeScreening()], options);
    expect(table.columns.map((c) => c.key)).toEqual([
      'time',
      'name',
      'passportNumber',
      'flight',
      'finalDestination',
      'indicatorsYes',
      'score',
      'outcome',
      'decidedBy',
      'handoverTime',
      'handoverOfficer',
      'syncState',
    ]);
    const row = Object.fromEntries(table.columns.map((c, i) => [c.key, table.rows[0]?.[i]]));
    expect(row).toMatchObject({
      name: 'SUHARTI, SITI',
      passportNumber: 'C1234567',
      flight: 'GA123',
      finalDestination: 'Jeddah (Arab Saudi)',
      indicatorsYes: 'Tanpa perjanjian kerja; Tiket sekali jalan',
      score: 5,
      outcome: 'Diserahkan ke BP3MI',
      handoverOfficer: 'Rina Marlina (BP3MI) · dikonfirmasi PIN',
      syncState: 'Menunggu',
    });
    expect(JSON.stringify(table)).not.toContain('1999-04-12');
  });

  it('name who decided with their agency, and whether the BP3MI receiver confirmed the handover', () => {
    const officerNames = { 'OFF-1': 'Budi Santoso (Imigrasi)' };
    const unconfirmed = makeScreening({
      id: 'b',
      handover: { time: '2026-11-23T01:55:00.000Z', bp3miOfficer: 'Yusuf Hakim', bp3miOfficerId: 'BP3-7' },
    });
    const typed = makeScreening({
      id: 'c',
      decidedBy: 'OFF-9',
      handover: { time: '2026-11-23T01:55:00.000Z', bp3miOfficer: 'Pak Anton' },
    });
    const none = makeScreening({ id: 'd', handover: undefined });
    const table = buildRows([makeScreening(), unconfirmed, typed, none], { ...options, officerNames });
    const at = (key: string) => table.columns.findIndex((c) => c.key === key);
    expect(table.rows.map((r) => r[at('decidedBy')])).toEqual([
      'Budi Santoso (Imigrasi)',
      'Budi Santoso (Imigrasi)',
      'OFF-9',
      'Budi Santoso (Imigrasi)',
    ]);
    expect(table.rows.map((r) => r[at('handoverOfficer')])).toEqual([
      'Rina Marlina (BP3MI) · dikonfirmasi PIN',
      'Yusuf Hakim (BP3MI) · belum dikonfirmasi',
      'Pak Anton · nama diketik, belum dikonfirmasi',
      null,
    ]);
    expect(table.rows.map((r) => r[at('handoverTime')])).toEqual([
      '2026-11-23T01:55:00.000Z',
      '2026-11-23T01:55:00.000Z',
      '2026-11-23T01:55:00.000Z',
      null,
    ]);
  });

  it('add birth date, NIK, phone, note and linked persons only when all fields are asked for', () => {
    const s = makeScreening({
      passenger: { ...makeScreening().passenger, nik: '1601010101990001', phone: '+6281234' },
      note: 'Sponsor menunggu di luar',
      linkedPersonIds: ['lp-1'],
    });
    const persons = [
      { id: 'lp-1', name: 'Pak Darto', role: 'agent' as const, createdAt: '2026-11-23T00:00:00Z' },
    ];
    const table = buildRows([s], { ...options, allFields: true, linkedPersons: persons });
    const row = Object.fromEntries(table.columns.map((c, i) => [c.key, table.rows[0]?.[i]]));
    expect(row).toMatchObject({
      birthDate: '12/04/1999',
      nik: '1601010101990001',
      phone: '+6281234',
      note: 'Sponsor menunggu di luar',
      linkedPersons: 'Pak Darto (Agen)',
      homeDistrict: 'Kab. Ogan Komering Ulu',
    });
  });

  it('writes every field a person reads in words and DD/MM/YYYY, and names the machine columns as such', () => {
    const s = makeScreening({ agency: 'BP3MI' });
    const table = buildRows([s], { ...options, allFields: true });
    const row = Object.fromEntries(table.columns.map((c, i) => [c.key, table.rows[0]?.[i]]));
    expect(row).toMatchObject({ sex: 'Perempuan', agency: 'BP3MI', birthDate: '12/04/1999' });
    expect(String(row.passportExpiry)).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
    expect(String(row.flightDate)).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
    // Instants stay ISO in the table; every writer shows them as DD/MM/YYYY HH:MM in the checkpoint's zone.
    const texts = table.columns.flatMap((c, i) => (c.kind === 'text' ? [table.rows[0]?.[i]] : []));
    expect(JSON.stringify(texts)).not.toMatch(/female|IMIGRASI|\d{4}-\d{2}-\d{2}/);
    const header = (key: string) => table.columns.find((c) => c.key === key)?.header;
    expect(header('id')).toBe('id (kode mesin)');
    expect(header('deviceId')).toBe('deviceId (kode mesin)');
    expect(header('sex')).toBe('sex');
    expect(table.columns.filter((c) => c.machine).map((c) => c.key)).toEqual([
      'id',
      'revision',
      'officerId',
      'deviceId',
      'catalogueVersion',
      'homeVillageCode',
      'groupId',
    ]);
  });

  it('names export files by the checkpoint local day and time, not UTC', () => {
    const meta = { airport: 'PLM', checkpoint: 'PRE-XRAY-INTL', zone: 'WIB' as const };
    // 01:30 WIB on 23 November is still 22 November in UTC.
    expect(
      exportFileName({
        format: 'pdf',
        meta: { ...meta, generatedAtIso: '2026-11-22T18:30:00.000Z' } as never,
      }),
    ).toBe('saring-PLM-PRE-XRAY-INTL-20261123-0130.pdf');
    expect(
      exportFileName({
        format: 'csv',
        meta: { ...meta, zone: 'WIT', generatedAtIso: '2026-11-22T15:05:00.000Z' } as never,
      }),
    ).toBe('saring-PLM-PRE-XRAY-INTL-20261123-0005.csv');
  });

  it('shows an unknown indicator id and an undecided outcome rather than dropping them', () => {
    const s = makeScreening({ answers: { NEW_ITEM: 'yes' }, outcome: null, flight: null });
    const [row] = buildRows([s], options).rows;
    expect(row).toContain('NEW_ITEM');
    expect(row).toContain('Belum diputuskan');
  });

  it('formats instants in the checkpoint zone, 24 h', () => {
    expect(formatLocal('2026-11-23T16:05:00.000Z', 'WIB')).toBe('23/11/2026 23:05');
    expect(formatLocal('2026-11-23T16:05:00.000Z', 'WIT')).toBe('24/11/2026 01:05');
  });
});

describe('the range and filters', () => {
  it('turns a local day and shift into UTC instants, the night shift running past midnight', () => {
    expect(shiftRange('2026-11-23', 0, 'WIB')).toEqual({
      ok: true,
      fromIso: '2026-11-23T00:00:00.000Z',
      toIso: '2026-11-23T08:00:00.000Z',
    });
    expect(shiftRange('2026-11-23', 2, 'WITA')).toMatchObject({ toIso: '2026-11-23T23:00:00.000Z' });
    expect(shiftRange('2026-11-23', 'day', 'WIB', '2026-11-24')).toMatchObject({
      toIso: '2026-11-24T17:00:00.000Z',
    });
    expect(shiftRange('2026-02-30', 'day', 'WIB')).toEqual({ ok: false, error: 'export.error.badDay' });
  });

  it('keeps final screenings in range that match checkpoint and outcomes', () => {
    const { screenings } = generateScreenings({ count: 200, seed: 3 });
    // The generated day runs 06:00–14:00 WIB: a checkpoint whose morning shift starts at 06:00.
    const range = shiftRange('2026-11-23', 0, 'WIB', '2026-11-23', ['06:00', '14:00', '22:00']);
    if (!range.ok) throw new Error('range');
    const drafts = [makeScreening({ id: 'draft', status: 'draft' })];
    const all = filterScreenings([...screenings, ...drafts], {
      ...range,
      checkpoints: [],
      outcomes: [],
      flaggedOnly: false,
    });
    expect(all).toHaveLength(200);
    const refer = filterScreenings(screenings, {
      ...range,
      checkpoints: [],
      outcomes: ['REFER_BP3MI'],
      flaggedOnly: true,
    });
    expect(refer.length).toBe(screenings.filter((s) => s.outcome === 'REFER_BP3MI').length);
    expect(refer.length).toBeGreaterThan(0);
    const other = filterScreenings(screenings, {
      ...range,
      checkpoints: ['DOMESTIC'],
      outcomes: [],
      flaggedOnly: false,
    });
    expect(other).toEqual([]);
    const later = filterScreenings(screenings, {
      fromIso: '2026-11-23T07:00:00.000Z',
      toIso: '2026-11-24T00:00:00Z',
      checkpoints: [],
      outcomes: [],
      flaggedOnly: false,
    });
    expect(later).toEqual([]);
  });
});
