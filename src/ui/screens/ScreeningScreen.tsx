import { t } from '../../i18n/i18n.ts';
import { ScreeningWorkspace } from '../components/screening/ScreeningWorkspace.tsx';

/** Route /screening: the checklist for the passenger just scanned (or typed), from questions to a saved decision. */
export function ScreeningScreen() {
  return (
    <section class="screen screen-wide">
      <h1>{t('screening.title')}</h1>
      <ScreeningWorkspace />
    </section>
  );
}
