import { t } from '../../../i18n/i18n.ts';
import { useOpenScreening } from '../../hooks/use-open-screening.ts';
import { useSession } from '../../hooks/use-session.ts';
import { currentCatalogue } from './checklist-bridge.ts';
import { ScreeningForm } from './ScreeningForm.tsx';

/** The checklist for the passenger just scanned (or typed), from questions to a saved decision. */
export function ScreeningWorkspace() {
  const session = useSession();
  const catalogue = currentCatalogue();
  const amendId = new URLSearchParams(location.search).get('amend');
  const open = useOpenScreening(session, { amendId, catalogueVersion: catalogue.version });
  return open ? (
    <ScreeningForm key={open.screening.id} open={open} session={session} catalogue={catalogue} />
  ) : (
    <p aria-busy="true">{t('app.loading')}</p>
  );
}
