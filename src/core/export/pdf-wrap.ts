/** Measures the printed width of a string (points at the size in use). */
export type Measure = (text: string) => number;

// A word wider than the column is cut where it must be, character by character; nothing is dropped.
function breakWord(word: string, width: number, measure: Measure): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const ch of word) {
    if (piece !== '' && measure(piece + ch) > width) {
      pieces.push(piece);
      piece = ch;
    } else piece += ch;
  }
  if (piece !== '') pieces.push(piece);
  return pieces;
}

/**
 * Splits a cell into lines no wider than `width`: between words, and inside a word only when that word alone is
 * wider than the column. Every character of the text is kept (runs of white space become one space).
 */
export function wrapText(text: string, width: number, measure: Measure): string[] {
  const words = text
    .replace(/\s+/g, ' ')
    .trim()
    .split(' ')
    .filter((w) => w !== '');
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const joined = line === '' ? word : `${line} ${word}`;
    if (measure(joined) <= width) {
      line = joined;
      continue;
    }
    if (line !== '') lines.push(line);
    if (measure(word) <= width) {
      line = word;
      continue;
    }
    const pieces = breakWord(word, width, measure);
    line = pieces.pop() ?? '';
    lines.push(...pieces);
  }
  if (line !== '') lines.push(line);
  return lines;
}

/**
 * Column widths that add up to `usable`: each in proportion to its natural width, but never narrower than its
 * minimum (its longest word), taking the room from the columns that have some to spare.
 */
export function fitWidths(natural: readonly number[], minimum: readonly number[], usable: number): number[] {
  const floor = minimum.reduce((a, b) => a + b, 0);
  if (floor >= usable) return minimum.map((m) => (m / floor) * usable);
  const fixed = new Set<number>();
  let widths: number[] = [];
  for (let pass = 0; pass <= natural.length; pass += 1) {
    const room = usable - [...fixed].reduce((sum, i) => sum + (minimum[i] ?? 0), 0);
    const share = natural.reduce((sum, n, i) => (fixed.has(i) ? sum : sum + n), 0) || 1;
    widths = natural.map((n, i) => (fixed.has(i) ? (minimum[i] ?? 0) : (n / share) * room));
    const short = widths.findIndex((w, i) => !fixed.has(i) && w < (minimum[i] ?? 0));
    if (short < 0) break;
    widths.forEach((w, i) => {
      if (w < (minimum[i] ?? 0)) fixed.add(i);
    });
  }
  return widths;
}
