import { describe, expect, it } from 'vitest';
import { resolutionRequest } from '../../../src/console/components/conflict-form.ts';

describe('the conflict resolution form', () => {
  it('names every field that is not ready: no decision, a reason too short', () => {
    expect(resolutionRequest({ decision: '', reason: 'pendek' }, 1)).toEqual({
      ok: false,
      errors: { decision: 'conflict.resolve.decisionMissing', reason: 'conflict.resolve.reasonShort' },
    });
    expect(resolutionRequest({ decision: 'keep', reason: '          ' }, 1)).toEqual({
      ok: false,
      errors: { reason: 'conflict.resolve.reasonShort' },
    });
  });

  it('builds the request with the version seen and the reason trimmed', () => {
    expect(resolutionRequest({ decision: 'accept', reason: '  Sudah dicek ke pos.  ' }, 7)).toEqual({
      ok: true,
      request: { decision: 'accept', version: 7, reason: 'Sudah dicek ke pos.' },
    });
  });
});
