import type { Agency, Role } from '../core/screening/screening-schema.ts';
import type { ZoneCode } from '../core/time/local-time.ts';
import {
  DEFAULT_SHIFT_STARTS,
  shiftKeyOf,
  shiftStartOf,
  zoneOffsetMs,
  type ShiftStarts,
} from '../core/time/shifts.ts';
import type { StoreKeys } from './crypto.ts';
import type { CountRow, SaringDb, ScreeningRow } from './db.ts';
import { appendAudit } from './audit-log.ts';
import { serialWrite, withReopen } from './store-errors.ts';

/** When identities leave the device (REFERENCE §5: CLEAR wiped at end of shift; flagged after acknowledgement). */
export type RetentionConfig = {
  /** Days a flagged screening stays on the device after the case system acknowledged it. */
  flaggedKeepDays: number;
};

/** A week's grace for flagged records. */
export const DEFAULT_RETENTION: RetentionConfig = { flaggedKeepDays: 7 };

/** What a retention run removed. */
export type RetentionResult = { clearPurged: number; flaggedPurged: number };

const DAY = 86_400_000;

function localHour(at: Date, zone: ZoneCode): { day: string; hour: number } {
  const local = new Date(at.getTime() + zoneOffsetMs(zone)).toISOString();
  return { day: local.slice(0, 10), hour: Number(local.slice(11, 13)) };
}

/** The agency a held screening's count belongs to: its own, or (rows saved before it was kept) its officer's. */
export async function agencyOfRow(db: SaringDb, row: ScreeningRow): Promise<Agency | undefined> {
  return row.agency ?? (await db.officers.get(row.officerId))?.agency;
}

/** Key of a kept count: local day, hour and the screening's agency. */
export function countKey(day: string, hour: number, agency: Agency | undefined): string {
  return `${day}|${String(hour).padStart(2, '0')}${agency ? `|${agency}` : ''}`;
}

async function purgeClear(db: SaringDb, zone: ZoneCode, starts: ShiftStarts, now: Date): Promise<number> {
  const cutoff = shiftStartOf(now, zone, starts).toISOString();
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
  return db.transaction('rw', [db.screenings, db.counts, db.linkedPersons, db.officers], async () => {
    for (const row of purge) {
      const at = new Date(row.createdAt);
      const { day, hour } = localHour(at, zone);
      const shift = shiftKeyOf(at, zone, starts);
      const agency = await agencyOfRow(db, row);
      const key = countKey(day, hour, agency);
      const count: CountRow = (await db.counts.get(key)) ?? {
        key,
        day,
        hour,
        shift: `${shift.day} ${shift.start}`,
        ...(agency ? { agency } : {}),
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
  options: {
    officerId: string;
    zone: ZoneCode;
    /** The checkpoint's shifts (its settings); CLEAR identities go when their shift has ended. */
    shiftStarts?: ShiftStarts;
    config?: RetentionConfig;
    now?: Date;
    /** Asked for by a person (not the hourly run): audited even when nothing was due. */
    requested?: boolean;
  },
): Promise<RetentionResult> {
  const config = options.config ?? DEFAULT_RETENTION;
  const starts = options.shiftStarts ?? DEFAULT_SHIFT_STARTS;
  const now = options.now ?? new Date();
  return serialWrite(db.counts, () =>
    withReopen(db, async () => {
      const clearPurged = await purgeClear(db, options.zone, starts, now);
      const flaggedPurged = await purgeFlagged(db, config, now);
      if (clearPurged + flaggedPurged > 0 || options.requested) {
        await appendAudit(
          db,
          keys,
          {
            officerId: options.officerId,
            action: 'purge',
            target: options.requested ? 'retention-requested' : 'retention',
            details: { clearPurged, flaggedPurged },
          },
          now,
        );
      }
      return { clearPurged, flaggedPurged };
    }),
  );
}

/**
 * "Hapus data sesuai retensi sekarang": only a shift lead may run it by hand (officers are refused); the run is
 * audited under the lead's id whatever it removed.
 */
export async function purgeNowAsLead(
  db: SaringDb,
  session: { officer: { id: string; role: Role }; keys: StoreKeys; device: { zone: ZoneCode } },
  shiftStarts: ShiftStarts,
  now: Date = new Date(),
): Promise<{ ok: true; result: RetentionResult } | { ok: false; error: 'shiftLead.purge.leadOnly' }> {
  if (session.officer.role !== 'shift_lead') return { ok: false, error: 'shiftLead.purge.leadOnly' };
  const result = await runRetention(db, session.keys, {
    officerId: session.officer.id,
    zone: session.device.zone,
    shiftStarts,
    now,
    requested: true,
  });
  return { ok: true, result };
}
