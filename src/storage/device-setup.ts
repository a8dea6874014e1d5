import type { Agency, Role } from '../core/screening/screening-schema.ts';
import type { DeviceInfo } from '../core/session/session-info.ts';
import type { ZoneCode } from '../core/time/local-time.ts';
import { shiftStartsOf } from '../core/time/shifts.ts';
import {
  deriveStoreKeys,
  encryptJson,
  newMasterSecret,
  PRODUCTION_KDF_ITERATIONS,
  wrapSecret,
} from './crypto.ts';
import type { DeviceRow, OfficerRow, SaringDb } from './db.ts';
import { appendAudit } from './audit-log.ts';
import { withReopen } from './store-errors.ts';

/** A new officer as entered by the shift lead (or at enrolment). */
export type NewOfficer = { id: string; name: string; agency: Agency; role: Role; pin: string };

/** What the enrolment form collects. */
export type EnrolInput = {
  airport: string;
  checkpoint: string;
  zone: ZoneCode;
  agency?: Agency;
  lead: Omit<NewOfficer, 'role'>;
};

/** Error codes of enrolment and officer forms (also i18n keys). */
export type OfficerFormError =
  | 'store.form.airport'
  | 'store.form.checkpoint'
  | 'store.form.officerId'
  | 'store.form.name'
  | 'store.form.pinShort'
  | 'store.form.pinWeak'
  | 'store.form.officerExists'
  | 'store.form.alreadyEnrolled';

/** Checks a PIN: at least 6 digits, not one repeated digit, not a plain ascending or descending run. */
export function checkPin(pin: string): 'store.form.pinShort' | 'store.form.pinWeak' | null {
  if (!/^\d{6,12}$/.test(pin)) return 'store.form.pinShort';
  const digits = [...pin].map(Number);
  const steps = new Set(digits.slice(1).map((d, i) => (d - digits[i]! + 10) % 10));
  if (steps.size === 1 && (steps.has(0) || steps.has(1) || steps.has(9))) return 'store.form.pinWeak';
  return null;
}

/** Checks a new officer's fields; the first problem found, or null. */
export function checkOfficer(officer: Omit<NewOfficer, 'role'>): OfficerFormError | null {
  if (!/^[A-Za-z0-9._-]{2,32}$/.test(officer.id)) return 'store.form.officerId';
  if (officer.name.trim().length < 2) return 'store.form.name';
  return checkPin(officer.pin);
}

/** Asks the browser to keep this origin's storage under pressure; null when the API is missing. */
export async function requestPersistence(): Promise<boolean | null> {
  try {
    if (typeof navigator === 'undefined' || !navigator.storage?.persist) return null;
    return await navigator.storage.persist();
  } catch {
    return null;
  }
}

/** The enrolled device, if any. */
export function readDevice(db: SaringDb): Promise<DeviceRow | undefined> {
  return withReopen(db, () => db.device.get('device'));
}

/** The device as the session exposes it. */
export function deviceInfo(row: DeviceRow): DeviceInfo {
  return {
    id: row.deviceId,
    airport: row.airport,
    checkpoint: row.checkpoint,
    zone: row.zone,
    shiftStarts: shiftStartsOf(row),
  };
}

/** Builds an officer row whose wrapped secret opens the device with their PIN. */
export async function officerRow(
  secret: Uint8Array,
  officer: NewOfficer,
  iterations: number,
  now: Date,
): Promise<OfficerRow> {
  const keys = await deriveStoreKeys(secret);
  const wrapped = await wrapSecret(secret, officer.pin, iterations);
  return {
    id: officer.id,
    agency: officer.agency,
    role: officer.role,
    nameCt: await encryptJson(keys, officer.name.trim(), `officer:${officer.id}`),
    ...wrapped,
    failedAttempts: 0,
    lockedUntil: null,
    createdAt: now.toISOString(),
  };
}

/**
 * Enrols this device once: creates the device master secret, wraps it for the first shift lead, records the
 * checkpoint and asks for persistent storage. Returns the stored device row or the first form error.
 */
export async function enrolDevice(
  db: SaringDb,
  input: EnrolInput,
  options: { iterations?: number; persist?: () => Promise<boolean | null>; now?: Date } = {},
): Promise<{ ok: true; device: DeviceRow } | { ok: false; error: OfficerFormError }> {
  const airport = input.airport.trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(airport)) return { ok: false, error: 'store.form.airport' };
  if (input.checkpoint.trim().length < 2) return { ok: false, error: 'store.form.checkpoint' };
  const problem = checkOfficer(input.lead);
  if (problem) return { ok: false, error: problem };
  if (await readDevice(db)) return { ok: false, error: 'store.form.alreadyEnrolled' };
  const now = options.now ?? new Date();
  const secret = newMasterSecret();
  const lead = await officerRow(
    secret,
    { ...input.lead, role: 'shift_lead' },
    options.iterations ?? PRODUCTION_KDF_ITERATIONS,
    now,
  );
  const keys = await deriveStoreKeys(secret);
  secret.fill(0);
  const persisted = await (options.persist ?? requestPersistence)();
  const device: DeviceRow = {
    key: 'device',
    deviceId: globalThis.crypto.randomUUID(),
    airport,
    checkpoint: input.checkpoint.trim(),
    zone: input.zone,
    ...(input.agency ? { agency: input.agency } : {}),
    persisted,
    enrolledAt: now.toISOString(),
  };
  const stored = await withReopen(db, () =>
    db.transaction('rw', db.device, db.officers, async () => {
      if (await db.device.get('device')) return false;
      await db.device.add(device);
      await db.officers.add(lead);
      return true;
    }),
  );
  if (!stored) return { ok: false, error: 'store.form.alreadyEnrolled' };
  await appendAudit(
    db,
    keys,
    { officerId: lead.id, action: 'enrol', target: device.deviceId, details: { airport } },
    now,
  );
  return { ok: true, device };
}
