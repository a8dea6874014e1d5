import type { Answer, Outcome } from '../screening/screening-schema.ts';
import { isRedFlag, weightOf, type Catalogue, type Indicator } from './catalogue-schema.ts';

/** i18n keys of the reasons a score gives (namespace `checklist.reason`). */
export type ReasonCode =
  | 'checklist.reason.redFlagYes'
  | 'checklist.reason.redFlagUnknown'
  | 'checklist.reason.scoreClear'
  | 'checklist.reason.scoreInterview'
  | 'checklist.reason.scoreRefer'
  | 'checklist.reason.profileOnly'
  | 'checklist.reason.considerLawEnforcement'
  | 'checklist.reason.unanswered';

/** One reason behind a recommendation, in words via i18n: `t(code, params)`, plus the indicators it rests on. */
export type Reason = { code: ReasonCode; params: Record<string, string | number>; indicatorIds: string[] };

/** Facts beside the answers. */
export type ScoreFacts = {
  /** Ids whose answer was pre-answered from a profile fact (age, origin) and not yet confirmed by the officer. */
  profileBased?: readonly string[];
};

/** The live score of a checklist. */
export type ScoreResult = {
  /** Sum of weights of the indicators answered Ya that count (red flags carry no weight). */
  score: number;
  recommended: Outcome;
  reasons: Reason[];
  redFlagsYes: string[];
  redFlagsUnknown: string[];
  /** A red flag answered Ya: the shift supervisor must be told. */
  notifySupervisor: boolean;
};

/** Red flags that point at a recruiter at the checkpoint: REFER_LAW_ENFORCEMENT is worth considering (REFERENCE §4). */
export const RECRUITER_PRESENT_FLAGS: readonly string[] = ['WL_RECRUITER_MATCH'];

/** Thresholds of REFERENCE §3: 0–2 CLEAR, 3–5 INTERVIEW, 6 or more REFER_BP3MI. */
export const SCORE_INTERVIEW_FROM = 3;
export const SCORE_REFER_FROM = 6;

function isProfileBased(indicator: Indicator, facts: ScoreFacts | undefined): boolean {
  return indicator.profile === true || (facts?.profileBased?.includes(indicator.id) ?? false);
}

/**
 * Scores answers against a catalogue (REFERENCE §3).
 * Profile rule: an answer that rests only on a profile fact (an indicator marked `profile`, or one listed in
 * `facts.profileBased`) counts — weight, red flag Ya or Tidak tahu — only when at least one other indicator is
 * answered Ya. On its own it is ignored and reported with the reason `profileOnly`, so age, sex or origin can never
 * decide an outcome alone. Unanswered indicators count as not Ya.
 */
export function scoreScreening(
  catalogue: Catalogue,
  answers: Readonly<Record<string, Answer | undefined>>,
  facts?: ScoreFacts,
): ScoreResult {
  const nonProfileYes = catalogue.indicators.some(
    (i) => answers[i.id] === 'yes' && !isProfileBased(i, facts),
  );
  const redFlagsYes: string[] = [];
  const redFlagsUnknown: string[] = [];
  const weighted: string[] = [];
  const ignored: string[] = [];
  let score = 0;
  const unanswered: string[] = [];
  for (const indicator of catalogue.indicators) {
    const answer = answers[indicator.id];
    if (answer === undefined) unanswered.push(indicator.id);
    if (answer === undefined || answer === 'no') continue;
    if (isProfileBased(indicator, facts) && !nonProfileYes) {
      if (answer === 'yes' || isRedFlag(indicator)) ignored.push(indicator.id);
      continue;
    }
    if (isRedFlag(indicator)) {
      (answer === 'yes' ? redFlagsYes : redFlagsUnknown).push(indicator.id);
    } else if (answer === 'yes') {
      score += weightOf(indicator);
      weighted.push(indicator.id);
    }
  }

  const reasons: Reason[] = [];
  let recommended: Outcome;
  if (redFlagsYes.length > 0) {
    recommended = 'REFER_BP3MI';
    reasons.push({
      code: 'checklist.reason.redFlagYes',
      params: { count: redFlagsYes.length },
      indicatorIds: redFlagsYes,
    });
  } else if (redFlagsUnknown.length > 0) {
    recommended = score >= SCORE_REFER_FROM ? 'REFER_BP3MI' : 'INTERVIEW';
  } else {
    recommended =
      score >= SCORE_REFER_FROM ? 'REFER_BP3MI' : score >= SCORE_INTERVIEW_FROM ? 'INTERVIEW' : 'CLEAR';
  }
  const recruiter = redFlagsYes.filter((id) => RECRUITER_PRESENT_FLAGS.includes(id));
  if (recruiter.length > 0) {
    // A hint only: referring to the police stays the officer's choice, so the recommendation is not raised.
    reasons.push({ code: 'checklist.reason.considerLawEnforcement', params: {}, indicatorIds: recruiter });
  }
  if (redFlagsUnknown.length > 0) {
    reasons.push({
      code: 'checklist.reason.redFlagUnknown',
      params: { count: redFlagsUnknown.length },
      indicatorIds: redFlagsUnknown,
    });
  }
  const band =
    score >= SCORE_REFER_FROM
      ? 'checklist.reason.scoreRefer'
      : score >= SCORE_INTERVIEW_FROM
        ? 'checklist.reason.scoreInterview'
        : 'checklist.reason.scoreClear';
  reasons.push({ code: band, params: { score, count: weighted.length }, indicatorIds: weighted });
  if (ignored.length > 0) {
    reasons.push({
      code: 'checklist.reason.profileOnly',
      params: { count: ignored.length },
      indicatorIds: ignored,
    });
  }
  if (unanswered.length > 0) {
    reasons.push({
      code: 'checklist.reason.unanswered',
      params: { count: unanswered.length },
      indicatorIds: unanswered,
    });
  }
  return {
    score,
    recommended,
    reasons,
    redFlagsYes,
    redFlagsUnknown,
    notifySupervisor: redFlagsYes.length > 0,
  };
}
