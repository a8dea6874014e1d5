import { julianToIso } from './julian-date.ts';

/** One flight leg of a boarding pass. */
export type BcbpLeg = {
  pnr: string;
  from: string;
  to: string;
  carrier: string;
  /** The flight number without its leading zeros, with any suffix letter: '0834 ' → '834'. */
  flightNumber: string;
  /** Day of the year as printed; 0 when the airline left it blank. */
  julianDate: number;
  /** The flight's ISO date: the day of year in the year that puts it nearest to today; null when blank or impossible. */
  flightDate: string | null;
  compartment: string;
  /** Seat without leading zeros: '001A' → '1A'. */
  seat: string;
  /** Check-in sequence without leading zeros. */
  checkInSequence: string;
  passengerStatus: string;
};

/** The result of reading a boarding-pass barcode; `error` is an i18n key such as 'bcbp.error.length'. */
export type BcbpResult =
  | {
      ok: true;
      /** The 20-character name field, trimmed: 'DESMARAIS/LUC'. */
      passengerName: string;
      lastName: string;
      firstName: string;
      electronicTicket: boolean;
      legs: BcbpLeg[];
      /** The version of the conditional section, or null when the pass has none. */
      conditionalVersion: number | null;
      /**
       * The sizes the pass declares do not add up (an airline quirk), but every mandatory item is intact: the legs
       * were found by their shape. The fields read are as trustworthy as on any pass; only the optional data is not.
       */
      lenient?: true;
    }
  | { ok: false; error: BcbpError };

/** Every reason a string cannot be a boarding pass. */
export type BcbpError =
  | 'bcbp.error.empty'
  | 'bcbp.error.formatCode'
  | 'bcbp.error.legCount'
  | 'bcbp.error.truncated'
  | 'bcbp.error.fieldSize'
  | 'bcbp.error.length'
  | 'bcbp.error.conditionalSection'
  | 'bcbp.error.mandatoryField';

// IATA Resolution 792, format M: a 23-character unique head, then per leg 37 characters ending with the
// two-hex-digit size of the variable part that follows it.
const HEAD_LENGTH = 23;
const LEG_LENGTH = 37;

class BcbpFailure {
  constructor(readonly error: BcbpError) {}
}

function hexSize(text: string): number {
  if (!/^[0-9A-Fa-f]{2}$/.test(text)) throw new BcbpFailure('bcbp.error.fieldSize');
  return parseInt(text, 16);
}

const noZeros = (text: string): string => text.trim().replace(/^0+(?=.)/, '');

function readLeg(leg: string, today: Date): BcbpLeg {
  const day = leg.slice(21, 24).trim();
  const julianDate = /^\d{1,3}$/.test(day) ? Number(day) : 0;
  return {
    pnr: leg.slice(0, 7).trim(),
    from: leg.slice(7, 10).trim(),
    to: leg.slice(10, 13).trim(),
    carrier: leg.slice(13, 16).trim(),
    flightNumber: noZeros(leg.slice(16, 21)),
    julianDate,
    flightDate: julianToIso(julianDate, today),
    compartment: leg.slice(24, 25).trim(),
    seat: noZeros(leg.slice(25, 29)),
    checkInSequence: noZeros(leg.slice(29, 34)),
    passengerStatus: leg.slice(34, 35).trim(),
  };
}

/**
 * The conditional part of the first leg: '>' + version + unique size + unique data + repeated size + repeated data,
 * then airline data. Returns the version, or null when the part does not start with '>'.
 */
function checkFirstVariable(variable: string): number | null {
  if (!variable.startsWith('>')) return null;
  if (variable.length < 4) throw new BcbpFailure('bcbp.error.conditionalSection');
  const version = Number(variable[1]);
  const uniqueEnd = 4 + hexSize(variable.slice(2, 4));
  if (uniqueEnd > variable.length) throw new BcbpFailure('bcbp.error.conditionalSection');
  checkRepeatedVariable(variable.slice(uniqueEnd));
  return Number.isInteger(version) ? version : null;
}

/** The repeated conditional part: its size, then that many characters; anything after is airline data. */
function checkRepeatedVariable(variable: string): void {
  if (variable.length < 2) return;
  if (2 + hexSize(variable.slice(0, 2)) > variable.length)
    throw new BcbpFailure('bcbp.error.conditionalSection');
}

// The shape of each mandatory item of a leg (Resolution 792 field by field, with the blanks airlines are known to
// leave): what a leg must look like to be read at all, whatever the sizes around it say.
const LEG_SHAPE = new RegExp(
  '^' +
    [
      '[A-Z0-9 ]{7}', // PNR
      '[A-Z]{3}', // from
      '[A-Z]{3}', // to
      '[A-Z0-9]{2}[A-Z0-9 ]', // operating carrier
      '(?=[0-9 ]{0,3}[0-9])[0-9 ]{4}[A-Z ]', // flight number: at least one digit, optional suffix letter
      '[0-9 ]{3}', // day of year (blank on some passes)
      '[A-Z ]', // compartment
      '[A-Z0-9 ]{4}', // seat (also INF, GATE…)
      '[A-Z0-9 ]{5}', // check-in sequence
      '[A-Z0-9 ]', // passenger status
      '[0-9A-Fa-f]{2}', // size of the variable part
    ]
      .map((part) => `(?:${part})`)
      .join('') +
    '$',
);
const NAME_SHAPE = /^[A-Z][A-Z0-9 /.'-]{0,19}$/;

const legAt = (data: string, at: number): string | null => {
  const leg = data.slice(at, at + LEG_LENGTH);
  return leg.length === LEG_LENGTH && LEG_SHAPE.test(leg) ? leg : null;
};

/** Format code, leg count, length of the head and first leg, name: what every reading needs before anything else. */
function checkHead(data: string): BcbpResult | null {
  if (data.trim().length === 0) return { ok: false, error: 'bcbp.error.empty' };
  if (data[0] !== 'M') return { ok: false, error: 'bcbp.error.formatCode' };
  if (!/^[1-4]$/.test(data[1] ?? '')) return { ok: false, error: 'bcbp.error.legCount' };
  if (data.length < HEAD_LENGTH + LEG_LENGTH) return { ok: false, error: 'bcbp.error.truncated' };
  if (!NAME_SHAPE.test(data.slice(2, 22).trimEnd())) return { ok: false, error: 'bcbp.error.mandatoryField' };
  return null;
}

function passOf(data: string, legs: BcbpLeg[], conditionalVersion: number | null): BcbpResult & { ok: true } {
  const passengerName = data.slice(2, 22).trim();
  const slash = passengerName.indexOf('/');
  return {
    ok: true,
    passengerName,
    lastName: (slash < 0 ? passengerName : passengerName.slice(0, slash)).trim(),
    firstName: slash < 0 ? '' : passengerName.slice(slash + 1).trim(),
    electronicTicket: data[22] === 'E',
    legs,
    conditionalVersion,
  };
}

/**
 * Reads a pass whose declared sizes do not add up, as airlines print them (a conditional section behind a size of
 * 00, a size that overshoots the data, a broken conditional part), when every leg's mandatory items are intact: each
 * next leg is taken where its size says if a leg is there, else at the first place a leg's shape begins. Null when a
 * leg cannot be found.
 */
function parseLenient(data: string, today: Date): BcbpResult | null {
  const count = Number(data[1]);
  const legs: BcbpLeg[] = [];
  let at = HEAD_LENGTH;
  let conditionalVersion: number | null = null;
  for (let i = 0; i < count; i++) {
    const leg = legAt(data, at);
    if (!leg) return null;
    legs.push(readLeg(leg, today));
    const variableStart = at + LEG_LENGTH;
    if (i === 0 && data[variableStart] === '>' && /[0-9]/.test(data[variableStart + 1] ?? ''))
      conditionalVersion = Number(data[variableStart + 1]);
    if (i === count - 1) break;
    const declared = variableStart + parseInt(leg.slice(35, 37), 16);
    let next = legAt(data, declared) ? declared : -1;
    for (let k = variableStart; next < 0 && k + LEG_LENGTH <= data.length; k++) if (legAt(data, k)) next = k;
    if (next < 0) return null;
    at = next;
  }
  return { ...passOf(data, legs, conditionalVersion), lenient: true };
}

/** Errors of the size arithmetic alone, which a pass with intact mandatory items is read despite. */
const SIZE_ERRORS: ReadonlySet<BcbpError> = new Set([
  'bcbp.error.truncated',
  'bcbp.error.fieldSize',
  'bcbp.error.length',
  'bcbp.error.conditionalSection',
]);

function parseStrict(data: string, today: Date): BcbpResult {
  const count = Number(data[1]);

  const legs: BcbpLeg[] = [];
  let conditionalVersion: number | null = null;
  let at = HEAD_LENGTH;
  for (let i = 0; i < count; i++) {
    if (at + LEG_LENGTH > data.length) return { ok: false, error: 'bcbp.error.truncated' };
    const leg = data.slice(at, at + LEG_LENGTH);
    const size = hexSize(leg.slice(35, 37));
    if (!legAt(data, at)) return { ok: false, error: 'bcbp.error.mandatoryField' };
    at += LEG_LENGTH;
    if (at + size > data.length) return { ok: false, error: 'bcbp.error.truncated' };
    const variable = data.slice(at, at + size);
    if (i === 0) conditionalVersion = checkFirstVariable(variable);
    else checkRepeatedVariable(variable);
    at += size;
    legs.push(readLeg(leg, today));
  }
  // Only the security section may follow the legs; its content is not ours to verify.
  if (at < data.length && data[at] !== '^') return { ok: false, error: 'bcbp.error.length' };
  return passOf(data, legs, conditionalVersion);
}

function readStrict(data: string, today: Date): BcbpResult {
  try {
    return parseStrict(data, today);
  } catch (e) {
    if (e instanceof BcbpFailure) return { ok: false, error: e.error };
    return { ok: false, error: 'bcbp.error.length' };
  }
}

/** Reads an IATA BCBP (format M) boarding-pass barcode string; never throws. */
export function parseBcbp(data: string, options?: { today?: Date }): BcbpResult {
  const today = options?.today ?? new Date();
  // Scanners that type like a keyboard end with Enter; nothing else is trimmed, since spaces are data.
  const text = typeof data === 'string' ? data.replace(/[\r\n]+$/, '') : '';
  const refused = checkHead(text);
  if (refused) return refused;
  const strict = readStrict(text, today);
  if (strict.ok || !SIZE_ERRORS.has(strict.error)) return strict;
  // Sizes that do not add up: read the pass anyway if its legs are intact, else say what the arithmetic found.
  return parseLenient(text, today) ?? strict;
}

/** Where a journey starts, ends and changes planes, from the legs in the order printed. */
export function journeyOf(legs: ReadonlyArray<Pick<BcbpLeg, 'from' | 'to'>>): {
  from: string;
  finalDestination: string;
  transits: string[];
} {
  const first = legs[0];
  const last = legs[legs.length - 1];
  if (!first || !last) return { from: '', finalDestination: '', transits: [] };
  const transits: string[] = [];
  for (let i = 0; i < legs.length - 1; i++) {
    // A gap between legs (arrive at one airport, leave from another) shows both airports.
    for (const place of [legs[i]?.to, legs[i + 1]?.from]) {
      if (place && !transits.includes(place)) transits.push(place);
    }
  }
  return { from: first.from, finalDestination: last.to, transits };
}
