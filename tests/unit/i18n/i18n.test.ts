import { describe, expect, it } from 'vitest';
import { getLang, isMessageKey, savedLang, setLang, t } from '../../../src/i18n/i18n.ts';
import { messagesId } from '../../../src/i18n/messages-id.ts';
import { messagesEn } from '../../../src/i18n/messages-en.ts';

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
