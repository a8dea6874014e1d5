import { detectFormat, MRZ_LAYOUTS, type Span } from '../../core/mrz/mrz-layout.ts';
import { uncheckedFieldsPlausible } from '../../core/mrz/mrz-plausible.ts';
import { parseMrz } from '../../core/mrz/parse-mrz.ts';
import { MRZ_ALPHABET, positionClasses } from './classes.ts';
import { INK_THRESHOLD, inkOf, rotateInk, sample, type Grey, type Ink } from './ink.ts';
import {
  charactersPerLine,
  columnProfile,
  fitGrids,
  cutByFrame,
  mrzGroup,
  skewOf,
  textLines,
  type Grid,
  type TextLine,
} from './layout.ts';
import { OCRB_PAIRS, OCRB_SIZES } from './templates.ts';

/** The size every character cell is resampled to before it is compared with the OCR-B templates. */
export const CELL = { width: 16, height: 20 } as const;

/** What one image gave: for every character cell of every line, a similarity score per alphabet character. */
export type MrzReading = { lines: Float32Array[][] };

/** The MRZ located in an image: the straightened ink map, its lines and their character grids. */
export type MrzLayout = { ink: Ink; lines: TextLine[]; grids: Grid[] };

/**
 * How a frame shows the MRZ: `none` (no group of lines like an MRZ), `cut` (the box's edge runs through its first or
 * last line), `small` (found, but its characters are too few pixels high to read reliably) or `found`.
 */
export type MrzFraming = 'none' | 'cut' | 'small' | 'found';

/** Below this line height (pixels of the band) characters are too small to read reliably: the officer moves closer. */
export const SMALL_LINE_HEIGHT = 11;

/**
 * Finds the MRZ in a grey image: takes out uneven light, straightens the lines (unless `straighten` is false),
 * takes the lowest group of lines that looks like an MRZ (`mrzGroup`) and fits each line its fixed-pitch grid;
 * says how the frame shows it (`MrzFraming`), the layout only when the whole MRZ is inside.
 */
export function findMrz(
  grey: Grey,
  options: { straighten?: boolean; count?: number } = {},
): { layout: MrzLayout | null; framing: MrzFraming } {
  const flat = inkOf(grey);
  const skew = options.straighten === false ? 0 : skewOf(flat, INK_THRESHOLD);
  const ink = rotateInk(flat, skew);
  const lines = mrzGroup(textLines(ink, INK_THRESHOLD));
  if (!lines) return { layout: null, framing: 'none' };
  // A line the frame's edge cuts through is not read: the half of a line left inside can pass its check digits by
  // chance with the rest misread. The officer is asked to bring the whole MRZ into the box instead.
  if (cutByFrame(lines[0]!, 'top', ink, skew) || cutByFrame(lines.at(-1)!, 'bottom', ink, skew))
    return { layout: null, framing: 'cut' };
  const profiles = lines.map((line) => columnProfile(ink, line));
  const count =
    options.count ?? charactersPerLine(profiles[profiles.length - 1]!, lines.at(-1)!, lines.length);
  const grids = fitGrids(profiles, lines, count);
  const heights = lines.map((line) => line.bottom - line.top + 1).sort((a, b) => a - b);
  const framing = heights[Math.floor(heights.length / 2)]! < SMALL_LINE_HEIGHT ? 'small' : 'found';
  return { layout: { ink, lines, grids }, framing };
}

/** The MRZ's layout in a grey image (`findMrz`), null unless the whole MRZ is inside. */
export function locateMrz(
  grey: Grey,
  options: { straighten?: boolean; count?: number } = {},
): MrzLayout | null {
  return findMrz(grey, options).layout;
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

/** Templates (signed bytes, one cell per alphabet character) as zero-mean unit vectors. */
function templateVectors(bytes: Int8Array): Float32Array[] {
  const size = CELL.width * CELL.height;
  return [...MRZ_ALPHABET].map((_, c) => {
    const vector = Float32Array.from(bytes.subarray(c * size, (c + 1) * size));
    let mean = 0;
    for (const value of vector) mean += value / size;
    let norm = 0;
    for (let i = 0; i < size; i++) norm += (vector[i]! -= mean) ** 2;
    norm = Math.sqrt(norm) || 1;
    for (let i = 0; i < size; i++) vector[i]! /= norm;
    return vector;
  });
}

const bytesOf = (base64: string): Int8Array =>
  new Int8Array(Uint8Array.from(atob(base64), (char) => char.charCodeAt(0)).buffer);

let sizes: Array<{ height: number; templates: Float32Array[] }> | null = null;
let pairs: Array<{ chars: string; threshold: number; spread: number; weights: Int8Array }> | null = null;

/** The template sets of the two text sizes nearest a line's capital height, decoded once. */
function templatesFor(height: number): Float32Array[][] {
  sizes ??= OCRB_SIZES.map((set) => ({ height: set.height, templates: templateVectors(bytesOf(set.data)) }));
  return [...sizes]
    .sort((a, b) => Math.abs(Math.log(a.height / height)) - Math.abs(Math.log(b.height / height)))
    .slice(0, 2)
    .map((set) => set.templates);
}

// Cell shifts tried for each character, as fractions of the cell: the grid and line rows are estimates.
const SHIFTS_X = [-0.16, -0.08, 0, 0.08, 0.16];
const SHIFTS_Y = [-0.08, 0, 0.08];

const dot = (a: Float32Array, b: ArrayLike<number>): number => {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i]! * b[i]!;
  return sum;
};

/**
 * A cell's vector at the shift where it best matches `char`'s template at the line's size (the grid's own position
 * when `char` is null): how both the reader and the template generator align a character.
 */
export function alignedCell(
  layout: MrzLayout,
  row: number,
  index: number,
  char: string | null,
): Float32Array {
  const line = layout.lines[row]!;
  const grid = layout.grids[row]!;
  if (char === null) return cellVector(layout.ink, line, grid, index);
  const templates = templatesFor(line.bottom - line.top + 1).map((set) => set[MRZ_ALPHABET.indexOf(char)]!);
  let best: Float32Array = new Float32Array(CELL.width * CELL.height);
  let bestScore = -Infinity;
  for (const dy of SHIFTS_Y) {
    for (const dx of SHIFTS_X) {
      const vector = cellVector(layout.ink, line, grid, index, dx, dy);
      for (const template of templates) {
        const score = dot(vector, template);
        if (score > bestScore) {
          bestScore = score;
          best = vector;
        }
      }
    }
  }
  return best;
}

/**
 * Scores every allowed character against one cell: the best normalised correlation over small shifts and the two
 * nearest text sizes. When the two best are a look-alike pair (O and 0 …), its discriminant decides their order,
 * and the gap between them says how sure it is.
 */
function scoreCell(layout: MrzLayout, row: number, index: number, allowed: string): Float32Array {
  const line = layout.lines[row]!;
  const sets = templatesFor(line.bottom - line.top + 1);
  const scores = new Float32Array(MRZ_ALPHABET.length).fill(-1);
  const vector = new Float32Array(CELL.width * CELL.height);
  for (const dy of SHIFTS_Y) {
    for (const dx of SHIFTS_X) {
      cellVector(layout.ink, line, layout.grids[row]!, index, dx, dy, vector);
      for (let c = 0; c < MRZ_ALPHABET.length; c++) {
        if (!allowed.includes(MRZ_ALPHABET[c]!)) continue;
        for (const set of sets) scores[c] = Math.max(scores[c]!, dot(vector, set[c]!));
      }
    }
  }
  let first = 0;
  for (let c = 1; c < scores.length; c++) if (scores[c]! > scores[first]!) first = c;
  let second = first === 0 ? 1 : 0;
  for (let c = 0; c < scores.length; c++) if (c !== first && scores[c]! > scores[second]!) second = c;
  pairs ??= OCRB_PAIRS.map((pair) => ({ ...pair, weights: bytesOf(pair.data) }));
  const pair = pairs.find(
    (p) => p.chars.includes(MRZ_ALPHABET[first]!) && p.chars.includes(MRZ_ALPHABET[second]!),
  );
  if (pair && scores[second]! > -1) {
    const decision =
      (dot(alignedCell(layout, row, index, MRZ_ALPHABET[first]!), pair.weights) - pair.threshold) /
      pair.spread;
    const winner = MRZ_ALPHABET.indexOf(pair.chars[decision > 0 ? 0 : 1]!);
    const loser = winner === first ? second : first;
    scores[winner] = scores[first]!;
    scores[loser] = scores[winner]! - Math.min(0.3, 0.08 * Math.abs(decision));
  }
  return scores;
}

/** Reads the MRZ of a grey image: every cell scored against the characters its position may hold. */
export function readMrz(grey: Grey, options: { straighten?: boolean } = {}): MrzReading | null {
  return readMrzFrame(grey, options).reading;
}

/** `readMrz`, also saying how the frame shows the MRZ, so the camera can tell the officer what to change. */
export function readMrzFrame(
  grey: Grey,
  options: { straighten?: boolean } = {},
): { reading: MrzReading | null; framing: MrzFraming } {
  const { layout, framing } = findMrz(grey, options);
  if (!layout) return { reading: null, framing };
  const count = layout.grids[0]!.count;
  const code = textOf({ lines: [[scoreCell(layout, 0, 0, 'ACIPV')]] })[0];
  const classes = positionClasses(layout.lines.length, count, code);
  return {
    reading: {
      lines: layout.grids.map((grid, row) =>
        Array.from({ length: grid.count }, (_, index) =>
          scoreCell(layout, row, index, classes[row]![index]!),
        ),
      ),
    },
    framing,
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

/** A cell whose runner-up character scored nearly as well as its best. */
type Doubt = { row: number; index: number; alternative: string; gap: number };

/** The cells a check digit covers (as "line:column"), for the layout of these lines; none if no layout fits. */
export function checkedCells(lines: string[]): Set<string> {
  const format = detectFormat(lines);
  const cells = new Set<string>();
  if (!format) return cells;
  const layout = MRZ_LAYOUTS[format];
  const spans: Span[] = [layout.documentNumber, layout.birthDate, layout.expirationDate];
  const points = [layout.documentNumberCheck, layout.birthDateCheck, layout.expirationDateCheck];
  if (layout.personalNumber) {
    spans.push(layout.personalNumber.value);
    points.push(layout.personalNumber.check);
  }
  if (layout.composite) {
    spans.push(...layout.composite.parts);
    points.push(layout.composite.check);
  }
  for (const { line, start, end } of spans)
    for (let column = start; column < end; column++) cells.add(`${line}:${column}`);
  for (const { line, column } of points) cells.add(`${line}:${column}`);
  return cells;
}

/**
 * The reading's text, with near ties settled by the check digits. Cells whose runner-up scored within `margin` of
 * their best are doubtful; the best characters and every variant with one or two doubtful cells changed are tried.
 * `certain` only when exactly one of them passes every check digit of the MRZ: that one is returned (`settled` says
 * how many cells it changed). When two pass (check digits cannot tell O from 0 in two places whose weights cancel,
 * nor G from 6 at all) or none does, the best characters are returned, not certain: nothing is made valid by a
 * choice the image does not support, and a valid-looking reading the image leaves open is not trusted either.
 * Cells no check digit covers (names, nationality, sex) keep their best character: nothing could settle them.
 */
export function decideText(
  reading: MrzReading,
  margin = 0.05,
): { lines: string[]; settled: number; certain: boolean } {
  const lines = textOf(reading);
  const valid = (candidate: string[]): boolean => {
    const parsed = parseMrz(candidate.join('\n'));
    return parsed.ok && parsed.valid;
  };
  const doubts: Doubt[] = [];
  const checked = checkedCells(lines);
  reading.lines.forEach((cells, row) =>
    cells.forEach((scores, index) => {
      if (!checked.has(`${row}:${index}`)) return;
      const best = MRZ_ALPHABET.indexOf(lines[row]![index]!);
      let second = -1;
      for (let c = 0; c < scores.length; c++) {
        if (c !== best && (second < 0 || scores[c]! > scores[second]!)) second = c;
      }
      const gap = scores[best]! - scores[second]!;
      if (second >= 0 && scores[second]! > -1 && gap <= margin * Math.abs(scores[best]!)) {
        doubts.push({ row, index, alternative: MRZ_ALPHABET[second]!, gap });
      }
    }),
  );
  const few = doubts.sort((a, b) => a.gap - b.gap).slice(0, 8);
  const apply = (changes: Doubt[]): string[] =>
    lines.map((line, row) => {
      const chars = [...line];
      for (const change of changes) if (change.row === row) chars[change.index] = change.alternative;
      return chars.join('');
    });
  const variants: Doubt[][] = [
    [],
    ...few.map((doubt) => [doubt]),
    ...few.flatMap((a, i) => few.slice(i + 1).map((b) => [a, b])),
  ];
  const passing = variants.filter((changes) => valid(apply(changes)));
  if (passing.length !== 1) return { lines, settled: 0, certain: false };
  const decided = apply(passing[0]!);
  // No check digit guards the name, codes and sex: they must be values ICAO allows and read by a clear margin.
  const sure =
    uncheckedFieldsPlausible(decided) &&
    uncheckedMarginOk(reading, decided, checked) &&
    twinMarginOk(reading, decided, checked);
  return { lines: decided, settled: passing[0]!.length, certain: sure };
}

/** How far (as a share of its score) a cell no check digit covers must lead its runner-up. */
export const UNCHECKED_MARGIN = 0.025;

/** Whether every cell no check digit covers leads its runner-up by UNCHECKED_MARGIN. */
function uncheckedMarginOk(reading: MrzReading, lines: string[], checked: Set<string>): boolean {
  return reading.lines.every((cells, row) =>
    cells.every((scores, index) => {
      if (checked.has(`${row}:${index}`)) return true;
      const best = MRZ_ALPHABET.indexOf(lines[row]![index]!);
      let second = -Infinity;
      for (let c = 0; c < scores.length; c++) if (c !== best && scores[c]! > second) second = scores[c]!;
      return second <= -1 || scores[best]! - second >= UNCHECKED_MARGIN * Math.abs(scores[best]!);
    }),
  );
}

/** A character's weight in a check digit (ICAO 9303 part 3): digits their value, A–Z 10–35, '<' 0; mod 10. */
const checkValue = (char: string): number => {
  const c = MRZ_ALPHABET.indexOf(char);
  return (c < 26 ? c + 10 : c < 36 ? c - 26 : 0) % 10;
};

/** How far a checked cell must lead its best rival of the same check weight (U or K for 0, S for 8, L for 1). */
export const TWIN_MARGIN = 0.06;

/**
 * Whether every cell a check digit covers leads by TWIN_MARGIN the best character the check digits could not tell
 * from it (same weight mod 10): a swap between those passes every check, so only the image can decide it.
 */
function twinMarginOk(reading: MrzReading, lines: string[], checked: Set<string>): boolean {
  return reading.lines.every((cells, row) =>
    cells.every((scores, index) => {
      if (!checked.has(`${row}:${index}`)) return true;
      const char = lines[row]![index]!;
      const best = MRZ_ALPHABET.indexOf(char);
      let twin = -Infinity;
      for (let c = 0; c < scores.length; c++) {
        if (c !== best && checkValue(MRZ_ALPHABET[c]!) === checkValue(char))
          twin = Math.max(twin, scores[c]!);
      }
      return twin <= -1 || scores[best]! - twin >= TWIN_MARGIN * Math.abs(scores[best]!);
    }),
  );
}

/** Whether two readings' texts agree on every cell no check digit covers (names, codes, sex). */
export function sameUnchecked(a: readonly string[], b: readonly string[]): boolean {
  const checked = checkedCells([...a]);
  return a.every(
    (line, row) =>
      line.length === b[row]?.length &&
      [...line].every((char, index) => checked.has(`${row}:${index}`) || b[row]![index] === char),
  );
}
