/** Message the service worker posts to its pages when Background Sync fires. */
export const SW_SYNC_MESSAGE = 'saring-sync';
/** Background Sync tag registered while entries are waiting. */
export const BACKGROUND_SYNC_TAG = 'saring-outbox';

type SyncRegistration = ServiceWorkerRegistration & { sync?: { register(tag: string): Promise<void> } };

/**
 * Calls `sync` at start, when the network comes back, when the page becomes visible, every `intervalMs`, and when
 * the service worker relays a Background Sync event. Returns the function that removes every trigger.
 */
export function startSyncTriggers(sync: () => void, intervalMs = 60_000): () => void {
  const onVisible = (): void => {
    if (document.visibilityState === 'visible') sync();
  };
  const onMessage = (event: MessageEvent): void => {
    if ((event.data as { type?: string } | null)?.type === SW_SYNC_MESSAGE) sync();
  };
  window.addEventListener('online', sync);
  document.addEventListener('visibilitychange', onVisible);
  navigator.serviceWorker?.addEventListener('message', onMessage);
  const timer = setInterval(sync, intervalMs);
  sync();
  return () => {
    window.removeEventListener('online', sync);
    document.removeEventListener('visibilitychange', onVisible);
    navigator.serviceWorker?.removeEventListener('message', onMessage);
    clearInterval(timer);
  };
}

/** Asks the browser to wake the service worker when connectivity returns (an extra trigger; Safari has none). */
export async function registerBackgroundSync(): Promise<boolean> {
  try {
    const registration = (await navigator.serviceWorker?.ready) as SyncRegistration | undefined;
    if (!registration?.sync) return false;
    await registration.sync.register(BACKGROUND_SYNC_TAG);
    return true;
  } catch {
    return false;
  }
}
