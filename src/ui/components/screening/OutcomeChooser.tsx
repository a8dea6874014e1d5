import { t } from '../../../i18n/i18n.ts';
import { OUTCOMES, type Agency, type Outcome } from '../../../core/screening/screening-schema.ts';
import { NoteField } from './NoteField.tsx';
import { outcomeLabel } from './outcome-label.ts';

/** The officer's decision as edited on screen. */
export type Decision = { outcome: Outcome | null; passportWithdrawn: boolean; receipt: string; note: string };

type Props = {
  allowed: readonly Outcome[];
  recommended: Outcome;
  /** The deciding officer's agency, for the outcomes' wording. */
  agency: Agency;
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
  agency,
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
      <div
        class="outcome-grid"
        data-fix="outcome"
        role="radiogroup"
        aria-label={t('screening.outcome.title')}
      >
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
            {outcomeLabel(outcome, agency)}
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
            data-fix="withdraw"
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
                data-fix="receipt"
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
          <NoteField note={decision.note} max={noteMax} onChange={(note) => set({ note })} />
        </div>
      )}
      {/* The save bar announces these (role alert); here they stay listed beside the decision. */}
      {errors.length > 0 && (
        <ul class="alert alert-danger plain-list" data-testid="decision-errors">
          {errors.map((text) => (
            <li key={text}>{text}</li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
