import { describe, expect, it } from 'vitest';
import { changedFields, changeGroups } from '../../../../src/ui/components/history/revision-diff.ts';
import { screening } from '../../../unit/storage/store-fixtures.ts';

describe('what changed between revisions', () => {
  it('counts the officer confirming a pre-answer as a change of that answer, once', () => {
    const before = screening({ answers: { CMP_MINOR: 'unknown', TRV_ONE_WAY: 'no' } });
    const confirmedOnly = { ...before, revision: 2, confirmedPrefills: ['CMP_MINOR'] };
    expect(changedFields(before, confirmedOnly)).toEqual(['answers.CMP_MINOR']);

    const confirmedAndChanged = {
      ...confirmedOnly,
      answers: { CMP_MINOR: 'no' as const, TRV_ONE_WAY: 'yes' as const },
    };
    expect(changeGroups(changedFields(before, confirmedAndChanged))).toEqual([
      { field: 'answers', count: 2 },
    ]);
  });
});
