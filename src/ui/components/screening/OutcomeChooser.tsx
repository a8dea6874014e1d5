import { t } from '../../../i18n/i18n.ts';
import { OUTCOMES, type Outcome } from '../../../core/screening/screening-schema.ts';

/** The officer's decision as edited on screen. */
export type Decision = { outcome: Outcome | null; passportWithdrawn: boolean; receipt: string; note: string };

type Props = {
  allowed: readonly Outcome[];
  recommended: Outcome;
  decision: Decision;
  /** Whether this officer may withdraw a passport (immigration only). */
  mayWithdraw: boolean;
  noteRequired: boolean;
  noteMax: number;
  /** Problems with the decision, in words. */
  errors: string[];
  onChange: (decision: Decision) => void;
};

/** Outcome buttons limited to what the officer's agency and role may decide, plus the note and passport receipt. */
export function OutcomeChooser({
  allowed,
  recommended,
  decision,
  mayWithdraw,
  noteRequired,
  noteMax,
  errors,
  onChange,
}: Props) {
  const set = (patch: Partial<Decision>): void => onChange({ ...decision, ...patch });
  const blocked = OUTCOMES.filter((o) => !allowed.includes(o));
  return (
    <fieldset class="card outcome">
      <legend>{t('screening.outcome.title')}</legend>
      <div class="outcome-grid" role="radiogroup" aria-label={t('screening.outcome.title')}>
        {allowed.map((outcome) => (
          <button
            key={outcome}
            type="button"
            role="radio"
            aria-checked={decision.outcome === outcome}
            class={`btn outcome-btn${decision.outcome === outcome ? ' btn-primary' : ''}${
              outcome === recommended ? ' outcome-recommended' : ''
            }`}
            onClick={() =>
              set({ outcome, passportWithdrawn: outcome === 'DELAY_DEPARTURE' && decision.passportWithdrawn })
            }
          >
            {t(`screening.outcome.${outcome}`)}
            {outcome === recommended && <span class="tag tag-rec">★ {t('screening.score.recommended')}</span>}
          </button>
        ))}
      </div>
      {blocked.includes('DELAY_DEPARTURE') && <p class="help">{t('screening.outcome.notAllowed')}</p>}
      {mayWithdraw && decision.outcome === 'DELAY_DEPARTURE' && (
        <div class="withdraw">
          <button
            type="button"
            role="switch"
            aria-checked={decision.passportWithdrawn}
            class={`btn${decision.passportWithdrawn ? ' btn-danger' : ''}`}
            onClick={() => set({ passportWithdrawn: !decision.passportWithdrawn })}
          >
            {decision.passportWithdrawn ? '☑' : '☐'} {t('screening.outcome.passportWithdrawn')}
          </button>
          {decision.passportWithdrawn && (
            <div class="field">
              <label for="o-receipt">{t('screening.outcome.receipt')}</label>
              <input
                id="o-receipt"
                value={decision.receipt}
                onInput={(e) => set({ receipt: e.currentTarget.value })}
              />
            </div>
          )}
        </div>
      )}
      {(noteRequired || decision.note !== '') && (
        <div class="field">
          <label for="o-note">
            {t('screening.outcome.note')}
            {noteRequired ? ' *' : ''}
          </label>
          <textarea
            id="o-note"
            value={decision.note}
            maxLength={noteMax * 2}
            onInput={(e) => set({ note: e.currentTarget.value })}
          />
          <span class="help">
            {t('screening.outcome.noteHelp')} {decision.note.length}/{noteMax}
          </span>
        </div>
      )}
      {errors.length > 0 && (
        <ul class="alert alert-danger plain-list" role="alert">
          {errors.map((text) => (
            <li key={text}>{text}</li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
