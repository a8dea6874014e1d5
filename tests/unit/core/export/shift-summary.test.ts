import { describe, expect, it } from 'vitest';
import { summarise } from '../../../../src/core/export/shift-summary.ts';
import { recruiterReport } from '../../../../src/core/export/recruiter-report.ts';
import { isFlagged } from '../../../../src/core/screening/screening-schema.ts';
import { generateScreenings, makeScreening } from '../../../fixtures/screenings.ts';

describe('the shift summary', () => {
  it('counts screened, cleared, flagged and each outcome so the parts add up', () => {
    const { screenings } = generateScreenings({ count: 300, seed: 11 });
    const summary = summarise(screenings, 'WIB');
    const flagged = screenings.filter((s) => isFlagged(s.outcome)).length;
    expect(summary.screened).toBe(300);
    expect(summary.flagged).toBe(flagged);
    expect(summary.cleared + summary.flagged + summary.undecided).toBe(300);
    expect(Object.values(summary.byOutcome).reduce((a, b) => a + b, 0)).toBe(300 - summary.undecided);
    expect(summary.byHour.all.reduce((a, b) => a + b, 0)).toBe(300);
    expect(summary.byDestination.reduce((a, b) => a + b.count, 0)).toBe(flagged);
    expect(summary.byDistrict.reduce((a, b) => a + b.count, 0)).toBe(flagged);
  });

  it('buckets by the local hour of the checkpoint and counts Ya answers of flagged departures', () => {
    const summary = summarise(
      [
        makeScreening({ createdAt: '2026-11-23T01:30:00.000Z' }),
        makeScreening({ id: 'b', createdAt: '2026-11-23T01:59:00.000Z', outcome: 'CLEAR' }),
        makeScreening({ id: 'c', createdAt: '2026-11-23T02:10:00.000Z', outcome: null }),
      ],
      'WIB',
    );
    expect(summary.byHour.all[8]).toBe(2);
    expect(summary.byHour.all[9]).toBe(1);
    expect(summary.byHour.flagged[8]).toBe(1);
    expect(summary.byIndicator).toEqual([
      { key: 'DOC_NO_CONTRACT', count: 1 },
      { key: 'TRV_ONE_WAY', count: 1 },
    ]);
    expect(summary).toMatchObject({ screened: 3, cleared: 1, flagged: 1, undecided: 1 });
  });
});

describe('the recruiter-centred report', () => {
  const persons = [
    { id: 'lp-1', name: 'Pak Darto', role: 'agent' as const, createdAt: '' },
    { id: 'lp-2', name: 'Bu Yanti', role: 'companion' as const, createdAt: '' },
  ];
  const screenings = [
    makeScreening({ id: 'a', linkedPersonIds: ['lp-1', 'lp-2'] }),
    makeScreening({
      id: 'b',
      linkedPersonIds: ['lp-1'],
      passenger: { ...makeScreening().passenger, passportNumber: 'X9' },
    }),
    makeScreening({ id: 'c', linkedPersonIds: ['lp-1'] }),
  ];

  it('lists each recruiter with their screenings, routes and pseudonymised passengers', () => {
    const [entry, ...rest] = recruiterReport(screenings, persons, {
      salt: 's1',
      revealPassengers: false,
      includeCompanions: false,
    });
    expect(rest).toEqual([]);
    expect(entry?.screeningIds).toEqual(['a', 'b', 'c']);
    expect(entry?.routes).toEqual([{ key: 'PLM → CGK → JED', count: 3 }]);
    expect(entry?.passengers).toHaveLength(2);
    for (const p of entry?.passengers ?? []) expect(p).toMatch(/^P-[0-9A-F]{4,8}$/);
    expect(JSON.stringify(entry)).not.toContain('SUHARTI');
  });

  it('gives the same passenger the same pseudonym within one export and a different one in the next', () => {
    const one = recruiterReport(screenings, persons, {
      salt: 's1',
      revealPassengers: false,
      includeCompanions: true,
    });
    const again = recruiterReport(screenings, persons, {
      salt: 's1',
      revealPassengers: false,
      includeCompanions: true,
    });
    const other = recruiterReport(screenings, persons, {
      salt: 's2',
      revealPassengers: false,
      includeCompanions: true,
    });
    expect(one.map((e) => e.passengers)).toEqual(again.map((e) => e.passengers));
    expect(one[1]?.passengers[0]).toBe(one[0]?.passengers.find((p) => one[1]?.passengers.includes(p)));
    expect(other[0]?.passengers).not.toEqual(one[0]?.passengers);
  });

  it('never gives two passengers the same pseudonym, even across thousands', () => {
    const { screenings: many, persons: people } = generateScreenings({
      count: 5000,
      seed: 5,
      flaggedShare: 1,
    });
    const linked = many.map((s, i) => ({ ...s, linkedPersonIds: [people[i % people.length]?.id ?? ''] }));
    const report = recruiterReport(linked, people, {
      salt: 'x',
      revealPassengers: false,
      includeCompanions: true,
    });
    for (const s of linked) {
      const entry = report.find((e) => e.screeningIds.includes(s.id));
      expect(entry).toBeDefined();
    }
    const all = new Set(report.flatMap((e) => e.passengers));
    const keys = new Set(linked.map((s) => `${s.passenger.issuingState}:${s.passenger.passportNumber}`));
    expect(all.size).toBe(keys.size);
  });

  it('shows names only when the lead asks for them', () => {
    const [entry] = recruiterReport(screenings, persons, {
      salt: 's',
      revealPassengers: true,
      includeCompanions: false,
    });
    expect(entry?.passengers).toContain('SUHARTI, SITI');
  });
});
