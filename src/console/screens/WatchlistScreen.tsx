import { useState } from 'preact/hooks';
import type { StaffUser } from '../../core/console/console-api.ts';
import { t } from '../../i18n/i18n.ts';
import type { ConsoleApi } from '../api-client.ts';
import { ProposalQueue } from '../components/ProposalQueue.tsx';
import { WatchEntries } from '../components/WatchEntries.tsx';
import { WatchImport } from '../components/WatchImport.tsx';

type Props = { api: ConsoleApi; user: StaffUser };
type Tab = 'proposals' | 'entries' | 'import';

/**
 * Cekal proposals and the watchlist. Everybody who works cases reads both; Imigrasi case workers and supervisors
 * change the list by hand or by CSV; only an Imigrasi supervisor decides a proposal (the server enforces each).
 */
export function WatchlistScreen({ api, user }: Props) {
  const [tab, setTab] = useState<Tab>('proposals');
  const imigrasi = user.agency === 'IMIGRASI';
  const canEdit = imigrasi && (user.role === 'imigrasi_worker' || user.role === 'supervisor');
  const tabs: Tab[] = canEdit ? ['proposals', 'entries', 'import'] : ['proposals', 'entries'];
  return (
    <section aria-labelledby="watch-title">
      <h1 id="watch-title">{t('watchAdmin.title')}</h1>
      <p class="help">{t('watchAdmin.intro')}</p>
      <div class="tabs" role="tablist" aria-label={t('watchAdmin.title')}>
        {tabs.map((name) => (
          <button
            key={name}
            type="button"
            role="tab"
            id={`watch-tab-${name}`}
            aria-selected={tab === name ? 'true' : 'false'}
            aria-controls="watch-panel"
            class={tab === name ? 'tab tab-current' : 'tab'}
            onClick={() => setTab(name)}
          >
            {t(`watchAdmin.tab.${name}`)}
          </button>
        ))}
      </div>
      <div id="watch-panel" role="tabpanel" aria-labelledby={`watch-tab-${tab}`}>
        {tab === 'proposals' && <ProposalQueue api={api} user={user} />}
        {tab === 'entries' && <WatchEntries api={api} canEdit={canEdit} />}
        {tab === 'import' && canEdit && <WatchImport api={api} />}
      </div>
    </section>
  );
}
