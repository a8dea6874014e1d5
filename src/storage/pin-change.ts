import { auditedTransaction } from './audit-log.ts';
import { PRODUCTION_KDF_ITERATIONS, toHex, unwrapSecret, wrapSecret } from './crypto.ts';
import type { SaringDb } from './db.ts';
import { checkPin } from './device-setup.ts';
import { countWrongPin, MAX_PIN_ATTEMPTS, type UnlockedSession } from './officers.ts';
import { serialWrite, StoreError, withReopen } from './store-errors.ts';

/** What the change-PIN form collects. */
export type PinChange = { current: string; next: string; repeat: string };

/** Problems found before any PIN is tried (also i18n keys); none of them counts as a wrong PIN. */
export type PinChangeInputError =
  | 'store.pin.currentMissing'
  | 'store.form.pinShort'
  | 'store.form.pinWeak'
  | 'store.pin.mismatch'
  | 'store.pin.same';

/** Result of changing one's own PIN; every error is an i18n key. */
export type ChangePinResult =
  | { ok: true }
  | { ok: false; error: PinChangeInputError }
  | { ok: false; error: 'store.pin.wrongCurrent'; attemptsLeft: number; retryAt: number }
  | { ok: false; error: 'store.signIn.wait'; retryAt: number }
  | { ok: false; error: 'store.pin.lockedOut' };

/** Where a change stands: PBKDF2 runs twice (the current PIN, then the new one), then one transaction. */
export type PinChangeStep = 'checking' | 'wrapping' | 'saving';

/** Checks the form before any key work: the current PIN given, the new one valid, repeated, and different. */
export function checkPinChange(change: PinChange): PinChangeInputError | null {
  if (change.current === '') return 'store.pin.currentMissing';
  const rule = checkPin(change.next);
  if (rule) return rule;
  if (change.next !== change.repeat) return 'store.pin.mismatch';
  if (change.next === change.current) return 'store.pin.same';
  return null;
}

/**
 * The signed-in officer changes their own PIN: the current PIN unwraps the device key, which is wrapped again under
 * the new PIN (never fewer PBKDF2 iterations than production) and stored with its audit entry in one transaction. A
 * wrong current PIN counts toward the same delay and lock as at sign-in. The data key itself does not change, so
 * everything stored stays readable. Throws StoreError when the store fails or another window changed the PIN first.
 */
export function changePin(
  db: SaringDb,
  session: UnlockedSession,
  change: PinChange,
  options: { iterations?: number; now?: Date; onStep?: (step: PinChangeStep) => void } = {},
): Promise<ChangePinResult> {
  const problem = checkPinChange(change);
  if (problem) return Promise.resolve({ ok: false, error: problem });
  const id = session.officer.id;
  const now = options.now ?? new Date();
  // The same queue as sign-in, so parallel guesses in this page cannot slip past the delay.
  return serialWrite(db.officers, async (): Promise<ChangePinResult> => {
    const row = await withReopen(db, () => db.officers.get(id));
    if (!row) throw new StoreError('store.error.conflict');
    if (row.failedAttempts >= MAX_PIN_ATTEMPTS) return { ok: false, error: 'store.pin.lockedOut' };
    if (row.lockedUntil && row.lockedUntil > now.getTime()) {
      return { ok: false, error: 'store.signIn.wait', retryAt: row.lockedUntil };
    }
    options.onStep?.('checking');
    const secret = await unwrapSecret(row, change.current);
    if (!secret) {
      const counted = await countWrongPin(db, id, now, { keys: session.keys, action: 'pin-change-failed' });
      if (!counted || counted.failedAttempts >= MAX_PIN_ATTEMPTS)
        return { ok: false, error: 'store.pin.lockedOut' };
      return {
        ok: false,
        error: 'store.pin.wrongCurrent',
        attemptsLeft: MAX_PIN_ATTEMPTS - counted.failedAttempts,
        retryAt: counted.lockedUntil,
      };
    }
    options.onStep?.('wrapping');
    const wrapped = await wrapSecret(
      secret,
      change.next,
      options.iterations ?? Math.max(row.iterations, PRODUCTION_KDF_ITERATIONS),
    ).finally(() => secret.fill(0));
    options.onStep?.('saving');
    const before = toHex(row.wrapped);
    await auditedTransaction(
      db,
      session.keys,
      // Who changed whose PIN, never the PIN.
      { officerId: id, action: 'pin-changed', target: id },
      [db.officers],
      async () => {
        const current = await db.officers.get(id);
        // Another window changed this PIN since it was checked: keep theirs, and no audit entry either.
        if (!current || toHex(current.wrapped) !== before) throw new StoreError('store.error.conflict');
        await db.officers.put({ ...current, ...wrapped, failedAttempts: 0, lockedUntil: null });
      },
      now,
    );
    return { ok: true };
  });
}
