import { OUTCOMES, type Outcome } from '../screening/screening-schema.ts';

/** Position of an outcome on the scale CLEAR … DELAY_DEPARTURE (REFERENCE §4), 0 = least protective. */
export function outcomeRank(outcome: Outcome): number {
  return OUTCOMES.indexOf(outcome);
}

/** Negative when `a` is below `b`, 0 when equal, positive when above. */
export function compareOutcomes(a: Outcome, b: Outcome): number {
  return outcomeRank(a) - outcomeRank(b);
}

/** The more protective of two outcomes. */
export function maxOutcome(a: Outcome, b: Outcome): Outcome {
  return compareOutcomes(a, b) >= 0 ? a : b;
}
