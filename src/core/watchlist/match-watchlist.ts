import type { LinkedPerson, Passenger } from '../screening/screening-schema.ts';
import type { WatchlistEntry } from './watchlist-schema.ts';
import { nameSimilarity, nameTokens } from './name-match.ts';

/** Why an entry matched. */
export type MatchReason = 'passportNumber' | 'nameAndBirthDate' | 'phone' | 'socialHandle' | 'name';

/** One watchlist hit: the entry, why it matched, and how sure (0 … 1; 1 = same passport number, phone or handle). */
export type WatchlistMatch = { entry: WatchlistEntry; reason: MatchReason; confidence: number };

/** Name similarity from which a name + birth date hit is reported. */
export const NAME_MATCH_THRESHOLD = 0.88;
/** Name-only recruiter hits need a closer name and at least two name parts (single names are too common). */
export const RECRUITER_NAME_THRESHOLD = 0.93;

/** Passport number without spaces, dashes or MRZ fillers, upper case. */
export function normalisePassportNumber(value: string): string {
  return value.toUpperCase().replace(/[^A-Z0-9]/g, '');
}

/** Indonesian phone number as digits with country code 62 ('0812-…', '+62 812…', '62812…' are equal). */
export function normalisePhone(value: string): string {
  const digits = value.replace(/\D/g, '');
  if (digits.startsWith('0')) return `62${digits.slice(1)}`;
  if (digits.startsWith('8') && digits.length >= 9) return `62${digits}`;
  return digits;
}

/** Social-media handle without '@', URL or case ('https://instagram.com/Kerja.Asia' → 'kerja.asia'). */
export function normaliseHandle(value: string): string {
  const trimmed = value.trim().toLowerCase().replace(/\/+$/, '');
  const lastPart = trimmed.includes('/') ? (trimmed.split('/').pop() ?? '') : trimmed;
  return lastPart.replace(/^@+/, '');
}

type Indexed = { entry: WatchlistEntry; tokens: string[] };

/** Watchlist entries indexed by passport number, birth date, phone and handle; build once per list version. */
export type WatchlistIndex = {
  size: number;
  byPassport: Map<string, WatchlistEntry[]>;
  byBirthDate: Map<string, Indexed[]>;
  recruiters: Indexed[];
  byPhone: Map<string, WatchlistEntry[]>;
  byHandle: Map<string, WatchlistEntry[]>;
};

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Builds the index; deleted entries are left out. */
export function indexWatchlist(entries: readonly WatchlistEntry[]): WatchlistIndex {
  const index: WatchlistIndex = {
    size: 0,
    byPassport: new Map(),
    byBirthDate: new Map(),
    recruiters: [],
    byPhone: new Map(),
    byHandle: new Map(),
  };
  for (const entry of entries) {
    if (entry.deleted) continue;
    index.size++;
    const indexed = { entry, tokens: nameTokens(entry.name) };
    const passport = entry.passportNumber ? normalisePassportNumber(entry.passportNumber) : '';
    if (passport) push(index.byPassport, passport, entry);
    if (entry.birthDate) push(index.byBirthDate, entry.birthDate, indexed);
    if (entry.kind === 'recruiter') {
      index.recruiters.push(indexed);
      if (entry.phone) push(index.byPhone, normalisePhone(entry.phone), entry);
      if (entry.socialHandle) push(index.byHandle, normaliseHandle(entry.socialHandle), entry);
    }
  }
  return index;
}

function addBest(found: Map<string, WatchlistMatch>, match: WatchlistMatch): void {
  const earlier = found.get(match.entry.id);
  if (!earlier || earlier.confidence < match.confidence) found.set(match.entry.id, match);
}

function sorted(found: Map<string, WatchlistMatch>): WatchlistMatch[] {
  return [...found.values()].sort((a, b) => b.confidence - a.confidence);
}

/** Entries (any kind but recruiter) matching a passenger by passport number, or by name + the same birth date. */
export function matchPassenger(
  index: WatchlistIndex,
  passenger: Pick<Passenger, 'firstName' | 'lastName' | 'birthDate' | 'passportNumber'>,
): WatchlistMatch[] {
  const found = new Map<string, WatchlistMatch>();
  const passport = normalisePassportNumber(passenger.passportNumber);
  for (const entry of (passport && index.byPassport.get(passport)) || []) {
    if (entry.kind !== 'recruiter') addBest(found, { entry, reason: 'passportNumber', confidence: 1 });
  }
  const tokens = nameTokens(`${passenger.firstName} ${passenger.lastName}`);
  for (const candidate of (passenger.birthDate && index.byBirthDate.get(passenger.birthDate)) || []) {
    if (candidate.entry.kind === 'recruiter') continue;
    const similarity = nameSimilarity(tokens, candidate.tokens);
    if (similarity >= NAME_MATCH_THRESHOLD) {
      addBest(found, {
        entry: candidate.entry,
        reason: 'nameAndBirthDate',
        confidence: round(similarity * 0.95),
      });
    }
  }
  return sorted(found);
}

/** Recruiter entries matching a linked person by phone, social handle, or (less sure) by a name of 2+ parts. */
export function matchLinkedPerson(
  index: WatchlistIndex,
  person: Pick<LinkedPerson, 'name' | 'phone' | 'socialHandle'>,
): WatchlistMatch[] {
  const found = new Map<string, WatchlistMatch>();
  const phone = person.phone ? normalisePhone(person.phone) : '';
  for (const entry of (phone.length >= 8 && index.byPhone.get(phone)) || []) {
    addBest(found, { entry, reason: 'phone', confidence: 1 });
  }
  const handle = person.socialHandle ? normaliseHandle(person.socialHandle) : '';
  for (const entry of (handle && index.byHandle.get(handle)) || []) {
    addBest(found, { entry, reason: 'socialHandle', confidence: 1 });
  }
  const tokens = nameTokens(person.name);
  if (tokens.length >= 2) {
    for (const candidate of index.recruiters) {
      if (candidate.tokens.length < 2) continue;
      const similarity = nameSimilarity(tokens, candidate.tokens);
      if (similarity >= RECRUITER_NAME_THRESHOLD) {
        addBest(found, { entry: candidate.entry, reason: 'name', confidence: round(similarity * 0.7) });
      }
    }
  }
  return sorted(found);
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
