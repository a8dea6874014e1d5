import { describe, expect, it } from 'vitest';
import { CATALOGUE_V1 } from '../../../../src/core/checklist/builtin-catalogue.ts';
import {
  addMonths,
  ageOn,
  applyPrefills,
  boardingPassNameFits,
  prefillFromCapture,
  type PrefillInput,
} from '../../../../src/core/checklist/prefill.ts';
import { scoreScreening } from '../../../../src/core/checklist/score.ts';
import type { Capture } from '../../../../src/core/capture/capture.ts';
import type { Flight, Passenger } from '../../../../src/core/screening/screening-schema.ts';
import { indexWatchlist } from '../../../../src/core/watchlist/match-watchlist.ts';

const TODAY = '2026-11-23';

function capture(
  p: Partial<Passenger> = {},
  f: Partial<Flight> | null = {},
  boardingPassName: string | null = null,
): Capture {
  return {
    passenger: {
      lastName: 'LESTARI',
      firstName: 'DEWI',
      sex: 'female',
      birthDate: '1996-05-14',
      nationality: 'IDN',
      passportNumber: 'C1234567',
      issuingState: 'IDN',
      passportExpiry: '2030-05-01',
      ...p,
    },
    passportSource: 'wedge',
    passportVerified: true,
    flight:
      f === null
        ? null
        : {
            carrier: 'AK',
            flightNumber: '1391',
            date: TODAY,
            from: 'PLM',
            finalDestination: 'KUL',
            transits: [],
            oneWay: false,
            ...f,
          },
    boardingPassName,
    warnings: [],
  };
}

const run = (c: Capture, extra: Partial<PrefillInput> = {}) =>
  prefillFromCapture({ capture: c, today: TODAY, catalogue: CATALOGUE_V1, ...extra });

describe('pre-answers from a scan', () => {
  it('pre-answers nothing for an adult flying to Kuala Lumpur with a matching name', () => {
    expect(run(capture({}, {}, 'LESTARI/DEWI MS'))).toEqual({ prefills: [], warnings: [] });
  });

  it('asks about a minor (Tidak tahu, profile-based) and says the age, which alone decides nothing', () => {
    const { prefills } = run(capture({ birthDate: '2009-11-24' }));
    expect(prefills).toEqual([
      {
        indicatorId: 'CMP_MINOR',
        answer: 'unknown',
        reason: 'checklist.prefill.minor',
        params: { age: 16 },
        basis: 'profile',
      },
    ]);
    const { answers, profileBased } = applyPrefills(prefills);
    expect(scoreScreening(CATALOGUE_V1, answers, { profileBased }).recommended).toBe('CLEAR');
    expect(run(capture({ birthDate: '2008-11-23' })).prefills).toEqual([]); // 18 today
  });

  it.each([
    ['PNH', 'KH'],
    ['RGN', 'MM'],
    ['VTE', 'LA'],
  ])('answers TRV_HIGH_RISK_DEST Ya for a final destination %s (%s)', (destination, country) => {
    const { prefills } = run(capture({}, { finalDestination: destination, transits: ['KUL'] }));
    expect(prefills).toEqual([
      {
        indicatorId: 'TRV_HIGH_RISK_DEST',
        answer: 'yes',
        reason: 'checklist.prefill.highRiskDestination',
        params: { country, destination },
        basis: 'document',
      },
    ]);
  });

  it('asks about domestic work (Tidak tahu) for a moratorium country such as Saudi Arabia', () => {
    const [p] = run(capture({}, { finalDestination: 'JED' })).prefills;
    expect(p).toMatchObject({
      indicatorId: 'TRV_HIGH_RISK_DEST',
      answer: 'unknown',
      params: { country: 'SA' },
    });
    expect(p?.reason).toBe('checklist.prefill.moratoriumDestination');
  });

  it('reads the lists from the catalogue, so a newer list changes the answer', () => {
    const catalogue = { ...CATALOGUE_V1, lists: { ...CATALOGUE_V1.lists, moratoriumCountries: [] } };
    expect(run(capture({}, { finalDestination: 'JED' }), { catalogue }).prefills).toEqual([]);
  });

  it('flags a boarding-pass name that is not the passport name as an inconsistency to check', () => {
    const [p] = run(capture({}, {}, 'SANTOSO/BUDI MR')).prefills;
    expect(p).toMatchObject({
      indicatorId: 'DOC_FORGED_OR_INCONSISTENT',
      answer: 'unknown',
      basis: 'document',
    });
    expect(p?.params).toEqual({ boardingPass: 'SANTOSO/BUDI MR', passport: 'LESTARI/DEWI' });
  });

  it.each([
    ['LESTARI/DEWI', 'DEWI', 'LESTARI'],
    ['PRATAMA/MUHAMMADRIZ', 'MUHAMMAD RIZKY', 'PRATAMA'], // truncated at 20 characters
    ['PRATAMA/MOHAMMAD RIZKI', 'MUHAMMAD RIZKY', 'PRATAMA'],
    ['NURHAYATI/NURHAYATI', '', 'NURHAYATI'], // single name repeated
    ['NURHAYATI/FNU', '', 'NURHAYATI'],
  ])('accepts the boarding-pass name %s for %s %s', (bp, first, last) => {
    expect(boardingPassNameFits(bp, first, last)).toBe(true);
  });

  it('pre-answers a passport issued under 3 months ago as a question, not a fact', () => {
    const { prefills } = run(capture({ passportIssueDate: '2026-10-01' }));
    expect(prefills).toMatchObject([
      { indicatorId: 'DOC_NEW_PASSPORT', answer: 'unknown', params: { issued: '2026-10-01' } },
    ]);
    expect(run(capture({ passportIssueDate: '2026-08-23' })).prefills).toEqual([]);
  });

  it('warns about an expired or soon-expiring passport without answering any indicator', () => {
    expect(run(capture({ passportExpiry: '2026-11-22' }))).toEqual({
      prefills: [],
      warnings: [{ reason: 'checklist.prefill.warning.passportExpired', params: { expiry: '2026-11-22' } }],
    });
    expect(run(capture({ passportExpiry: '2027-05-22' })).warnings[0]?.reason).toBe(
      'checklist.prefill.warning.passportExpiring',
    );
    expect(run(capture({ passportExpiry: '2027-05-23' })).warnings).toEqual([]);
  });

  it('answers WL_CEGAH_HIT Ya on a passport-number hit and Tidak tahu on a name + birth-date hit', () => {
    const watchlist = indexWatchlist([
      { id: 'w1', kind: 'cegah', name: 'DEWI LESTARI', birthDate: '1996-05-14', updatedAt: '2026-11-01' },
      { id: 'w2', kind: 'prior_pmi_np', name: 'X', passportNumber: 'C1234567', updatedAt: '2026-11-01' },
    ]);
    const { prefills } = run(capture(), { watchlist });
    expect(prefills.map((p) => [p.indicatorId, p.answer, p.reason])).toEqual([
      ['WL_CEGAH_HIT', 'unknown', 'checklist.prefill.watchlistName'],
      ['WL_PRIOR_PMI_NP', 'yes', 'checklist.prefill.watchlistPassport'],
    ]);
  });

  it('answers WL_RECRUITER_MATCH from a linked person, Ya on a phone hit and Tidak tahu on a name hit', () => {
    const watchlist = indexWatchlist([
      { id: 'r1', kind: 'recruiter', name: 'HENDRY SUSANTO', phone: '081234567890', updatedAt: '2026-11-01' },
    ]);
    const byPhone = run(capture(), {
      watchlist,
      linkedPersons: [{ name: 'Pak Hen', phone: '+6281234567890' }],
    });
    expect(byPhone.prefills).toMatchObject([
      { indicatorId: 'WL_RECRUITER_MATCH', answer: 'yes', basis: 'watchlist' },
    ]);
    const byName = run(capture(), { watchlist, linkedPersons: [{ name: 'Hendri Susanto' }] });
    expect(byName.prefills).toMatchObject([{ indicatorId: 'WL_RECRUITER_MATCH', answer: 'unknown' }]);
  });

  it('marks a sending-area alert as profile-based', () => {
    const catalogue = { ...CATALOGUE_V1, lists: { ...CATALOGUE_V1.lists, sendingAreaAlerts: ['16.10'] } };
    const { prefills } = run(capture({ homeDistrictCode: '16.10' }), { catalogue });
    expect(prefills).toMatchObject([{ indicatorId: 'WL_ORIGIN_HOTSPOT', answer: 'yes', basis: 'profile' }]);
  });

  it('does nothing for a hand entry without passenger or flight, nor for a bad date', () => {
    expect(run({ ...capture(), passenger: null, flight: null })).toEqual({ prefills: [], warnings: [] });
    expect(
      prefillFromCapture({
        capture: capture({ birthDate: '2015-01-01' }),
        today: '23/11/2026',
        catalogue: CATALOGUE_V1,
      }),
    ).toEqual({
      prefills: [],
      warnings: [],
    });
  });
});

describe('date helpers', () => {
  it('computes age and month offsets at the edges', () => {
    expect(ageOn('2008-02-29', '2026-02-28')).toBe(17);
    expect(ageOn('2008-02-29', '2026-03-01')).toBe(18);
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
  });
});
