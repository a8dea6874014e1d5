import { t } from '../../../i18n/i18n.ts';
import type { Agency, Outcome } from '../../../core/screening/screening-schema.ts';
import { outcomeLabel } from './outcome-label.ts';

/** A reason behind the score, already put in words. */
export type ReasonLine = { text: string; indicatorIds: readonly string[]; details: readonly string[] };

type Props = {
  score: number;
  recommended: Outcome;
  /** The deciding officer's agency, for the outcome's wording. */
  agency: Agency;
  reasons: readonly ReasonLine[];
  notifySupervisor: boolean;
  catalogueVersion: number;
};

/** The live score: the recommended outcome and why, in words. */
export function ScorePanel({
  score,
  recommended,
  agency,
  reasons,
  notifySupervisor,
  catalogueVersion,
}: Props) {
  const level =
    recommended === 'CLEAR' || recommended === 'CLEAR_ADVISED'
      ? 'ok'
      : recommended === 'INTERVIEW'
        ? 'warn'
        : 'danger';
  return (
    <aside class={`card score score-${level}`} aria-live="polite" aria-label={t('screening.score.title')}>
      <div class="score-head">
        <span class="score-value" data-testid="score">
          {t('screening.score.score', { score })}
        </span>
        <span class="help">{t('screening.catalogueVersion', { version: catalogueVersion })}</span>
      </div>
      <p class="score-rec">
        {t('screening.score.recommended')}:{' '}
        <strong data-testid="recommended">{outcomeLabel(recommended, agency)}</strong>
      </p>
      {notifySupervisor && <p class="alert alert-danger">{t('screening.score.supervisor')}</p>}
      <h3>{t('screening.score.reasons')}</h3>
      {reasons.length === 0 ? (
        <p class="help">{t('screening.score.noReasons')}</p>
      ) : (
        <ul class="reasons">
          {reasons.map((reason, index) => (
            <li key={index}>
              {reason.text}
              {reason.details.length > 0 && (
                <ul class="reason-details">
                  {reason.details.map((detail) => (
                    <li key={detail}>{detail}</li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      )}
      <p class="help">{t('screening.score.profileNote')}</p>
    </aside>
  );
}
