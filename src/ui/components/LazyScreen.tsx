import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { t } from '../../i18n/i18n.ts';

type Loader = () => Promise<ComponentType>;

const loaded = new Map<Loader, ComponentType>();

/** Renders a screen whose code is loaded on first use (precached, so this works offline too). */
export function LazyScreen({ load }: { load: Loader }) {
  const [Screen, setScreen] = useState<ComponentType | undefined>(() => loaded.get(load));
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (loaded.has(load)) {
      setScreen(() => loaded.get(load));
      return;
    }
    let live = true;
    load().then(
      (component) => {
        loaded.set(load, component);
        if (live) setScreen(() => component);
      },
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [load]);
  if (failed) {
    return (
      <div class="alert alert-danger" role="alert">
        {t('error.unexpected')}{' '}
        <button type="button" class="btn" onClick={() => location.reload()}>
          {t('error.reload')}
        </button>
      </div>
    );
  }
  if (!Screen) return <p aria-busy="true">{t('app.loading')}</p>;
  return <Screen />;
}
