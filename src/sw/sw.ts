/// <reference lib="webworker" />
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';

declare const self: ServiceWorkerGlobalScope & {
  __WB_MANIFEST: Array<{ url: string; revision: string | null }>;
};

cleanupOutdatedCaches();
precacheAndRoute(self.__WB_MANIFEST);
// Every screen is a client-side route: serve the app shell for any navigation except the API and the case console
// (/pusat/, a separate app the receiver serves online; the tablet's shell must never stand in for it).
const NAVIGATION_DENYLIST = [/^\/api(\/|$)/, /^\/pusat(\/|$)/];
registerRoute(new NavigationRoute(createHandlerBoundToURL('index.html'), { denylist: NAVIGATION_DENYLIST }));

// An update waits until the page says the moment is safe (no open screening, no sync in flight).
self.addEventListener('message', (event: ExtendableMessageEvent) => {
  const data = event.data as { type?: string } | null;
  if (data?.type === 'SKIP_WAITING') void self.skipWaiting();
});

// The first install takes control at once so the very first visit already works offline.
self.addEventListener('activate', (event) => {
  event.waitUntil(self.clients.claim());
});

// Background Sync (where the browser has it) only wakes the pages; the page's sync engine does the sending, so
// there is one sender and one code path. Tag and message match src/sync/sync-triggers.ts.
type SyncEvent = ExtendableEvent & { tag: string };
self.addEventListener(
  'sync' as keyof ServiceWorkerGlobalScopeEventMap,
  ((event: SyncEvent) => {
    if (event.tag !== 'saring-outbox') return;
    event.waitUntil(
      self.clients.matchAll({ type: 'window' }).then((clients) => {
        for (const client of clients) client.postMessage({ type: 'saring-sync' });
      }),
    );
  }) as EventListener,
);
