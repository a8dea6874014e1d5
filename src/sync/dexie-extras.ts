import type { Agency } from '../core/screening/screening-schema.ts';
import { localDay, type ZoneCode } from '../core/time/local-time.ts';
import { auditSince } from '../storage/audit-log.ts';
import type { SaringDb } from '../storage/db.ts';
import { agencyOfRow } from '../storage/retention.ts';
import { DEFAULT_SHIFT_STARTS, shiftKeyOf, type ShiftStarts } from '../core/time/shifts.ts';
import { MAX_AUDIT_BATCH, type ShiftCount } from './contract.ts';
import type { SyncClient } from './sync-client.ts';

const AUDIT_SEQ = 'sync.auditSeq';
const COUNT_DAYS = 14;

/** Where counts come from: the checkpoint, its shifts, and the agency of counts that recorded none. */
export type CountPlace = {
  airport: string;
  checkpoint: string;
  /** Only for counts kept before each screening's agency was recorded. */
  agency: Agency;
  zone: ZoneCode;
  shiftStarts?: ShiftStarts;
};

/**
 * CLEAR / CLEAR_ADVISED totals per shift and agency of the last two weeks: the counts kept after identities were
 * purged plus the clear screenings still on the device, each under its own screening's agency (never the signed-in
 * officer's). Numbers only (REFERENCE §5).
 */
export async function collectShiftCounts(
  db: SaringDb,
  place: CountPlace,
  now: Date = new Date(),
): Promise<ShiftCount[]> {
  const starts = place.shiftStarts ?? DEFAULT_SHIFT_STARTS;
  const since = localDay(new Date(now.getTime() - COUNT_DAYS * 86_400_000), place.zone);
  const totals = new Map<
    string,
    { day: string; shift: string; agency: Agency; clear: number; clearAdvised: number }
  >();
  const add = (day: string, shift: string, agency: Agency, clear: number, clearAdvised: number): void => {
    const key = `${day} ${shift} ${agency}`;
    const t = totals.get(key) ?? { day, shift, agency, clear: 0, clearAdvised: 0 };
    t.clear += clear;
    t.clearAdvised += clearAdvised;
    totals.set(key, t);
  };
  for (const row of await db.counts.where('day').aboveOrEqual(since).toArray())
    add(
      row.shift.slice(0, 10),
      row.shift.slice(11) || '00:00',
      row.agency ?? place.agency,
      row.clear,
      row.clearAdvised,
    );
  const held = await db.screenings.where('outcome').anyOf(['CLEAR', 'CLEAR_ADVISED']).toArray();
  for (const row of held) {
    if (row.latest !== 1 || row.createdDay < since) continue;
    const shift = shiftKeyOf(new Date(row.createdAt), place.zone, starts);
    add(
      shift.day,
      shift.start,
      (await agencyOfRow(db, row)) ?? place.agency,
      row.outcome === 'CLEAR' ? 1 : 0,
      row.outcome === 'CLEAR_ADVISED' ? 1 : 0,
    );
  }
  return [...totals.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([, t]) => ({
      day: t.day,
      shift: t.shift,
      airport: place.airport,
      checkpoint: place.checkpoint,
      agency: t.agency,
      clear: t.clear,
      clearAdvised: t.clearAdvised,
    }));
}

/** Uploads shift counts, then audit entries not yet held by the receiver (without their encrypted details). */
export async function uploadCountsAndAudit(
  db: SaringDb,
  client: Pick<SyncClient, 'uploadCounts' | 'uploadAudit'>,
  place: CountPlace,
): Promise<string | null> {
  const counts = await collectShiftCounts(db, place);
  if (counts.length > 0) {
    const result = await client.uploadCounts({ counts });
    if (!result.ok) return result.reason;
  }
  for (;;) {
    const row = await db.meta.get(AUDIT_SEQ);
    const after = typeof row?.value === 'number' ? row.value : 0;
    const entries = (await auditSince(db, null, after)).slice(0, MAX_AUDIT_BATCH);
    if (entries.length === 0) return null;
    const result = await client.uploadAudit({
      entries: entries.map((e) => ({
        seq: e.seq,
        at: e.at,
        actor: e.officerId,
        action: e.action,
        subject: e.target,
      })),
    });
    if (!result.ok) return result.reason;
    await db.meta.put({ key: AUDIT_SEQ, value: result.value.storedThroughSeq });
  }
}
