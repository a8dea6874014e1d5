import { registerCatalogue, type Catalogue } from './i18n.ts';
import { consoleMessages } from './id/console.ts';
import type { Messages } from './message-types.ts';

/** The case console's messages: Indonesian at once, English loaded with it; the English must match in shape. */
export const consoleCatalogue: Catalogue = {
  id: consoleMessages,
  en: async (): Promise<Messages<typeof consoleMessages>> =>
    (await import('./en/console.ts')).consoleMessages,
};

/** Makes the console's messages available to t(); called by the console app before it renders. */
export function loadConsoleCatalogue(): void {
  registerCatalogue(consoleCatalogue);
}
