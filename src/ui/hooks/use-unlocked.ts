import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { DeviceRow, SaringDb } from '../../storage/db.ts';
import type { UnlockedSession } from '../../storage/officers.ts';

/** What the storage settings need beyond the public session: the database and the unlocked keys. */
export type Unlocked = {
  db: SaringDb;
  unlocked: UnlockedSession;
  /** Hands a changed device row (e.g. new shift starts) to the open session, so counts and exports use it now. */
  onDevice?: (device: DeviceRow) => void;
};

/** Provided by the sign-in gate next to SessionContext; only storage-management components read it. */
export const UnlockedContext = createContext<Unlocked | null>(null);

/** The unlocked database and keys; only inside the signed-in app. */
export function useUnlocked(): Unlocked {
  const value = useContext(UnlockedContext);
  if (!value) throw new Error('useUnlocked outside the signed-in app');
  return value;
}
