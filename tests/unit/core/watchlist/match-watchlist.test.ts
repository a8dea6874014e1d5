import { describe, expect, it } from 'vitest';
import {
  indexWatchlist,
  matchLinkedPerson,
  matchPassenger,
  normaliseHandle,
  normalisePhone,
} from '../../../../src/core/watchlist/match-watchlist.ts';
import { nameSimilarity, nameTokens } from '../../../../src/core/watchlist/name-match.ts';
import type { WatchlistEntry } from '../../../../src/core/watchlist/watchlist-schema.ts';

function entry(over: Partial<WatchlistEntry> & Pick<WatchlistEntry, 'id' | 'name'>): WatchlistEntry {
  return { kind: 'cegah', updatedAt: '2026-11-01T00:00:00Z', ...over };
}

const passenger = (
  firstName: string,
  lastName: string,
  birthDate: string | null,
  passportNumber = 'X0000000',
) => ({
  firstName,
  lastName,
  birthDate,
  passportNumber,
});

describe('matching a passenger', () => {
  const index = indexWatchlist([
    entry({ id: 'e1', name: 'MUHAMMAD RIZKY PRATAMA', birthDate: '1998-04-12', passportNumber: 'C1234567' }),
    entry({ id: 'e2', name: 'NURHAYATI', birthDate: '2001-01-30', kind: 'prior_pmi_np' }),
    entry({ id: 'e3', name: 'SITI AMINAH', birthDate: '1995-07-07', deleted: true }),
    entry({
      id: 'e4',
      name: 'AGUS SALIM',
      birthDate: '1990-02-02',
      kind: 'recruiter',
      passportNumber: 'B7654321',
    }),
  ]);

  it('finds a passport number whatever its spacing or case, with full confidence', () => {
    const [hit] = matchPassenger(index, passenger('BUDI', 'SANTOSO', '1970-01-01', 'c 123-4567'));
    expect(hit).toMatchObject({ reason: 'passportNumber', confidence: 1 });
    expect(hit?.entry.id).toBe('e1');
  });

  it.each([
    ['MOHAMMAD RIZKI', 'PRATAMA'],
    ['MUHAMAD RIZKY', 'PRATAMA'],
    ['M RIZKY', 'PRATAMA'],
    ['MOCH. RIZKI', 'PRATAMA'],
    ['PRATAMA', 'MUHAMMAD RIZKY'], // name parts in the other order
    ['', 'MUHAMMAD RIZKY PRATAMA'], // single-name passport (all in the surname field)
    ['Muhammad Rízky', 'Pratama'], // case and diacritics
  ])('matches the spelling variant "%s %s" by name and birth date', (first, last) => {
    const hits = matchPassenger(index, passenger(first, last, '1998-04-12'));
    expect(hits.map((h) => h.entry.id)).toEqual(['e1']);
    expect(hits[0]?.reason).toBe('nameAndBirthDate');
    expect(hits[0]?.confidence).toBeLessThan(1);
    expect(hits[0]?.confidence).toBeGreaterThan(0.8);
  });

  it.each([
    ['NUR', 'HAYATI'],
    ['NOOR', 'HAYATI'],
    ['NURHAYATY', ''],
  ])('matches "%s %s" to a single-name entry NURHAYATI', (first, last) => {
    expect(matchPassenger(index, passenger(first, last, '2001-01-30')).map((h) => h.entry.id)).toEqual([
      'e2',
    ]);
  });

  it.each([
    ['a different person born the same day', 'DEWI', 'LESTARI', '1998-04-12'],
    ['a similar name born another day', 'MUHAMMAD RIZKY', 'PRATAMA', '1998-04-13'],
    ['one shared common name part only', 'MUHAMMAD', 'HIDAYAT', '1998-04-12'],
    ['a name with no birth date', 'MUHAMMAD RIZKY', 'PRATAMA', null],
  ])('does not match %s', (_what, first, last, birthDate) => {
    expect(matchPassenger(index, passenger(first, last, birthDate))).toEqual([]);
  });

  it('skips deleted entries and never reports a recruiter entry as the passenger', () => {
    expect(matchPassenger(index, passenger('SITI', 'AMINAH', '1995-07-07'))).toEqual([]);
    expect(matchPassenger(index, passenger('AGUS', 'SALIM', '1990-02-02', 'B7654321'))).toEqual([]);
  });
});

describe('matching a linked person against recruiters', () => {
  const index = indexWatchlist([
    entry({
      id: 'r1',
      kind: 'recruiter',
      name: 'HENDRY SUSANTO',
      phone: '+62 812-3456-7890',
      socialHandle: '@loker.malaysia',
    }),
    entry({ id: 'r2', kind: 'recruiter', name: 'YANTO' }),
    entry({ id: 'c1', kind: 'cegah', name: 'HENDRI SUSANTO', phone: '081299998888' }),
  ]);

  it('matches a phone written the local way', () => {
    const [hit] = matchLinkedPerson(index, { name: 'Pak Budi', phone: '0812 3456 7890' });
    expect(hit).toMatchObject({ reason: 'phone', confidence: 1 });
    expect(hit?.entry.id).toBe('r1');
  });

  it('matches a social handle given as a profile link', () => {
    const hits = matchLinkedPerson(index, {
      name: 'x',
      socialHandle: 'https://www.instagram.com/Loker.Malaysia/',
    });
    expect(hits.map((h) => [h.entry.id, h.reason])).toEqual([['r1', 'socialHandle']]);
  });

  it('matches a two-part name with spelling variants, with lower confidence', () => {
    const [hit] = matchLinkedPerson(index, { name: 'Hendri Soesanto' });
    expect(hit?.entry.id).toBe('r1');
    expect(hit?.reason).toBe('name');
    expect(hit?.confidence).toBeLessThan(0.8);
  });

  it('does not match on a single common name, nor on non-recruiter entries', () => {
    expect(matchLinkedPerson(index, { name: 'Yanto' })).toEqual([]);
    expect(matchLinkedPerson(index, { name: 'Budi', phone: '081299998888' })).toEqual([]);
    expect(matchLinkedPerson(index, { name: 'Hendra Sutanto' })).toEqual([]);
  });
});

describe('normalising', () => {
  it('writes phones and handles one way', () => {
    expect(normalisePhone('0812-3456-7890')).toBe(normalisePhone('+62 812 3456 7890'));
    expect(normalisePhone('812 3456 7890')).toBe('6281234567890');
    expect(normaliseHandle('@Kerja.Asia')).toBe('kerja.asia');
  });

  it('brings common Indonesian spelling variants to one form', () => {
    expect(nameTokens('Achmad Djoko Soeparno')).toEqual(nameTokens('Ahmad Joko Suparno'));
    expect(nameTokens('Mohammed')).toEqual(nameTokens('Muhamad'));
    expect(nameTokens('Noer')).toEqual(nameTokens('Nur'));
    expect(nameSimilarity(nameTokens('Dewi Lestari'), nameTokens('Lestari Dewi'))).toBe(1);
  });
});
