import { MRZ_ALPHABET, positionClasses } from './classes.ts';
import { INK_THRESHOLD, inkOf, rotateInk, sample, type Grey, type Ink } from './ink.ts';
import {
  charactersPerLine,
  columnProfile,
  fitGrid,
  skewOf,
  textLines,
  type Grid,
  type TextLine,
} from './layout.ts';
import { OCRB_TEMPLATES } from './templates.ts';

/** The size every character cell is resampled to before it is compared with the OCR-B templates. */
export const CELL = { width: 16, height: 20 } as const;

/** What one image gave: for every character cell of every line, a similarity score per alphabet character. */
export type MrzReading = { lines: Float32Array[][] };

/** The MRZ located in an image: the straightened ink map, its lines and their character grids. */
export type MrzLayout = { ink: Ink; lines: TextLine[]; grids: Grid[] };

/**
 * Finds the MRZ in a grey image: takes out uneven light, straightens the lines (unless `straighten` is false),
 * keeps the last two lines of the same width (three for an ID card) and fits each its fixed-pitch grid.
 */
export function locateMrz(
  grey: Grey,
  options: { straighten?: boolean; count?: number } = {},
): MrzLayout | null {
  const flat = inkOf(grey);
  const threshold = INK_THRESHOLD;
  const ink = options.straighten === false ? flat : rotateInk(flat, skewOf(flat, threshold));
  const found = textLines(ink, threshold);
  const last = found.slice(-3);
  const similar = (a: TextLine, b: TextLine): boolean =>
    Math.abs(a.right - a.left - (b.right - b.left)) < 0.08 * (b.right - b.left) &&
    Math.abs(a.bottom - a.top - (b.bottom - b.top)) <= Math.max(3, 0.3 * (b.bottom - b.top));
  let lines: TextLine[];
  if (last.length === 3 && similar(last[0]!, last[2]!) && similar(last[1]!, last[2]!)) lines = last;
  else if (last.length >= 2 && similar(last[last.length - 2]!, last[last.length - 1]!))
    lines = last.slice(-2);
  else return null;
  const profiles = lines.map((line) => columnProfile(ink, line));
  const count =
    options.count ?? charactersPerLine(profiles[profiles.length - 1]!, lines.at(-1)!, lines.length);
  const grids = lines.map((line, index) => fitGrid(profiles[index]!, line, count));
  return { ink, lines, grids };
}

/**
 * The cell `index` of a line resampled to CELL size, shifted by (dx, dy) cell fractions, as a zero-mean unit
 * vector (all zeros when the cell is blank). Each cell sample averages the source pixels it covers.
 */
export function cellVector(
  ink: Ink,
  line: TextLine,
  grid: Grid,
  index: number,
  dx = 0,
  dy = 0,
  out = new Float32Array(CELL.width * CELL.height),
): Float32Array {
  const height = line.bottom - line.top + 1;
  const left = grid.x0 + (index - 0.1 + dx) * grid.pitch;
  const top = line.top - 0.15 * height + dy * height;
  const stepX = (1.2 * grid.pitch) / CELL.width;
  const stepY = (1.3 * height) / CELL.height;
  const subX = Math.min(3, Math.max(1, Math.round(stepX)));
  const subY = Math.min(3, Math.max(1, Math.round(stepY)));
  let mean = 0;
  for (let y = 0; y < CELL.height; y++) {
    for (let x = 0; x < CELL.width; x++) {
      let sum = 0;
      for (let sy = 0; sy < subY; sy++) {
        for (let sx = 0; sx < subX; sx++) {
          sum += sample(ink, left + (x + (sx + 0.5) / subX) * stepX, top + (y + (sy + 0.5) / subY) * stepY);
        }
      }
      const value = sum / (subX * subY);
      out[y * CELL.width + x] = value;
      mean += value;
    }
  }
  mean /= out.length;
  let norm = 0;
  for (let i = 0; i < out.length; i++) {
    out[i]! -= mean;
    norm += out[i]! * out[i]!;
  }
  norm = Math.sqrt(norm);
  for (let i = 0; i < out.length; i++) out[i] = norm > 1e-6 ? out[i]! / norm : 0;
  return out;
}

let templates: Float32Array[] | null = null;

/** The OCR-B templates (one zero-mean unit vector per alphabet character), decoded once. */
function templateVectors(): Float32Array[] {
  if (templates) return templates;
  const bytes = Uint8Array.from(atob(OCRB_TEMPLATES.data), (char) => char.charCodeAt(0));
  const size = CELL.width * CELL.height;
  templates = [...MRZ_ALPHABET].map((_, c) => {
    const vector = new Float32Array(size);
    let norm = 0;
    for (let i = 0; i < size; i++) {
      vector[i] = ((bytes[c * size + i]! << 24) >> 24) / 127;
      norm += vector[i]! * vector[i]!;
    }
    norm = Math.sqrt(norm) || 1;
    for (let i = 0; i < size; i++) vector[i]! /= norm;
    return vector;
  });
  return templates;
}

// Cell shifts tried for each character, as fractions of the cell: the grid and line rows are estimates.
const SHIFTS_X = [-0.16, -0.08, 0, 0.08, 0.16];
const SHIFTS_Y = [-0.08, 0, 0.08];

/** Scores every alphabet character against one cell: the best normalised correlation over small shifts. */
function scoreCell(layout: MrzLayout, row: number, index: number, allowed: string): Float32Array {
  const vectors = templateVectors();
  const scores = new Float32Array(MRZ_ALPHABET.length).fill(-1);
  const vector = new Float32Array(CELL.width * CELL.height);
  for (const dy of SHIFTS_Y) {
    for (const dx of SHIFTS_X) {
      cellVector(layout.ink, layout.lines[row]!, layout.grids[row]!, index, dx, dy, vector);
      for (let c = 0; c < MRZ_ALPHABET.length; c++) {
        if (!allowed.includes(MRZ_ALPHABET[c]!)) continue;
        const template = vectors[c]!;
        let dot = 0;
        for (let i = 0; i < vector.length; i++) dot += vector[i]! * template[i]!;
        if (dot > scores[c]!) scores[c] = dot;
      }
    }
  }
  return scores;
}

/** Reads the MRZ of a grey image: every cell scored against the characters its position may hold. */
export function readMrz(grey: Grey, options: { straighten?: boolean } = {}): MrzReading | null {
  const layout = locateMrz(grey, options);
  if (!layout) return null;
  const count = layout.grids[0]!.count;
  const code = textOf({ lines: [[scoreCell(layout, 0, 0, 'ACIPV')]] })[0];
  const classes = positionClasses(layout.lines.length, count, code);
  return {
    lines: layout.grids.map((grid, row) =>
      Array.from({ length: grid.count }, (_, index) => scoreCell(layout, row, index, classes[row]![index]!)),
    ),
  };
}

/** The best-scoring character of every cell, line by line. */
export function textOf(reading: MrzReading): string[] {
  return reading.lines.map((cells) =>
    cells
      .map((scores) => {
        let best = 0;
        for (let c = 1; c < scores.length; c++) if (scores[c]! > scores[best]!) best = c;
        return MRZ_ALPHABET[best]!;
      })
      .join(''),
  );
}

const shapeOf = (reading: MrzReading): string => reading.lines.map((cells) => cells.length).join(',');

/**
 * Several frames' readings combined into one: the scores of each cell summed over the readings of the same shape
 * as the latest, so a character blurred in one frame is carried by the others.
 */
export function combineReadings(readings: readonly MrzReading[]): MrzReading | null {
  const latest = readings.at(-1);
  if (!latest) return null;
  const same = readings.filter((reading) => shapeOf(reading) === shapeOf(latest));
  return {
    lines: latest.lines.map((cells, row) =>
      cells.map((_, index) => {
        const sum = new Float32Array(MRZ_ALPHABET.length);
        for (const reading of same) {
          const scores = reading.lines[row]![index]!;
          for (let c = 0; c < sum.length; c++) sum[c]! += scores[c]!;
        }
        return sum;
      }),
    ),
  };
}
