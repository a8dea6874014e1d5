import type { OfficerInfo } from '../core/session/session-info.ts';
import { decryptJson, unwrapSecret } from './crypto.ts';
import { countWrongPin, MAX_PIN_ATTEMPTS, type UnlockedSession } from './officers.ts';
import { serialWrite, withReopen } from './store-errors.ts';
import type { SaringDb } from './db.ts';

/** Result of the receiving officer proving it is them; every error is an i18n key. */
export type ReceiverPinResult =
  | { ok: true; officer: OfficerInfo }
  | { ok: false; error: 'gate.handover.error.pinMissing' }
  | { ok: false; error: 'gate.handover.error.receiverUnknown' }
  | { ok: false; error: 'gate.handover.error.receiverNewPin' }
  | { ok: false; error: 'gate.handover.error.pinWrong'; attemptsLeft: number; retryAt: number }
  | { ok: false; error: 'store.signIn.wait'; retryAt: number }
  | { ok: false; error: 'gate.handover.error.pinLocked' };

/**
 * The receiving BP3MI officer types their own PIN on the tablet the Imigrasi officer hands them: the PIN must unwrap
 * the device key from that officer's row, which only their PIN can. A wrong PIN counts toward the same delay and lock
 * as at sign-in (audited as `handover-pin-failed`); nothing else of the session changes.
 */
export function verifyReceiverPin(
  db: SaringDb,
  session: UnlockedSession,
  receiverId: string,
  pin: string,
  now: Date = new Date(),
): Promise<ReceiverPinResult> {
  if (pin === '') return Promise.resolve({ ok: false, error: 'gate.handover.error.pinMissing' });
  // The sign-in queue: parallel guesses in this page cannot slip past the delay.
  return serialWrite(db.officers, async (): Promise<ReceiverPinResult> => {
    const row = await withReopen(db, () => db.officers.get(receiverId));
    if (!row || row.deactivatedAt || row.agency !== 'BP3MI')
      return { ok: false, error: 'gate.handover.error.receiverUnknown' };
    if (row.mustSetPin) return { ok: false, error: 'gate.handover.error.receiverNewPin' };
    if (row.failedAttempts >= MAX_PIN_ATTEMPTS) return { ok: false, error: 'gate.handover.error.pinLocked' };
    if (row.lockedUntil && row.lockedUntil > now.getTime())
      return { ok: false, error: 'store.signIn.wait', retryAt: row.lockedUntil };
    const secret = await unwrapSecret(row, pin);
    if (!secret) {
      const counted = await countWrongPin(db, receiverId, now, {
        keys: session.keys,
        action: 'handover-pin-failed',
      });
      if (!counted || counted.failedAttempts >= MAX_PIN_ATTEMPTS)
        return { ok: false, error: 'gate.handover.error.pinLocked' };
      return {
        ok: false,
        error: 'gate.handover.error.pinWrong',
        attemptsLeft: MAX_PIN_ATTEMPTS - counted.failedAttempts,
        retryAt: counted.lockedUntil,
      };
    }
    secret.fill(0);
    await withReopen(db, () => db.officers.update(receiverId, { failedAttempts: 0, lockedUntil: null }));
    const name = await decryptJson<string>(session.keys, row.nameCt, `officer:${row.id}`);
    return { ok: true, officer: { id: row.id, name, agency: row.agency, role: row.role } };
  });
}
