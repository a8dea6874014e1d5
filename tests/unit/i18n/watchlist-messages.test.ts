import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONSOLE_AUDIT_ACTIONS, CONSOLE_ERRORS } from '../../../src/core/console/console-api.ts';
import { WATCHLIST_CSV_CODES } from '../../../src/core/console/watchlist-api.ts';
import { consoleMessagesEn } from '../../../src/i18n/console-messages-en.ts';
import { consoleMessagesId } from '../../../src/i18n/console-messages-id.ts';
import { messagesEn as sharedEn } from '../../../src/i18n/messages-en.ts';
import { messagesId as sharedId } from '../../../src/i18n/messages-id.ts';

// What the console reads: the tablet's messages and the console's own catalogue.
const messagesId = { ...sharedId, ...consoleMessagesId };
const messagesEn = { ...sharedEn, ...consoleMessagesEn };

function leaf(tree: unknown, key: string): string | undefined {
  let node: unknown = tree;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' ? node : undefined;
}

const params = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();

function expectBothLanguages(key: string): void {
  const id = leaf(messagesId, key);
  const en = leaf(messagesEn, key);
  expect(id, `${key} in Bahasa Indonesia`).toBeTruthy();
  expect(en, `${key} in English`).toBeTruthy();
  expect(params(en!), `${key}: same placeholders`).toEqual(params(id!));
}

describe('watchlist and audit messages', () => {
  it('has a message in both languages for every CSV code the import can return', () => {
    for (const code of WATCHLIST_CSV_CODES) expectBothLanguages(code);
  });

  it('knows every watchAdmin.csv code the server writes (none is added without a message)', () => {
    const sources = [
      'server/watchlist-csv.ts',
      'server/console/watchlist-admin.ts',
      'server/console/watch-routes.ts',
    ];
    const written = new Set<string>();
    for (const file of sources)
      for (const m of readFileSync(file, 'utf8').matchAll(/'(watchAdmin\.csv\.[A-Za-z]+)'/g))
        written.add(m[1]!);
    expect(written.size).toBeGreaterThan(5);
    for (const code of written) expect(WATCHLIST_CSV_CODES as readonly string[]).toContain(code);
  });

  it('has a message in both languages for every console error code the routes return', () => {
    for (const code of CONSOLE_ERRORS) expectBothLanguages(code);
  });

  it('names every server audit action in both languages', () => {
    for (const action of CONSOLE_AUDIT_ACTIONS)
      expectBothLanguages(`auditLog.action.${action.replace('.', '_')}`);
  });

  it('keeps the console-only messages out of the tablet’s shared tree', () => {
    expect(leaf(sharedId, 'watchAdmin.title')).toBeUndefined();
    expect(leaf(sharedId, 'auditLog.title')).toBeUndefined();
  });

  it('fills a row issue’s field and a file fault’s detail into its message', () => {
    expect(leaf(messagesId, 'watchAdmin.csv.badDate')).toContain('{field}');
    expect(leaf(messagesEn, 'watchAdmin.csv.unknownColumns')).toContain('{detail}');
  });
});

describe('the console catalogue', () => {
  it('translates its keys once the console loads it, English loaded when chosen', async () => {
    const { isMessageKey, setLang, t } = await import('../../../src/i18n/i18n.ts');
    const { loadConsoleCatalogue } = await import('../../../src/i18n/console-catalogue.ts');
    loadConsoleCatalogue();
    expect(isMessageKey('auditLog.title')).toBe(true);
    expect(t('auditLog.title')).toBe('Log audit');
    await setLang('en', { persist: false });
    expect(t('auditLog.title')).toBe('Audit log');
    expect(t('nav.settings')).toBe('Settings');
    await setLang('id', { persist: false });
    expect(t('watchAdmin.csv.empty')).toBe('Berkas kosong: tidak ada baris judul kolom.');
  });
});
