import { useContext, useEffect, useState } from 'preact/hooks';
import type { CaseStateRow } from '../../storage/db.ts';
import { readCaseStates } from '../../sync/case-states.ts';
import { UnlockedContext } from './use-unlocked.ts';

/**
 * The central case system's state of each given screening id that the tablet has pulled; empty where no database
 * is provided (a screen rendered on its own store).
 */
export function useCaseStates(ids: string[]): Map<string, CaseStateRow> {
  const db = useContext(UnlockedContext)?.db;
  const [states, setStates] = useState<Map<string, CaseStateRow>>(new Map());
  const key = ids.join('|');
  useEffect(() => {
    if (!db) return;
    let live = true;
    void readCaseStates(db, key === '' ? [] : key.split('|')).then((map) => {
      if (live) setStates(map);
    });
    return () => {
      live = false;
    };
  }, [db, key]);
  return states;
}
