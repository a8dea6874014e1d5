import type { Outcome } from '../core/screening/screening-schema.ts';

/** One colour an outcome, from calm (cleared) to alarming (departure delayed), the same in every chart. */
export const OUTCOME_COLORS: Record<Outcome, string> = {
  CLEAR: '#2e8b57',
  CLEAR_ADVISED: '#8cc9a0',
  INTERVIEW: '#e0a100',
  REFER_BP3MI: '#e06c00',
  REFER_LAW_ENFORCEMENT: '#b3261e',
  PROPOSE_WATCH: '#6a3d9a',
  DELAY_DEPARTURE: '#5c0a0a',
};
