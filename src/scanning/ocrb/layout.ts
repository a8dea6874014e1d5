import type { Ink } from './ink.ts';

/** One text line of a straightened ink map: the rows of its capitals and its characters' cells. */
export type TextLine = { top: number; bottom: number; left: number; right: number };

/** The fixed-pitch cells of an MRZ line: cell i spans x0 + i·pitch … x0 + (i+1)·pitch. */
export type Grid = { x0: number; pitch: number; count: number };

/**
 * The slope of the text lines, in degrees (text rising to the right is negative, image y grows downwards), found as
 * the angle whose projection of the ink onto rows is sharpest; searched coarsely over ±6°, then finely.
 */
export function skewOf(ink: Ink, threshold: number): number {
  const { width, height, data } = ink;
  const xs: number[] = [];
  const ys: number[] = [];
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x += 2) {
      if (data[y * width + x]! >= threshold) {
        xs.push(x - width / 2);
        ys.push(y);
      }
    }
  }
  const rows = new Float64Array(height * 3);
  const sharpness = (degrees: number): number => {
    const slope = Math.tan((degrees * Math.PI) / 180);
    rows.fill(0);
    for (let i = 0; i < xs.length; i++) {
      const row = Math.round(ys[i]! - xs[i]! * slope) + height;
      if (row >= 0 && row < rows.length) rows[row]! += 1;
    }
    let score = 0;
    for (const count of rows) score += count * count;
    return score;
  };
  const search = (from: number, to: number, step: number): number => {
    let best = 0;
    let bestScore = -1;
    for (let angle = from; angle <= to + 1e-9; angle += step) {
      const score = sharpness(angle);
      if (score > bestScore * (1 + 1e-9)) {
        bestScore = score;
        best = angle;
      }
    }
    return best;
  };
  const coarse = search(-6, 6, 0.5);
  return search(coarse - 0.5, coarse + 0.5, 0.1);
}

/**
 * The text lines of a straightened ink map, top to bottom: runs of rows where the ink is a good share of the
 * densest row's, each with the horizontal extent of its ink.
 */
export function textLines(ink: Ink, threshold: number): TextLine[] {
  const { width, height, data } = ink;
  const profile = new Float64Array(height);
  for (let y = 0; y < height; y++) {
    let count = 0;
    for (let x = 0; x < width; x++) if (data[y * width + x]! >= threshold) count++;
    profile[y] = count;
  }
  const peak = Math.max(...profile);
  if (peak < 8) return [];
  const lines: TextLine[] = [];
  let start = -1;
  for (let y = 0; y <= height; y++) {
    const inside = y < height && profile[y]! >= peak * 0.2;
    if (inside && start < 0) start = y;
    if (!inside && start >= 0) {
      if (y - start >= 5) lines.push({ top: start, bottom: y - 1, left: 0, right: width - 1 });
      start = -1;
    }
  }
  for (const line of lines)
    Object.assign(line, inkSpan(columnProfile(ink, line), line.bottom - line.top + 1));
  return lines.filter((line) => line.right - line.left > (line.bottom - line.top) * 4);
}

const heightOf = (line: TextLine): number => line.bottom - line.top + 1;
const widthOf = (line: TextLine): number => line.right - line.left + 1;

/**
 * Whether consecutive text lines (top to bottom) can be the lines of one MRZ: capitals of the same height, evenly
 * spaced one and a bit line heights apart, side by side over most of their width, each as long as its character
 * count says (an MRZ character is about as wide as it is tall: three lines hold 30, two hold 36 or 44).
 */
function mrzLike(lines: readonly TextLine[]): boolean {
  const heights = lines.map(heightOf).sort((a, b) => a - b);
  const height = heights[Math.floor(heights.length / 2)]!;
  if (heights.some((h) => Math.abs(h - height) > Math.max(3, 0.3 * height))) return false;
  const steps = lines.slice(1).map((line, i) => line.top - lines[i]!.top);
  if (steps.some((step) => step < 1.2 * height || step > 3 * height)) return false;
  if (Math.max(...steps) - Math.min(...steps) > 0.25 * Math.max(...steps)) return false;
  const left = Math.max(...lines.map((line) => line.left));
  const right = Math.min(...lines.map((line) => line.right));
  if (right - left + 1 < 0.75 * Math.max(...lines.map(widthOf))) return false;
  // Width over height: about 28 for 30 characters, 34 for 36, 44 for 44.
  const ratios = lines.map((line) => widthOf(line) / heightOf(line));
  return lines.length === 3
    ? ratios.every((r) => r >= 20 && r <= 38)
    : ratios.every((r) => r >= 24 && r <= 60);
}

/**
 * The MRZ among a page's text lines (top to bottom): the lowest group of three lines (an ID card) or else two that
 * looks like one (`mrzLike`). A page edge, a desk or a stray mark below the MRZ is not a line of it; null if none.
 */
export function mrzGroup(lines: readonly TextLine[]): TextLine[] | null {
  for (let end = lines.length; end >= 2; end--) {
    for (const size of [3, 2]) {
      if (end - size < 0) continue;
      const group = lines.slice(end - size, end);
      if (mrzLike(group)) return group;
    }
  }
  return null;
}

/**
 * Whether the frame's edge runs through a line (found in `ink`, an ink map straightened by `degrees` about its
 * centre as rotateInk does): along the line's span, its strokes run on up to where the frame ends, within `margin`
 * pixels beyond its `side`. A line merely near the edge, with paper between its strokes and the edge, is whole.
 */
export function cutByFrame(
  line: TextLine,
  side: 'top' | 'bottom',
  ink: Ink,
  degrees: number,
  margin = 2,
  threshold = 0.45,
): boolean {
  const cos = Math.cos((degrees * Math.PI) / 180);
  const sin = Math.sin((degrees * Math.PI) / 180);
  const cx = ink.width / 2;
  const cy = ink.height / 2;
  const outside = (x: number, y: number): boolean => {
    const sourceY = cy + (x - cx) * sin + (y - cy) * cos;
    const sourceX = cx + (x - cx) * cos - (y - cy) * sin;
    return sourceY < 0 || sourceY > ink.height - 2 || sourceX < 0 || sourceX > ink.width - 2;
  };
  const step = side === 'top' ? -1 : 1;
  const from = side === 'top' ? line.bottom : line.top;
  const to = side === 'top' ? line.top - margin : line.bottom + margin;
  let touching = 0;
  for (let x = line.left; x <= line.right; x++) {
    for (let y = from; y !== to + step; y += step) {
      if (!outside(x, y)) continue;
      // The last rows inside the frame before it ends: ink there is a stroke the edge cuts.
      const last = y - step;
      if (last >= 0 && last < ink.height && ink.data[last * ink.width + x]! >= threshold) touching++;
      break;
    }
  }
  return touching >= 3;
}

/**
 * The columns a line's text spans: columns with ink are grouped where they are less than a line height apart,
 * and the group with the most ink is the text (a shadow or the page edge nearby is another group).
 */
function inkSpan(columns: Float64Array, height: number): { left: number; right: number } {
  const floor = Math.max(...columns) * 0.15;
  let best = { left: 0, right: -1, mass: 0 };
  let current = { left: -1, right: -1, mass: 0 };
  for (let x = 0; x < columns.length; x++) {
    if (columns[x]! <= floor) continue;
    if (current.left < 0 || x - current.right > height) {
      if (current.mass > best.mass) best = current;
      current = { left: x, right: x, mass: 0 };
    }
    current.right = x;
    current.mass += columns[x]!;
  }
  if (current.mass > best.mass) best = current;
  return { left: best.left, right: best.right };
}

/** The ink of each column within a line's rows (a little above and below its capitals). */
export function columnProfile(ink: Ink, line: Pick<TextLine, 'top' | 'bottom'>): Float64Array {
  const { width, height, data } = ink;
  const columns = new Float64Array(width);
  const margin = Math.round((line.bottom - line.top + 1) * 0.15);
  for (let y = Math.max(0, line.top - margin); y <= Math.min(height - 1, line.bottom + margin); y++) {
    for (let x = 0; x < width; x++) columns[x]! += data[y * width + x]!;
  }
  return columns;
}

/** The profile's value between columns, linearly interpolated. */
function at(profile: Float64Array, x: number): number {
  const x0 = Math.floor(x);
  if (x0 < 0 || x0 >= profile.length - 1) return 0;
  return profile[x0]! * (1 - (x - x0)) + profile[x0 + 1]! * (x - x0);
}

/** The boundary cost of a grid: the ink where its cell boundaries fall (least between characters). */
function boundaryCost(profile: Float64Array, x0: number, pitch: number, count: number): number {
  let cost = 0;
  for (let i = 0; i <= count; i++) cost += at(profile, x0 + i * pitch);
  return cost;
}

/** The strength and phase of a profile's rhythm at one period over [from, to]: its Fourier coefficient. */
function rhythm(profile: Float64Array, from: number, to: number, period: number): { re: number; im: number } {
  let re = 0;
  let im = 0;
  const w = (2 * Math.PI) / period;
  for (let x = Math.max(0, Math.ceil(from)); x <= Math.min(profile.length - 1, to); x++) {
    re += profile[x]! * Math.cos(w * x);
    im += profile[x]! * Math.sin(w * x);
  }
  return { re, im };
}

/**
 * Fits `count` fixed-pitch cells over each line of one MRZ, on the whole line rather than its outermost ink (which a
 * page edge, a watermark or a stain may stretch): the pitch, shared by all lines, is the period of their strongest
 * rhythm near extent / count; each line's phase is that rhythm's; of the cell windows in that phase, the one holding
 * the most of the line's ink is the line (so a line is never read one cell off); last, pitch and start are refined a little so
 * that the cell boundaries fall where there is least ink.
 */
export function fitGrids(
  profiles: readonly Float64Array[],
  lines: readonly TextLine[],
  count: number,
): Grid[] {
  const extents = lines.map((line) => line.right - line.left + 1).sort((a, b) => a - b);
  const nominal = extents[Math.floor((extents.length - 1) / 2)]! / count;
  let pitch = nominal;
  let strongest = -1;
  for (let p = nominal * 0.85; p <= nominal * 1.15; p += nominal * 0.002) {
    let power = 0;
    lines.forEach((line, i) => {
      const { re, im } = rhythm(profiles[i]!, line.left - p, line.right + p, p);
      power += re * re + im * im;
    });
    if (power > strongest) {
      strongest = power;
      pitch = p;
    }
  }
  return lines.map((line, i) => {
    const profile = profiles[i]!;
    const { re, im } = rhythm(profile, line.left - pitch, line.right + pitch, pitch);
    // Characters are centred at the rhythm's phase; cells start half a pitch before a centre.
    const centre = ((Math.atan2(im, re) / (2 * Math.PI)) * pitch + pitch * 4) % pitch;
    const phase = (centre - pitch / 2 + pitch) % pitch;
    let x0 = phase;
    let most = -1;
    for (let start = phase - 2 * pitch; start + count * pitch <= profile.length + pitch; start += pitch) {
      if (start + count * pitch < line.left || start > line.right) continue;
      let mass = 0;
      for (
        let x = Math.max(line.left, Math.ceil(start));
        x < Math.min(line.right + 1, start + count * pitch);
        x++
      )
        mass += profile[x]!;
      if (mass > most) {
        most = mass;
        x0 = start;
      }
    }
    let best: Grid = { x0, pitch, count };
    let bestCost = boundaryCost(profile, x0, pitch, count);
    for (let dp = -0.01; dp <= 0.01 + 1e-9; dp += 0.002) {
      const p = pitch * (1 + dp);
      for (let dx = -0.3 * pitch; dx <= 0.3 * pitch; dx += 0.5) {
        const cost = boundaryCost(profile, x0 + dx, p, count);
        if (cost < bestCost) {
          bestCost = cost;
          best = { x0: x0 + dx, pitch: p, count };
        }
      }
    }
    return best;
  });
}

/**
 * How many characters a line of this shape holds: MRZ lines are 44 (passports, TD3; visas, MRV-A), 36 (TD2,
 * MRV-B) or 30 (ID cards, TD1, always three lines). The pitch is read from the line's own rhythm (the strongest
 * repeat of its column profile between 0.5 and 1.5 line heights).
 */
export function charactersPerLine(profile: Float64Array, line: TextLine, lineCount: number): number {
  if (lineCount >= 3) return 30;
  const height = line.bottom - line.top + 1;
  const slice = profile.slice(line.left, line.right + 1);
  let mean = 0;
  for (const value of slice) mean += value / slice.length;
  let bestLag = height;
  let bestScore = -Infinity;
  for (let lag = Math.max(3, Math.floor(height * 0.5)); lag <= Math.ceil(height * 1.5); lag++) {
    let score = 0;
    for (let x = 0; x + lag < slice.length; x++) score += (slice[x]! - mean) * (slice[x + lag]! - mean);
    score /= slice.length - lag;
    if (score > bestScore) {
      bestScore = score;
      bestLag = lag;
    }
  }
  const estimate = (line.right - line.left + 1) / bestLag + 0.3;
  return Math.abs(estimate - 44) < Math.abs(estimate - 36) ? 44 : 36;
}
