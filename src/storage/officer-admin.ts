import { PRODUCTION_KDF_ITERATIONS, unwrapSecret, wrapSecret } from './crypto.ts';
import type { OfficerRow, SaringDb } from './db.ts';
import { appendAudit } from './audit-log.ts';
import { checkPin } from './device-setup.ts';
import { signIn, type SignInResult, type UnlockedSession } from './officers.ts';
import { serialWrite, withReopen } from './store-errors.ts';

/** Errors of the shift lead's deactivate and reset actions (also i18n keys). */
export type OfficerAdminError =
  | 'store.officers.notLead'
  | 'store.officers.leadPin'
  | 'shiftLead.officers.unknown'
  | 'shiftLead.officers.lastLead'
  | 'shiftLead.officers.inactive';

const EMPTY = new Uint8Array(0);

/**
 * Writes changes to one officer's row as a whole row, not with Dexie's update: update deep-clones the row, and where
 * typed arrays come from another realm (jsdom) it turned the encrypted name into a plain object.
 */
function putOfficer(db: SaringDb, row: OfficerRow, changes: Partial<OfficerRow>): Promise<string> {
  return db.officers.put({ ...row, ...changes });
}

/** Changes an active officer's row in one transaction; false when they are gone or were deactivated meanwhile. */
function changeActiveOfficer(
  db: SaringDb,
  officerId: string,
  changes: Partial<OfficerRow>,
): Promise<boolean> {
  return withReopen(db, () =>
    db.transaction('rw', db.officers, async () => {
      const row = await db.officers.get(officerId);
      if (!row || row.deactivatedAt) return false;
      await putOfficer(db, row, changes);
      return true;
    }),
  );
}

/**
 * A shift lead deactivates an officer who left: they can no longer sign in and their PIN-wrapped copy of the device
 * key is wiped. The last active shift lead cannot be deactivated (nobody could manage the tablet). Audited.
 */
export function deactivateOfficer(
  db: SaringDb,
  session: UnlockedSession,
  officerId: string,
  now: Date = new Date(),
): Promise<{ ok: true } | { ok: false; error: OfficerAdminError }> {
  if (session.officer.role !== 'shift_lead')
    return Promise.resolve({ ok: false, error: 'store.officers.notLead' });
  return serialWrite(db.officers, async () => {
    const result = await withReopen(db, () =>
      db.transaction('rw', db.officers, async (): Promise<OfficerAdminError | null> => {
        const row = await db.officers.get(officerId);
        if (!row) return 'shiftLead.officers.unknown';
        if (row.deactivatedAt) return 'shiftLead.officers.inactive';
        if (row.role === 'shift_lead') {
          const leads = await db.officers.filter((o) => o.role === 'shift_lead' && !o.deactivatedAt).count();
          if (leads <= 1) return 'shiftLead.officers.lastLead';
        }
        await putOfficer(db, row, {
          deactivatedAt: now.toISOString(),
          salt: EMPTY,
          iv: EMPTY,
          wrapped: EMPTY,
          mustSetPin: false,
        });
        return null;
      }),
    );
    if (result) return { ok: false, error: result };
    await appendAudit(
      db,
      session.keys,
      { officerId: session.officer.id, action: 'officer-deactivated', target: officerId },
      now,
    );
    return { ok: true };
  });
}

function oneTimeCode(): string {
  const digits = globalThis.crypto.getRandomValues(new Uint8Array(8));
  return [...digits].map((d) => String(d % 10)).join('');
}

/**
 * A shift lead resets a forgotten PIN. The lead confirms with their own PIN (the device key is unwrapped once more);
 * it is wrapped under a one-time code that the lead hands to the officer, who must choose a new PIN at their next
 * sign-in. The wrong-PIN count and lock are cleared. Audited; the code itself is never stored or logged.
 */
export async function resetOfficerPin(
  db: SaringDb,
  session: UnlockedSession,
  leadPin: string,
  officerId: string,
  now: Date = new Date(),
): Promise<{ ok: true; code: string } | { ok: false; error: OfficerAdminError }> {
  if (session.officer.role !== 'shift_lead') return { ok: false, error: 'store.officers.notLead' };
  const [leadRow, row] = await withReopen(db, () =>
    Promise.all([db.officers.get(session.officer.id), db.officers.get(officerId)]),
  );
  if (!row) return { ok: false, error: 'shiftLead.officers.unknown' };
  if (row.deactivatedAt) return { ok: false, error: 'shiftLead.officers.inactive' };
  const secret = leadRow ? await unwrapSecret(leadRow, leadPin) : undefined;
  if (!secret) return { ok: false, error: 'store.officers.leadPin' };
  const code = oneTimeCode();
  const wrapped = await wrapSecret(secret, code, Math.max(row.iterations, leadRow!.iterations));
  secret.fill(0);
  const changed = await changeActiveOfficer(db, officerId, {
    ...wrapped,
    mustSetPin: true,
    failedAttempts: 0,
    lockedUntil: null,
  });
  if (!changed) return { ok: false, error: 'shiftLead.officers.inactive' };
  await appendAudit(
    db,
    session.keys,
    { officerId: session.officer.id, action: 'officer-pin-reset', target: officerId },
    now,
  );
  return { ok: true, code };
}

/** Errors of choosing a new PIN after a reset (also i18n keys). */
export type NewPinError =
  'store.form.pinShort' | 'store.form.pinWeak' | 'store.pin.mismatch' | 'store.pin.same';

/**
 * The officer whose PIN was reset signs in with the one-time code and their new PIN (typed twice): the device key is
 * wrapped under the new PIN, the code stops working, and the officer is signed in. Audited as a PIN change.
 */
export async function setPinAfterReset(
  db: SaringDb,
  officerId: string,
  code: string,
  next: string,
  repeat: string,
  options: { iterations?: number; now?: Date } = {},
): Promise<SignInResult | { ok: false; error: NewPinError }> {
  const rule = checkPin(next);
  if (rule) return { ok: false, error: rule };
  if (next !== repeat) return { ok: false, error: 'store.pin.mismatch' };
  if (next === code) return { ok: false, error: 'store.pin.same' };
  const id = officerId.trim();
  const row = await withReopen(db, () => db.officers.get(id));
  // Anything but a pending reset with the right code goes through the ordinary sign-in and its wrong-PIN count.
  if (!row?.mustSetPin || row.deactivatedAt) return signIn(db, id, code, options.now);
  const secret = await unwrapSecret(row, code);
  if (!secret) return signIn(db, id, code, options.now);
  const wrapped = await wrapSecret(
    secret,
    next,
    Math.max(options.iterations ?? PRODUCTION_KDF_ITERATIONS, row.iterations),
  );
  secret.fill(0);
  if (!(await changeActiveOfficer(db, id, { ...wrapped, mustSetPin: false })))
    return signIn(db, id, code, options.now);
  const result = await signIn(db, id, next, options.now);
  if (result.ok) {
    await appendAudit(
      db,
      result.session.keys,
      { officerId: id, action: 'pin-changed', target: id },
      options.now,
    );
  }
  return result;
}
