import { describe, expect, it, vi } from 'vitest';
import { busyReasons, holdBusy, isBusy, whenIdle } from '../../../src/pwa/busy.ts';

describe('safe moment for applying an update', () => {
  it('runs at once when nothing is in progress', () => {
    const apply = vi.fn();
    whenIdle(apply);
    expect(apply).toHaveBeenCalledOnce();
  });

  it('waits while a screening is open or a sync is in flight, and runs once both have ended', () => {
    const releaseScreening = holdBusy('screening');
    const releaseSync = holdBusy('sync');
    const apply = vi.fn();
    whenIdle(apply);
    expect(isBusy()).toBe(true);
    expect(busyReasons()).toEqual(['screening', 'sync']);
    releaseScreening();
    expect(apply).not.toHaveBeenCalled();
    releaseSync();
    expect(apply).toHaveBeenCalledOnce();
    expect(isBusy()).toBe(false);
  });

  it('ignores a second release of the same hold', () => {
    const first = holdBusy('screening');
    const second = holdBusy('screening');
    first();
    first();
    expect(isBusy()).toBe(true);
    second();
    expect(isBusy()).toBe(false);
  });
});
