import type { OfficerInfo } from '../core/session/session-info.ts';
import {
  decryptJson,
  deriveStoreKeys,
  PRODUCTION_KDF_ITERATIONS,
  unwrapSecret,
  type StoreKeys,
} from './crypto.ts';
import type { DeviceRow, OfficerRow, SaringDb } from './db.ts';
import { appendAudit } from './audit-log.ts';
import {
  checkOfficer,
  officerRow,
  readDevice,
  type NewOfficer,
  type OfficerFormError,
} from './device-setup.ts';
import { serialWrite, withReopen } from './store-errors.ts';

/** Wrong PINs allowed before the officer is locked until a shift lead resets them. */
export const MAX_PIN_ATTEMPTS = 5;

/** What an unlocked session holds: the officer, the device and the keys their PIN opened. */
export type UnlockedSession = { officer: OfficerInfo; device: DeviceRow; keys: StoreKeys };

/** Result of a sign-in attempt; every error is an i18n key. */
export type SignInResult =
  | { ok: true; session: UnlockedSession }
  | { ok: false; error: 'store.signIn.wrong'; attemptsLeft: number; retryAt: number }
  | { ok: false; error: 'store.signIn.wait'; retryAt: number }
  | { ok: false; error: 'store.signIn.locked' }
  | { ok: false; error: 'shiftLead.officers.inactive' }
  | { ok: false; error: 'shiftLead.reset.newPinNeeded' }
  | { ok: false; error: 'store.signIn.noDevice' };

/** The wait after `failed` wrong PINs in a row: 0, then 2 s, 4 s, 8 s, 16 s; then the lock. */
export function pinDelayMs(failed: number): number {
  if (failed <= 0) return 0;
  if (failed >= MAX_PIN_ATTEMPTS) return Number.POSITIVE_INFINITY;
  return 1000 * 2 ** failed;
}

async function officerInfo(keys: StoreKeys, row: OfficerRow): Promise<OfficerInfo> {
  const name = await decryptJson<string>(keys, row.nameCt, `officer:${row.id}`);
  return { id: row.id, name, agency: row.agency, role: row.role };
}

/**
 * Counts one wrong PIN of an officer (at sign-in or when changing their PIN): the wait grows, the fifth locks the
 * account. Audited as `action`, with the keys when a session is open. Null when there is no such officer.
 */
export async function countWrongPin(
  db: SaringDb,
  id: string,
  now: Date,
  audit: { keys: StoreKeys | null; action: 'sign-in-failed' | 'pin-change-failed' | 'handover-pin-failed' },
): Promise<{ failedAttempts: number; lockedUntil: number } | null> {
  const result = await withReopen(db, () =>
    db.transaction('rw', db.officers, async () => {
      const row = await db.officers.get(id);
      if (!row) return null;
      const failedAttempts = row.failedAttempts + 1;
      const lockedUntil = now.getTime() + pinDelayMs(failedAttempts);
      await db.officers.update(id, { failedAttempts, lockedUntil });
      return { failedAttempts, lockedUntil };
    }),
  );
  await appendAudit(db, audit.keys, { officerId: id, action: audit.action, target: id }, now);
  return result;
}

async function recordFailure(db: SaringDb, id: string, now: Date): Promise<SignInResult> {
  const result = await countWrongPin(db, id, now, { keys: null, action: 'sign-in-failed' });
  if (!result) return { ok: false, error: 'store.signIn.wrong', attemptsLeft: MAX_PIN_ATTEMPTS, retryAt: 0 };
  if (result.failedAttempts >= MAX_PIN_ATTEMPTS) return { ok: false, error: 'store.signIn.locked' };
  return {
    ok: false,
    error: 'store.signIn.wrong',
    attemptsLeft: MAX_PIN_ATTEMPTS - result.failedAttempts,
    retryAt: result.lockedUntil,
  };
}

/** Signs an officer in offline with their id and PIN: unwraps the device key, or counts a wrong PIN. */
export function signIn(
  db: SaringDb,
  officerId: string,
  pin: string,
  now: Date = new Date(),
): Promise<SignInResult> {
  // One attempt at a time, so parallel guesses cannot slip past the delay (its own queue: audit writes use the db's).
  return serialWrite(db.officers, async () => {
    const device = await readDevice(db);
    if (!device) return { ok: false, error: 'store.signIn.noDevice' };
    const id = officerId.trim();
    const row = await withReopen(db, () => db.officers.get(id));
    if (row?.deactivatedAt) return { ok: false, error: 'shiftLead.officers.inactive' };
    if (row && row.failedAttempts >= MAX_PIN_ATTEMPTS) return { ok: false, error: 'store.signIn.locked' };
    if (row?.lockedUntil && row.lockedUntil > now.getTime()) {
      return { ok: false, error: 'store.signIn.wait', retryAt: row.lockedUntil };
    }
    const secret = row ? await unwrapSecret(row, pin) : undefined;
    if (!row || !secret) return recordFailure(db, id, now);
    if (row.mustSetPin) {
      // The one-time code is right: the officer chooses their own PIN before anything opens.
      secret.fill(0);
      await withReopen(db, () => db.officers.update(id, { failedAttempts: 0, lockedUntil: null }));
      return { ok: false, error: 'shiftLead.reset.newPinNeeded' };
    }
    const keys = await deriveStoreKeys(secret);
    secret.fill(0);
    await withReopen(db, () => db.officers.update(id, { failedAttempts: 0, lockedUntil: null }));
    const officer = await officerInfo(keys, row);
    await appendAudit(db, keys, { officerId: id, action: 'sign-in', target: device.deviceId }, now);
    return { ok: true, session: { officer, device, keys } };
  });
}

/** An officer as the shift lead's list shows them. */
export type OfficerListItem = OfficerInfo & {
  failedAttempts: number;
  locked: boolean;
  active: boolean;
  mustSetPin: boolean;
};

/** Every officer enrolled on this device, names decrypted. */
export async function listOfficers(db: SaringDb, keys: StoreKeys): Promise<OfficerListItem[]> {
  const rows = await withReopen(db, () => db.officers.toArray());
  return Promise.all(
    rows.map(async (row) => ({
      ...(await officerInfo(keys, row)),
      failedAttempts: row.failedAttempts,
      locked: row.failedAttempts >= MAX_PIN_ATTEMPTS,
      active: !row.deactivatedAt,
      mustSetPin: row.mustSetPin === true,
    })),
  );
}

/** Errors of the shift lead's officer actions. */
export type OfficerActionError = OfficerFormError | 'store.officers.notLead' | 'store.officers.leadPin';

/**
 * A shift lead adds an officer. The lead confirms with their own PIN: the device key is never held in an exportable
 * form, so the lead's PIN unwraps it once more to wrap it for the new officer.
 */
export async function addOfficer(
  db: SaringDb,
  session: UnlockedSession,
  leadPin: string,
  officer: NewOfficer,
  options: { iterations?: number; now?: Date } = {},
): Promise<{ ok: true } | { ok: false; error: OfficerActionError }> {
  if (session.officer.role !== 'shift_lead') return { ok: false, error: 'store.officers.notLead' };
  const problem = checkOfficer(officer);
  if (problem) return { ok: false, error: problem };
  const leadRow = await db.officers.get(session.officer.id);
  const secret = leadRow ? await unwrapSecret(leadRow, leadPin) : undefined;
  if (!secret) return { ok: false, error: 'store.officers.leadPin' };
  const now = options.now ?? new Date();
  const row = await officerRow(
    secret,
    officer,
    options.iterations ?? leadRow!.iterations ?? PRODUCTION_KDF_ITERATIONS,
    now,
  );
  secret.fill(0);
  const added = await withReopen(db, () =>
    db.transaction('rw', db.officers, async () => {
      if (await db.officers.get(row.id)) return false;
      await db.officers.add(row);
      return true;
    }),
  );
  if (!added) return { ok: false, error: 'store.form.officerExists' };
  await appendAudit(
    db,
    session.keys,
    { officerId: session.officer.id, action: 'officer-added', target: row.id },
    now,
  );
  return { ok: true };
}

/** A shift lead clears an officer's wrong-PIN count and lock. */
export async function resetOfficer(
  db: SaringDb,
  session: UnlockedSession,
  officerId: string,
  now: Date = new Date(),
): Promise<{ ok: true } | { ok: false; error: 'store.officers.notLead' }> {
  if (session.officer.role !== 'shift_lead') return { ok: false, error: 'store.officers.notLead' };
  await withReopen(db, () => db.officers.update(officerId, { failedAttempts: 0, lockedUntil: null }));
  await appendAudit(
    db,
    session.keys,
    { officerId: session.officer.id, action: 'officer-reset', target: officerId },
    now,
  );
  return { ok: true };
}
