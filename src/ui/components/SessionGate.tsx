import type { ComponentChildren } from 'preact';
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { t } from '../../i18n/i18n.ts';
import { appDb, type DeviceRow, type SaringDb } from '../../storage/db.ts';
import { appendAudit, type AuditInput } from '../../storage/audit-log.ts';
import { shiftStartsOf } from '../../core/time/shifts.ts';
import { deviceInfo, readDevice } from '../../storage/device-setup.ts';
import type { UnlockedSession } from '../../storage/officers.ts';
import { runRetention, type RetentionConfig } from '../../storage/retention.ts';
import { createScreeningStore } from '../../storage/screening-repository.ts';
import { SessionContext, type Session } from '../hooks/use-session.ts';
import { UnlockedContext } from '../hooks/use-unlocked.ts';
import { captureOwner } from '../capture-store.ts';
import { navigate } from '../router.ts';
import { EnrolScreen } from '../screens/EnrolScreen.tsx';
import { SignInScreen } from '../screens/SignInScreen.tsx';

type Props = {
  children: ComponentChildren;
  db?: SaringDb;
  /** PBKDF2 iterations for new PINs (tests use fewer). */
  kdfIterations?: number;
  idleMinutes?: number;
  retention?: RetentionConfig;
};

type Phase =
  | { kind: 'loading' }
  | { kind: 'enrol' }
  | { kind: 'signIn'; device: DeviceRow }
  | { kind: 'open'; unlocked: UnlockedSession };

const ACTIVITY = ['pointerdown', 'keydown', 'touchstart', 'input', 'wheel'] as const;
const HOUR = 3_600_000;
// Documented test hook: with localStorage 'saring.e2eHooks' = '1' the unlocked store is exposed to end-to-end tests.
const E2E_FLAG = 'saring.e2eHooks';

function exposeForTests(store: Session['store'] | null): void {
  try {
    if (globalThis.localStorage?.getItem(E2E_FLAG) !== '1') return;
  } catch {
    return;
  }
  (globalThis as { __saringStore?: Session['store'] | undefined }).__saringStore = store ?? undefined;
}

/** Shows enrolment, sign-in or the app; locks after idle minutes or when the page is hidden. */
export function SessionGate({ children, db = appDb(), kdfIterations, idleMinutes = 5, retention }: Props) {
  const [phase, setPhase] = useState<Phase>({ kind: 'loading' });
  // Who unlocked last in this page: only they resume where they were; anyone else starts on the scan screen.
  const lastOfficer = useRef<string | null>(null);

  useEffect(() => {
    void readDevice(db).then((device) => setPhase(device ? { kind: 'signIn', device } : { kind: 'enrol' }));
  }, [db]);

  const unlocked = phase.kind === 'open' ? phase.unlocked : null;

  const lock = useCallback(() => {
    setPhase((current) => {
      if (current.kind !== 'open') return current;
      const { officer, keys, device } = current.unlocked;
      void appendAudit(db, keys, { officerId: officer.id, action: 'lock', target: device.deviceId }).catch(
        () => undefined,
      );
      return { kind: 'signIn', device };
    });
  }, [db]);

  const onDevice = useCallback((device: DeviceRow) => {
    setPhase((current) =>
      current.kind === 'open' ? { kind: 'open', unlocked: { ...current.unlocked, device } } : current,
    );
  }, []);
  const unlockedValue = useMemo(
    () => (unlocked ? { db, unlocked, onDevice } : null),
    [db, unlocked, onDevice],
  );

  const session = useMemo<Session | null>(() => {
    if (!unlocked) return null;
    const store = createScreeningStore(db, unlocked.keys, {
      officerId: unlocked.officer.id,
      zone: unlocked.device.zone,
    });
    const audit = (entry: Omit<AuditInput, 'officerId'>) =>
      appendAudit(db, unlocked.keys, { ...entry, officerId: unlocked.officer.id });
    return { officer: unlocked.officer, device: deviceInfo(unlocked.device), store, lock, audit };
  }, [db, unlocked, lock]);

  useEffect(() => {
    exposeForTests(session?.store ?? null);
    return () => exposeForTests(null);
  }, [session]);

  // Retention at sign-in and then hourly while unlocked.
  useEffect(() => {
    if (!unlocked) return;
    const run = (): void => {
      void runRetention(db, unlocked.keys, {
        officerId: unlocked.officer.id,
        zone: unlocked.device.zone,
        shiftStarts: shiftStartsOf(unlocked.device),
        ...(retention ? { config: retention } : {}),
      }).catch(() => undefined);
    };
    run();
    const timer = setInterval(run, HOUR);
    return () => clearInterval(timer);
  }, [db, unlocked, retention]);

  // Idle lock and lock on hide.
  useEffect(() => {
    if (!unlocked) return;
    let timer = setTimeout(lock, idleMinutes * 60_000);
    const activity = (): void => {
      clearTimeout(timer);
      timer = setTimeout(lock, idleMinutes * 60_000);
    };
    const visibility = (): void => {
      if (document.visibilityState === 'hidden') lock();
    };
    for (const name of ACTIVITY) document.addEventListener(name, activity, { passive: true, capture: true });
    document.addEventListener('visibilitychange', visibility);
    return () => {
      clearTimeout(timer);
      for (const name of ACTIVITY) document.removeEventListener(name, activity, { capture: true });
      document.removeEventListener('visibilitychange', visibility);
    };
  }, [unlocked, idleMinutes, lock]);

  switch (phase.kind) {
    case 'loading':
      return <p class="gate">{t('app.loading')}</p>;
    case 'enrol':
      return (
        <EnrolScreen
          db={db}
          {...(kdfIterations ? { iterations: kdfIterations } : {})}
          onEnrolled={(device) => setPhase({ kind: 'signIn', device })}
        />
      );
    case 'signIn':
      return (
        <SignInScreen
          db={db}
          device={phase.device}
          onUnlocked={(unlockedSession) => {
            // Before any screen renders: a passenger waiting from another officer's session is dropped.
            captureOwner(unlockedSession.officer.id);
            if (lastOfficer.current !== unlockedSession.officer.id) navigate('/scan', { replace: true });
            lastOfficer.current = unlockedSession.officer.id;
            setPhase({ kind: 'open', unlocked: unlockedSession });
          }}
        />
      );
    case 'open':
      return (
        <UnlockedContext.Provider value={unlockedValue}>
          <SessionContext.Provider value={session}>{children}</SessionContext.Provider>
        </UnlockedContext.Provider>
      );
  }
}
