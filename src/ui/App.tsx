import type { ComponentChildren } from 'preact';
import { t } from '../i18n/i18n.ts';
import { useLang } from './hooks/use-lang.ts';
import { usePath } from './router.ts';
import { NavBar } from './components/NavBar.tsx';
import { NetworkBadge } from './components/NetworkBadge.tsx';
import { UpdateBanner } from './components/UpdateBanner.tsx';
import { SessionGate } from './components/SessionGate.tsx';
import { LockButton } from './components/LockButton.tsx';
import { SettingsScreen } from './screens/SettingsScreen.tsx';
import { ScanScreen } from './screens/ScanScreen.tsx';
import { NotFoundScreen } from './screens/NotFoundScreen.tsx';
import { ScreeningScreen } from './screens/ScreeningScreen.tsx';
import { HistoryScreen } from './screens/HistoryScreen.tsx';
import { ExportScreen } from './screens/ExportScreen.tsx';
import { SyncScreen } from './screens/SyncScreen.tsx';
import { SyncAgent } from './components/SyncAgent.tsx';

/** Picks the screen for a path. */
function screenFor(path: string): ComponentChildren {
  switch (path) {
    case '/':
    case '/scan':
      return <ScanScreen />;
    case '/history':
      return <HistoryScreen />;
    case '/screening':
      return <ScreeningScreen />;
    case '/sync':
      return <SyncScreen />;
    case '/export':
      return <ExportScreen />;
    case '/settings':
      return <SettingsScreen />;
    default:
      return <NotFoundScreen />;
  }
}

/** The app shell: header, current screen, navigation. */
export function App() {
  const lang = useLang();
  const path = usePath();
  return (
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
        <UpdateBanner />
        <SyncAgent />
        <main id="main" class="content">
          {screenFor(path)}
        </main>
        <NavBar path={path} />
      </div>
    </SessionGate>
  );
}
