import { consoleOnlyId } from '../i18n/console-only-id.ts';
import { addMessages } from '../i18n/i18n.ts';

/** Adds the messages only the console shows to the shared ones (English loaded when chosen). */
export function registerConsoleMessages(): void {
  addMessages(consoleOnlyId, async () => (await import('../i18n/console-only-en.ts')).consoleOnlyEn);
}
