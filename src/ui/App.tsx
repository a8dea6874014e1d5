import type { ComponentChildren, ComponentType } from 'preact';
import { t } from '../i18n/i18n.ts';
import { useLang } from '../shared-ui/use-lang.ts';
import { usePath } from './router.ts';
import { NavBar } from './components/NavBar.tsx';
import { NetworkBadge } from './components/NetworkBadge.tsx';
import { UpdateBanner } from './components/UpdateBanner.tsx';
import { SessionGate } from './components/SessionGate.tsx';
import { LockButton } from './components/LockButton.tsx';
import { NotFoundScreen } from './screens/NotFoundScreen.tsx';
import { SyncAgent } from './components/SyncAgent.tsx';
import { LazyScreen } from './components/LazyScreen.tsx';

// Screens load on first use, keeping the first load small; all are precached for offline use.
// ScanScreen's only prop (a clock) is optional and for tests.
const loadScan = () => import('./screens/ScanScreen.tsx').then((m) => m.ScanScreen as ComponentType);
const loadHistory = () => import('./screens/HistoryScreen.tsx').then((m) => m.HistoryScreen);
const loadScreening = () => import('./screens/ScreeningScreen.tsx').then((m) => m.ScreeningScreen);
const loadSync = () => import('./screens/SyncScreen.tsx').then((m) => m.SyncScreen);
const loadExport = () => import('./screens/ExportScreen.tsx').then((m) => m.ExportScreen);
const loadSettings = () => import('./screens/SettingsScreen.tsx').then((m) => m.SettingsScreen);

/** Picks the screen for a path. */
function screenFor(path: string): ComponentChildren {
  switch (path) {
    case '/':
    case '/scan':
      return <LazyScreen load={loadScan} />;
    case '/history':
      return <LazyScreen load={loadHistory} />;
    case '/screening':
      return <LazyScreen load={loadScreening} />;
    case '/sync':
      return <LazyScreen load={loadSync} />;
    case '/export':
      return <LazyScreen load={loadExport} />;
    case '/settings':
      return <LazyScreen load={loadSettings} />;
    default:
      return <NotFoundScreen />;
  }
}

/** The app shell: header, current screen, navigation. */
export function App() {
  const lang = useLang();
  const path = usePath();
  return (
    <>
      {/* Outside the gate: an update can be applied from the sign-in screen too (nothing is open there). */}
      <UpdateBanner />
      <SessionGate>
        <div class="shell" data-lang={lang}>
          <a class="skip" href="#main">
            {t('app.skipToContent')}
          </a>
          <header class="topbar">
            <span class="brand">{t('app.name')}</span>
            <span class="tagline">{t('app.tagline')}</span>
            <NetworkBadge />
            <LockButton />
          </header>
          <SyncAgent />
          <main id="main" class="content">
            {screenFor(path)}
          </main>
          <NavBar path={path} />
        </div>
      </SessionGate>
    </>
  );
}
