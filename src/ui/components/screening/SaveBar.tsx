import { t } from '../../../i18n/i18n.ts';
import type { Outcome } from '../../../core/screening/screening-schema.ts';
import type { AutosaveStatus } from '../../hooks/use-autosave.ts';

type Props = {
  draftStatus: AutosaveStatus;
  saving: boolean;
  saveFailed: boolean;
  recommended: Outcome;
  outcome: Outcome | null;
  onDiscard: () => void;
  onSave: () => void;
};

/** Always on screen: the recommendation, the chosen outcome, the draft state and the Save button. */
export function SaveBar({ draftStatus, saving, saveFailed, recommended, outcome, onDiscard, onSave }: Props) {
  return (
    <div class="save-bar">
      <div class="save-summary">
        <span>
          {t('screening.score.recommended')}: <strong>{t(`screening.outcome.${recommended}`)}</strong>
        </span>
        <span>
          {t('screening.outcome.title')}:{' '}
          <strong data-testid="chosen-outcome">
            {outcome ? t(`screening.outcome.${outcome}`) : t('screening.passenger.none')}
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
      <button type="button" class="btn" onClick={onDiscard}>
        {t('screening.discard')}
      </button>
      <button type="button" class="btn btn-lg btn-primary save-btn" disabled={saving} onClick={onSave}>
        {saving ? t('screening.outcome.saving') : t('screening.outcome.save')}
      </button>
    </div>
  );
}
