/** The five ICAO 9303 machine-readable zone layouts this app reads. */
export type MrzFormat = 'TD1' | 'TD2' | 'TD3' | 'MRVA' | 'MRVB';

/** A field protected by a check digit (the composite covers several fields). */
export type MrzCheckedField =
  'documentNumber' | 'birthDate' | 'expirationDate' | 'personalNumber' | 'composite';

/** A run of characters on one line: 0-based line, 0-based start, exclusive end. */
export type Span = { line: number; start: number; end: number };

/** One character position: 0-based line and column. */
export type Pos = { line: number; column: number };

/** Where every field of one format sits (positions from ICAO 9303 parts 4, 5, 6 and 7). */
export type MrzLayout = {
  format: MrzFormat;
  lineCount: number;
  lineLength: number;
  documentCode: Span;
  issuingState: Span;
  name: Span;
  documentNumber: Span;
  documentNumberCheck: Pos;
  /** Where a document number longer than 9 characters continues (TD1, TD2 only). */
  documentNumberOverflow: Span | null;
  nationality: Span;
  birthDate: Span;
  birthDateCheck: Pos;
  sex: Pos;
  expirationDate: Span;
  expirationDateCheck: Pos;
  /** Optional data areas in reading order (personal number excluded). */
  optionalData: Span[];
  personalNumber: { value: Span; check: Pos } | null;
  composite: { parts: Span[]; check: Pos } | null;
};

const span = (line: number, start: number, end: number): Span => ({ line, start, end });
const pos = (line: number, column: number): Pos => ({ line, column });

const TD1: MrzLayout = {
  format: 'TD1',
  lineCount: 3,
  lineLength: 30,
  documentCode: span(0, 0, 2),
  issuingState: span(0, 2, 5),
  documentNumber: span(0, 5, 14),
  documentNumberCheck: pos(0, 14),
  documentNumberOverflow: span(0, 15, 30),
  optionalData: [span(0, 15, 30), span(1, 18, 29)],
  birthDate: span(1, 0, 6),
  birthDateCheck: pos(1, 6),
  sex: pos(1, 7),
  expirationDate: span(1, 8, 14),
  expirationDateCheck: pos(1, 14),
  nationality: span(1, 15, 18),
  name: span(2, 0, 30),
  personalNumber: null,
  composite: {
    parts: [span(0, 5, 30), span(1, 0, 7), span(1, 8, 15), span(1, 18, 29)],
    check: pos(1, 29),
  },
};

/** Line 2 of the two-line formats shares one shape up to the expiry check digit. */
function twoLine(format: MrzFormat, length: 36 | 44): MrzLayout {
  return {
    format,
    lineCount: 2,
    lineLength: length,
    documentCode: span(0, 0, 2),
    issuingState: span(0, 2, 5),
    name: span(0, 5, length),
    documentNumber: span(1, 0, 9),
    documentNumberCheck: pos(1, 9),
    documentNumberOverflow: null,
    nationality: span(1, 10, 13),
    birthDate: span(1, 13, 19),
    birthDateCheck: pos(1, 19),
    sex: pos(1, 20),
    expirationDate: span(1, 21, 27),
    expirationDateCheck: pos(1, 27),
    optionalData: [span(1, 28, length)],
    personalNumber: null,
    composite: null,
  };
}

const TD2: MrzLayout = {
  ...twoLine('TD2', 36),
  documentNumberOverflow: span(1, 28, 35),
  optionalData: [span(1, 28, 35)],
  composite: { parts: [span(1, 0, 10), span(1, 13, 20), span(1, 21, 35)], check: pos(1, 35) },
};

const TD3: MrzLayout = {
  ...twoLine('TD3', 44),
  optionalData: [],
  personalNumber: { value: span(1, 28, 42), check: pos(1, 42) },
  composite: { parts: [span(1, 0, 10), span(1, 13, 20), span(1, 21, 43)], check: pos(1, 43) },
};

/** Every layout by format. */
export const MRZ_LAYOUTS: Readonly<Record<MrzFormat, MrzLayout>> = {
  TD1,
  TD2,
  TD3,
  MRVA: twoLine('MRVA', 44),
  MRVB: twoLine('MRVB', 36),
};

/** The format of complete lines, by line count, length and the visa document code; null if none fits. */
export function detectFormat(lines: readonly string[]): MrzFormat | null {
  const [first = '', second] = lines;
  const sameLength = lines.every((l) => l.length === first.length);
  if (!sameLength) return null;
  if (lines.length === 3 && first.length === 30) return 'TD1';
  if (lines.length !== 2 || second === undefined) return null;
  const visa = first.startsWith('V');
  if (first.length === 44) return visa ? 'MRVA' : 'TD3';
  if (first.length === 36) return visa ? 'MRVB' : 'TD2';
  return null;
}

/**
 * The likely format of lines still being typed: a third line means TD1; otherwise the document code (P passport,
 * V visa, I/A/C card) and the longest line so far (a card line past 30 characters is TD2, a visa line past 36 MRV-A).
 */
export function guessFormat(lines: readonly string[]): MrzFormat {
  if (lines.length >= 3) return 'TD1';
  const first = lines[0] ?? '';
  const longest = Math.max(0, ...lines.map((l) => l.length));
  const visa = first.startsWith('V');
  if (visa) return longest > 36 ? 'MRVA' : longest > 30 ? 'MRVB' : 'MRVA';
  if (/^[IAC]/.test(first)) return longest > 36 ? 'TD3' : longest > 30 ? 'TD2' : 'TD1';
  return 'TD3';
}
