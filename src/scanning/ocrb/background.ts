import type { Grey } from './ink.ts';

/**
 * Which blocks of a grey image lie off the document (a brown desk, a dark cloth, a shadow): blocks that are both
 * much darker than the paper (their brightest pixel below `dark` × the paper's level, the 90th percentile of the
 * blocks' brightest pixels) and uniform (no stroke against paper inside them). Paper that is merely dim and blank
 * may be taken too, which costs nothing: it holds no text. One flag a block, row by row.
 */
export function backgroundBlocks(grey: Grey, block: number, dark = 0.62, uniform = 0.22): Uint8Array {
  const { width, height, data } = grey;
  const gw = Math.ceil(width / block);
  const gh = Math.ceil(height / block);
  const high = new Float32Array(gw * gh);
  const low = new Float32Array(gw * gh).fill(255);
  for (let y = 0; y < height; y++) {
    const by = Math.floor(y / block) * gw;
    for (let x = 0; x < width; x++) {
      const cell = by + Math.floor(x / block);
      const value = data[y * width + x]!;
      if (value > high[cell]!) high[cell] = value;
      if (value < low[cell]!) low[cell] = value;
    }
  }
  const sorted = Float32Array.from(high).sort();
  const paper = Math.max(1, sorted[Math.floor(sorted.length * 0.9)]!);
  const flags = new Uint8Array(gw * gh);
  for (let i = 0; i < flags.length; i++) {
    flags[i] = high[i]! < dark * paper && high[i]! - low[i]! < uniform * paper ? 1 : 0;
  }
  return flags;
}

/**
 * Clears solid dark areas from a stretched ink map: wherever a `long`×`short` bar (lying or standing) is nearly all
 * ink, it is a page edge, a desk or a shadow, never part of a character (an MRZ character's strokes are short and
 * thin), and the bar and a rim of 2 pixels around it are set to paper. Summed-area tables keep it linear.
 */
export function clearSolid(
  ink: Float32Array,
  width: number,
  height: number,
  threshold: number,
  long = 48,
  short = 8,
): void {
  const w = width + 1;
  const sums = new Uint32Array(w * (height + 1));
  for (let y = 0; y < height; y++) {
    let row = 0;
    for (let x = 0; x < width; x++) {
      row += ink[y * width + x]! >= threshold ? 1 : 0;
      sums[(y + 1) * w + x + 1] = sums[y * w + x + 1]! + row;
    }
  }
  const box = (table: Uint32Array, x0: number, y0: number, x1: number, y1: number): number =>
    table[y1 * w + x1]! - table[y0 * w + x1]! - table[y1 * w + x0]! + table[y0 * w + x0]!;
  const clear = new Uint8Array(width * height);
  for (const [bw, bh] of [
    [long, short],
    [short, long],
  ] as const) {
    // Bars (by their top-left corner) that are solid ink, as a summed-area table of corners.
    const corners = new Uint32Array(w * (height + 1));
    const full = Math.ceil(bw * bh * 0.95);
    let any = false;
    for (let y = 0; y < height; y++) {
      let row = 0;
      for (let x = 0; x < width; x++) {
        const solid = x + bw <= width && y + bh <= height && box(sums, x, y, x + bw, y + bh) >= full;
        if (solid) any = true;
        row += solid ? 1 : 0;
        corners[(y + 1) * w + x + 1] = corners[y * w + x + 1]! + row;
      }
    }
    if (!any) continue;
    const rim = 2;
    for (let y = 0; y < height; y++) {
      const y0 = Math.max(0, y - bh - rim + 1);
      const y1 = Math.min(height, y + rim + 1);
      for (let x = 0; x < width; x++) {
        // Some solid bar whose corner lies within reach covers this pixel (or its rim does).
        if (box(corners, Math.max(0, x - bw - rim + 1), y0, Math.min(width, x + rim + 1), y1) > 0)
          clear[y * width + x] = 1;
      }
    }
  }
  for (let i = 0; i < clear.length; i++) if (clear[i]) ink[i] = 0;
}
