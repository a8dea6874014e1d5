import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { t } from '../../i18n/i18n.ts';

type Loader = () => Promise<ComponentType>;

const loaded = new Map<Loader, ComponentType>();

/** Why a screen's code could not be loaded: the tablet is offline before it was stored, or something else. */
type Failure = 'offline' | 'failed';

function failureNow(): Failure {
  return typeof navigator !== 'undefined' && navigator.onLine === false ? 'offline' : 'failed';
}

/**
 * Renders a screen whose code is loaded on first use (precached by the service worker, so this works offline once
 * the app has been opened online). A failed load says why in the officer's language and offers to try the load
 * again in place (nothing on screen is lost) or to reload the page.
 */
export function LazyScreen({ load }: { load: Loader }) {
  const [Screen, setScreen] = useState<ComponentType | undefined>(() => loaded.get(load));
  const [failure, setFailure] = useState<Failure | undefined>(undefined);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (loaded.has(load)) {
      setScreen(() => loaded.get(load));
      return;
    }
    let live = true;
    setFailure(undefined);
    load().then(
      (component) => {
        loaded.set(load, component);
        if (live) setScreen(() => component);
      },
      () => {
        if (live) setFailure(failureNow());
      },
    );
    return () => {
      live = false;
    };
  }, [load, attempt]);
  if (failure) {
    return (
      <div class="alert alert-danger" role="alert">
        {t(failure === 'offline' ? 'error.screenNotOffline' : 'error.screenLoadFailed')}{' '}
        <button type="button" class="btn" onClick={() => setAttempt((n) => n + 1)}>
          {t('error.retry')}
        </button>{' '}
        <button type="button" class="btn" onClick={() => location.reload()}>
          {t('error.reload')}
        </button>
      </div>
    );
  }
  if (!Screen) return <p aria-busy="true">{t('app.loading')}</p>;
  return <Screen />;
}
