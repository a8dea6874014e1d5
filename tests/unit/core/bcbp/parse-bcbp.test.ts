import { describe, expect, it } from 'vitest';
import { journeyOf, parseBcbp } from '../../../../src/core/bcbp/parse-bcbp.ts';

const today = new Date('2026-11-23T03:00:00Z');
const parse = (data: string, at = today) => parseBcbp(data, { today: at });

// The example pass of IATA Resolution 792: 23 characters of head + one 37-character leg with an empty (00) variable part.
const IATA = 'M1DESMARAIS/LUC       EABC123 YULFRAAC 0834 326J001A0025 100';

const hex2 = (n: number): string => n.toString(16).toUpperCase().padStart(2, '0');

/** The 35 characters of a leg before its size field: PNR 7, from 3, to 3, carrier 3, flight 5, day 3, class 1, seat 4, sequence 5, status 1. */
function legHead(
  pnr: string,
  from: string,
  to: string,
  carrier: string,
  flight: string,
  day: string,
  seat: string,
  seq: string,
): string {
  const s =
    pnr.padEnd(7) + from + to + carrier.padEnd(3) + flight.padEnd(5) + day + 'Y' + seat + seq.padEnd(5) + '0';
  expect(s).toHaveLength(35);
  return s;
}

// Unique conditional data, version 6: passenger description 1, source of check-in 1, source of issuance 1,
// date of issue 4, document type 1, issuing airline 3 = 11 characters → size 0B.
const UNIQUE = '0WW6326BGA ';
// Repeated conditional data: airline code 3, document number 10, selectee 1, document verification 1, marketing
// carrier 3, frequent-flyer airline 3, frequent-flyer number 16, ID/AD 1, free baggage 3, fast track 1 = 42 → 2A.
const REPEATED = '126' + '2312345678' + '0' + '0' + 'GA ' + '   ' + ' '.repeat(16) + ' ' + '20K' + 'N';
const AIRLINE = 'GA-DATA';

function twoLegPass(): string {
  expect(UNIQUE).toHaveLength(11);
  expect(REPEATED).toHaveLength(42);
  // Leg 1 variable part: '>' 1 + version 1 + unique size 2 + 11 + repeated size 2 + 42 + airline data 7 = 66 → 42 hex.
  const var1 = '>6' + hex2(UNIQUE.length) + UNIQUE + hex2(REPEATED.length) + REPEATED + AIRLINE;
  expect(var1).toHaveLength(66);
  // Leg 2 variable part: repeated size 2 + 42 = 44 → 2C hex.
  const var2 = hex2(REPEATED.length) + REPEATED;
  // Security data: '^' + type 1 + length 2 + data, ignored by the parser.
  const security = '^10A' + 'SIGNATURE!';
  return (
    'M2' +
    'TAN/SITI NURHALIZA'.padEnd(20) +
    'E' +
    legHead('XYZ789', 'CGK', 'SIN', 'GA', '0826', '327', '023C', '0042') +
    hex2(var1.length) +
    var1 +
    legHead('XYZ789', 'SIN', 'RUH', 'SV', '0787', '328', '045A', '0013') +
    hex2(var2.length) +
    var2 +
    security
  );
}

describe('parseBcbp', () => {
  it('reads the IATA example pass', () => {
    expect(IATA).toHaveLength(23 + 37);
    expect(parse(IATA)).toEqual({
      ok: true,
      passengerName: 'DESMARAIS/LUC',
      lastName: 'DESMARAIS',
      firstName: 'LUC',
      electronicTicket: true,
      conditionalVersion: null,
      legs: [
        {
          pnr: 'ABC123',
          from: 'YUL',
          to: 'FRA',
          carrier: 'AC',
          flightNumber: '834',
          julianDate: 326,
          flightDate: '2026-11-22',
          compartment: 'J',
          seat: '1A',
          checkInSequence: '25',
          passengerStatus: '1',
        },
      ],
    });
  });

  it('rejects a copy of the example with one character too many in a leg (its items no longer fit their places)', () => {
    // 'YULFRAGAC' instead of 'YULFRAAC': every item after the carrier is one place off, the flight number first.
    expect(parse('M1DESMARAIS/LUC       EABC123 YULFRAGAC 0834 326J001A0025 100')).toEqual({
      ok: false,
      error: 'bcbp.error.mandatoryField',
    });
  });

  it('reads a two-leg pass with conditional sections, airline data and security data', () => {
    const r = parse(twoLegPass());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.conditionalVersion).toBe(6);
    expect(r.lastName).toBe('TAN');
    expect(r.firstName).toBe('SITI NURHALIZA');
    expect(r.legs.map((l) => [l.from, l.to, l.carrier, l.flightNumber, l.flightDate, l.seat])).toEqual([
      ['CGK', 'SIN', 'GA', '826', '2026-11-23', '23C'],
      ['SIN', 'RUH', 'SV', '787', '2026-11-24', '45A'],
    ]);
    expect(journeyOf(r.legs)).toEqual({ from: 'CGK', finalDestination: 'RUH', transits: ['SIN'] });
  });

  it('reads four legs, the most a pass can hold', () => {
    const legs = [
      ['KNO', 'CGK'],
      ['CGK', 'KUL'],
      ['KUL', 'DOH'],
      ['DOH', 'RUH'],
    ];
    const data =
      'M4' +
      'BUDI/MR'.padEnd(20) +
      'E' +
      legs.map(([f, t]) => legHead('PNR1', f!, t!, 'QR', '1', '327', '010A', '1') + '00').join('');
    const r = parse(data);
    expect(r.ok && r.legs.length).toBe(4);
    expect(r.ok && journeyOf(r.legs)).toEqual({
      from: 'KNO',
      finalDestination: 'RUH',
      transits: ['CGK', 'KUL', 'DOH'],
    });
  });

  it('tolerates a blank e-ticket indicator, a blank day of year and a trailing Enter', () => {
    const quirky = IATA.replace('EABC123', ' ABC123').replace('326J', '   J') + '\r\n';
    const r = parse(quirky);
    expect(r.ok && r.electronicTicket).toBe(false);
    expect(r.ok && r.legs[0]).toMatchObject({ julianDate: 0, flightDate: null });
  });

  it('tolerates a conditional section that only states its version', () => {
    const data = IATA.slice(0, -2) + '04' + '>600';
    const r = parse(data);
    expect(r.ok && r.conditionalVersion).toBe(6);
  });

  it('reads a name without a slash as the last name', () => {
    const r = parse(IATA.replace('DESMARAIS/LUC       ', 'SUKARNO'.padEnd(20)));
    expect(r.ok && r.lastName).toBe('SUKARNO');
    expect(r.ok && r.firstName).toBe('');
  });

  it.each([
    ['', 'bcbp.error.empty'],
    [IATA.replace(/^M/, 'N'), 'bcbp.error.formatCode'],
    [IATA.replace(/^M1/, 'M0'), 'bcbp.error.legCount'],
    [IATA.replace(/^M1/, 'M5'), 'bcbp.error.legCount'],
    [IATA.slice(0, 50), 'bcbp.error.truncated'],
    [IATA.replace(/^M1/, 'M2'), 'bcbp.error.truncated'],
    [IATA.slice(0, -2) + 'ZZ', 'bcbp.error.fieldSize'],
    [IATA.replace('0834', 'ABCD'), 'bcbp.error.mandatoryField'],
    [IATA.replace('YULFRA', 'YU1FRA'), 'bcbp.error.mandatoryField'],
    [IATA.replace('DESMARAIS', '#ESMARAIS'), 'bcbp.error.mandatoryField'],
    ['M1' + 'X'.repeat(56) + '00', 'bcbp.error.mandatoryField'],
    ['https://example.com/boarding?pnr=ABC123', 'bcbp.error.formatCode'],
    // Two legs announced, the second absent: the lenient reading looks for it and does not invent it.
    [IATA.replace(/^M1/, 'M2') + '>6' + ' '.repeat(40), 'bcbp.error.fieldSize'],
  ])('rejects what cannot be a boarding pass: %j', (data, error) => {
    expect(parse(data)).toEqual({ ok: false, error });
  });

  it.each([
    ['a conditional section behind a size of 00', IATA + '>6180' + '0WW6326BGA '.padEnd(24)],
    ['a size that overshoots the data', IATA.slice(0, -2) + '05' + 'ABC'],
    ['airline data with no size at all', IATA + 'X'],
    ['a conditional part whose own size overshoots it', IATA.slice(0, -2) + '06' + '>60900'],
    ['a conditional part with an unreadable size', IATA.slice(0, -2) + '06' + '>6GG00'],
  ])('reads a pass with intact mandatory items despite %s, and says it was read leniently', (_, data) => {
    const strictFields = parse(IATA);
    const r = parse(data);
    expect(r.ok && r.lenient).toBe(true);
    if (!r.ok || !strictFields.ok) return;
    expect(r.legs).toEqual(strictFields.legs);
    expect(r.passengerName).toBe('DESMARAIS/LUC');
  });

  it('finds the second leg by its shape when the first leg’s size field says 00 over a conditional section', () => {
    const pass = twoLegPass();
    // The airline writes 00 for leg 1 while its 66-character variable part is still printed after it.
    const quirky = pass.slice(0, 23 + 35) + '00' + pass.slice(23 + 37);
    expect(parse(quirky)).toMatchObject({ ok: true, lenient: true, conditionalVersion: 6 });
    const r = parse(quirky);
    expect(r.ok && r.legs.map((l) => `${l.from}-${l.to} ${l.carrier}${l.flightNumber}`)).toEqual([
      'CGK-SIN GA826',
      'SIN-RUH SV787',
    ]);
    expect(parse(pass)).not.toHaveProperty('lenient');
  });

  it('never throws on input that is not text', () => {
    expect(parseBcbp(null as unknown as string)).toEqual({ ok: false, error: 'bcbp.error.empty' });
  });
});

describe('flight date from the day of year', () => {
  const dateOf = (day: string, at: string) => {
    const r = parse(IATA.replace('326J', `${day}J`), new Date(`${at}T03:00:00Z`));
    return r.ok ? r.legs[0]?.flightDate : 'error';
  };

  it('picks the year that puts the day nearest to today', () => {
    expect(dateOf('365', '2026-01-03')).toBe('2025-12-31');
    expect(dateOf('002', '2026-12-30')).toBe('2027-01-02');
    expect(dateOf('060', '2028-03-01')).toBe('2028-02-29');
  });

  it('gives day 366 only in a leap year near today, else no date', () => {
    expect(dateOf('366', '2028-12-01')).toBe('2028-12-31');
    expect(dateOf('366', '2026-06-01')).toBeNull();
    expect(dateOf('000', '2026-06-01')).toBeNull();
    expect(dateOf('400', '2026-06-01')).toBeNull();
  });
});

describe('journeyOf', () => {
  it('shows both airports where the journey changes airport between legs', () => {
    expect(
      journeyOf([
        { from: 'CGK', to: 'KUL' },
        { from: 'SZB', to: 'JED' },
      ]),
    ).toEqual({ from: 'CGK', finalDestination: 'JED', transits: ['KUL', 'SZB'] });
  });

  it('has no transits for a direct flight and nothing for no legs', () => {
    expect(journeyOf([{ from: 'CGK', to: 'SIN' }])).toEqual({
      from: 'CGK',
      finalDestination: 'SIN',
      transits: [],
    });
    expect(journeyOf([])).toEqual({ from: '', finalDestination: '', transits: [] });
  });
});
