import type { CaseStateRow, SaringDb } from '../storage/db.ts';
import type { CaseState } from './contract.ts';
import type { SyncClient } from './sync-client.ts';

const CURSOR = 'sync.caseStatesCursor';

/** Where pulled case states go; each page is applied with its cursor in one transaction. */
export interface CaseStatePort {
  cursor(): Promise<string>;
  apply(states: CaseState[], cursor: string): Promise<void>;
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
    if (result.value.states.length > 0 || result.value.cursor !== cursor)
      await port.apply(result.value.states, result.value.cursor);
    changes += result.value.states.length;
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

  async apply(states: CaseState[], cursor: string): Promise<void> {
    // Within a page the later change of one id wins, whatever the page's order.
    const newest = new Map<string, CaseStateRow>();
    for (const s of states) {
      const held = newest.get(s.id);
      if (!held || held.changedAt <= s.changedAt) newest.set(s.id, { ...s });
    }
    await this.db.transaction('rw', this.db.caseStates, this.db.meta, async () => {
      const stored = await this.db.caseStates.bulkGet([...newest.keys()]);
      const rows = [...newest.values()].filter((row, i) => {
        const before = stored[i];
        return !before || before.changedAt <= row.changedAt;
      });
      await this.db.caseStates.bulkPut(rows);
      await this.db.meta.put({ key: CURSOR, value: cursor });
    });
  }
}

/** The case states of the given screening ids that the tablet holds. */
export async function readCaseStates(db: SaringDb, ids: string[]): Promise<Map<string, CaseStateRow>> {
  const rows = await db.caseStates.bulkGet(ids);
  const map = new Map<string, CaseStateRow>();
  for (const row of rows) if (row) map.set(row.id, row);
  return map;
}
