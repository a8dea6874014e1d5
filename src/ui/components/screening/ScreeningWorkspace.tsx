import { t } from '../../../i18n/i18n.ts';
import { useOpenScreening } from '../../hooks/use-open-screening.ts';
import { useSession } from '../../hooks/use-session.ts';
import { useReferenceLists, type ReferenceLists } from '../../hooks/use-reference-lists.ts';
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
  const open = useOpenScreening(session, { amendId, catalogueVersion: catalogue.version });
  return open ? (
    <ScreeningForm
      key={open.screening.id}
      open={open}
      session={session}
      catalogue={catalogue}
      watchlist={watchlist}
    />
  ) : (
    <p aria-busy="true">{t('app.loading')}</p>
  );
}
