import type { CaseStateRow, OutboxRow, SaringDb } from '../storage/db.ts';
import type { CaseState, ConflictOutcome } from './contract.ts';
import type { SyncClient } from './sync-client.ts';

const CURSOR = 'sync.caseStatesCursor';

/** Where pulled case states and conflict outcomes go; each page is applied with its cursor in one transaction. */
export interface CaseStatePort {
  cursor(): Promise<string>;
  apply(states: CaseState[], cursor: string, conflicts: ConflictOutcome[]): Promise<void>;
}

/** What a pull of case states did; `unsupported`: the receiver is older and has no case states (404). */
export type CaseStatePull =
  { ok: true; changes: number; unsupported: boolean } | { ok: false; reason: string };

/**
 * Pulls the case states of this device's flagged records page by page. Every page is checked against the contract
 * by the client before it is applied; a receiver that answers 404 in its own format has none to give.
 */
export async function pullCaseStates(
  client: Pick<SyncClient, 'pullCaseStates'>,
  port: CaseStatePort,
): Promise<CaseStatePull> {
  let changes = 0;
  for (let page = 0; page < 1000; page += 1) {
    const cursor = await port.cursor();
    const result = await client.pullCaseStates(cursor);
    if (!result.ok) {
      if (result.kind === 'rejected' && result.status === 404)
        return { ok: true, changes, unsupported: true };
      return { ok: false, reason: result.reason };
    }
    const conflicts = result.value.conflicts ?? [];
    if (result.value.states.length > 0 || conflicts.length > 0 || result.value.cursor !== cursor)
      await port.apply(result.value.states, result.value.cursor, conflicts);
    changes += result.value.states.length + conflicts.length;
    if (!result.value.more || result.value.cursor === cursor) break;
  }
  return { ok: true, changes, unsupported: false };
}

/** Case states in the device database (one row per screening id: the newest state only). */
export class DexieCaseStates implements CaseStatePort {
  constructor(private readonly db: SaringDb) {}

  async cursor(): Promise<string> {
    const row = await this.db.meta.get(CURSOR);
    return typeof row?.value === 'string' ? row.value : '';
  }

  async apply(states: CaseState[], cursor: string, conflicts: ConflictOutcome[] = []): Promise<void> {
    // Within a page the later change of one id wins, whatever the page's order.
    const newest = new Map<string, CaseStateRow>();
    for (const s of states) {
      const held = newest.get(s.id);
      if (!held || held.changedAt <= s.changedAt) newest.set(s.id, { ...s });
    }
    await this.db.transaction('rw', this.db.caseStates, this.db.meta, this.db.outbox, async () => {
      const stored = await this.db.caseStates.bulkGet([...newest.keys()]);
      const rows = [...newest.values()].filter((row, i) => {
        const before = stored[i];
        return !before || before.changedAt <= row.changedAt;
      });
      await this.db.caseStates.bulkPut(rows);
      await applyConflictOutcomes(this.db, conflicts);
      await this.db.meta.put({ key: CURSOR, value: cursor });
    });
  }
}

/**
 * A resolved conflict clears the outbox entry it held back: the centre received the payload and decided, so the entry
 * is no longer refused (nor sent again) and remembers the outcome for History. An entry in flight is left alone.
 */
async function applyConflictOutcomes(db: SaringDb, conflicts: ConflictOutcome[]): Promise<void> {
  if (conflicts.length === 0) return;
  const byId = new Map(conflicts.map((c) => [`${c.id}:${c.revision}`, c]));
  const rows = await db.outbox.bulkGet([...byId.keys()]);
  const updated: OutboxRow[] = [];
  for (const row of rows) {
    const outcome = row && byId.get(row.id);
    if (!row || !outcome || row.state === 'sending') continue;
    const { lastError: _cleared, ...rest } = row;
    updated.push({
      ...rest,
      state: 'acknowledged',
      acknowledgedAt: row.acknowledgedAt ?? outcome.resolvedAt,
      conflict: {
        outcome: outcome.outcome,
        acceptedRevision: outcome.acceptedRevision,
        resolvedAt: outcome.resolvedAt,
      },
    });
  }
  if (updated.length > 0) await db.outbox.bulkPut(updated);
}

/** The case states of the given screening ids that the tablet holds. */
export async function readCaseStates(db: SaringDb, ids: string[]): Promise<Map<string, CaseStateRow>> {
  const rows = await db.caseStates.bulkGet(ids);
  const map = new Map<string, CaseStateRow>();
  for (const row of rows) if (row) map.set(row.id, row);
  return map;
}

/** A revision of a record that raised a conflict with the centre: still open there, or how it was resolved. */
export type RecordConflict = {
  revision: number;
  status: 'open' | 'kept' | 'accepted';
  acceptedRevision: number | null;
  resolvedAt: string | null;
};

/** The conflicts the tablet knows of for one screening, oldest revision first. */
export async function readRecordConflicts(db: SaringDb, id: string): Promise<RecordConflict[]> {
  const rows = await db.outbox.where('screeningId').equals(id).toArray();
  return rows
    .flatMap((row): RecordConflict[] => {
      if (row.conflict)
        return [
          {
            revision: row.revision,
            status: row.conflict.outcome,
            acceptedRevision: row.conflict.acceptedRevision,
            resolvedAt: row.conflict.resolvedAt,
          },
        ];
      if (row.state === 'rejected' && row.lastError === 'sync.error.conflict')
        return [{ revision: row.revision, status: 'open', acceptedRevision: null, resolvedAt: null }];
      return [];
    })
    .sort((a, b) => a.revision - b.revision);
}
