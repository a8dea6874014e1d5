import { describe, expect, it } from 'vitest';
import { backoffDelay } from '../../../src/sync/backoff.ts';

const opts = { baseMs: 1000, capMs: 60_000 };

describe('backoffDelay', () => {
  it('doubles each attempt and stays inside the jitter band [step/2, step]', () => {
    for (let attempt = 1; attempt <= 6; attempt += 1) {
      const step = 1000 * 2 ** (attempt - 1);
      expect(backoffDelay(attempt, 0, opts)).toBe(step / 2);
      expect(backoffDelay(attempt, 0.999999, opts)).toBeLessThanOrEqual(step);
      expect(backoffDelay(attempt, 0.999999, opts)).toBeGreaterThan(step * 0.99);
    }
  });

  it('never waits longer than the cap, however many attempts failed', () => {
    for (const attempt of [7, 10, 50, 1000]) {
      expect(backoffDelay(attempt, 0.999999, opts)).toBeLessThanOrEqual(60_000);
      expect(backoffDelay(attempt, 0, opts)).toBe(30_000);
    }
  });

  it('spreads tablets that failed together over the band', () => {
    const delays = new Set(Array.from({ length: 20 }, (_, i) => backoffDelay(3, i / 20, opts)));
    expect(delays.size).toBe(20);
  });
});
