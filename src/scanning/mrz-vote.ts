/** Valid MRZ line lengths: TD3/MRV-A 44, TD2/MRV-B 36, TD1 30. */
const LENGTHS = [44, 36, 30];

// A name field holds only letters and '<': a digit there is an OCR twin of a letter.
const LETTER_TWINS: Readonly<Record<string, string>> = {
  '0': 'O',
  '1': 'I',
  '2': 'Z',
  '5': 'S',
  '6': 'G',
  '8': 'B',
};
const lettersOnly = (text: string): string => text.replace(/[0-9]/g, (digit) => LETTER_TWINS[digit] ?? digit);

const lettersAt = (line: string, start: number, end: number): string =>
  line.slice(0, start) + lettersOnly(line.slice(start, end)) + line.slice(end);

/**
 * Fixes digits read where only letters can be: the issuing state, the nationality and the name (their position per
 * layout: TD1 three lines of 30, TD2/TD3/MRV two lines).
 */
function fixLetterFields(lines: string[]): string[] {
  const [first = '', second = '', third = ''] = lines;
  if (lines.length === 3) return [lettersAt(first, 2, 5), lettersAt(second, 15, 18), lettersOnly(third)];
  return [lettersAt(first, 2, first.length), lettersAt(second, 10, 13)];
}

/**
 * The MRZ lines in raw OCR text: spaces dropped, letters upper-cased, anything outside A-Z 0-9 < removed, and only
 * the last 2 (or 3 for TD1) lines of a plausible length (±2 characters) kept, trimmed or padded with '<'.
 */
export function mrzCandidate(raw: string): string[] | null {
  const lines = raw
    .toUpperCase()
    .split(/\r?\n/)
    .map((line) => line.replace(/[^A-Z0-9<]/g, ''))
    .filter((line) => line.length >= 26);
  for (const length of LENGTHS) {
    const count = length === 30 ? 3 : 2;
    const fit = lines.filter((line) => Math.abs(line.length - length) <= 2);
    if (fit.length >= count) {
      return fixLetterFields(fit.slice(-count).map((line) => line.slice(0, length).padEnd(length, '<')));
    }
  }
  return null;
}

/**
 * Combines several OCR readings of the same MRZ by a vote per character position: a character misread in one frame
 * is outvoted by the others. Only readings of the same shape as the latest one are counted; ties go to the latest.
 */
export function voteMrz(readings: ReadonlyArray<readonly string[]>): string[] | null {
  const latest = readings[readings.length - 1];
  if (!latest) return null;
  const shape = latest.map((line) => line.length).join(',');
  const same = readings.filter((reading) => reading.map((line) => line.length).join(',') === shape);
  return latest.map((line, row) =>
    [...line]
      .map((char, column) => {
        const counts = new Map<string, number>();
        for (const reading of same) {
          const each = reading[row]?.[column];
          if (each !== undefined) counts.set(each, (counts.get(each) ?? 0) + 1);
        }
        let best = char;
        for (const [candidate, count] of counts) if (count > (counts.get(best) ?? 0)) best = candidate;
        return best;
      })
      .join(''),
  );
}
