import { t } from '../../i18n/i18n.ts';
import { currentCatalogue } from '../components/screening/checklist-bridge.ts';
import { ScreeningForm } from '../components/screening/ScreeningForm.tsx';
import { useOpenScreening } from '../hooks/use-open-screening.ts';
import { useSession } from '../hooks/use-session.ts';

/** Route /screening: the checklist for the passenger just scanned (or typed), from questions to a saved decision. */
export function ScreeningScreen() {
  const session = useSession();
  const catalogue = currentCatalogue();
  const amendId = new URLSearchParams(location.search).get('amend');
  const open = useOpenScreening(session, { amendId, catalogueVersion: catalogue.version });
  return (
    <section class="screen screen-wide">
      <h1>{t('screening.title')}</h1>
      {open ? (
        <ScreeningForm key={open.screening.id} open={open} session={session} catalogue={catalogue} />
      ) : (
        <p aria-busy="true">{t('app.loading')}</p>
      )}
    </section>
  );
}
