import { Workbox } from 'workbox-window';
import { whenIdle, isBusy } from './busy.ts';

export type PwaState = 'idle' | 'offline-ready' | 'update-available' | 'update-deferred';

type Listener = (state: PwaState) => void;

let state: PwaState = 'idle';
const listeners = new Set<Listener>();
let workbox: Workbox | undefined;

function setState(next: PwaState): void {
  state = next;
  for (const listener of listeners) listener(state);
}

/** The current update/offline state. */
export function pwaState(): PwaState {
  return state;
}

/** Subscribes to state changes; returns the unsubscribe function. */
export function onPwaState(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Registers the service worker; checks for updates whenever the app becomes visible again. */
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
  workbox = new Workbox(`${import.meta.env.BASE_URL}sw.js`, { scope: import.meta.env.BASE_URL });
  workbox.addEventListener('installed', (event) => {
    if (!event.isUpdate) setState('offline-ready');
  });
  workbox.addEventListener('waiting', () => setState('update-available'));
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') void workbox?.update();
  });
  void workbox.register();
}

/** Applies a waiting update now if no work is in progress, otherwise as soon as it ends. */
export function applyUpdate(): void {
  const wb = workbox;
  if (!wb) return;
  if (isBusy()) setState('update-deferred');
  whenIdle(() => {
    wb.addEventListener('controlling', () => window.location.reload());
    wb.messageSkipWaiting();
  });
}

/** Hides the "ready offline" notice. */
export function dismissPwaNotice(): void {
  if (state === 'offline-ready') setState('idle');
}
