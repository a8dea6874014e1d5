import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../../i18n/i18n.ts';
import type { Screening } from '../../../core/screening/screening-schema.ts';
import { formatDateTime, type ZoneCode } from '../../../core/time/local-time.ts';
import { amendsSaved, passengerName } from './draft-facts.ts';

type Props = {
  /** The officer's unfinished draft of another screening. */
  draft: Screening;
  /** The saved screening the officer asked to amend. */
  amended: Screening;
  zone: ZoneCode;
  onResume: () => void;
  /** Discards the draft and opens the amendment; rejects when the draft could not be discarded. */
  onDiscard: () => Promise<void>;
  onCancel: () => void;
};

/**
 * Asked when the officer amends a saved screening while a draft of another one is open: go back to that draft, or
 * discard it (saying plainly what is lost) and open the amendment, or leave both as they are.
 */
export function DraftChoice({ draft, amended, zone, onResume, onDiscard, onCancel }: Props) {
  const [discarding, setDiscarding] = useState(false);
  const [failed, setFailed] = useState(false);
  const title = useRef<HTMLHeadingElement>(null);
  useEffect(() => title.current?.focus(), []);
  const draftName = passengerName(draft);
  const amendedName = passengerName(amended);
  const discard = (): void => {
    setDiscarding(true);
    setFailed(false);
    onDiscard().catch(() => {
      setDiscarding(false);
      setFailed(true);
    });
  };
  return (
    <section class="card draft-choice" aria-labelledby="draft-choice-title">
      <h2 id="draft-choice-title" tabIndex={-1} ref={title}>
        {t('screening.draftChoice.title')}
      </h2>
      <p>{t('screening.draftChoice.intro', { amended: amendedName })}</p>
      <dl class="facts">
        <dt>{t('screening.draftChoice.draft')}</dt>
        <dd>
          <strong>{draftName}</strong>
          {draft.passenger.passportNumber && (
            <>
              {' · '}
              <span class="mono">{draft.passenger.passportNumber}</span>
            </>
          )}
        </dd>
        <dt>{t('screening.draftChoice.lastChanged')}</dt>
        <dd>{formatDateTime(new Date(draft.updatedAt), zone)}</dd>
        <dt>{t('screening.draftChoice.progress')}</dt>
        <dd>
          {t('screening.draftChoice.answered', { count: Object.keys(draft.answers).length })} ·{' '}
          {draft.outcome
            ? t('screening.draftChoice.decided', { outcome: t(`screening.outcome.${draft.outcome}`) })
            : t('screening.draftChoice.undecided')}
        </dd>
        <dt>{t('screening.draftChoice.amend')}</dt>
        <dd>
          <strong>{amendedName}</strong> · <span class="mono">{amended.passenger.passportNumber}</span> ·{' '}
          {t('history.revision', { revision: amended.revision })}
        </dd>
      </dl>
      <p class="alert alert-warn">
        {amendsSaved(draft)
          ? t('screening.draftChoice.lostAmendment', { revision: draft.revision })
          : t('screening.draftChoice.lostNew')}
      </p>
      {failed && (
        <p class="alert alert-danger" role="alert">
          {t('screening.draftChoice.discardFailed')}
        </p>
      )}
      <div class="draft-choice-actions">
        <button type="button" class="btn btn-lg btn-primary" disabled={discarding} onClick={onResume}>
          {t('screening.draftChoice.resume', { draft: draftName })}
        </button>
        <button type="button" class="btn btn-lg btn-danger" disabled={discarding} onClick={discard}>
          {discarding
            ? t('screening.draftChoice.discarding')
            : t('screening.draftChoice.discard', { amended: amendedName })}
        </button>
        <button type="button" class="btn btn-lg" disabled={discarding} onClick={onCancel}>
          {t('screening.draftChoice.cancel')}
        </button>
      </div>
    </section>
  );
}
