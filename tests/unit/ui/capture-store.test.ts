import { describe, expect, it } from 'vitest';
import type { Capture } from '../../../src/core/capture/capture.ts';
import { captureOwner, peekCapture, setCapture, takeCapture } from '../../../src/ui/capture-store.ts';

const capture = { passenger: null, flight: null, warnings: [] } as unknown as Capture;

describe('capture store across sign-ins', () => {
  it('keeps a waiting capture for the same officer and drops it when another officer signs in', () => {
    captureOwner('OFF01');
    setCapture(capture);
    captureOwner('OFF01');
    expect(peekCapture()).toBe(capture);
    captureOwner('OFF02');
    expect(peekCapture()).toBeNull();
    setCapture(capture);
    expect(takeCapture()).toBe(capture);
    expect(takeCapture()).toBeNull();
  });
});
