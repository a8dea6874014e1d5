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

/**
 * Fits `count` fixed-pitch cells over a line: the pitch and start whose cell boundaries fall where there is least
 * ink (between characters), with the first and last characters inside the first and last cells.
 */
export function fitGrid(profile: Float64Array, line: TextLine, count: number): Grid {
  const extent = line.right - line.left + 1;
  let best: Grid = { x0: line.left, pitch: extent / count, count };
  let bestCost = Infinity;
  const low = extent / count;
  const high = extent / (count - 1.1);
  for (let step = 0; step <= 60; step++) {
    const pitch = low + ((high - low) * step) / 60;
    const span = pitch * count;
    // The cells cover the ink: start at most half a cell before the first ink, end after the last.
    const from = line.right + 1 - span;
    const to = line.left;
    for (let x0 = from; x0 <= to + 1e-9; x0 += 0.5) {
      let cost = 0;
      for (let i = 0; i <= count; i++) cost += at(profile, x0 + i * pitch);
      if (cost < bestCost) {
        bestCost = cost;
        best = { x0, pitch, count };
      }
    }
  }
  return best;
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
