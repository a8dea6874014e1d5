import { useEffect } from 'preact/hooks';
import { stopSync, useSyncService } from '../hooks/use-sync.ts';

/** Runs the sync triggers while an officer has the app unlocked; renders nothing. */
export function SyncAgent() {
  useSyncService();
  useEffect(() => stopSync, []);
  return null;
}
