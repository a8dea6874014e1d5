import type { common as source } from '../id/common.ts';
import type { Messages } from '../message-types.ts';

/** Shell, navigation and settings strings in English. */
export const common: Messages<typeof source> = {
  app: {
    name: 'Saring',
    tagline: 'Departure clarification before the x-ray',
    loading: 'Loading…',
    skipToContent: 'Skip to content',
  },
  nav: {
    label: 'Main navigation',
    scan: 'Scan',
    history: 'History',
    sync: 'Sync',
    export: 'Export',
    settings: 'Settings',
  },
  network: {
    online: 'Online',
    offline: 'Offline — data stays saved on this tablet',
  },
  pwa: {
    offlineReady: 'The app is ready to work offline.',
    updateAvailable: 'An update is available.',
    updateNow: 'Update now',
    updateWaiting: 'The update will be applied once the work in progress is finished.',
    updateBusy: 'Finish the open screening or the running sync first.',
    dismiss: 'Later',
  },
  settings: {
    title: 'Settings',
    language: 'Language',
    languageHelp: 'The language choice is kept on this tablet and works offline.',
    timeZone: 'Checkpoint time zone',
    now: 'Current time',
    version: 'App version',
  },
  placeholder: {
    history: "Today's screenings will be listed here.",
    sync: 'Sync status with the central case system will be shown here.',
    export: "The shift lead's daily flag list will be shown here.",
    scan: 'Scan the passport and boarding pass to start a screening.',
  },
  notFound: {
    title: 'Page not found',
    back: 'Back to Scan',
  },
  error: {
    unexpected: 'Something unexpected went wrong. Saved data is not lost.',
    reload: 'Reload',
    retry: 'Try again',
    screenNotOffline:
      'This screen is not yet stored on the tablet for use without a network. Connect to the network once, then try again. Saved data is not lost.',
    screenLoadFailed: 'This screen failed to load. Try again; saved data is not lost.',
  },
};
