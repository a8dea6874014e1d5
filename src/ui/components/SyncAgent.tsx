import { useEffect } from 'preact/hooks';
import { stopSync, useSyncService } from '../hooks/use-sync.ts';
import { useUnlocked } from '../hooks/use-unlocked.ts';

/** Runs the sync triggers while an officer has the app unlocked; renders nothing. */
export function SyncAgent() {
  const { unlocked } = useUnlocked();
  useSyncService();
  useEffect(() => () => stopSync(unlocked), [unlocked]);
  return null;
}
