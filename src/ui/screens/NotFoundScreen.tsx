import { t } from '../../i18n/i18n.ts';
import { navigate } from '../router.ts';

/** Shown for a path the app does not know. */
export function NotFoundScreen() {
  return (
    <section class="screen">
      <h1>{t('notFound.title')}</h1>
      <button type="button" class="btn btn-primary" onClick={() => navigate('/scan', { replace: true })}>
        {t('notFound.back')}
      </button>
    </section>
  );
}
