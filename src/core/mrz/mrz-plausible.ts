import { isKnownIcaoCode } from './icao-codes.ts';
import { MRZ_LAYOUTS, detectFormat } from './mrz-layout.ts';
import type { MrzFormat } from './mrz-layout.ts';

/**
 * The document codes each layout allows (ICAO 9303 part 4 §4.2.2, part 5 §4.2.2, part 6, part 7): a passport (TD3)
 * starts with P, a card (TD1, TD2) with A, C or I, a visa with V; the second character is a letter or '<'.
 */
const FIRST_LETTER: Record<MrzFormat, string> = { TD3: 'P', TD1: 'ACI', TD2: 'ACIP', MRVA: 'V', MRVB: 'V' };

/** ICAO's specimen state: not a real state (mrzFacts flags it), but the code a specimen document legitimately bears. */
const SPECIMEN_STATE = 'UTO';

/**
 * Whether a name field is shaped as ICAO 9303 part 3 writes names: the primary identifier, then once '<<' and the
 * secondary identifier's components joined by single '<', then fillers to the end. A letter after the fillers have
 * begun (a '<' read as C at the end of the field), or a second '<<' inside, is a misreading, not a name.
 */
function nameShaped(field: string): boolean {
  const name = field.replace(/<+$/, '');
  if (name === '' || name.includes('<<<')) return false;
  return name.indexOf('<<') === name.lastIndexOf('<<');
}

/**
 * Whether the fields of MRZ lines that no check digit covers hold values ICAO allows: the document code for the
 * layout, issuing state and nationality codes ICAO 9303 part 3 knows (or its specimen state), and a name shaped as
 * ICAO writes names. A reader uses it
 * to refuse a reading whose unchecked fields cannot be right, since no check digit would catch a misread there.
 */
export function uncheckedFieldsPlausible(lines: readonly string[]): boolean {
  const format = detectFormat([...lines]);
  if (!format) return false;
  const layout = MRZ_LAYOUTS[format];
  const cut = (s: { line: number; start: number; end: number }): string =>
    (lines[s.line] ?? '').slice(s.start, s.end);
  const code = cut(layout.documentCode);
  if (!FIRST_LETTER[format].includes(code[0] ?? '') || !/^[A-Z<]$/.test(code[1] ?? '')) return false;
  const state = (value: string): boolean => {
    const bare = value.replace(/<+$/, '');
    return bare === SPECIMEN_STATE || isKnownIcaoCode(bare);
  };
  return state(cut(layout.issuingState)) && state(cut(layout.nationality)) && nameShaped(cut(layout.name));
}
