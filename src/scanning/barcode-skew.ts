/** A grey image: one byte of luminance a pixel, row by row. */
export type Luminance = { data: Uint8ClampedArray; width: number; height: number };

/** Luminance of RGBA pixels (a canvas's ImageData), with the usual Rec. 601 weights in integers. */
export function toLuminance(rgba: Uint8ClampedArray, width: number, height: number): Luminance {
  const data = new Uint8ClampedArray(width * height);
  for (let i = 0, p = 0; i < data.length; i++, p += 4)
    data[i] = (77 * (rgba[p] ?? 0) + 150 * (rgba[p + 1] ?? 0) + 29 * (rgba[p + 2] ?? 0)) >> 8;
  return { data, width, height };
}

/** How far the frame's dominant grid is turned, and how sure that is (0: no direction stands out, 1: one only). */
export type Skew = { degrees: number; coherence: number };

/**
 * The tilt of the strongest straight structure in the frame, modulo 90°: the bars and rows of a PDF417, the module
 * grid of an Aztec or QR code, the edges of the pass they are printed on. Every strong gradient votes with its
 * direction taken four times (so directions 90° apart agree), weighted by its strength; the result lies in
 * (-45°, 45°]. Positive means turned clockwise on screen (y down). Sampled every `step` pixels; pure and allocation-free.
 */
export function estimateSkew(image: Luminance, step = 2): Skew {
  const { data, width, height } = image;
  let c4 = 0;
  let s4 = 0;
  let total = 0;
  const at = (x: number, y: number): number => data[y * width + x] ?? 0;
  for (let y = 1; y < height - 1; y += step) {
    for (let x = 1; x < width - 1; x += step) {
      const gx =
        at(x + 1, y - 1) +
        2 * at(x + 1, y) +
        at(x + 1, y + 1) -
        at(x - 1, y - 1) -
        2 * at(x - 1, y) -
        at(x - 1, y + 1);
      const gy =
        at(x - 1, y + 1) +
        2 * at(x, y + 1) +
        at(x + 1, y + 1) -
        at(x - 1, y - 1) -
        2 * at(x, y - 1) -
        at(x + 1, y - 1);
      const m2 = gx * gx + gy * gy;
      // Below about a tenth of a full black-white step the gradient is print noise or sensor grain.
      if (m2 < 10_000) continue;
      // m²·cos 2θ and m²·sin 2θ, then m²·cos 4θ and m²·sin 4θ, without a trigonometric call a pixel.
      const c2 = gx * gx - gy * gy;
      const s2 = 2 * gx * gy;
      c4 += (c2 * c2 - s2 * s2) / m2;
      s4 += (2 * c2 * s2) / m2;
      total += m2;
    }
  }
  if (total === 0) return { degrees: 0, coherence: 0 };
  return {
    degrees: (Math.atan2(s4, c4) * 180) / Math.PI / 4,
    coherence: Math.hypot(c4, s4) / total,
  };
}

/**
 * The frame turned by `degrees` (positive: clockwise on screen) about its centre, on a canvas large enough to keep
 * every corner; what lies outside the source is `fill`, by default the frame's mean grey so that no strong new edge
 * appears. Bilinear.
 */
export function rotateLuminance(image: Luminance, degrees: number, fill?: number): Luminance {
  const { data, width, height } = image;
  const rad = (degrees * Math.PI) / 180;
  const cos = Math.cos(rad);
  const sin = Math.sin(rad);
  const outW = Math.ceil(Math.abs(width * cos) + Math.abs(height * sin) - 1e-9);
  const outH = Math.ceil(Math.abs(width * sin) + Math.abs(height * cos) - 1e-9);
  const background = fill ?? meanGrey(data);
  const out = new Uint8ClampedArray(outW * outH);
  const cx = (width - 1) / 2;
  const cy = (height - 1) / 2;
  const ox = (outW - 1) / 2;
  const oy = (outH - 1) / 2;
  for (let y = 0; y < outH; y++) {
    const dy = y - oy;
    for (let x = 0; x < outW; x++) {
      const dx = x - ox;
      // The source point that lands here: the inverse turn.
      const sx = cx + dx * cos + dy * sin;
      const sy = cy - dx * sin + dy * cos;
      // Half a pixel of rounding slack keeps the edge rows and columns of an unturned frame.
      if (sx < -1e-6 || sy < -1e-6 || sx > width - 1 + 1e-6 || sy > height - 1 + 1e-6) {
        out[y * outW + x] = background;
        continue;
      }
      const x0 = Math.min(width - 1, Math.max(0, Math.floor(sx)));
      const y0 = Math.min(height - 1, Math.max(0, Math.floor(sy)));
      const x1 = Math.min(width - 1, x0 + 1);
      const y1 = Math.min(height - 1, y0 + 1);
      const fx = Math.max(0, sx - x0);
      const fy = Math.max(0, sy - y0);
      const top = (data[y0 * width + x0] ?? 0) * (1 - fx) + (data[y0 * width + x1] ?? 0) * fx;
      const bottom = (data[y1 * width + x0] ?? 0) * (1 - fx) + (data[y1 * width + x1] ?? 0) * fx;
      out[y * outW + x] = top * (1 - fy) + bottom * fy;
    }
  }
  return { data: out, width: outW, height: outH };
}

function meanGrey(data: Uint8ClampedArray): number {
  let sum = 0;
  for (let i = 0; i < data.length; i += 7) sum += data[i] ?? 0;
  return Math.round(sum / Math.max(1, Math.ceil(data.length / 7)));
}
