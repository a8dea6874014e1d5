import { describe, expect, it } from 'vitest';
import {
  groupPersons,
  PersonGrouper,
  type PersonDetails,
} from '../../../src/core/recruiters/group-persons.ts';
import {
  companyKey,
  nameKey,
  phoneKey,
  socialHandleKey,
  withinOneEdit,
} from '../../../src/core/recruiters/recruiter-keys.ts';

/** The member ids of each group with more than one member, sorted, for comparison. */
function joined(persons: PersonDetails[]): string[][] {
  return groupPersons(persons)
    .filter((g) => g.members.length > 1)
    .map((g) => g.members.map((m) => persons[m]?.id ?? '').sort())
    .sort((a, b) => ((a[0] ?? '') < (b[0] ?? '') ? -1 : 1));
}

describe('matching keys', () => {
  it('reads one phone number however it was typed', () => {
    const key = phoneKey('0812-3456-7890');
    expect(key).toBe('081234567890');
    for (const typed of ['+62 812 3456 7890', '62812-3456-7890', '0062 812 3456 7890', '812 3456 7890'])
      expect(phoneKey(typed)).toBe(key);
    expect(phoneKey('+60 12-345 6789')).toBe('+60123456789');
    expect(phoneKey('12')).toBeNull();
  });
  it('reads a social handle without case, at-sign or profile address', () => {
    expect(socialHandleKey('@Agen.Jaya')).toBe('agen.jaya');
    expect(socialHandleKey('https://www.instagram.com/agen.jaya/')).toBe('agen.jaya');
    expect(socialHandleKey('@')).toBeNull();
  });
  it('folds old spellings and honorifics of a name, and ignores one-word names', () => {
    expect(nameKey('Djoko Soesilo')).toBe(nameKey('Joko Susilo'));
    expect(nameKey('H. Muhammad Jusuf')).toBe(nameKey('Mohamad Yusuf'));
    expect(nameKey('Susilo, Joko')).toBe(nameKey('Joko Susilo'));
    expect(nameKey('Budi')).toBeNull();
  });
  it('reads a company without its legal form', () => {
    expect(companyKey('PT. Maju Jaya')).toBe(companyKey('maju jaya, pt'));
  });
  it('measures one edit', () => {
    expect(withinOneEdit('santoso', 'santosa')).toBe(true);
    expect(withinOneEdit('santoso', 'santso')).toBe(true);
    expect(withinOneEdit('santoso', 'sentosa')).toBe(false);
  });
});

describe('grouping linked persons', () => {
  it('groups one party recorded on different tablets by phone, ID number and handle', () => {
    const persons: PersonDetails[] = [
      { id: 'a1', name: 'Pak Rudi', phone: '0812 1111 2222' },
      { id: 'a2', name: 'Rudy H.', phone: '+62 812-1111-2222', idNumber: '3201 0101 0101 0001' },
      { id: 'a3', name: 'R. Hartono', idNumber: '3201010101010001', socialHandle: '@RudiAgen' },
      { id: 'a4', name: 'Rudi', socialHandle: 'rudiagen' },
    ];
    const groups = groupPersons(persons);
    expect(joined(persons)).toEqual([['a1', 'a2', 'a3', 'a4']]);
    expect(groups[0]?.key).toBe('a1');
    expect(groups[0]?.matchedBy).toEqual(['phone', 'idNumber', 'socialHandle']);
  });
  it('groups spelling variants of a name that claim the same company', () => {
    const persons: PersonDetails[] = [
      { id: 'b1', name: 'Djoko Santoso', claimedCompany: 'PT Maju Jaya' },
      { id: 'b2', name: 'Joko Santosa', claimedCompany: 'Maju Jaya' },
      { id: 'b3', name: 'JOKO SANTOSO', claimedCompany: 'PT. MAJU JAYA' },
    ];
    expect(joined(persons)).toEqual([['b1', 'b2', 'b3']]);
    expect(groupPersons(persons)[0]?.matchedBy).toEqual(['name']);
  });
  it('joins a name recorded many times with one company into one party', () => {
    const persons: PersonDetails[] = Array.from({ length: 5000 }, (_, i) => ({
      id: `n${String(i).padStart(4, '0')}`,
      name: i % 2 === 0 ? 'Djoko Santoso' : 'Joko Santosa',
      claimedCompany: 'PT Maju Jaya',
    }));
    const groups = groupPersons(persons);
    expect(groups).toHaveLength(1);
    expect(groups[0]?.members).toHaveLength(5000);
  });
  it('keeps apart different people who share a common name', () => {
    const persons: PersonDetails[] = [
      // Same name, no company: a name alone joins nobody.
      { id: 'c1', name: 'Budi Santoso', phone: '081200000001' },
      { id: 'c2', name: 'Budi Santoso', phone: '081200000002' },
      // Same name and company but different identity numbers: two people.
      { id: 'c3', name: 'Siti Aminah', claimedCompany: 'CV Sejahtera', idNumber: '3301000000000001' },
      { id: 'c4', name: 'Siti Aminah', claimedCompany: 'CV Sejahtera', idNumber: '3301000000000002' },
      // Similar company, names two edits apart.
      { id: 'c5', name: 'Agus Salim', claimedCompany: 'PT Maju' },
      { id: 'c6', name: 'Agus Halim', claimedCompany: 'PT Maju' },
      { id: 'c7', name: 'Bagus Halimah', claimedCompany: 'PT Maju' },
      // Blank and too-short details join nobody.
      { id: 'c8', name: 'Ani', phone: '-', idNumber: '1', socialHandle: '@' },
      { id: 'c9', name: 'Ina', phone: '-', idNumber: '1', socialHandle: '@' },
    ];
    expect(joined(persons)).toEqual([['c5', 'c6']]);
  });
  it('groups many persons with one common name by their phones only', () => {
    const persons: PersonDetails[] = [];
    for (let i = 0; i < 20_000; i += 1)
      persons.push({
        id: `p${i}`,
        name: `Agus Salim`,
        phone: `0812${String(i % 10_000).padStart(8, '0')}`,
      });
    const groups = groupPersons(persons);
    expect(groups).toHaveLength(10_000);
    expect(groups.every((g) => g.members.length === 2)).toBe(true);
  });
  it('forms the same groups whatever order the persons arrive in', () => {
    const first = ['Djoko', 'Joko', 'Siti', 'Agus', 'Rudi'];
    const persons: PersonDetails[] = Array.from({ length: 600 }, (_, i) => {
      const party = Math.floor(i / 3);
      return {
        id: `q${String(i).padStart(3, '0')}`,
        name: `${first[party % 5]} ${['Santoso', 'Santosa', 'Hartono'][i % 3]}${party % 40}`,
        phone: i % 3 === 0 ? `0812${String(party % 150).padStart(8, '0')}` : undefined,
        idNumber: i % 7 === 0 ? `3201${String(party % 90).padStart(12, '0')}` : undefined,
        socialHandle: i % 5 === 0 ? `@agen${party % 60}` : undefined,
        claimedCompany: i % 2 === 0 ? `PT Jaya ${party % 30}` : undefined,
      };
    });
    const expected = joined(persons);
    expect(expected.length).toBeGreaterThan(20);
    // A fixed shuffle, and the reverse order.
    let seed = 7;
    const shuffled = [...persons].sort(() => ((seed = (seed * 16807) % 2147483647) % 3) - 1);
    expect(joined(shuffled)).toEqual(expected);
    expect(joined([...persons].reverse())).toEqual(expected);
  });
  it('tells which groups a newly added person merged away', () => {
    const grouper = new PersonGrouper();
    grouper.add({ id: 'm1', name: 'Rudi', phone: '081211112222' });
    grouper.add({ id: 'm2', name: 'Rudy', socialHandle: '@rudiagen' });
    grouper.add({ id: 'm3', name: 'Ani' });
    const joiner = grouper.add({ id: 'm4', name: 'R', phone: '0812-1111-2222', socialHandle: 'rudiagen' });
    expect(joiner.index).toBe(3);
    expect(joiner.mergedAway).toEqual([1]);
    expect(grouper.find(3)).toBe(0);
    expect(grouper.membersOf(0)).toEqual([0, 1, 3]);
    expect(grouper.matchedBy(0)).toEqual(['phone', 'socialHandle']);
    expect(grouper.roots()).toEqual([0, 2]);
  });
});
