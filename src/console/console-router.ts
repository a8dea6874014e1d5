import { useLayoutEffect, useState } from 'preact/hooks';

/** The console's screens, all under /pusat/. */
export type ConsoleRoute =
  | { name: 'home' }
  | { name: 'case'; id: string }
  | { name: 'devices' }
  | { name: 'staff' }
  | { name: 'password' }
  | { name: 'conflicts'; id: string | null }
  | { name: 'watchlist' }
  | { name: 'audit' }
  | { name: 'recruiters' }
  | { name: 'recruiter'; id: string }
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
  if (path === 'kata-sandi') return { name: 'password' };
  if (path === 'cekal') return { name: 'watchlist' };
  if (path === 'audit') return { name: 'audit' };
  if (path === 'konflik') return { name: 'conflicts', id: null };
  if (path === 'perekrut') return { name: 'recruiters' };
  const match = /^(kasus|konflik|perekrut)\/([^/]+)$/.exec(path);
  if (match?.[2]) {
    try {
      const id = decodeURIComponent(match[2]);
      if (match[1] === 'kasus') return { name: 'case', id };
      return match[1] === 'konflik' ? { name: 'conflicts', id } : { name: 'recruiter', id };
    } catch {
      return { name: 'notFound' };
    }
  }
  return { name: 'notFound' };
}

/** The path of the conflict screen, with one conflict open beside the list when given. */
export function conflictPath(id: string | null = null): string {
  return id === null ? `${CONSOLE_BASE}/konflik` : `${CONSOLE_BASE}/konflik/${encodeURIComponent(id)}`;
}

/** The path of a case's page. */
export function casePath(id: string): string {
  return `${CONSOLE_BASE}/kasus/${encodeURIComponent(id)}`;
}

/** The path of a recruiter's page (any member's linked-person id). */
export function recruiterPath(id: string): string {
  return `${CONSOLE_BASE}/perekrut/${encodeURIComponent(id)}`;
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
  // Listening from the first commit, not after the next frame: a menu link used at once must not be lost.
  useLayoutEffect(() => {
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
