/** The value ICAO 9303 gives one MRZ character (0–9, A=10 … Z=35, '<'=0), or -1 when it is not an MRZ character. */
export function mrzCharValue(ch: string): number {
  const code = ch.charCodeAt(0);
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 65 && code <= 90) return code - 55;
  if (ch === '<') return 0;
  return -1;
}

const WEIGHTS = [7, 3, 1] as const;

/** The ICAO 9303 check digit (weights 7-3-1, modulo 10) of a string of MRZ characters; -1 if it holds another character. */
export function computeCheckDigit(text: string): number {
  let sum = 0;
  for (let i = 0; i < text.length; i++) {
    const v = mrzCharValue(text[i] ?? '');
    if (v < 0) return -1;
    sum += v * (WEIGHTS[i % 3] ?? 1);
  }
  return sum % 10;
}

/** Whether `check` (one character) is the correct check digit of `text`. */
export function checkDigitMatches(text: string, check: string): boolean {
  const expected = computeCheckDigit(text);
  return expected >= 0 && check === String(expected);
}
