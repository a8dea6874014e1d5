import { useCallback, useEffect, useState } from 'preact/hooks';
import type { ConsoleApi } from './api-client.ts';

const EVERY_MS = 60_000;

/**
 * The number of open conflicts for the menu's badge: read on mount, every minute while the console is open, and when
 * `refresh` is called (after a resolution). Null until known or when the user's role does not read conflicts.
 */
export function useConflictCount(
  api: ConsoleApi,
  enabled: boolean,
): { count: number | null; refresh: () => void } {
  const [count, setCount] = useState<number | null>(null);
  const refresh = useCallback(() => {
    if (!enabled) return;
    // A failed read keeps the last figure; the screen itself says what went wrong.
    api.conflictCount().then(setCount, () => undefined);
  }, [api, enabled]);
  useEffect(() => {
    refresh();
    if (!enabled) return;
    const timer = setInterval(refresh, EVERY_MS);
    return () => clearInterval(timer);
  }, [refresh, enabled]);
  return { count, refresh };
}
