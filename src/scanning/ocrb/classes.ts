/** Every character an MRZ may hold, in the order of a cell's scores. */
export const MRZ_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<';

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ<';
const DIGITS = '0123456789<';
const ANY = MRZ_ALPHABET;
const SEX = 'FMX<';

const repeat = (chars: string, count: number): string[] => Array.from({ length: count }, () => chars);

/**
 * The characters each position of an MRZ may hold (ICAO 9303 part 4–6), per line: letters in codes and names,
 * digits (or '<' for an unknown part) in dates and check digits, anything in document numbers and optional data.
 * TD3 and MRV-A share their layout up to position 28 of line 2, TD2 and MRV-B likewise; after it a passport or
 * card (any document code but V) ends with check digits, a visa with optional data.
 */
export function positionClasses(lineCount: number, length: number, documentCode = 'P'): string[][] {
  if (lineCount === 3) {
    return [
      [...repeat(LETTERS, 5), ...repeat(ANY, 9), DIGITS, ...repeat(ANY, 15)],
      [...repeat(DIGITS, 7), SEX, ...repeat(DIGITS, 7), ...repeat(LETTERS, 3), ...repeat(ANY, 11), DIGITS],
      repeat(LETTERS, 30),
    ];
  }
  return [
    repeat(LETTERS, length),
    [
      ...repeat(ANY, 9),
      DIGITS,
      ...repeat(LETTERS, 3),
      ...repeat(DIGITS, 7),
      SEX,
      ...repeat(DIGITS, 7),
      ...(documentCode === 'V'
        ? repeat(ANY, length - 28)
        : length === 44
          ? [...repeat(ANY, 14), DIGITS, '0123456789']
          : [...repeat(ANY, length - 29), '0123456789']),
    ],
  ];
}
