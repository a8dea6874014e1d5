import { t, type MessageKey } from '../../i18n/i18n.ts';
import { navigate, type RoutePath } from '../router.ts';

const ITEMS: ReadonlyArray<{ path: RoutePath; label: MessageKey; icon: string }> = [
  { path: '/scan', label: 'nav.scan', icon: '▦' },
  { path: '/history', label: 'nav.history', icon: '☰' },
  { path: '/sync', label: 'nav.sync', icon: '⇅' },
  { path: '/export', label: 'nav.export', icon: '⇩' },
  { path: '/settings', label: 'nav.settings', icon: '⚙' },
];

/** The main navigation: a bar of large touch targets. */
export function NavBar({ path }: { path: string }) {
  return (
    <nav class="nav" aria-label={t('nav.label')}>
      {ITEMS.map((item) => (
        <a
          key={item.path}
          href={item.path}
          class="nav-item"
          aria-current={path === item.path ? 'page' : undefined}
          onClick={(event) => {
            event.preventDefault();
            navigate(item.path);
          }}
        >
          <span class="nav-icon" aria-hidden="true">
            {item.icon}
          </span>
          <span>{t(item.label)}</span>
        </a>
      ))}
    </nav>
  );
}
