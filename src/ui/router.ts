import { useEffect, useState } from 'preact/hooks';

/** The app's screens, by path. */
export const ROUTES = ['/scan', '/screening', '/history', '/sync', '/export', '/settings'] as const;
export type RoutePath = (typeof ROUTES)[number];

const listeners = new Set<() => void>();

/** Moves to a path inside the app without a page load. */
export function navigate(path: string, options: { replace?: boolean } = {}): void {
  if (options.replace) history.replaceState(null, '', path);
  else history.pushState(null, '', path);
  for (const listener of listeners) listener();
}

/** The current path; re-renders on navigation and on the back button. */
export function usePath(): string {
  const [path, setPath] = useState(() => location.pathname);
  useEffect(() => {
    const update = (): void => setPath(location.pathname);
    listeners.add(update);
    addEventListener('popstate', update);
    return () => {
      listeners.delete(update);
      removeEventListener('popstate', update);
    };
  }, []);
  return path;
}
