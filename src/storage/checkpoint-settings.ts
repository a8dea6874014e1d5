import { checkShiftStarts, shiftStartsOf, type ShiftStartsError } from '../core/time/shifts.ts';
import { auditedTransaction } from './audit-log.ts';
import type { DeviceRow, SaringDb } from './db.ts';
import type { UnlockedSession } from './officers.ts';
import { StoreError } from './store-errors.ts';

/** Why the shift starts were not saved (also i18n keys). */
export type ShiftStartsSaveError = ShiftStartsError | 'store.settings.notLead' | 'store.error.unknown';

/** The outcome of saving; on a bad start, which one (0-based) to point the lead at. */
export type ShiftStartsSaveResult =
  { ok: true; device: DeviceRow } | { ok: false; error: ShiftStartsSaveError; index?: number };

/**
 * A shift lead sets the checkpoint's shift start times (1 to 4, 'HH:MM', in order). Saved on the device row with an
 * audit entry naming the old and new starts in one transaction; counts, retention and exports read them from there,
 * so the change holds for counts and exports made from now on (shifts already counted keep their keys).
 */
export async function saveShiftStarts(
  db: SaringDb,
  session: UnlockedSession,
  starts: readonly unknown[],
  now: Date = new Date(),
): Promise<ShiftStartsSaveResult> {
  if (session.officer.role !== 'shift_lead') return { ok: false, error: 'store.settings.notLead' };
  const checked = checkShiftStarts(starts);
  if (!checked.ok)
    return checked.index === undefined
      ? { ok: false, error: checked.error }
      : { ok: false, error: checked.error, index: checked.index };
  const before = await db.device.get('device');
  if (!before) return { ok: false, error: 'store.error.unknown' };
  const input = {
    officerId: session.officer.id,
    action: 'settings-changed' as const,
    target: 'shiftStarts',
    details: { before: [...shiftStartsOf(before)], after: [...checked.starts] },
  };
  const { result } = await auditedTransaction(
    db,
    session.keys,
    input,
    [db.device],
    async () => {
      const current = await db.device.get('device');
      // Removed between the read above and this transaction (a reset in another tab): nothing is written or audited.
      if (!current) throw new StoreError('store.error.unknown');
      const next: DeviceRow = { ...current, shiftStarts: [...checked.starts] };
      await db.device.put(next);
      return next;
    },
    now,
  );
  return { ok: true, device: result };
}
