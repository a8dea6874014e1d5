import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isMessageKey } from '../../../../src/i18n/i18n.ts';
import { CATEGORIES } from '../../../../src/core/checklist/catalogue-schema.ts';
import { OUTCOMES } from '../../../../src/core/screening/screening-schema.ts';

/** Every `'checklist.…'` / `'catalogue.…'` string literal in the core files that return codes. */
function codesIn(file: string): string[] {
  const text = readFileSync(join(import.meta.dirname, '../../../../src/core/checklist', file), 'utf8');
  return [...text.matchAll(/'((?:checklist|catalogue)\.[a-zA-Z.]+)'/g)].map((m) => m[1] ?? '');
}

describe('codes returned by the checklist core are shown in words', () => {
  it.each(['score.ts', 'decision-rights.ts', 'prefill.ts', 'catalogue-schema.ts'])(
    'every code in %s is a message',
    (file) => {
      const codes = codesIn(file);
      expect(codes.length).toBeGreaterThan(0);
      for (const code of codes) expect(isMessageKey(code), code).toBe(true);
    },
  );

  it('has a label for every category and every outcome', () => {
    for (const c of CATEGORIES) expect(isMessageKey(`checklist.category.${c}`), c).toBe(true);
    for (const o of OUTCOMES) expect(isMessageKey(`checklist.outcome.${o}`), o).toBe(true);
  });
});
