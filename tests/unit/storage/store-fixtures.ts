import type { Screening } from '../../../src/core/screening/screening-schema.ts';
import { SaringDb } from '../../../src/storage/db.ts';
import { enrolDevice } from '../../../src/storage/device-setup.ts';
import { signIn, type UnlockedSession } from '../../../src/storage/officers.ts';

/** Low PBKDF2 cost so tests run fast; production uses PRODUCTION_KDF_ITERATIONS. */
export const TEST_ITERATIONS = 1_000;
export const LEAD = { id: 'LEAD01', name: 'Rina Lestari', agency: 'IMIGRASI' as const, pin: '482913' };

let counter = 0;

/** A fresh, empty database with its own name. */
export function freshDb(): SaringDb {
  counter += 1;
  return new SaringDb(`test-${Date.now()}-${counter}-${Math.random()}`);
}

/** An enrolled device (PLM, WIB) with one shift lead, signed in. */
export async function enrolledSession(
  db: SaringDb = freshDb(),
): Promise<{ db: SaringDb; session: UnlockedSession }> {
  const enrolled = await enrolDevice(
    db,
    { airport: 'PLM', checkpoint: 'PRE-XRAY-INTL', zone: 'WIB', lead: LEAD },
    { iterations: TEST_ITERATIONS, persist: async () => true },
  );
  if (!enrolled.ok) throw new Error(enrolled.error);
  const result = await signIn(db, LEAD.id, LEAD.pin);
  if (!result.ok) throw new Error(result.error);
  return { db, session: result.session };
}

/** A valid decided screening; override what the test is about. */
export function screening(
  overrides: Partial<Screening> & { passportNumber?: string; lastName?: string } = {},
): Screening {
  counter += 1;
  const { passportNumber, lastName, ...rest } = overrides;
  return {
    id: `scr-${counter}-${Math.random().toString(36).slice(2)}`,
    revision: 1,
    status: 'final',
    createdAt: '2026-11-23T03:15:00.000Z',
    updatedAt: '2026-11-23T03:20:00.000Z',
    airport: 'PLM',
    checkpoint: 'PRE-XRAY-INTL',
    agency: 'IMIGRASI',
    officerId: 'LEAD01',
    deviceId: 'dev-1',
    catalogueVersion: 1,
    passenger: {
      lastName: lastName ?? 'SUPRIYATNA',
      firstName: 'DEWI ANGGRAENI',
      sex: 'female',
      birthDate: '1998-04-17',
      nationality: 'IDN',
      passportNumber: passportNumber ?? 'C4729183',
      issuingState: 'IDN',
      passportExpiry: '2031-02-10',
      phone: '+6281234567890',
    },
    flight: {
      carrier: 'AK',
      flightNumber: 'AK1347',
      date: '2026-11-23',
      from: 'PLM',
      finalDestination: 'PNH',
      transits: ['KUL'],
      oneWay: true,
    },
    answers: { 'I-01': 'yes' },
    prefilled: {},
    score: 7,
    recommended: 'INTERVIEW',
    outcome: 'CLEAR',
    passportWithdrawn: false,
    decidedBy: 'LEAD01',
    decidedAt: '2026-11-23T03:20:00.000Z',
    note: 'Mengaku berlibur',
    linkedPersonIds: [],
    ...rest,
  };
}
