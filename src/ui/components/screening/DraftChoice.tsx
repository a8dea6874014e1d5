import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../../i18n/i18n.ts';
import type { Passenger, Screening } from '../../../core/screening/screening-schema.ts';
import { formatDateTime, type ZoneCode } from '../../../core/time/local-time.ts';
import type { Wanted } from '../../hooks/use-open-screening.ts';
import { amendsSaved, passengerName } from './draft-facts.ts';

type Props = {
  /** The officer's unfinished draft of another screening. */
  draft: Screening;
  /** What the officer asked to open: a saved screening to amend, or a new passenger from the scan screen. */
  wanted: Wanted;
  zone: ZoneCode;
  onResume: () => void;
  /** Discards the draft and opens what was asked for; rejects when the draft could not be discarded. */
  onDiscard: () => Promise<void>;
  onCancel: () => void;
};

/** The passenger of what the officer asked for (a capture may hold none yet). */
function wantedPassenger(wanted: Wanted): Passenger | null {
  return wanted.kind === 'amend' ? wanted.screening.passenger : wanted.capture.passenger;
}

/** Who or what the officer asked for, as the facts list shows it. */
function WantedFacts({ wanted }: { wanted: Wanted }) {
  const passenger = wantedPassenger(wanted);
  return (
    <dd>
      <strong>{passengerName(passenger)}</strong>
      {passenger?.passportNumber && (
        <>
          {' · '}
          <span class="mono">{passenger.passportNumber}</span>
        </>
      )}
      {wanted.kind === 'amend' && <> · {t('history.revision', { revision: wanted.screening.revision })}</>}
    </dd>
  );
}

/**
 * Asked when the officer amends a saved screening, or starts one for a new passenger, while a draft of another
 * screening is open: go back to that draft, or discard it (saying plainly what is lost) and open what was asked for,
 * or leave both as they are.
 */
export function DraftChoice({ draft, wanted, zone, onResume, onDiscard, onCancel }: Props) {
  const [discarding, setDiscarding] = useState(false);
  const [failed, setFailed] = useState(false);
  const title = useRef<HTMLHeadingElement>(null);
  useEffect(() => title.current?.focus(), []);
  const draftName = passengerName(draft.passenger);
  const wantedName = passengerName(wantedPassenger(wanted));
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
      <p>{t(`screening.draftChoice.${wanted.kind}.intro`, { wanted: wantedName })}</p>
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
        <dt>{t(`screening.draftChoice.${wanted.kind}.wanted`)}</dt>
        <WantedFacts wanted={wanted} />
      </dl>
      <p class="alert alert-warn">
        {amendsSaved(draft)
          ? t('screening.draftChoice.lostAmendment', { revision: draft.revision })
          : t('screening.draftChoice.lostNew')}
      </p>
      {wanted.kind === 'capture' && (
        <p class="help">{t('screening.draftChoice.capture.kept', { wanted: wantedName })}</p>
      )}
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
            : t(`screening.draftChoice.${wanted.kind}.discard`, { wanted: wantedName })}
        </button>
        <button type="button" class="btn btn-lg" disabled={discarding} onClick={onCancel}>
          {t(`screening.draftChoice.${wanted.kind}.cancel`)}
        </button>
      </div>
    </section>
  );
}
