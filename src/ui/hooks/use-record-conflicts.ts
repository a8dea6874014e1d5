import { useContext, useEffect, useState } from 'preact/hooks';
import { readRecordConflicts, type RecordConflict } from '../../sync/case-states.ts';
import { UnlockedContext } from './use-unlocked.ts';

/** Conflicts the centre reported for one screening and their outcomes; empty without a database. */
export function useRecordConflicts(id: string): RecordConflict[] {
  const db = useContext(UnlockedContext)?.db;
  const [conflicts, setConflicts] = useState<RecordConflict[]>([]);
  useEffect(() => {
    if (!db) return;
    let live = true;
    readRecordConflicts(db, id).then(
      (found) => {
        if (live) setConflicts(found);
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [db, id]);
  return conflicts;
}
