import { t } from '../../../i18n/i18n.ts';
import { useOpenScreening } from '../../hooks/use-open-screening.ts';
import { useSession } from '../../hooks/use-session.ts';
import { useReferenceLists, type ReferenceLists } from '../../hooks/use-reference-lists.ts';
import { navigate } from '../../router.ts';
import { DraftChoice } from './DraftChoice.tsx';
import { ScreeningForm } from './ScreeningForm.tsx';

/** The checklist for the passenger just scanned (or typed), from questions to a saved decision. */
export function ScreeningWorkspace() {
  const lists = useReferenceLists();
  return lists ? <OpenWorkspace lists={lists} /> : <p aria-busy="true">{t('app.loading')}</p>;
}

function OpenWorkspace({ lists }: { lists: ReferenceLists }) {
  const session = useSession();
  const { catalogue, watchlist } = lists;
  const amendId = new URLSearchParams(location.search).get('amend');
  const state = useOpenScreening(session, { amendId, catalogueVersion: catalogue.version });
  switch (state.kind) {
    case 'loading':
      return <p aria-busy="true">{t('app.loading')}</p>;
    case 'missing':
      return (
        <div>
          <p class="alert alert-warn">{t('screening.amendMissing')}</p>
          <button type="button" class="btn btn-lg" onClick={() => navigate('/history')}>
            {t('screening.backToHistory')}
          </button>
        </div>
      );
    case 'choose':
      return (
        <DraftChoice
          draft={state.draft}
          wanted={state.wanted}
          zone={session.device.zone}
          onResume={state.resumeDraft}
          onDiscard={state.discardAndOpen}
          onCancel={() => navigate(state.wanted.kind === 'amend' ? '/history' : '/scan')}
        />
      );
    case 'open':
      return (
        <ScreeningForm
          key={state.open.screening.id}
          open={state.open}
          session={session}
          catalogue={catalogue}
          watchlist={watchlist}
        />
      );
  }
}
