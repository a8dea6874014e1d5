import { useEffect, useState } from 'preact/hooks';

/** The console's screens, all under /pusat/. */
export type ConsoleRoute =
  | { name: 'home' }
  | { name: 'case'; id: string }
  | { name: 'devices' }
  | { name: 'staff' }
  | { name: 'statistics' }
  | { name: 'notFound' };

export const CONSOLE_BASE = '/pusat';

/** Reads a /pusat/ path into a screen. */
export function parseConsoleRoute(pathname: string): ConsoleRoute {
  const rest = pathname.startsWith(`${CONSOLE_BASE}/`) ? pathname.slice(CONSOLE_BASE.length + 1) : null;
  if (rest === null) return { name: 'notFound' };
  const path = rest.replace(/\/+$/, '');
  if (path === '') return { name: 'home' };
  if (path === 'tablet') return { name: 'devices' };
  if (path === 'staf') return { name: 'staff' };
  if (path === 'statistik') return { name: 'statistics' };
  const caseMatch = /^kasus\/([^/]+)$/.exec(path);
  if (caseMatch?.[1]) {
    try {
      return { name: 'case', id: decodeURIComponent(caseMatch[1]) };
    } catch {
      return { name: 'notFound' };
    }
  }
  return { name: 'notFound' };
}

/** The path of a case's page. */
export function casePath(id: string): string {
  return `${CONSOLE_BASE}/kasus/${encodeURIComponent(id)}`;
}

const listeners = new Set<() => void>();

/** Moves to another console screen without reloading the page. */
export function consoleNavigate(path: string): void {
  history.pushState(null, '', path);
  for (const listener of listeners) listener();
}

/** The screen the address bar names; re-renders on navigation and on Back/Forward. */
export function useConsoleRoute(): ConsoleRoute {
  const [route, setRoute] = useState(() => parseConsoleRoute(location.pathname));
  useEffect(() => {
    const update = () => setRoute(parseConsoleRoute(location.pathname));
    listeners.add(update);
    addEventListener('popstate', update);
    return () => {
      listeners.delete(update);
      removeEventListener('popstate', update);
    };
  }, []);
  return route;
}
