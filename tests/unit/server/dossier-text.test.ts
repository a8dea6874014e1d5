import { describe, expect, it } from 'vitest';
import { textIn } from '../../../server/console/dossier-text.ts';

describe('dossier text on the server', () => {
  it('finds the console catalogue’s messages in both languages, with their parameters filled', () => {
    expect(textIn('id', 'recruiters.dossier.page', { page: 2 })).not.toContain('recruiters.');
    expect(textIn('id', 'recruiters.dossier.page', { page: 2 })).toContain('2');
    expect(textIn('en', 'recruiters.dossier.page', { page: 2 })).not.toBe(
      textIn('id', 'recruiters.dossier.page', { page: 2 }),
    );
    expect(textIn('en', 'nav.settings')).toBe('Settings');
  });
});
