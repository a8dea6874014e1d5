import { backgroundBlocks, clearSolid } from './background.ts';

/** A grey image, one byte a pixel (0 black … 255 white), rows top to bottom. */
export type Grey = { data: Uint8Array | Uint8ClampedArray; width: number; height: number };

/** How dark each pixel is against the paper around it: 0 paper … 1 as dark as ink gets. */
export type Ink = { data: Float32Array; width: number; height: number };

/** How much colour a pixel may carry and still count as neutral ink: camera noise, JPEG and white balance. */
const NEUTRAL_CHROMA = 24;

/** How much lighter each unit of colour beyond the allowance makes a pixel: strong red print (chroma ~180) ends near
 * the paper, while black ink tinted by an iridescent overlay (chroma ~80) stays darker than half way. */
const COLOUR_LIGHTENING = 0.5;

/**
 * Grey values of RGBA pixels (as in `ImageData`) for MRZ reading: luma by the usual weights, lightened by the
 * pixel's colour beyond a neutral allowance. MRZ ink is neutral black, so red or orange security print and coloured
 * guilloche under the MRZ fade into the paper, while black ink (even under a tinted overlay) stays dark.
 */
export function greyOfRgba(rgba: Uint8Array | Uint8ClampedArray, width: number, height: number): Grey {
  const data = new Uint8Array(width * height);
  for (let p = 0, i = 0; p < data.length; p++, i += 4) {
    const r = rgba[i]!;
    const g = rgba[i + 1]!;
    const b = rgba[i + 2]!;
    const chroma = Math.max(r, g, b) - Math.min(r, g, b);
    const luma = (r * 299 + g * 587 + b * 114) / 1000;
    data[p] = Math.min(255, luma + COLOUR_LIGHTENING * Math.max(0, chroma - NEUTRAL_CHROMA));
  }
  return { data, width, height };
}

/** A 3×3 box blur: takes the edge off sensor noise before anything is measured. */
function boxBlur3(grey: Grey): Float32Array {
  const { width, height, data } = grey;
  const rows = new Float32Array(width * height);
  for (let y = 0; y < height; y++) {
    const row = y * width;
    for (let x = 0; x < width; x++) {
      const left = data[row + Math.max(0, x - 1)]!;
      const right = data[row + Math.min(width - 1, x + 1)]!;
      rows[row + x] = left + data[row + x]! + right;
    }
  }
  const out = new Float32Array(width * height);
  for (let y = 0; y < height; y++) {
    const up = Math.max(0, y - 1) * width;
    const down = Math.min(height - 1, y + 1) * width;
    const row = y * width;
    for (let x = 0; x < width; x++) out[row + x] = (rows[up + x]! + rows[row + x]! + rows[down + x]!) / 9;
  }
  return out;
}

/**
 * The ink map of a grey image, with uneven light taken out: the paper's brightness is estimated per block as the
 * brightest (blurred) pixel nearby, spread smoothly over the image, and every pixel is measured against it. A block
 * is larger than any stroke, so it always holds some paper. What lies off the document (dark uniform blocks, solid
 * dark areas such as a page edge against a desk) is cleared to paper.
 */
export function inkOf(grey: Grey, block = 16): Ink {
  const { width, height } = grey;
  const smooth = boxBlur3(grey);
  const gw = Math.ceil(width / block);
  const gh = Math.ceil(height / block);
  const peaks = new Float32Array(gw * gh);
  for (let y = 0; y < height; y++) {
    const by = Math.floor(y / block) * gw;
    for (let x = 0; x < width; x++) {
      const cell = by + Math.floor(x / block);
      const value = smooth[y * width + x]!;
      if (value > peaks[cell]!) peaks[cell] = value;
    }
  }
  // A block dark all over (a thick bar, a shadow edge) borrows its neighbours' paper.
  const paper = new Float32Array(gw * gh);
  for (let y = 0; y < gh; y++) {
    for (let x = 0; x < gw; x++) {
      let best = 0;
      for (let dy = -1; dy <= 1; dy++) {
        for (let dx = -1; dx <= 1; dx++) {
          const yy = y + dy;
          const xx = x + dx;
          if (yy >= 0 && yy < gh && xx >= 0 && xx < gw) best = Math.max(best, peaks[yy * gw + xx]!);
        }
      }
      paper[y * gw + x] = Math.max(best, 1);
    }
  }
  const data = new Float32Array(width * height);
  for (let y = 0; y < height; y++) {
    const fy = Math.min(Math.max((y + 0.5) / block - 0.5, 0), gh - 1);
    const y0 = Math.floor(fy);
    const y1 = Math.min(y0 + 1, gh - 1);
    const wy = fy - y0;
    for (let x = 0; x < width; x++) {
      const fx = Math.min(Math.max((x + 0.5) / block - 0.5, 0), gw - 1);
      const x0 = Math.floor(fx);
      const x1 = Math.min(x0 + 1, gw - 1);
      const wx = fx - x0;
      const light =
        (paper[y0 * gw + x0]! * (1 - wx) + paper[y0 * gw + x1]! * wx) * (1 - wy) +
        (paper[y1 * gw + x0]! * (1 - wx) + paper[y1 * gw + x1]! * wx) * wy;
      const ink = 1 - smooth[y * width + x]! / light;
      data[y * width + x] = ink < 0 ? 0 : ink > 1 ? 1 : ink;
    }
  }
  // Off the document there is no text: a dark desk or cloth is paper to the reader, and so is any solid dark area.
  const off = backgroundBlocks(grey, block);
  for (let y = 0; y < height; y++) {
    const by = Math.floor(y / block) * gw;
    for (let x = 0; x < width; x++) if (off[by + Math.floor(x / block)]) data[y * width + x] = 0;
  }
  stretch(data);
  clearSolid(data, width, height, INK_THRESHOLD);
  return { data, width, height };
}

/**
 * Stretches an ink map so that the paper (the median, as text covers a small share of an MRZ band) is 0 and the
 * strokes (the 99.7th percentile) are 1: noise and light leave the paper above 0, and blur leaves strokes below 1.
 */
function stretch(data: Float32Array): void {
  const bins = new Uint32Array(1001);
  for (const value of data) bins[Math.round(value * 1000)]!++;
  const level = (share: number): number => {
    let seen = 0;
    for (let b = 0; b <= 1000; b++) if ((seen += bins[b]!) >= data.length * share) return b / 1000;
    return 1;
  };
  const paper = level(0.5);
  const strokes = Math.max(level(0.997), paper + 0.05);
  for (let i = 0; i < data.length; i++) {
    const value = (data[i]! - paper) / (strokes - paper);
    data[i] = value < 0 ? 0 : value > 1 ? 1 : value;
  }
}

/** The ink level that separates strokes from paper in a stretched ink map. */
export const INK_THRESHOLD = 0.45;

/** The ink map turned by `degrees` (counter-clockwise positive) about its centre, with bilinear sampling. */
export function rotateInk(ink: Ink, degrees: number): Ink {
  if (degrees === 0) return ink;
  const { width, height } = ink;
  const out = new Float32Array(width * height);
  const cos = Math.cos((degrees * Math.PI) / 180);
  const sin = Math.sin((degrees * Math.PI) / 180);
  const cx = width / 2;
  const cy = height / 2;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const dx = x - cx;
      const dy = y - cy;
      out[y * width + x] = sample(ink, cx + dx * cos - dy * sin, cy + dx * sin + dy * cos);
    }
  }
  return { data: out, width, height };
}

/** The ink at a point between pixels (bilinear); outside the image is paper. */
export function sample(ink: Ink, x: number, y: number): number {
  const { width, height, data } = ink;
  const x0 = Math.floor(x);
  const y0 = Math.floor(y);
  if (x0 < 0 || y0 < 0 || x0 >= width - 1 || y0 >= height - 1) return 0;
  const wx = x - x0;
  const wy = y - y0;
  const i = y0 * width + x0;
  return (
    (data[i]! * (1 - wx) + data[i + 1]! * wx) * (1 - wy) +
    (data[i + width]! * (1 - wx) + data[i + width + 1]! * wx) * wy
  );
}
