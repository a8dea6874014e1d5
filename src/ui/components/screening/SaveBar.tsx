import { t } from '../../../i18n/i18n.ts';
import type { Agency, Outcome } from '../../../core/screening/screening-schema.ts';
import type { AutosaveStatus } from '../../hooks/use-autosave.ts';
import type { SaveProblem } from './save-problems.ts';
import { outcomeLabel } from './outcome-label.ts';

type Props = {
  draftStatus: AutosaveStatus;
  saving: boolean;
  saveFailed: boolean;
  /** What still stops the save, after the officer tried; the first one is where they were brought. */
  problems: readonly SaveProblem[];
  recommended: Outcome;
  outcome: Outcome | null;
  agency: Agency;
  onDiscard: () => void;
  onSave: () => void;
};

/** Always on screen: the recommendation, the chosen outcome, the draft state and the Save button. */
export function SaveBar({
  draftStatus,
  saving,
  saveFailed,
  problems,
  recommended,
  outcome,
  agency,
  onDiscard,
  onSave,
}: Props) {
  const [first] = problems;
  return (
    <div class="save-bar">
      <div class="save-summary">
        <span>
          {t('screening.score.recommended')}: <strong>{outcomeLabel(recommended, agency)}</strong>
        </span>
        <span>
          {t('screening.outcome.title')}:{' '}
          <strong data-testid="chosen-outcome">
            {outcome ? outcomeLabel(outcome, agency) : t('screening.passenger.none')}
          </strong>
        </span>
        <span class="help draft-status" data-status={draftStatus}>
          {draftStatus === 'saved'
            ? t('screening.draftSaved')
            : draftStatus === 'failed'
              ? t('screening.draftFailed')
              : ''}
        </span>
        {saveFailed && <span class="error-text">{t('screening.outcome.saveFailed')}</span>}
      </div>
      {first && (
        <p class="save-problems error-text" role="alert" data-testid="save-problems">
          {t('screening.outcome.problemsLeft', { count: problems.length })} {first.text}
        </p>
      )}
      <button type="button" class="btn" onClick={onDiscard}>
        {t('screening.discard')}
      </button>
      <button type="button" class="btn btn-lg btn-primary save-btn" disabled={saving} onClick={onSave}>
        {saving ? t('screening.outcome.saving') : t('screening.outcome.save')}
      </button>
    </div>
  );
}
