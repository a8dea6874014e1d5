import { liveQuery } from 'dexie';
import { useContext, useEffect, useState } from 'preact/hooks';
import type { CaseStateRow } from '../../storage/db.ts';
import { readCaseStates } from '../../sync/case-states.ts';
import { UnlockedContext } from './use-unlocked.ts';

/**
 * The central case system's state of each given screening id that the tablet has pulled; empty where no database
 * is provided (a screen rendered on its own store). Live: a state pulled while the screen is open shows at once.
 */
export function useCaseStates(ids: string[]): Map<string, CaseStateRow> {
  const db = useContext(UnlockedContext)?.db;
  const [states, setStates] = useState<Map<string, CaseStateRow>>(new Map());
  const key = ids.join('|');
  useEffect(() => {
    if (!db) return;
    const wanted = key === '' ? [] : key.split('|');
    // Dexie re-runs the read after every committed write to the case states it touched.
    const subscription = liveQuery(() => readCaseStates(db, wanted)).subscribe({
      next: setStates,
      error: () => undefined,
    });
    return () => subscription.unsubscribe();
  }, [db, key]);
  return states;
}
