import { describe, expect, it } from 'vitest';
import { getLang, isMessageKey, savedLang, setLang, t } from '../../../src/i18n/i18n.ts';
import { messagesId } from '../../../src/i18n/messages-id.ts';
import { messagesEn } from '../../../src/i18n/messages-en.ts';
import { consoleMessagesId as consoleId } from '../../../src/i18n/console-messages-id.ts';
import { consoleMessagesEn as consoleEn } from '../../../src/i18n/console-messages-en.ts';
import { consoleCatalogue, loadConsoleCatalogue } from '../../../src/i18n/console-catalogue.ts';

function leaves(tree: unknown, prefix = ''): string[] {
  if (typeof tree === 'string') return [prefix];
  return Object.entries(tree as Record<string, unknown>).flatMap(([k, v]) =>
    leaves(v, prefix ? `${prefix}.${k}` : k),
  );
}

describe('translations', () => {
  it('speaks Bahasa Indonesia by default and English once chosen', async () => {
    expect(getLang()).toBe('id');
    expect(t('nav.settings')).toBe('Pengaturan');
    await setLang('en', { persist: false });
    expect(t('nav.settings')).toBe('Settings');
    await setLang('id', { persist: false });
  });

  it('has every Indonesian key in English too, and no empty text', () => {
    const id = leaves(messagesId).sort();
    expect(leaves(messagesEn).sort()).toEqual(id);
    for (const key of id) {
      expect(isMessageKey(key)).toBe(true);
    }
    for (const tree of [messagesId, messagesEn]) {
      for (const key of id) {
        const text = key
          .split('.')
          .reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], tree);
        expect(typeof text === 'string' && text.trim().length > 0, key).toBe(true);
      }
    }
  });

  it('has every console key in English too, and the console catalogue only once the console loads it', async () => {
    expect(leaves(consoleEn).sort()).toEqual(leaves(consoleId).sort());
    expect(leaves(consoleId).some((key) => leaves(messagesId).includes(key))).toBe(false);
    expect(await consoleCatalogue.en()).toBe(consoleEn);
    expect(isMessageKey('console.nav.signOut')).toBe(false);
    loadConsoleCatalogue();
    expect(isMessageKey('console.nav.signOut')).toBe(true);
    expect(t('console.nav.signOut')).toBe('Keluar');
    await setLang('en', { persist: false });
    expect(t('console.nav.signOut')).toBe('Sign out');
    expect(t('nav.settings')).toBe('Settings');
    await setLang('id', { persist: false });
    expect(t('console.nav.signOut')).toBe('Keluar');
  });

  it('tells known keys from unknown ones (core error codes are checked this way)', () => {
    expect(isMessageKey('nav.scan')).toBe(true);
    expect(isMessageKey('nav.nothing')).toBe(false);
  });

  it('falls back to Bahasa Indonesia when storage is unavailable or holds nonsense', () => {
    expect(savedLang(undefined)).toBe('id');
    expect(savedLang({ getItem: () => 'fr' })).toBe('id');
    expect(savedLang({ getItem: () => 'en' })).toBe('en');
    expect(
      savedLang({
        getItem: () => {
          throw new Error('denied');
        },
      }),
    ).toBe('id');
  });
});
