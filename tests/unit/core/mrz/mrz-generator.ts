import { computeCheckDigit } from '../../../../src/core/mrz/check-digit.ts';
import type { MrzFields, MrzFormat } from '../../../../src/core/mrz/parse-mrz.ts';

/** A small seeded generator (mulberry32): the same seed gives the same documents on every run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const DIGITS = '0123456789';
const STATES = ['IDN', 'MYS', 'SGP', 'SAU', 'ARE', 'D', 'GBR', 'PHL', 'UNA', 'XXA'];

/** A generated document: the MRZ lines and the fields a correct parser must return. */
export type GeneratedMrz = { format: MrzFormat; lines: string[]; fields: MrzFields };

const pad = (text: string, width: number): string => (text + '<'.repeat(width)).slice(0, width);
const cd = (text: string): string => String(computeCheckDigit(text));

function pick(rand: () => number, from: string | readonly string[]): string {
  return from[Math.floor(rand() * from.length)] ?? '';
}
function word(rand: () => number, min: number, max: number): string {
  const n = min + Math.floor(rand() * (max - min + 1));
  return Array.from({ length: n }, () => pick(rand, LETTERS)).join('');
}
function alnum(rand: () => number, n: number): string {
  return Array.from({ length: n }, () => pick(rand, rand() < 0.3 ? LETTERS : DIGITS)).join('');
}
function date(rand: () => number, fromYear: number, toYear: number): { mrz: string; iso: string } {
  const y = fromYear + Math.floor(rand() * (toYear - fromYear + 1));
  const m = 1 + Math.floor(rand() * 12);
  const d = 1 + Math.floor(rand() * 28);
  const two = (n: number): string => String(n).padStart(2, '0');
  return { mrz: `${two(y % 100)}${two(m)}${two(d)}`, iso: `${y}-${two(m)}-${two(d)}` };
}

/** Name field content; sometimes a single name (no given names), as on many Indonesian passports. */
function names(rand: () => number, width: number): { field: string; last: string; first: string } {
  for (;;) {
    const n = nameOnce(rand);
    // Shorter than the field, so the expected name is never cut.
    if (n.raw.length < width) return { field: pad(n.raw, width), last: n.last, first: n.first };
  }
}

function nameOnce(rand: () => number): { raw: string; last: string; first: string } {
  const last = rand() < 0.3 ? `${word(rand, 3, 8)} ${word(rand, 3, 8)}` : word(rand, 3, 10);
  const given =
    rand() < 0.25 ? [] : Array.from({ length: 1 + Math.floor(rand() * 2) }, () => word(rand, 2, 8));
  const raw = given.length ? `${last.replace(/ /g, '<')}<<${given.join('<')}` : last.replace(/ /g, '<');
  return { raw, last, first: given.join(' ') };
}

/** Generates one valid MRZ of the format, with the fields the parser must read back (today 2026-11-23). */
export function generateMrz(rand: () => number, format: MrzFormat): GeneratedMrz {
  const long = (format === 'TD1' || format === 'TD2') && rand() < 0.3;
  const docNumber = alnum(rand, long ? 10 + Math.floor(rand() * 3) : 5 + Math.floor(rand() * 5));
  const state = pick(rand, STATES);
  const nationality = pick(rand, STATES);
  const sexChar = pick(rand, 'MF<');
  const birth = date(rand, 1930, 2025);
  const expiry = date(rand, 2018, 2036);
  const sex = sexChar === 'M' ? 'male' : sexChar === 'F' ? 'female' : 'nonspecified';
  const code = format === 'TD3' ? 'P<' : format.startsWith('MRV') ? 'V<' : pick(rand, ['I<', 'ID', 'AC']);
  const docNine = pad(docNumber.slice(0, 9), 9);
  const docCheck = cd(docNumber);
  // A long number keeps its first 9 characters in place, '<' as check digit, the rest plus its check in optional data.
  const docField = long ? `${docNine}<` : `${docNine}${docCheck}`;
  const overflow = long ? `${docNumber.slice(9)}${docCheck}<` : '';
  // The optional data must fit beside a long document number's continuation (TD2 has only 7 places).
  const room = (format === 'TD2' ? 7 : 15) - overflow.length;
  const optionalText = rand() < 0.5 || room < 1 ? '' : alnum(rand, Math.min(3, room));
  const base = {
    documentCode: code.replace(/<+$/, ''),
    issuingState: state,
    documentNumber: docNumber,
    nationality,
  };
  const dates = `${birth.mrz}${cd(birth.mrz)}${sexChar}${expiry.mrz}${cd(expiry.mrz)}`;
  const fields = (
    n: { last: string; first: string },
    personal: string | null,
    optional: string | null,
  ): MrzFields => ({
    ...base,
    lastName: n.last,
    firstName: n.first,
    sex,
    birthDate: birth.iso,
    expirationDate: expiry.iso,
    personalNumber: personal,
    optionalData: optional,
    nameTruncated: false,
  });

  if (format === 'TD1') {
    const n = names(rand, 30);
    const l1 = `${code}${pad(state, 3)}${docField}${pad(overflow + optionalText, 15)}`;
    const l2head = `${dates}${pad(nationality, 3)}${pad('', 11)}`;
    const composite = l1.slice(5, 30) + l2head.slice(0, 7) + l2head.slice(8, 15) + l2head.slice(18, 29);
    return {
      format,
      lines: [l1, l2head + cd(composite), n.field],
      fields: fields(n, null, optionalText || null),
    };
  }
  if (format === 'TD3') {
    const n = names(rand, 39);
    const personal = rand() < 0.5 ? '' : alnum(rand, 4 + Math.floor(rand() * 9));
    const pCheck = personal ? cd(personal) : pick(rand, '<0');
    const l2head = `${docField}${pad(nationality, 3)}${dates}${pad(personal, 14)}${pCheck}`;
    const composite = l2head.slice(0, 10) + l2head.slice(13, 20) + l2head.slice(21, 43);
    const l1 = `${code}${pad(state, 3)}${n.field}`;
    return { format, lines: [l1, l2head + cd(composite)], fields: fields(n, personal || null, null) };
  }
  const width = format === 'TD2' || format === 'MRVB' ? 36 : 44;
  const n = names(rand, width - 5);
  const l1 = `${code}${pad(state, 3)}${n.field}`;
  if (format === 'TD2') {
    const l2head = `${docField}${pad(nationality, 3)}${dates}${pad(overflow + optionalText, 7)}`;
    const composite = l2head.slice(0, 10) + l2head.slice(13, 20) + l2head.slice(21, 35);
    return { format, lines: [l1, l2head + cd(composite)], fields: fields(n, null, optionalText || null) };
  }
  const l2 = `${docField}${pad(nationality, 3)}${dates}${pad(optionalText, width - 28)}`;
  return { format, lines: [l1, l2], fields: fields(n, null, optionalText || null) };
}
