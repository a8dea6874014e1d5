import { describe, expect, it } from 'vitest';
import { words } from '../../../../src/ui/components/screening/checklist-bridge.ts';

describe('pre-answer reasons in words', () => {
  it('fills the details when they are known', () => {
    expect(
      words('checklist.prefill.nameMismatch', { boardingPass: 'SITI/A', passport: 'LESTARI SITI' }),
    ).toBe('Nama di boarding pass (SITI/A) tidak sama dengan paspor (LESTARI SITI).');
  });

  it('never shows raw placeholders when a resumed draft has only the reason', () => {
    expect(words('checklist.prefill.nameMismatch')).toBe('Nama di boarding pass tidak sama dengan paspor.');
    expect(words('checklist.prefill.watchlistName')).not.toContain('{');
  });
});
