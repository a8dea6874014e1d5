import type { ZoneCode } from '../core/time/local-time.ts';
import type { StoreKeys } from './crypto.ts';
import type { CountRow, SaringDb, ScreeningRow } from './db.ts';
import { appendAudit } from './audit-log.ts';
import { serialWrite, withReopen } from './store-errors.ts';

/** When identities leave the device (REFERENCE §5: CLEAR wiped at end of shift; flagged after acknowledgement). */
export type RetentionConfig = {
  /** Local shift start times, 'HH:MM', in the checkpoint's zone. */
  shiftStarts: string[];
  /** Days a flagged screening stays on the device after the case system acknowledged it. */
  flaggedKeepDays: number;
};

/** Three 8-hour shifts and a week's grace for flagged records. */
export const DEFAULT_RETENTION: RetentionConfig = {
  shiftStarts: ['07:00', '15:00', '23:00'],
  flaggedKeepDays: 7,
};

/** What a retention run removed. */
export type RetentionResult = { clearPurged: number; flaggedPurged: number };

// Indonesia has kept fixed offsets without daylight saving since 1964, so plain arithmetic is exact.
const OFFSET_HOURS: Record<ZoneCode, number> = { WIB: 7, WITA: 8, WIT: 9 };
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

function minutesOf(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

/** The instant the shift containing `at` began. */
export function shiftStartOf(at: Date, zone: ZoneCode, shiftStarts: string[]): Date {
  const offset = OFFSET_HOURS[zone] * HOUR;
  const local = at.getTime() + offset;
  const dayStart = Math.floor(local / DAY) * DAY;
  const minute = Math.floor((local - dayStart) / 60_000);
  const starts = shiftStarts.map(minutesOf).sort((a, b) => a - b);
  const today = starts.filter((s) => s <= minute).pop();
  const startLocal =
    today !== undefined
      ? dayStart + today * 60_000
      : dayStart - DAY + (starts[starts.length - 1] ?? 0) * 60_000;
  return new Date(startLocal - offset);
}

function localParts(at: Date, zone: ZoneCode): { day: string; hour: number; hhmm: string } {
  const local = new Date(at.getTime() + OFFSET_HOURS[zone] * HOUR).toISOString();
  return { day: local.slice(0, 10), hour: Number(local.slice(11, 13)), hhmm: local.slice(11, 16) };
}

async function purgeClear(db: SaringDb, zone: ZoneCode, config: RetentionConfig, now: Date): Promise<number> {
  const cutoff = shiftStartOf(now, zone, config.shiftStarts).toISOString();
  const candidates = await db.screenings
    .where('[flagged+latest]')
    .equals([0, 1])
    .filter((row) => row.createdAt < cutoff)
    .toArray();
  if (candidates.length === 0) return 0;
  const sent = new Set(
    (
      await db.outbox
        .where('screeningId')
        .anyOf(candidates.map((r) => r.id))
        .toArray()
    ).map((o) => o.screeningId),
  );
  // A cleared amendment of a record that was once sent follows the flagged rule instead.
  const purge = candidates.filter((row) => !sent.has(row.id));
  return db.transaction('rw', [db.screenings, db.counts, db.linkedPersons], async () => {
    for (const row of purge) {
      const at = new Date(row.createdAt);
      const { day, hour } = localParts(at, zone);
      const shift = localParts(shiftStartOf(at, zone, config.shiftStarts), zone);
      const key = `${day}|${String(hour).padStart(2, '0')}`;
      const count: CountRow = (await db.counts.get(key)) ?? {
        key,
        day,
        hour,
        shift: `${shift.day} ${shift.hhmm}`,
        clear: 0,
        clearAdvised: 0,
      };
      if (row.outcome === 'CLEAR_ADVISED') count.clearAdvised += 1;
      else count.clear += 1;
      await db.counts.put(count);
      await db.screenings.where('id').equals(row.id).delete();
    }
    await purgeOrphanLinked(db, purge);
    return purge.length;
  });
}

async function purgeOrphanLinked(db: SaringDb, purged: ScreeningRow[]): Promise<void> {
  const ids = new Set(purged.flatMap((row) => row.linkedPersonIds));
  if (ids.size === 0) return;
  await db.screenings.each((row) => row.linkedPersonIds.forEach((id) => ids.delete(id)));
  await db.linkedPersons.bulkDelete([...ids]);
}

async function purgeFlagged(db: SaringDb, config: RetentionConfig, now: Date): Promise<number> {
  const entries = await db.outbox.toArray();
  const byScreening = new Map<string, typeof entries>();
  for (const entry of entries)
    byScreening.set(entry.screeningId, [...(byScreening.get(entry.screeningId) ?? []), entry]);
  const due: string[] = [];
  for (const [id, list] of byScreening) {
    // Never before every revision sent is acknowledged.
    if (!list.every((entry) => entry.state === 'acknowledged' && entry.acknowledgedAt)) continue;
    const lastAck = Math.max(...list.map((entry) => Date.parse(entry.acknowledgedAt!)));
    if (lastAck + config.flaggedKeepDays * DAY <= now.getTime()) due.push(id);
  }
  if (due.length === 0) return 0;
  return db.transaction('rw', [db.screenings, db.outbox, db.linkedPersons], async () => {
    const rows = await db.screenings.where('id').anyOf(due).toArray();
    await db.screenings.where('id').anyOf(due).delete();
    await db.outbox.where('screeningId').anyOf(due).delete();
    await purgeOrphanLinked(db, rows);
    return new Set(rows.map((row) => row.id)).size;
  });
}

/** Purges what retention allows now and audits it; run at sign-in and hourly. */
export function runRetention(
  db: SaringDb,
  keys: StoreKeys | null,
  options: { officerId: string; zone: ZoneCode; config?: RetentionConfig; now?: Date },
): Promise<RetentionResult> {
  const config = options.config ?? DEFAULT_RETENTION;
  const now = options.now ?? new Date();
  return serialWrite(db.counts, () =>
    withReopen(db, async () => {
      const clearPurged = await purgeClear(db, options.zone, config, now);
      const flaggedPurged = await purgeFlagged(db, config, now);
      if (clearPurged + flaggedPurged > 0) {
        await appendAudit(
          db,
          keys,
          {
            officerId: options.officerId,
            action: 'purge',
            target: 'retention',
            details: { clearPurged, flaggedPurged },
          },
          now,
        );
      }
      return { clearPurged, flaggedPurged };
    }),
  );
}
