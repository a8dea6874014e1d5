import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { DeviceInfo, OfficerInfo } from '../../core/session/session-info.ts';
import type { ScreeningStore } from '../../storage/screening-store.ts';
import type { AuditInput } from '../../storage/audit-log.ts';

/** The unlocked session: who is signed in, on which device, and the store their key opens. */
export type Session = {
  officer: OfficerInfo;
  device: DeviceInfo;
  store: ScreeningStore;
  /** Locks the app now (the open screening is kept as a draft). */
  lock: () => void;
  /** Appends an entry for the signed-in officer to the hash-chained audit trail (e.g. an export). */
  audit?: (entry: Omit<AuditInput, 'officerId'>) => Promise<unknown>;
};

/** Provided by the sign-in gate once an officer has unlocked the app. */
export const SessionContext = createContext<Session | null>(null);

/** The current session; screens behind the sign-in gate can rely on it. */
export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside the signed-in app');
  return session;
}
