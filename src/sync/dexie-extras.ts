import type { Agency } from '../core/screening/screening-schema.ts';
import type { ZoneCode } from '../core/time/local-time.ts';
import { auditSince } from '../storage/audit-log.ts';
import type { SaringDb } from '../storage/db.ts';
import { DEFAULT_RETENTION, shiftStartOf } from '../storage/retention.ts';
import { MAX_AUDIT_BATCH, type ShiftCount } from './contract.ts';
import type { SyncClient } from './sync-client.ts';

const AUDIT_SEQ = 'sync.auditSeq';
const OFFSET_HOURS: Record<ZoneCode, number> = { WIB: 7, WITA: 8, WIT: 9 };
const COUNT_DAYS = 14;

/** Local 'YYYY-MM-DD' and 'HH:MM' of an instant in a checkpoint's zone. */
function localDayTime(at: Date, zone: ZoneCode): { day: string; hhmm: string } {
  const local = new Date(at.getTime() + OFFSET_HOURS[zone] * 3_600_000).toISOString();
  return { day: local.slice(0, 10), hhmm: local.slice(11, 16) };
}

/**
 * CLEAR / CLEAR_ADVISED totals per shift of the last two weeks: the counts kept after identities were purged plus
 * the clear screenings still on the device. Numbers only (REFERENCE §5).
 */
export async function collectShiftCounts(
  db: SaringDb,
  place: { airport: string; checkpoint: string; agency: Agency; zone: ZoneCode },
  now: Date = new Date(),
): Promise<ShiftCount[]> {
  const since = localDayTime(new Date(now.getTime() - COUNT_DAYS * 86_400_000), place.zone).day;
  const totals = new Map<string, { clear: number; clearAdvised: number }>();
  const add = (shiftKey: string, clear: number, clearAdvised: number): void => {
    const t = totals.get(shiftKey) ?? { clear: 0, clearAdvised: 0 };
    t.clear += clear;
    t.clearAdvised += clearAdvised;
    totals.set(shiftKey, t);
  };
  for (const row of await db.counts.where('day').aboveOrEqual(since).toArray())
    add(row.shift, row.clear, row.clearAdvised);
  const held = await db.screenings.where('outcome').anyOf(['CLEAR', 'CLEAR_ADVISED']).toArray();
  for (const row of held) {
    if (row.latest !== 1 || row.createdDay < since) continue;
    const start = localDayTime(
      shiftStartOf(new Date(row.createdAt), place.zone, DEFAULT_RETENTION.shiftStarts),
      place.zone,
    );
    add(
      `${start.day} ${start.hhmm}`,
      row.outcome === 'CLEAR' ? 1 : 0,
      row.outcome === 'CLEAR_ADVISED' ? 1 : 0,
    );
  }
  return [...totals.entries()].sort().map(([key, t]) => ({
    day: key.slice(0, 10),
    shift: key.slice(11) || '00:00',
    airport: place.airport,
    checkpoint: place.checkpoint,
    agency: place.agency,
    clear: t.clear,
    clearAdvised: t.clearAdvised,
  }));
}

/** Uploads shift counts, then audit entries not yet held by the receiver (without their encrypted details). */
export async function uploadCountsAndAudit(
  db: SaringDb,
  client: Pick<SyncClient, 'uploadCounts' | 'uploadAudit'>,
  place: { airport: string; checkpoint: string; agency: Agency; zone: ZoneCode },
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
