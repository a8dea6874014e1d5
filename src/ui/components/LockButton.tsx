import { t } from '../../i18n/i18n.ts';
import { useSession } from '../hooks/use-session.ts';
import '../styles/session.css';

/** Who is signed in, and a button that locks the app at once. */
export function LockButton() {
  const { officer, lock } = useSession();
  return (
    <span class="lock-button">
      <span class="signed-in" data-testid="signed-in-as" data-officer={officer.id}>
        {t('store.lock.signedInAs', { name: officer.name, role: t(`store.role.${officer.role}`) })}
      </span>{' '}
      <button type="button" class="btn" aria-label={t('store.lock.label')} onClick={lock}>
        {t('store.lock.button')}
      </button>
    </span>
  );
}
