import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { t } from '../../i18n/i18n.ts';

/** Route /screening: loads the checklist (catalogue, scoring, reference lists) on first use, out of the first load. */
export function ScreeningScreen() {
  const [Workspace, setWorkspace] = useState<ComponentType | null>(null);
  useEffect(() => {
    let live = true;
    void import('../components/screening/ScreeningWorkspace.tsx').then(
      (m) => live && setWorkspace(() => m.ScreeningWorkspace),
    );
    return () => {
      live = false;
    };
  }, []);
  return (
    <section class="screen screen-wide">
      <h1>{t('screening.title')}</h1>
      {Workspace ? <Workspace /> : <p aria-busy="true">{t('app.loading')}</p>}
    </section>
  );
}
