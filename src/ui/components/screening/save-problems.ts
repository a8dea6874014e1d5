import { t } from '../../../i18n/i18n.ts';
import { validateDecision, type DecisionInput } from '../../../core/checklist/decision-rights.ts';
import type { Catalogue } from '../../../core/checklist/catalogue-schema.ts';
import type { Outcome, Screening } from '../../../core/screening/screening-schema.ts';
import { words } from './checklist-bridge.ts';
import { sexUnchosen } from '../../../core/capture/provenance.ts';

/** Where on the form a problem is fixed; each target marks its element with `data-fix`. */
export type FixTarget = 'passenger' | `question:${string}` | 'outcome' | 'withdraw' | 'receipt' | 'note';

/** One thing that stops the save, in words, with where to fix it. */
export type SaveProblem = { target: FixTarget; text: string };

/** Which part of the decision form a decision error points at. */
function decisionTarget(error: string): FixTarget {
  if (error.includes('receipt')) return 'receipt';
  if (error.includes('note')) return 'note';
  if (error.includes('passport')) return 'withdraw';
  return 'outcome';
}

/** Everything that stops the save, in the order the form shows it (top of the form first). */
export function saveProblems(
  screening: Screening,
  catalogue: Catalogue,
  outcome: Outcome | null,
  decision: Omit<DecisionInput, 'outcome' | 'note' | 'passportWithdrawn' | 'passportReceiptNumber'>,
): SaveProblem[] {
  const problems: SaveProblem[] = [];
  if (!screening.passenger.lastName.trim() || !screening.passenger.passportNumber.trim()) {
    problems.push({ target: 'passenger', text: t('screening.outcome.passengerMissing') });
  } else if (sexUnchosen(screening)) {
    problems.push({ target: 'passenger', text: t('scan.invalid.sexRequired') });
  }
  const unanswered = catalogue.indicators.filter((i) => screening.answers[i.id] === undefined);
  const first = unanswered[0];
  if (first) {
    problems.push({
      target: `question:${first.id}`,
      text: t('screening.outcome.answerAllCount', { count: unanswered.length }),
    });
  }
  if (!outcome) problems.push({ target: 'outcome', text: t('screening.outcome.chooseFirst') });
  else {
    const check = validateDecision({
      ...decision,
      outcome,
      note: screening.note,
      passportWithdrawn: screening.passportWithdrawn,
      passportReceiptNumber: screening.passportReceiptNumber,
    });
    if (!check.ok)
      problems.push({ target: decisionTarget(check.error), text: words(check.error, check.params) });
  }
  return problems;
}

/** The element where a problem is fixed: the target's first field or button, else the target itself. */
function fixElement(target: FixTarget): HTMLElement | null {
  const [kind, id] = target.split(':');
  const selector = id ? `[data-indicator="${id}"]` : `[data-fix="${kind}"]`;
  const holder = document.querySelector<HTMLElement>(selector);
  if (!holder) return null;
  if (holder.matches('input, textarea, select, button')) return holder;
  return holder.querySelector<HTMLElement>('input, textarea, select, button') ?? holder;
}

/**
 * Brings the officer to the first problem: scrolls it into the middle of the view (clear of the fixed save bar, in
 * whichever scroll area holds it) and focuses it. Returns whether it was found.
 */
export function goToProblem(problem: SaveProblem): boolean {
  const element = fixElement(problem.target);
  if (!element) return false;
  element.scrollIntoView({ block: 'center', behavior: 'auto' });
  element.focus({ preventScroll: true });
  return true;
}
