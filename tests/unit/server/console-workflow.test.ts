import { describe, expect, it } from 'vitest';
import { decideAction, type CaseFacts } from '../../../src/core/console/case-workflow.ts';
import { diffRevisions } from '../../../src/core/console/revision-diff.ts';
import { delayAfter, SLOW_FROM } from '../../../server/console/staff.ts';

const ana = { id: 'u-ana', name: 'Ana' };
const facts = (over: Partial<CaseFacts> = {}): CaseFacts => ({
  state: 'new',
  version: 3,
  owner: null,
  ...over,
});

describe('case workflow', () => {
  it('refuses any action based on an older version', () => {
    expect(decideAction(facts(), { action: 'take', version: 2 }, 'u-ana')).toMatchObject({
      ok: false,
      error: 'console.error.staleVersion',
    });
  });

  it('takes a free case into review; another owner needs force, and is recorded as forced', () => {
    expect(decideAction(facts(), { action: 'take', version: 3 }, 'u-ana')).toMatchObject({
      ok: true,
      change: { toState: 'in_review', ownerId: 'u-ana', forced: false },
    });
    const owned = facts({ state: 'in_review', owner: ana });
    expect(decideAction(owned, { action: 'take', version: 3 }, 'u-budi')).toMatchObject({
      error: 'console.error.ownedByOther',
      owner: ana,
    });
    expect(decideAction(owned, { action: 'take', version: 3, force: true }, 'u-budi')).toMatchObject({
      ok: true,
      change: { ownerId: 'u-budi', forced: true },
    });
  });

  it('needs a referral and a due date to follow up, a finding and a reason to close, a reason to reopen', () => {
    const mine = facts({ state: 'in_review', owner: ana });
    expect(
      decideAction(mine, { action: 'follow_up', version: 3, referredTo: 'police' }, 'u-ana'),
    ).toMatchObject({
      detail: 'dueDate',
    });
    expect(
      decideAction(mine, { action: 'close', version: 3, finding: 'no_concern', reason: ' ' }, 'u-ana'),
    ).toMatchObject({
      detail: 'reason',
    });
    expect(decideAction(mine, { action: 'close', version: 3, reason: 'ok' }, 'u-ana')).toMatchObject({
      detail: 'finding',
    });
    expect(
      decideAction(facts({ state: 'closed', owner: ana }), { action: 'reopen', version: 3 }, 'u-budi'),
    ).toMatchObject({
      detail: 'reason',
    });
    expect(
      decideAction(
        facts({ state: 'closed', owner: ana }),
        { action: 'reopen', version: 3, reason: 'new facts' },
        'u-budi',
      ),
    ).toMatchObject({ ok: true, change: { toState: 'in_review', ownerId: 'u-budi', finding: null } });
  });

  it('lets only the owner release, refer or close', () => {
    const theirs = facts({ state: 'in_review', owner: ana });
    for (const action of ['release', 'follow_up', 'close'] as const)
      expect(decideAction(theirs, { action, version: 3 }, 'u-budi')).toMatchObject({
        error: 'console.error.notOwner',
      });
    expect(decideAction(facts(), { action: 'close', version: 3 }, 'u-ana')).toMatchObject({
      error: 'console.error.badTransition',
    });
  });
});

describe('revision differences', () => {
  it('names each changed field by path, ignoring the revision counter and update time', () => {
    const before = {
      screening: { revision: 1, updatedAt: 'a', note: 'x', passenger: { phone: '1' } },
      linkedPersons: [],
    };
    const after = {
      screening: { revision: 2, updatedAt: 'b', note: 'y', passenger: { phone: '1', nik: '3' } },
      linkedPersons: [],
    };
    expect(diffRevisions(before.screening, after.screening)).toEqual([
      { field: 'note', before: 'x', after: 'y' },
      { field: 'passenger.nik', before: null, after: '3' },
    ]);
    expect(diffRevisions(before, before)).toEqual([]);
    expect(diffRevisions(before, after).map((c) => c.field)).toEqual([
      'screening.note',
      'screening.passenger.nik',
    ]);
  });
});

describe('wrong-password slow-down', () => {
  it('waits nothing before the threshold, then doubles, capped at a minute', () => {
    expect(delayAfter(SLOW_FROM - 1)).toBe(0);
    expect(delayAfter(SLOW_FROM)).toBe(1);
    expect(delayAfter(SLOW_FROM + 1)).toBe(2);
    expect(delayAfter(SLOW_FROM + 20)).toBe(60);
  });
});
