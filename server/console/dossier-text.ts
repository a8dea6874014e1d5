import { consoleMessagesEn } from '../../src/i18n/console-messages-en.ts';
import { consoleMessagesId } from '../../src/i18n/console-messages-id.ts';
import type { MessageKey } from '../../src/i18n/i18n.ts';
import { messagesEn } from '../../src/i18n/messages-en.ts';
import { messagesId } from '../../src/i18n/messages-id.ts';

// The tablet's messages and the console's own catalogue, as the console reads them (top-level keys never overlap).
const TREES = {
  id: { ...messagesId, ...consoleMessagesId },
  en: { ...messagesEn, ...consoleMessagesEn },
} as const;

/** A message in a given language on the server (the console's `t` follows one browser's choice, not a request's). */
export function textIn(
  lang: 'id' | 'en',
  key: MessageKey,
  params: Readonly<Record<string, string | number>> = {},
): string {
  let node: unknown = TREES[lang];
  for (const part of key.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
  const text = typeof node === 'string' ? node : key;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
