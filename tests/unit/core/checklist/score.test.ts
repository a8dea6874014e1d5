import { describe, expect, it } from 'vitest';
import { CATALOGUE_V1 } from '../../../../src/core/checklist/builtin-catalogue.ts';
import { scoreScreening } from '../../../../src/core/checklist/score.ts';
import { isRedFlag, weightOf } from '../../../../src/core/checklist/catalogue-schema.ts';
import type { Answer } from '../../../../src/core/screening/screening-schema.ts';

const c = CATALOGUE_V1;
const allNo = (): Record<string, Answer> =>
  Object.fromEntries(c.indicators.map((i) => [i.id, 'no' as Answer]));
const redFlags = c.indicators.filter(isRedFlag).map((i) => i.id);

describe('scoring a checklist (REFERENCE §3)', () => {
  it('clears a passenger with every answer Tidak, with score 0 and no supervisor alert', () => {
    const r = scoreScreening(c, allNo());
    expect(r).toMatchObject({ score: 0, recommended: 'CLEAR', notifySupervisor: false, redFlagsYes: [] });
    expect(r.reasons.map((x) => x.code)).toEqual(['checklist.reason.scoreClear']);
  });

  it.each(redFlags)('refers to BP3MI and notifies the supervisor when red flag %s is Ya', (id) => {
    const r = scoreScreening(c, { ...allNo(), [id]: 'yes' });
    expect(r.recommended).toBe('REFER_BP3MI');
    expect(r.notifySupervisor).toBe(true);
    expect(r.redFlagsYes).toEqual([id]);
    expect(r.score).toBe(0);
    expect(r.reasons[0]).toEqual({
      code: 'checklist.reason.redFlagYes',
      params: { count: 1 },
      indicatorIds: [id],
    });
  });

  it.each(redFlags)(
    'asks for an interview, without a supervisor alert, when red flag %s is Tidak tahu',
    (id) => {
      const r = scoreScreening(c, { ...allNo(), [id]: 'unknown' });
      expect(r.recommended).toBe('INTERVIEW');
      expect(r.notifySupervisor).toBe(false);
      expect(r.redFlagsUnknown).toEqual([id]);
      expect(r.reasons.map((x) => x.code)).toContain('checklist.reason.redFlagUnknown');
    },
  );

  it('suggests the police when a recruiter matches, without raising the recommendation itself', () => {
    const r = scoreScreening(c, { ...allNo(), WL_RECRUITER_MATCH: 'yes' });
    expect(r.recommended).toBe('REFER_BP3MI');
    expect(r.reasons).toContainEqual({
      code: 'checklist.reason.considerLawEnforcement',
      params: {},
      indicatorIds: ['WL_RECRUITER_MATCH'],
    });
    const other = scoreScreening(c, { ...allNo(), DOC_DOCS_HELD_BY_OTHER: 'yes' });
    expect(other.reasons.map((x) => x.code)).not.toContain('checklist.reason.considerLawEnforcement');
  });

  it('keeps a red flag Tidak tahu at REFER_BP3MI when the weights alone already reach 6', () => {
    const r = scoreScreening(c, {
      DOC_WORK_NO_WORKVISA: 'unknown',
      DOC_VISA_MISMATCH: 'yes',
      DOC_NO_CONTRACT: 'yes',
    });
    expect(r.recommended).toBe('REFER_BP3MI');
    expect(r.score).toBe(6);
  });

  it.each([
    [['TRV_FUNDS_MISMATCH'], 1, 'CLEAR'],
    [['TRV_ONE_WAY'], 2, 'CLEAR'],
    [['TRV_ONE_WAY', 'TRV_FUNDS_MISMATCH'], 3, 'INTERVIEW'],
    [['INT_SOCMED_JOB_OFFER'], 3, 'INTERVIEW'],
    [['INT_SOCMED_JOB_OFFER', 'TRV_ONE_WAY'], 5, 'INTERVIEW'],
    [['INT_SOCMED_JOB_OFFER', 'INT_DEBT_OR_FEE'], 6, 'REFER_BP3MI'],
    [['INT_SOCMED_JOB_OFFER', 'INT_DEBT_OR_FEE', 'TRV_ONE_WAY', 'INT_COACHED'], 10, 'REFER_BP3MI'],
  ] as const)('weights %j sum to %i → %s', (yes, score, outcome) => {
    const answers = { ...allNo(), ...Object.fromEntries(yes.map((id) => [id, 'yes' as Answer])) };
    const r = scoreScreening(c, answers);
    expect(r.score).toBe(score);
    expect(r.score).toBe(yes.reduce((sum, id) => sum + weightOf(c.indicators.find((i) => i.id === id)!), 0));
    expect(r.recommended).toBe(outcome);
    const band = r.reasons.find((x) => x.code.startsWith('checklist.reason.score'));
    expect(band?.params['score']).toBe(score);
    expect([...(band?.indicatorIds ?? [])].sort()).toEqual([...yes].sort());
  });

  it('counts Tidak tahu on a weighted indicator as nothing', () => {
    const r = scoreScreening(c, { ...allNo(), INT_SOCMED_JOB_OFFER: 'unknown', INT_DEBT_OR_FEE: 'unknown' });
    expect(r).toMatchObject({ score: 0, recommended: 'CLEAR' });
  });

  it('counts unanswered questions as not Ya and says how many are left', () => {
    const r = scoreScreening(c, { TRV_ONE_WAY: 'yes' });
    expect(r.recommended).toBe('CLEAR');
    const unanswered = r.reasons.find((x) => x.code === 'checklist.reason.unanswered');
    expect(unanswered?.params['count']).toBe(29);
    expect(unanswered?.indicatorIds).not.toContain('TRV_ONE_WAY');
  });
});

describe('profile facts never decide an outcome on their own', () => {
  it('ignores a sending-area alert (WL_ORIGIN_HOTSPOT) when nothing else is Ya', () => {
    const r = scoreScreening(c, { ...allNo(), WL_ORIGIN_HOTSPOT: 'yes' });
    expect(r).toMatchObject({ score: 0, recommended: 'CLEAR' });
    expect(r.reasons).toContainEqual({
      code: 'checklist.reason.profileOnly',
      params: { count: 1 },
      indicatorIds: ['WL_ORIGIN_HOTSPOT'],
    });
  });

  it('counts the origin weight only as context beside a real indicator answered Ya', () => {
    const withoutOrigin = scoreScreening(c, { ...allNo(), TRV_ONE_WAY: 'yes' });
    const withOrigin = scoreScreening(c, { ...allNo(), TRV_ONE_WAY: 'yes', WL_ORIGIN_HOTSPOT: 'yes' });
    // A real indicator is Ya, so the profile weight counts as context (2 + 1 = 3).
    expect(withoutOrigin.recommended).toBe('CLEAR');
    expect(withOrigin.score).toBe(3);
    expect(withOrigin.recommended).toBe('INTERVIEW');
  });

  it('ignores a minor pre-answer taken from the birth date alone, as Ya or as Tidak tahu', () => {
    for (const answer of ['yes', 'unknown'] as const) {
      const r = scoreScreening(c, { ...allNo(), CMP_MINOR: answer }, { profileBased: ['CMP_MINOR'] });
      expect(r.recommended).toBe('CLEAR');
      expect(r.notifySupervisor).toBe(false);
      expect(r.redFlagsYes).toEqual([]);
      expect(r.reasons.find((x) => x.code === 'checklist.reason.profileOnly')?.indicatorIds).toEqual([
        'CMP_MINOR',
      ]);
    }
  });

  it('counts the minor red flag once the officer confirms it (no longer profile-based)', () => {
    const r = scoreScreening(c, { ...allNo(), CMP_MINOR: 'yes' });
    expect(r.recommended).toBe('REFER_BP3MI');
    expect(r.notifySupervisor).toBe(true);
  });

  it('counts a profile-based minor flag when another, non-profile indicator is Ya', () => {
    const r = scoreScreening(
      c,
      { ...allNo(), CMP_MINOR: 'unknown', INT_STATES_WORK: 'yes' },
      { profileBased: ['CMP_MINOR'] },
    );
    expect(r.recommended).toBe('INTERVIEW');
    expect(r.redFlagsUnknown).toEqual(['CMP_MINOR']);
  });

  it('does not treat two profile facts together as a non-profile Ya', () => {
    const r = scoreScreening(
      c,
      { ...allNo(), WL_ORIGIN_HOTSPOT: 'yes', CMP_MINOR: 'yes' },
      { profileBased: ['CMP_MINOR'] },
    );
    expect(r.recommended).toBe('CLEAR');
  });
});
