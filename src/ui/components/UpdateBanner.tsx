import { t } from '../../i18n/i18n.ts';
import { applyUpdate, dismissPwaNotice } from '../../pwa/register-sw.ts';
import { usePwaState } from '../hooks/use-pwa-state.ts';

/** Tells the officer the app works offline, or that an update waits for a safe moment. */
export function UpdateBanner() {
  const state = usePwaState();
  if (state === 'idle') return null;
  if (state === 'offline-ready') {
    return (
      <div class="banner banner-info" role="status">
        <span>{t('pwa.offlineReady')}</span>
        <button type="button" class="btn btn-ghost" onClick={dismissPwaNotice}>
          {t('pwa.dismiss')}
        </button>
      </div>
    );
  }
  if (state === 'update-deferred') {
    return (
      <div class="banner banner-info" role="status">
        {t('pwa.updateWaiting')}
      </div>
    );
  }
  return (
    <div class="banner banner-update" role="status">
      <span>{t('pwa.updateAvailable')}</span>
      <button type="button" class="btn btn-primary" onClick={applyUpdate}>
        {t('pwa.updateNow')}
      </button>
    </div>
  );
}
