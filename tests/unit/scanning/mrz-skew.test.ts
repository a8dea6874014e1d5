import { describe, expect, it } from 'vitest';
import { skewAngle } from '../../../src/scanning/mrz-skew.ts';

/** A white image with two dark text-like lines drawn at `angle` degrees. */
function lines(angle: number, width = 400, height = 120): Uint8Array {
  const image = new Uint8Array(width * height).fill(230);
  const slope = Math.tan((angle * Math.PI) / 180);
  for (const base of [40, 80]) {
    for (let x = 20; x < width - 20; x++) {
      if (x % 9 < 6) {
        for (let dy = 0; dy < 10; dy++) {
          const y = Math.round(base + x * slope) + dy - 20;
          if (y >= 0 && y < height) image[y * width + x] = 20;
        }
      }
    }
  }
  return image;
}

describe('skewAngle', () => {
  it('finds how far the MRZ lines are tilted, both ways, within half a degree', () => {
    for (const angle of [-4, -2.5, 0, 1.5, 3, 5]) {
      expect(Math.abs(skewAngle(lines(angle), 400, 120) - angle)).toBeLessThanOrEqual(0.5);
    }
  });

  it('says 0 for a blank image', () => {
    expect(skewAngle(new Uint8Array(400 * 120).fill(200), 400, 120)).toBe(0);
  });
});
