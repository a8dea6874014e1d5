import { t } from '../../../i18n/i18n.ts';
import type { OpenScreening } from '../../hooks/use-open-screening.ts';
import { amendsSaved, passengerName } from './draft-facts.ts';

/** Says how the open screening came to be: a discarded draft, an amendment, a resumed draft, or no scan. */
export function OpeningNotes({ open }: { open: OpenScreening }) {
  const { opening, screening, discardedDraft } = open;
  const amending = opening === 'amend' || (opening === 'draft' && amendsSaved(screening));
  return (
    <>
      {discardedDraft && (
        <p class="alert alert-warn">
          {t('screening.draftChoice.discarded', { draft: passengerName(discardedDraft) })}
        </p>
      )}
      {amending && (
        <p class="alert alert-ok">
          {t('screening.amending', { revision: screening.revision, next: screening.revision + 1 })}
        </p>
      )}
      {opening === 'draft' && <p class="alert alert-ok">{t('screening.resumed')}</p>}
      {opening === 'manual' && <p class="alert alert-warn">{t('screening.noCapture')}</p>}
    </>
  );
}
