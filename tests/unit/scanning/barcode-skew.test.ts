import * as zxing from '@zxing/library';
import { describe, expect, it } from 'vitest';
import { decodeDeskewed, zxingLuminanceDecoder } from '../../../src/scanning/barcode-decode.ts';
import { estimateSkew, rotateLuminance, toLuminance } from '../../../src/scanning/barcode-skew.ts';
import { renderSymbol, scene } from '../../fixtures/barcode-scene.ts';

const TEXT = 'M1SUHARTI/SITI       EABC123 PLMKULAK 1347 338Y012A0025 100';

describe('barcode tilt', () => {
  it('measures how far a boarding pass is turned, both ways, on paper and on a screen', () => {
    const symbol = renderSymbol('pdf417', TEXT);
    for (const surface of ['paper', 'screen'] as const)
      for (const degrees of [-30, -12, 0, 7, 18, 30]) {
        const skew = estimateSkew(scene(symbol, degrees, surface, 7));
        expect(Math.abs(skew.degrees - degrees), `${surface} ${degrees}°`).toBeLessThan(1.5);
        expect(skew.coherence).toBeGreaterThan(0.1);
      }
  });

  it('reads a PDF417 pass held at 20° that the decoder alone does not, and says how far it turned it', async () => {
    const decode = zxingLuminanceDecoder(zxing);
    const frame = scene(renderSymbol('pdf417', TEXT), 20, 'paper', 11);
    expect(await decode(frame)).toBeNull();
    const read = await decodeDeskewed(decode, frame);
    expect(read?.text).toBe(TEXT);
    expect(Math.abs((read?.turnedBy ?? 0) + 20)).toBeLessThan(1.5);
  });

  it('does not turn a frame without a dominant straight structure', async () => {
    let calls = 0;
    const flat = { data: new Uint8ClampedArray(200 * 100).fill(128), width: 200, height: 100 };
    expect(estimateSkew(flat)).toEqual({ degrees: 0, coherence: 0 });
    expect(
      await decodeDeskewed(async () => {
        calls += 1;
        return null;
      }, flat),
    ).toBeNull();
    expect(calls).toBe(1);
  });

  it('turns a frame onto a canvas that keeps every corner, and leaves it as it is at 0°', () => {
    const image = { data: Uint8ClampedArray.from({ length: 12 }, (_, i) => i * 20), width: 4, height: 3 };
    expect(rotateLuminance(image, 0)).toEqual(image);
    const quarter = rotateLuminance(image, 90);
    expect([quarter.width, quarter.height]).toEqual([3, 4]);
    expect(rotateLuminance(image, 45, 7).data[0]).toBe(7);
  });

  it('takes the luminance of RGBA pixels', () => {
    const rgba = Uint8ClampedArray.from([255, 255, 255, 255, 0, 0, 0, 255, 255, 0, 0, 255]);
    expect([...toLuminance(rgba, 3, 1).data]).toEqual([255, 0, 76]);
  });
});
