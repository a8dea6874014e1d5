// Secure store: save latency, history search and the scan screen's seen-before lookup with 100,000 screenings stored, encrypted against a plaintext baseline
// with the same transaction shape, and unlock time at production PBKDF2 cost.
// Run: npm run bench:store   (npx tsx bench/store.ts [stored=100000] [saves=400])
// Runs in Node 20 with fake-indexeddb (an in-memory IndexedDB in JS), so IndexedDB costs differ from Chromium's.
import 'fake-indexeddb/auto';
import { performance } from 'node:perf_hooks';
import type { Screening } from '../src/core/screening/screening-schema.ts';
import { localDay } from '../src/core/time/local-time.ts';
import { commitAudit, prepareAudit } from '../src/storage/audit-log.ts';
import {
  blindIndex,
  encryptJson,
  normalisePassport,
  PRODUCTION_KDF_ITERATIONS,
} from '../src/storage/crypto.ts';
import { SaringDb, type ScreeningRow } from '../src/storage/db.ts';
import { enrolDevice } from '../src/storage/device-setup.ts';
import { signIn, type UnlockedSession } from '../src/storage/officers.ts';
import { createScreeningStore } from '../src/storage/screening-repository.ts';
import { lookupSeenBefore } from '../src/storage/seen-before-lookup.ts';

const STORED = Number(process.argv[2] ?? 100_000);
const SAVES = Number(process.argv[3] ?? 400);
const DAYS = 100;
const NOW = new Date('2026-11-23T06:00:00.000Z');
const PIN = '482913';

const pct = (values: number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
};
const ms = (value: number): string => `${value.toFixed(2)} ms`;

function makeScreening(i: number, createdAt: string): Screening {
  return {
    id: `bench-${i}`,
    revision: 1,
    status: 'final',
    createdAt,
    updatedAt: createdAt,
    airport: 'PLM',
    checkpoint: 'PRE-XRAY-INTL',
    agency: 'IMIGRASI',
    officerId: 'LEAD01',
    deviceId: 'bench',
    catalogueVersion: 1,
    passenger: {
      lastName: `NAMA${i}`,
      firstName: 'SITI',
      sex: 'female',
      birthDate: '1997-03-02',
      nationality: 'IDN',
      passportNumber: `C${String(i).padStart(7, '0')}`,
      issuingState: 'IDN',
      passportExpiry: '2030-01-01',
    },
    flight: {
      carrier: 'AK',
      flightNumber: 'AK1347',
      date: null,
      from: 'PLM',
      finalDestination: 'KUL',
      transits: [],
      oneWay: true,
    },
    answers: { 'I-01': 'yes', 'I-02': 'no', 'I-03': 'unknown', 'I-04': 'no', 'I-05': 'yes' },
    prefilled: {},
    score: 5,
    recommended: 'INTERVIEW',
    outcome: i % 4 === 0 ? 'INTERVIEW' : 'CLEAR',
    passportWithdrawn: false,
    decidedBy: 'LEAD01',
    decidedAt: createdAt,
    note: 'Catatan singkat petugas tentang tujuan perjalanan',
    linkedPersonIds: [],
  };
}

/** The same rows and transaction as the real store, but with plaintext JSON and the passport number as the index. */
function plainStore(db: SaringDb) {
  return {
    async saveFinal(s: Screening): Promise<void> {
      const audit = await prepareAudit(
        db,
        null,
        { officerId: 'LEAD01', action: 'create', target: s.id },
        NOW,
      );
      const row = plainRow(s);
      await db.transaction(
        'rw',
        [db.screenings, db.outbox, db.linkedPersons, db.drafts, db.audit],
        async () => {
          await db.screenings.where('id').equals(s.id).toArray();
          await db.screenings.add(row);
          if (row.flagged) {
            await db.outbox.add({
              id: `${s.id}:1`,
              screeningId: s.id,
              revision: 1,
              state: 'pending',
              attempts: 0,
              nextAttemptAt: 0,
              createdAt: NOW.toISOString(),
            });
          }
          await db.drafts.get('LEAD01');
          await commitAudit(db, audit);
        },
      );
    },
    async searchPassport(q: string): Promise<Screening[]> {
      const rows = await db.screenings.where('passportIdx').equals(normalisePassport(q)).toArray();
      return rows.map((r) => JSON.parse(new TextDecoder().decode(r.data)) as Screening);
    },
  };
}

function plainRow(s: Screening): ScreeningRow {
  return {
    id: s.id,
    revision: 1,
    latest: 1,
    createdAt: s.createdAt,
    createdDay: localDay(new Date(s.createdAt), 'WIB'),
    outcome: s.outcome,
    flagged: s.outcome === 'CLEAR' ? 0 : 1,
    officerId: s.officerId,
    linkedPersonIds: [],
    passportIdx: normalisePassport(s.passenger.passportNumber),
    data: new TextEncoder().encode(JSON.stringify(s)),
  };
}

async function prefill(db: SaringDb, session: UnlockedSession | null): Promise<number> {
  const start = performance.now();
  const batch = 5_000;
  for (let from = 0; from < STORED; from += batch) {
    const rows: ScreeningRow[] = [];
    for (let i = from; i < Math.min(STORED, from + batch); i += 1) {
      const createdAt = new Date(NOW.getTime() - (i % DAYS) * 86_400_000 - (i % 600) * 1000).toISOString();
      const s = makeScreening(i, createdAt);
      const row = plainRow(s);
      if (session) {
        row.data = await encryptJson(session.keys, s, `screening:${s.id}:1`);
        row.passportIdx = await blindIndex(session.keys, s.passenger.passportNumber);
      }
      rows.push(row);
    }
    await db.screenings.bulkAdd(rows);
  }
  return performance.now() - start;
}

async function timeEach(count: number, run: (i: number) => Promise<unknown>): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < count; i += 1) {
    const t0 = performance.now();
    await run(i);
    times.push(performance.now() - t0);
  }
  return times;
}

const encDb = new SaringDb('bench-encrypted');
const plainDb = new SaringDb('bench-plain');
await enrolDevice(
  encDb,
  {
    airport: 'PLM',
    checkpoint: 'PRE-XRAY-INTL',
    zone: 'WIB',
    lead: { id: 'LEAD01', name: 'Bench Lead', agency: 'IMIGRASI', pin: PIN },
  },
  { persist: async () => null },
);
const unlocks = await timeEach(3, async () => {
  const result = await signIn(encDb, 'LEAD01', PIN, NOW);
  if (!result.ok) throw new Error(result.error);
});
const signedIn = await signIn(encDb, 'LEAD01', PIN, NOW);
if (!signedIn.ok) throw new Error(signedIn.error);
const session = signedIn.session;
const store = createScreeningStore(encDb, session.keys, { officerId: 'LEAD01', zone: 'WIB', now: () => NOW });
const plain = plainStore(plainDb);
await plainDb.open();

console.log(
  `bench:store — ${STORED.toLocaleString('en')} screenings stored over ${DAYS} days, ${SAVES} timed saves (Node ${process.version}, fake-indexeddb)`,
);
console.log(`command: npx tsx bench/store.ts ${STORED} ${SAVES}`);
const fillEnc = await prefill(encDb, session);
const fillPlain = await prefill(plainDb, null);
console.log(
  `prefill: encrypted ${(fillEnc / 1000).toFixed(1)} s, plaintext ${(fillPlain / 1000).toFixed(1)} s`,
);

const today = localDay(NOW, 'WIB');
// What the store decrypts for a name search at 13:00 WIB: the last 12 hours' local days (today only).
const days = [...new Set([today, localDay(new Date(NOW.getTime() - 12 * 3_600_000), 'WIB')])];
const saveEnc = await timeEach(SAVES, (i) => store.saveFinal(makeScreening(STORED + i, NOW.toISOString())));
const savePlain = await timeEach(SAVES, (i) => plain.saveFinal(makeScreening(STORED + i, NOW.toISOString())));
const wanted = 'C0012345';
const passEnc = await timeEach(20, () => store.search(wanted));
const passPlain = await timeEach(20, () => plain.searchPassport(wanted));
const nameEnc = await timeEach(5, () => store.search('nama1234'));
// Baseline for name search: the same rows read from the same database without decrypting them.
const namePlain = await timeEach(5, () =>
  Promise.all(days.map((day) => encDb.screenings.where('[latest+createdDay]').equals([1, day]).toArray())),
);
// Seen before: one passport screened 3 times today with an agent who came with 10 other passengers.
const repeat = 'X7770001';
const agent = { id: 'lp-bench', name: 'Pak Bench', role: 'agent' as const, createdAt: NOW.toISOString() };
for (let i = 0; i < 13; i += 1) {
  const s = makeScreening(STORED + SAVES + i, NOW.toISOString());
  s.passenger.passportNumber = i < 3 ? repeat : `X88800${String(i).padStart(2, '0')}`;
  s.linkedPersonIds = [agent.id];
  await store.saveFinal(s, i === 0 ? [agent] : []);
}
const seenEnc = await timeEach(20, () => lookupSeenBefore(encDb, session.keys, repeat, today));
const seenPlain = await timeEach(20, () => plain.searchPassport(wanted));
const seen = await lookupSeenBefore(encDb, session.keys, repeat, today);
const hits = (await store.search(wanted)).length;
const dayRows = await encDb.screenings
  .where('[latest+createdDay]')
  .anyOf(days.map((day) => [1, day]))
  .count();

const row = (label: string, enc: number, base: number, target?: string) =>
  console.log(
    `${label.padEnd(42)} ${ms(enc).padStart(11)} ${ms(base).padStart(11)} ${`×${(enc / base).toFixed(2)}`.padStart(7)}  ${target ?? ''}`,
  );
console.log(
  `${''.padEnd(42)} ${'encrypted'.padStart(11)} ${'plaintext'.padStart(11)} ${'ratio'.padStart(7)}`,
);
row('save p50', pct(saveEnc, 50), pct(savePlain, 50));
row('save p95', pct(saveEnc, 95), pct(savePlain, 95), 'target ≤ 30 ms');
row(
  `search passport (blind index) p50`,
  pct(passEnc, 50),
  pct(passPlain, 50),
  `target ≤ 100 ms; ${hits} hit`,
);
row(
  `search name (${dayRows} rows) vs read only p50`,
  pct(nameEnc, 50),
  pct(namePlain, 50),
  'target ≤ 100 ms',
);
row(
  'seen before (blind + linked-person index) p50',
  pct(seenEnc, 50),
  pct(seenPlain, 50),
  `target ≤ 100 ms; visit ${seen?.visitToday}, agent with ${seen?.handlers[0]?.otherPassengers} others`,
);
console.log(
  `unlock (PBKDF2-SHA-256 ${PRODUCTION_KDF_ITERATIONS.toLocaleString('en')} it. + HKDF + name) median ${ms(pct(unlocks, 50))}  target ≤ 1500 ms`,
);
encDb.close();
plainDb.close();
