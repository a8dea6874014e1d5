import { t } from '../../../i18n/i18n.ts';
import type { OpenScreening } from '../../hooks/use-open-screening.ts';
import { amendsSaved, passengerName } from './draft-facts.ts';

/**
 * Says how the open screening came to be (a discarded draft, an amendment, a resumed draft, or no scan), and which
 * new passenger waits on the scan screen meanwhile.
 */
export function OpeningNotes({ open }: { open: OpenScreening }) {
  const { opening, screening, discardedDraft, waitingCapture } = open;
  const amending = opening === 'amend' || (opening === 'draft' && amendsSaved(screening));
  return (
    <>
      {discardedDraft && (
        <p class="alert alert-warn">
          {t('screening.draftChoice.discarded', { draft: passengerName(discardedDraft.passenger) })}
        </p>
      )}
      {amending && (
        <p class="alert alert-ok">
          {t('screening.amending', { revision: screening.revision, next: screening.revision + 1 })}
        </p>
      )}
      {opening === 'draft' && <p class="alert alert-ok">{t('screening.resumed')}</p>}
      {waitingCapture && (
        <p class="alert alert-warn">
          {t('screening.captureWaiting', { wanted: passengerName(waitingCapture.passenger) })}
        </p>
      )}
      {opening === 'manual' && <p class="alert alert-warn">{t('screening.noCapture')}</p>}
    </>
  );
}
