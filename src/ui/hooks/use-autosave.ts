import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';

const inFlight = new Set<Promise<unknown>>();

/** Resolves once every autosave already started has finished, so a screen reopened at once reads the latest draft. */
export async function autosavesSettled(): Promise<void> {
  await Promise.allSettled([...inFlight]);
}

function track<T>(promise: Promise<T>): Promise<T> {
  inFlight.add(promise);
  void promise.finally(() => inFlight.delete(promise)).catch(() => undefined);
  return promise;
}

/** Where the last autosave stands. */
export type AutosaveStatus = 'idle' | 'pending' | 'saved' | 'failed';

/**
 * Saves `value` after it stops changing for `delayMs`, and at once when the page is hidden or closed, so closing the
 * app mid-work loses nothing. A null value or `enabled: false` saves nothing.
 */
export function useAutosave<T>(
  value: T | null,
  save: (value: T) => Promise<void>,
  options: { delayMs?: number; enabled?: boolean } = {},
): AutosaveStatus {
  const { delayMs = 300, enabled = true } = options;
  const [status, setStatus] = useState<AutosaveStatus>('idle');
  const latest = useRef<{ value: T | null; dirty: boolean }>({ value: null, dirty: false });
  const saveRef = useRef(save);
  saveRef.current = save;

  useEffect(() => {
    if (!enabled) {
      // Once the work is finished (saved for good), nothing pending may write a stale draft back.
      latest.current.dirty = false;
      return;
    }
    if (value === null) return;
    setStatus('pending');
    const flush = (): void => {
      const current = latest.current;
      if (!current.dirty || current.value === null) return;
      current.dirty = false;
      track(saveRef.current(current.value)).then(
        () => setStatus((s) => (latest.current.dirty ? s : 'saved')),
        () => {
          latest.current.dirty = true;
          setStatus('failed');
        },
      );
    };
    const timer = setTimeout(flush, delayMs);
    const onHide = (): void => {
      if (document.visibilityState === 'hidden') flush();
    };
    document.addEventListener('visibilitychange', onHide);
    addEventListener('pagehide', flush);
    return () => {
      clearTimeout(timer);
      document.removeEventListener('visibilitychange', onHide);
      removeEventListener('pagehide', flush);
    };
  }, [value, enabled, delayMs]);

  // Unmounting (navigating away) flushes what is still pending; a layout effect, so it is in place even when the
  // screen closes before the first paint's effects ran.
  if (enabled && value !== null && latest.current.value !== value) latest.current = { value, dirty: true };
  useLayoutEffect(
    () => () => {
      const current = latest.current;
      if (current.dirty && current.value !== null) {
        current.dirty = false;
        void track(saveRef.current(current.value)).catch(() => undefined);
      }
    },
    [],
  );
  return status;
}
