import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { SaringDb, type ScreeningRow } from '../../../src/storage/db.ts';
import type { AuditBatchRequest, CountsRequest } from '../../../src/sync/contract.ts';
import { collectShiftCounts, uploadCountsAndAudit } from '../../../src/sync/dexie-extras.ts';

const place = {
  airport: 'PLM',
  checkpoint: 'PRE-XRAY-INTL',
  agency: 'IMIGRASI' as const,
  zone: 'WIB' as const,
};
const NOW = new Date('2026-11-23T10:00:00Z'); // 17:00 WIB

function screeningRow(
  id: string,
  createdAt: string,
  outcome: ScreeningRow['outcome'],
  latest: 0 | 1 = 1,
): ScreeningRow {
  return {
    id,
    revision: 1,
    latest,
    createdAt,
    createdDay: '2026-11-23',
    outcome,
    flagged: 0,
    officerId: 'OFF-1',
    linkedPersonIds: [],
    passportIdx: id,
    data: new Uint8Array([1]),
  };
}

describe('shift counts and audit upload', () => {
  it('counts CLEAR outcomes per shift from purged totals and held screenings, with no identities', async () => {
    const db = new SaringDb(`counts-${Math.random()}`);
    await db.counts.put({
      key: '2026-11-23|08',
      day: '2026-11-23',
      hour: 8,
      shift: '2026-11-23 07:00',
      clear: 5,
      clearAdvised: 1,
    });
    await db.screenings.bulkPut([
      screeningRow('a', '2026-11-23T02:00:00Z', 'CLEAR'), // 09:00 WIB, morning shift
      screeningRow('b', '2026-11-23T09:00:00Z', 'CLEAR_ADVISED'), // 16:00 WIB, afternoon shift
      screeningRow('c', '2026-11-23T09:10:00Z', 'INTERVIEW'), // flagged: not a count
      screeningRow('d', '2026-11-23T09:20:00Z', 'CLEAR', 0), // an older revision
    ]);
    const counts = await collectShiftCounts(db, place, NOW);
    expect(
      counts.map(({ day, shift, clear, clearAdvised }) => ({ day, shift, clear, clearAdvised })),
    ).toEqual([
      { day: '2026-11-23', shift: '07:00', clear: 6, clearAdvised: 1 },
      { day: '2026-11-23', shift: '15:00', clear: 0, clearAdvised: 1 },
    ]);
    expect(Object.keys(counts[0]!).sort()).toEqual([
      'agency',
      'airport',
      'checkpoint',
      'clear',
      'clearAdvised',
      'day',
      'shift',
    ]);
  });

  it('uploads three CLEAR screenings of two agencies as three, under their own agencies, whoever is signed in', async () => {
    const db = new SaringDb(`agency-${Math.random()}`);
    await db.screenings.bulkPut([
      { ...screeningRow('a', '2026-11-23T02:00:00Z', 'CLEAR'), agency: 'IMIGRASI' },
      { ...screeningRow('b', '2026-11-23T02:10:00Z', 'CLEAR'), agency: 'IMIGRASI' },
      { ...screeningRow('c', '2026-11-23T02:20:00Z', 'CLEAR_ADVISED'), agency: 'BP3MI' },
    ]);
    const sent: CountsRequest[] = [];
    const client = {
      uploadCounts: async (r: CountsRequest) => {
        sent.push(r);
        return { ok: true as const, value: { stored: r.counts.length } };
      },
      uploadAudit: async () => ({
        ok: true as const,
        value: { stored: 0, duplicates: 0, storedThroughSeq: 0 },
      }),
    };
    // A BP3MI officer is signed in; an Imigrasi officer signs in later: the same totals either way.
    for (const agency of ['BP3MI', 'IMIGRASI'] as const) {
      expect(await uploadCountsAndAudit(db, client, { ...place, agency })).toBeNull();
    }
    for (const request of sent) {
      expect(
        request.counts.map(({ agency, shift, clear, clearAdvised }) => ({
          agency,
          shift,
          clear,
          clearAdvised,
        })),
      ).toEqual([
        { agency: 'BP3MI', shift: '07:00', clear: 0, clearAdvised: 1 },
        { agency: 'IMIGRASI', shift: '07:00', clear: 2, clearAdvised: 0 },
      ]);
    }
  });

  it('takes the agency of a screening saved before agencies were kept from its officer', async () => {
    const db = new SaringDb(`legacy-${Math.random()}`);
    await db.officers.put({
      id: 'OFF-1',
      agency: 'BP3MI',
      role: 'officer',
      nameCt: new Uint8Array([1]),
      salt: new Uint8Array([1]),
      iterations: 1,
      iv: new Uint8Array([1]),
      wrapped: new Uint8Array([1]),
      failedAttempts: 0,
      lockedUntil: null,
      createdAt: NOW.toISOString(),
    });
    await db.screenings.put(screeningRow('a', '2026-11-23T02:00:00Z', 'CLEAR'));
    const [count] = await collectShiftCounts(db, place, NOW);
    expect(count).toMatchObject({ agency: 'BP3MI', clear: 1 });
  });

  it('counts by the shift starts of the checkpoint settings', async () => {
    const db = new SaringDb(`starts-${Math.random()}`);
    await db.screenings.put({ ...screeningRow('a', '2026-11-23T07:30:00Z', 'CLEAR'), agency: 'IMIGRASI' }); // 14:30 WIB
    const counts = await collectShiftCounts(db, { ...place, shiftStarts: ['06:00', '14:00', '22:00'] }, NOW);
    expect(counts.map((c) => c.shift)).toEqual(['14:00']);
  });

  it('uploads audit entries once, remembering how far the receiver holds them', async () => {
    const db = new SaringDb(`audit-${Math.random()}`);
    for (let seq = 1; seq <= 3; seq += 1) {
      await db.audit.put({
        seq,
        at: NOW.toISOString(),
        officerId: 'OFF-1',
        action: 'view',
        target: `s-${seq}`,
        prevHash: '',
        hash: '',
        details: new Uint8Array([9]),
      });
    }
    const sent: AuditBatchRequest[] = [];
    const client = {
      uploadCounts: async (_r: CountsRequest) => ({ ok: true as const, value: { stored: 0 } }),
      uploadAudit: async (r: AuditBatchRequest) => {
        sent.push(r);
        const through = Math.max(...r.entries.map((e) => e.seq));
        return {
          ok: true as const,
          value: { stored: r.entries.length, duplicates: 0, storedThroughSeq: through },
        };
      },
    };
    expect(await uploadCountsAndAudit(db, client, place)).toBeNull();
    expect(sent[0]!.entries.map((e) => [e.seq, e.actor, e.action, e.subject])).toEqual([
      [1, 'OFF-1', 'view', 's-1'],
      [2, 'OFF-1', 'view', 's-2'],
      [3, 'OFF-1', 'view', 's-3'],
    ]);
    expect(sent[0]!.entries[0]).not.toHaveProperty('detail');
    await uploadCountsAndAudit(db, client, place);
    expect(sent).toHaveLength(1);
  });
});
