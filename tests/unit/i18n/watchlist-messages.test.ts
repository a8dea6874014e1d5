import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONSOLE_AUDIT_ACTIONS, CONSOLE_ERRORS } from '../../../src/core/console/console-api.ts';
import { WATCHLIST_CSV_CODES } from '../../../src/core/console/watchlist-api.ts';
import { messagesEn } from '../../../src/i18n/messages-en.ts';
import { messagesId } from '../../../src/i18n/messages-id.ts';

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

  it('fills a row issue’s field and a file fault’s detail into its message', () => {
    expect(leaf(messagesId, 'watchAdmin.csv.badDate')).toContain('{field}');
    expect(leaf(messagesEn, 'watchAdmin.csv.unknownColumns')).toContain('{detail}');
  });
});
