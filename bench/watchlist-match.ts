// Watchlist matching against 50,000 entries: building the index, then matching passengers and linked persons,
// compared with a plain scan of every entry using the same name rule, in the same run.
// Run: npm run bench:watchlist-match   (npx tsx bench/watchlist-match.ts [entries] [lookups])
import {
  indexWatchlist,
  matchLinkedPerson,
  matchPassenger,
  normalisePassportNumber,
  NAME_MATCH_THRESHOLD,
} from '../src/core/watchlist/match-watchlist.ts';
import { nameSimilarity, nameTokens } from '../src/core/watchlist/name-match.ts';
import type { WatchlistEntry } from '../src/core/watchlist/watchlist-schema.ts';

const ENTRIES = Number(process.argv[2] ?? 50_000);
const LOOKUPS = Number(process.argv[3] ?? 2_000);
const PARTS = [
  'MUHAMMAD',
  'SITI',
  'NUR',
  'DEWI',
  'AGUS',
  'BUDI',
  'RIZKY',
  'PUTRI',
  'AHMAD',
  'SRI',
  'WAHYU',
  'INDAH',
];
const LAST = [
  'PRATAMA',
  'LESTARI',
  'SANTOSO',
  'HIDAYAT',
  'WIJAYA',
  'SARI',
  'KURNIAWAN',
  'RAHAYU',
  'SETIAWAN',
  'HANDAYANI',
];

function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}
const rand = seeded(20261123);
const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
const day = () => {
  const d = new Date(Date.UTC(1965 + Math.floor(rand() * 45), 0, 1 + Math.floor(rand() * 365)));
  return d.toISOString().slice(0, 10);
};

const entries: WatchlistEntry[] = Array.from({ length: ENTRIES }, (_, i) => ({
  id: `w${i}`,
  kind: i % 20 === 0 ? 'recruiter' : i % 3 === 0 ? 'prior_pmi_np' : 'cegah',
  name: `${pick(PARTS)} ${pick(PARTS)} ${pick(LAST)}`,
  birthDate: day(),
  passportNumber: rand() < 0.6 ? `C${String(1_000_000 + i)}` : null,
  phone: i % 20 === 0 ? `08${String(1_000_000_000 + i)}` : null,
  updatedAt: '2026-11-01T00:00:00Z',
}));
const passengers = Array.from({ length: LOOKUPS }, (_, i) => {
  const e = entries[Math.floor(rand() * entries.length)]!;
  const hit = i % 10 === 0; // one passenger in ten is a name + birth-date variant of an entry
  const [first = '', ...rest] = e.name.split(' ');
  return {
    firstName: hit ? first.replace('MUHAMMAD', 'MOHAMAD') : pick(PARTS),
    lastName: hit ? rest.join(' ') : pick(LAST),
    birthDate: hit ? (e.birthDate ?? null) : day(),
    passportNumber: `X${i}`,
  };
});

function time(run: () => void): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

/** Baseline: the same rule applied to every entry, without an index. */
function scan(passenger: (typeof passengers)[number]): number {
  const tokens = nameTokens(`${passenger.firstName} ${passenger.lastName}`);
  const passport = normalisePassportNumber(passenger.passportNumber);
  let found = 0;
  for (const e of entries) {
    if (e.kind === 'recruiter') continue;
    if (e.passportNumber && normalisePassportNumber(e.passportNumber) === passport) found++;
    else if (
      e.birthDate === passenger.birthDate &&
      nameSimilarity(tokens, nameTokens(e.name)) >= NAME_MATCH_THRESHOLD
    )
      found++;
  }
  return found;
}

let index = indexWatchlist(entries);
const build = Math.min(...[0, 1, 2].map(() => time(() => (index = indexWatchlist(entries)))));
let hits = 0;
const indexed = time(() => {
  for (const p of passengers) hits += matchPassenger(index, p).length > 0 ? 1 : 0;
});
const scanCount = Math.min(200, LOOKUPS);
let scanHits = 0;
const scanned = time(() => {
  for (const p of passengers.slice(0, scanCount)) scanHits += scan(p) > 0 ? 1 : 0;
});
let indexedHitsSameSet = 0;
for (const p of passengers.slice(0, scanCount))
  indexedHitsSameSet += matchPassenger(index, p).length > 0 ? 1 : 0;
const linked = time(() => {
  for (let i = 0; i < 200; i++)
    matchLinkedPerson(index, { name: `${pick(PARTS)} ${pick(LAST)}`, phone: `08${i}` });
});

const perIndexed = indexed / LOOKUPS;
const perScan = scanned / scanCount;
console.log(`watchlist entries                ${ENTRIES}`);
console.log(`build index (best of 3)          ${build.toFixed(1)} ms`);
console.log(
  `match passenger, indexed         ${(perIndexed * 1000).toFixed(1)} µs each (${LOOKUPS} lookups, ${hits} with a hit)`,
);
console.log(`match passenger, full scan       ${(perScan * 1000).toFixed(1)} µs each (${scanCount} lookups)`);
console.log(`scan / indexed                   ${(perScan / perIndexed).toFixed(0)}x`);
console.log(
  `same hits on the scanned set     ${scanHits === indexedHitsSameSet ? 'yes' : 'NO'} (${scanHits})`,
);
console.log(`match linked person (recruiters) ${((linked / 200) * 1000).toFixed(1)} µs each`);
console.log(`command: npx tsx bench/watchlist-match.ts ${ENTRIES} ${LOOKUPS}`);
