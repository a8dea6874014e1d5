import { useEffect, useState } from 'preact/hooks';
import { CASE_ROLES, type StaffUser } from '../../core/console/console-api.ts';
import { t } from '../../i18n/i18n.ts';
import type { ConsoleApi } from '../api-client.ts';
import { CONSOLE_BASE, conflictPath, consoleNavigate, useConsoleRoute } from '../console-router.ts';
import { CaseScreen } from '../screens/CaseScreen.tsx';
import { ConflictsScreen } from '../screens/ConflictsScreen.tsx';
import { DevicesScreen } from '../screens/DevicesScreen.tsx';
import { InboxScreen } from '../screens/InboxScreen.tsx';
import { PasswordScreen } from '../screens/PasswordScreen.tsx';
import { AuditScreen } from '../screens/AuditScreen.tsx';
import { RecruiterScreen } from '../screens/RecruiterScreen.tsx';
import { RecruitersScreen } from '../screens/RecruitersScreen.tsx';
import { StaffScreen } from '../screens/StaffScreen.tsx';
import { WatchlistScreen } from '../screens/WatchlistScreen.tsx';
import { StatisticsScreen } from '../screens/StatisticsScreen.tsx';
import { EMPTY_FILTERS, type InboxFilters } from './inbox-filters.ts';
import { LanguageToggle } from './LanguageToggle.tsx';
import { useConflictCount } from '../use-conflict-count.ts';

type Props = { api: ConsoleApi; user: StaffUser; onSignedOut: () => void };

const CASE_SCREENS: ReadonlySet<string> = new Set([
  'inbox',
  'case',
  'conflicts',
  'watchlist',
  'recruiters',
  'recruiter',
]);
const ADMIN_SCREENS: ReadonlySet<string> = new Set(['devices', 'audit']);

/** Header, menu by role, and the screen the address names. */
export function ConsoleShell({ api, user, onSignedOut }: Props) {
  const route = useConsoleRoute();
  // The inbox's filters outlive a visit to a case, so Back returns to the same list.
  const [filters, setFilters] = useState<InboxFilters>(EMPTY_FILTERS);
  const readsCases = CASE_ROLES.includes(user.role);
  const isAdmin = user.role === 'admin';
  // The staff list is the administrator's to manage and a supervisor's to read (the server's route roles).
  const seesStaff = isAdmin || user.role === 'supervisor';
  const conflicts = useConflictCount(api, readsCases);
  const screen = route.name === 'home' ? (readsCases ? 'inbox' : isAdmin ? 'devices' : 'none') : route.name;
  // Who may open each screen (the server's route roles); every other screen is open to any signed-in user.
  const permitted = CASE_SCREENS.has(screen)
    ? readsCases
    : ADMIN_SCREENS.has(screen)
      ? isAdmin
      : screen === 'staff'
        ? seesStaff
        : screen !== 'notFound' && screen !== 'none';
  useEffect(() => {
    document.title = `${t('console.app.name')}`;
  }, []);
  const link = (path: string, label: string, current: boolean) => (
    <a
      href={path}
      aria-current={current ? 'page' : undefined}
      onClick={(event) => {
        event.preventDefault();
        consoleNavigate(path);
      }}
    >
      {label}
    </a>
  );
  const open = conflicts.count;
  return (
    <div class="console">
      <a class="skip" href="#main">
        {t('console.app.skip')}
      </a>
      <header class="console-top">
        <span class="brand">{t('console.app.name')}</span>
        <nav aria-label={t('console.nav.label')}>
          {readsCases &&
            link(`${CONSOLE_BASE}/`, t('console.nav.cases'), screen === 'inbox' || screen === 'case')}
          {readsCases && (
            <a
              href={conflictPath()}
              aria-current={screen === 'conflicts' ? 'page' : undefined}
              onClick={(event) => {
                event.preventDefault();
                consoleNavigate(conflictPath());
              }}
            >
              {t('console.nav.conflicts')}
              {open !== null && open > 0 && (
                <span
                  class="badge"
                  data-testid="conflict-badge"
                  aria-label={t('console.nav.conflictsOpen', { count: open })}
                >
                  {open}
                </span>
              )}
            </a>
          )}
          {readsCases &&
            link(
              `${CONSOLE_BASE}/perekrut`,
              t('recruiters.nav'),
              screen === 'recruiters' || screen === 'recruiter',
            )}
          {link(`${CONSOLE_BASE}/statistik`, t('console.nav.statistics'), screen === 'statistics')}
          {isAdmin && link(`${CONSOLE_BASE}/tablet`, t('console.nav.devices'), screen === 'devices')}
          {readsCases && link(`${CONSOLE_BASE}/cekal`, t('console.nav.watchlist'), screen === 'watchlist')}
          {seesStaff && link(`${CONSOLE_BASE}/staf`, t('console.nav.staff'), screen === 'staff')}
          {isAdmin && link(`${CONSOLE_BASE}/audit`, t('console.nav.audit'), screen === 'audit')}
        </nav>
        <span class="who" data-testid="console-user" data-username={user.username}>
          {t('console.nav.signedInAs', { name: user.name, role: t(`console.role.${user.role}`) })}
        </span>
        <span class="account">
          {link(`${CONSOLE_BASE}/kata-sandi`, t('console.nav.password'), screen === 'password')}
        </span>
        <LanguageToggle />
        <button
          type="button"
          class="btn"
          onClick={() => {
            api.signOut().then(onSignedOut, onSignedOut);
          }}
        >
          {t('console.nav.signOut')}
        </button>
      </header>
      <main id="main" class="console-main">
        {permitted && screen === 'inbox' && (
          <InboxScreen api={api} filters={filters} onFilters={setFilters} />
        )}
        {permitted && route.name === 'case' && (
          <CaseScreen key={route.id} api={api} id={route.id} user={user} />
        )}
        {permitted && route.name === 'conflicts' && (
          <ConflictsScreen api={api} id={route.id} onChanged={conflicts.refresh} />
        )}
        {permitted && screen === 'recruiters' && <RecruitersScreen api={api} />}
        {permitted && route.name === 'recruiter' && (
          <RecruiterScreen key={route.id} api={api} id={route.id} />
        )}
        {permitted && screen === 'devices' && <DevicesScreen api={api} />}
        {screen === 'statistics' && <StatisticsScreen api={api} />}
        {permitted && screen === 'staff' && <StaffScreen api={api} canCreate={isAdmin} selfId={user.id} />}
        {screen === 'password' && <PasswordScreen api={api} forced={false} onChanged={() => undefined} />}
        {permitted && screen === 'watchlist' && <WatchlistScreen api={api} user={user} />}
        {permitted && screen === 'audit' && <AuditScreen api={api} />}
        {!permitted && (
          <p class="alert alert-warn">
            {t(screen === 'notFound' ? 'console.error.notFound' : 'console.error.forbidden')}
          </p>
        )}
      </main>
    </div>
  );
}
