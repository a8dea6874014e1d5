import { describe, expect, it } from 'vitest';
import {
  buildCapture,
  flightFromLegs,
  passengerFromMrz,
  type BoardingRead,
  type PassportRead,
} from '../../../../src/core/capture/build-capture.ts';
import { parseMrz } from '../../../../src/core/mrz/parse-mrz.ts';
import { parseBcbp } from '../../../../src/core/bcbp/parse-bcbp.ts';
import type { BcbpLeg } from '../../../../src/core/bcbp/parse-bcbp.ts';

const TODAY = '2026-11-23';
const leg = (from: string, to: string, flightDate: string | null = TODAY): BcbpLeg => ({
  pnr: 'ABC123',
  from,
  to,
  carrier: 'GA',
  flightNumber: '840',
  julianDate: 327,
  flightDate,
  compartment: 'Y',
  seat: '12A',
  checkInSequence: '25',
  passengerStatus: '1',
});
const passport = (over: Partial<PassportRead['passenger']> = {}, verified = true): PassportRead => ({
  source: 'wedge',
  verified,
  passenger: {
    lastName: 'WULANDARI',
    firstName: 'SITI',
    sex: 'female',
    birthDate: '1998-03-04',
    nationality: 'IDN',
    passportNumber: 'C1234567',
    issuingState: 'IDN',
    passportExpiry: '2030-01-01',
    ...over,
  },
});
const boarding = (name: string | null, date: string | null = TODAY): BoardingRead => ({
  source: 'camera',
  name,
  flight: flightFromLegs([leg('CGK', 'KUL', date), leg('KUL', 'RUH', date)])!,
});

describe('buildCapture', () => {
  it('takes the passenger from the MRZ, with no raw MRZ text in it', () => {
    const mrz = parseMrz(
      'P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10',
      { today: new Date('2026-11-23') },
    );
    if (!mrz.ok) throw new Error('specimen must parse');
    const capture = buildCapture(
      { passenger: passengerFromMrz(mrz.fields), source: 'camera', verified: mrz.valid },
      null,
      TODAY,
    );
    expect(capture.passenger).toMatchObject({
      lastName: 'ERIKSSON',
      firstName: 'ANNA MARIA',
      passportNumber: 'L898902C3',
    });
    expect(capture.passportVerified).toBe(true);
    expect(JSON.stringify(capture)).not.toMatch(/<|L898902C36/);
  });

  it('takes the journey from the boarding-pass legs: first flight, origin, final destination, transits', () => {
    const flight = boarding('WULANDARI/SITI').flight;
    expect(flight).toEqual({
      carrier: 'GA',
      flightNumber: '840',
      date: TODAY,
      from: 'CGK',
      finalDestination: 'RUH',
      transits: ['KUL'],
      oneWay: null,
    });
    const parsed = parseBcbp('M1DESMARAIS/LUC       EABC123 YULFRAAC 0834 326J001A0025 100', {
      today: new Date('2026-11-23'),
    });
    expect(parsed.ok && flightFromLegs(parsed.legs)?.finalDestination).toBe('FRA');
  });

  it('warns before screening when the names differ or the flight is not today', () => {
    expect(buildCapture(passport(), boarding('WULANDARI/SITI'), TODAY).warnings).toEqual([]);
    expect(buildCapture(passport(), boarding('SANTOSO/BUDI'), TODAY).warnings).toEqual([
      'scan.warning.nameMismatch',
    ]);
    expect(buildCapture(passport(), boarding('WULANDARI/SITI', '2026-11-24'), TODAY).warnings).toEqual([
      'scan.warning.flightNotToday',
    ]);
  });

  it('warns about an expired passport, one expiring within six months, and hand-typed unverified details', () => {
    expect(buildCapture(passport({ passportExpiry: '2026-11-22' }), null, TODAY).warnings).toEqual([
      'scan.warning.passportExpired',
    ]);
    expect(buildCapture(passport({ passportExpiry: '2027-05-22' }), null, TODAY).warnings).toEqual([
      'scan.warning.passportExpiresSoon',
    ]);
    expect(buildCapture(passport({ passportExpiry: '2027-05-23' }), null, TODAY).warnings).toEqual([]);
    expect(buildCapture(passport({}, false), null, TODAY).warnings).toEqual(['scan.warning.notVerified']);
  });

  it('keeps a typed flight without a boarding-pass name and does not compare names then', () => {
    const capture = buildCapture(passport(), { ...boarding(null), source: 'manual' }, TODAY);
    expect(capture.boardingPassName).toBeNull();
    expect(capture.warnings).toEqual([]);
  });
});
