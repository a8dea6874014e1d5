import { consoleMessagesId } from './console-messages-id.ts';
import { registerCatalogue, type Catalogue } from './i18n.ts';

/** The case console's messages: Indonesian at once, English loaded with the language. */
export const consoleCatalogue: Catalogue = {
  id: consoleMessagesId,
  en: async () => (await import('./console-messages-en.ts')).consoleMessagesEn,
};

/** Makes the console's messages available to t(); called by the console app before it renders. */
export function loadConsoleCatalogue(): void {
  registerCatalogue(consoleCatalogue);
}
