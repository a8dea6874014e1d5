import type { MessageKey } from '../../src/i18n/i18n.ts';
import { messagesEn } from '../../src/i18n/messages-en.ts';
import { messagesId } from '../../src/i18n/messages-id.ts';

/** A message in a given language on the server (the console's `t` follows one browser's choice, not a request's). */
export function textIn(
  lang: 'id' | 'en',
  key: MessageKey,
  params: Readonly<Record<string, string | number>> = {},
): string {
  let node: unknown = lang === 'en' ? messagesEn : messagesId;
  for (const part of key.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
  const text = typeof node === 'string' ? node : key;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** A CSV cell: quoted when needed, and a leading formula character defused for spreadsheet programs. */
export function csvCell(value: unknown): string {
  let s = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
