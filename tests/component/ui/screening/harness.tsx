import { render, screen } from '@testing-library/preact';
import type { Capture } from '../../../../src/core/capture/capture.ts';
import type { Agency } from '../../../../src/core/screening/screening-schema.ts';
import { createScreeningStore } from '../../../../src/storage/screening-repository.ts';
import type { SaringDb } from '../../../../src/storage/db.ts';
import type { Screening } from '../../../../src/core/screening/screening-schema.ts';
import type { ScreeningStore } from '../../../../src/storage/screening-store.ts';
import { SessionContext, type Session } from '../../../../src/ui/hooks/use-session.ts';
import { enrolledSession, screening } from '../../../unit/storage/store-fixtures.ts';
import type { ComponentChildren } from 'preact';
import { afterEach } from 'vitest';
import { autosavesSettled } from '../../../../src/ui/hooks/use-autosave.ts';
import { localDay } from '../../../../src/core/time/local-time.ts';

// Let drafts being written finish inside the test, so nothing runs after the DOM is torn down.
afterEach(async () => {
  await autosavesSettled();
  await new Promise((resolve) => setTimeout(resolve, 50));
});

/** A real encrypted store on fake-indexeddb for an enrolled device, signed in (with its database, for the audit). */
export async function realStore(): Promise<{ store: ScreeningStore; officerId: string; db: SaringDb }> {
  const { db, session } = await enrolledSession();
  const store = createScreeningStore(db, session.keys, { officerId: session.officer.id, zone: 'WIB' });
  return { store, officerId: session.officer.id, db };
}

/** Today as the store files screenings: the checkpoint's local day (WIB), not the UTC one (they differ after 17:00 UTC). */
export const storeDay = (): string => localDay(new Date(), 'WIB');

/** A session for the UI: the given agency's officer on the PLM checkpoint. */
export function sessionFor(store: ScreeningStore, officerId: string, agency: Agency = 'IMIGRASI'): Session {
  return {
    officer: { id: officerId, name: 'Rina Lestari', agency, role: 'officer' },
    device: { id: 'dev-1', airport: 'PLM', checkpoint: 'PRE-XRAY-INTL', zone: 'WIB' },
    store,
    lock: () => undefined,
  };
}

/** Renders a screen inside the signed-in session. */
export function renderSignedIn(session: Session, ui: ComponentChildren) {
  return render(<SessionContext.Provider value={session}>{ui}</SessionContext.Provider>);
}

/** A verified passport and a boarding pass to Kuala Lumpur, as the scan screen hands them over. */
export function sampleCapture(overrides: Partial<Capture> = {}): Capture {
  return {
    passenger: {
      lastName: 'SUPRIYATNA',
      firstName: 'DEWI ANGGRAENI',
      sex: 'female',
      birthDate: '1998-04-17',
      nationality: 'IDN',
      passportNumber: 'C4729183',
      issuingState: 'IDN',
      passportExpiry: '2031-02-10',
    },
    passportSource: 'wedge',
    passportVerified: true,
    flight: {
      carrier: 'AK',
      flightNumber: '1347',
      date: '2026-11-23',
      from: 'PLM',
      finalDestination: 'KUL',
      transits: [],
      oneWay: false,
    },
    boardingPassName: 'SUPRIYATNA/DEWI ANGGRAENI',
    warnings: [],
    ...overrides,
  };
}

/** Waits for "Tersimpan": the store encrypts and audits first, which takes a while on a busy machine. */
export function findSaved(): Promise<HTMLElement> {
  return screen.findByText(/Tersimpan/, undefined, { timeout: 10_000 });
}

/** The Ya/Tidak/Tidak tahu button of one indicator. */
export function answerOf(indicatorId: string, label: 'Ya' | 'Tidak' | 'Tidak tahu'): HTMLElement {
  const row = document.querySelector(`[data-indicator="${indicatorId}"]`) as HTMLElement;
  const button = [...row.querySelectorAll('button')].find((b) => b.textContent === label);
  if (!button) throw new Error(`no ${label} for ${indicatorId}`);
  return button;
}

/** The officer's unfinished draft of a new screening of HARTONO: one question answered, nothing decided. */
export async function leaveHartonoDraft(store: ScreeningStore): Promise<Screening> {
  const draft = screening({
    createdAt: new Date().toISOString(),
    status: 'draft',
    lastName: 'HARTONO',
    passportNumber: 'C7654321',
    answers: { TRV_ONE_WAY: 'yes' },
    outcome: null,
    decidedBy: null,
    decidedAt: null,
    note: '',
  });
  await store.saveDraft(draft);
  return draft;
}

/** The audit log's actions and targets, oldest first. */
export async function auditOf(db: SaringDb): Promise<Array<{ action: string; target: string }>> {
  const rows = await db.audit.orderBy('seq').toArray();
  return rows.map(({ action, target }) => ({ action, target }));
}
