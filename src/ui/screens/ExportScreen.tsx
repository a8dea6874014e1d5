import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { t } from '../../i18n/i18n.ts';
import { useSession } from '../hooks/use-session.ts';

/** Route /export: the shift lead's flag list, dashboard, district counts, recruiter report and exports. */
export function ExportScreen() {
  const { officer } = useSession();
  if (officer.role !== 'shift_lead') {
    return (
      <section class="screen">
        <h1>{t('export.title')}</h1>
        <p class="alert alert-warn" role="alert">
          {t('export.onlyLeads')}
        </p>
      </section>
    );
  }
  return <LeadWorkspace />;
}

// The workspace (charts, writers' front end) loads only for a shift lead, keeping it out of the first load.
function LeadWorkspace() {
  const [Workspace, setWorkspace] = useState<ComponentType | null>(null);
  useEffect(() => {
    let live = true;
    void import('../components/export/ExportWorkspace.tsx').then(
      (m) => live && setWorkspace(() => m.ExportWorkspace),
    );
    return () => {
      live = false;
    };
  }, []);
  if (Workspace) return <Workspace />;
  return (
    <section class="screen">
      <h1>{t('export.title')}</h1>
      <p>{t('export.loading')}</p>
    </section>
  );
}
