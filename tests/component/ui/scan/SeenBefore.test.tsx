import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/preact';
import { ScanScreen } from '../../../../src/ui/screens/ScanScreen.tsx';
import { createScreeningStore } from '../../../../src/storage/screening-repository.ts';
import { DexieReference } from '../../../../src/sync/dexie-reference.ts';
import { SessionContext } from '../../../../src/ui/hooks/use-session.ts';
import { UnlockedContext } from '../../../../src/ui/hooks/use-unlocked.ts';
import { enrolledSession, screening } from '../../../unit/storage/store-fixtures.ts';
import { sessionFor } from '../screening/harness.tsx';
import { appendAudit, type AuditInput } from '../../../../src/storage/audit-log.ts';

const NOW = new Date('2026-11-23T09:00:00Z'); // 16:00 WIB
const now = (): Date => NOW;
// ICAO 9303 specimen passport L898902C3 of ERIKSSON, ANNA MARIA, born 1974-08-12.
const MRZ = ['P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<', 'L898902C36UTO7408122F1204159ZE184226B<<<<<10'];
const PASSPORT = 'L898902C3';
const agent = { id: 'lp-joko', name: 'Pak Joko', role: 'agent' as const, createdAt: '2026-11-20T01:00:00Z' };

function readByDeskReader(): void {
  vi.useFakeTimers({ toFake: ['Date'] });
  try {
    for (const char of MRZ.join('\n') + '\n')
      fireEvent.keyDown(document.body, { key: char === '\n' ? 'Enter' : char });
  } finally {
    vi.useRealTimers();
  }
}

async function signedIn() {
  const { db, session: unlocked } = await enrolledSession();
  const store = createScreeningStore(db, unlocked.keys, { officerId: 'LEAD01', zone: 'WIB', now });
  const session = {
    ...sessionFor(store, 'LEAD01'),
    audit: (entry: Omit<AuditInput, 'officerId'>) =>
      appendAudit(db, unlocked.keys, { ...entry, officerId: 'LEAD01' }, NOW),
  };
  const show = () =>
    render(
      <UnlockedContext.Provider value={{ db, unlocked }}>
        <SessionContext.Provider value={session}>
          <ScanScreen now={now} />
        </SessionContext.Provider>
      </UnlockedContext.Provider>,
    );
  return { db, unlocked, store, show };
}

describe('seen before, at scan time', () => {
  it('gives a clear alert when the same passport is screened for the third time today, with when, outcome and by whom', async () => {
    const { db, store, show } = await signedIn();
    await store.saveFinal(screening({ passportNumber: PASSPORT, createdAt: '2026-11-23T02:05:00Z' }));
    await store.saveFinal(
      screening({ passportNumber: PASSPORT, createdAt: '2026-11-23T06:40:00Z', outcome: 'CLEAR_ADVISED' }),
    );
    show();
    readByDeskReader();
    const alert = await screen.findByTestId('seen-before-repeated', undefined, { timeout: 5000 });
    expect(alert.getAttribute('role')).toBe('alert');
    expect(alert.textContent).toContain('sudah diperiksa 2 kali hari ini — ini pemeriksaan ke-3');
    const today = screen.getByTestId('seen-before-today').textContent ?? '';
    expect(today).toContain('13:40 WIB · Lanjut + edukasi migrasi aman · oleh Rina Lestari');
    expect(today).toContain('09:05 WIB · Lanjut · oleh Rina Lestari');
    // It is there before the checklist opens: the start button has not been pressed.
    expect(screen.getByRole('button', { name: 'Mulai penyaringan' })).toBeTruthy();
    // Who saw the earlier records is in the audit trail.
    const last = await db.audit.orderBy('seq').last();
    expect(last).toMatchObject({ action: 'seen-before', officerId: 'LEAD01' });
  });

  it('lists a screening flagged on an earlier day, without the repeat alert for a second visit', async () => {
    const { store, show } = await signedIn();
    await store.saveFinal(
      screening({ passportNumber: PASSPORT, createdAt: '2026-10-02T02:00:00Z', outcome: 'DELAY_DEPARTURE' }),
    );
    show();
    readByDeskReader();
    const flagged = await screen.findByTestId('seen-before-flagged', undefined, { timeout: 5000 });
    expect(flagged.textContent).toContain('02/10/2026 09:00 WIB · Tunda keberangkatan · oleh Rina Lestari');
    expect(screen.queryByTestId('seen-before-repeated')).toBeNull();
  });

  it('shows the watchlist hit and the earlier screening together, and the linked agent on the recruiter list', async () => {
    const { db, unlocked, store, show } = await signedIn();
    await store.saveFinal(
      screening({ passportNumber: PASSPORT, createdAt: '2026-11-23T03:00:00Z', linkedPersonIds: [agent.id] }),
      [{ ...agent, phone: '0812-7777-0001' }],
    );
    await store.saveFinal(screening({ passportNumber: 'B2000001', linkedPersonIds: [agent.id] }));
    await store.saveFinal(screening({ passportNumber: 'B2000002', linkedPersonIds: [agent.id] }));
    await new DexieReference(db, unlocked.keys).applyWatchlist(
      [
        {
          id: 'w1',
          kind: 'cegah',
          name: 'ERIKSSON ANNA',
          passportNumber: PASSPORT,
          updatedAt: '2026-11-01T00:00:00Z',
        },
        {
          id: 'w2',
          kind: 'recruiter',
          name: 'Joko S',
          phone: '+62 812 7777 0001',
          updatedAt: '2026-11-01T00:00:00Z',
        },
      ],
      'c1',
    );
    show();
    readByDeskReader();
    const hits = await screen.findByTestId('seen-before-watchlist', undefined, { timeout: 5000 });
    expect(hits.textContent).toContain('Daftar pencegahan: ERIKSSON ANNA · nomor paspor sama');
    expect(screen.getByTestId('seen-before-today').textContent).toContain('10:00 WIB · Lanjut');
    const handlers = screen.getByTestId('seen-before-handlers').textContent ?? '';
    expect(handlers).toContain('Pak Joko (Agen) mendampingi 2 penumpang lain di tablet ini');
    expect(handlers).toContain('Juga tercantum di daftar perekrut dari pusat.');
  });

  it('says plainly when the passport was never screened here and is on no list', async () => {
    const { show } = await signedIn();
    show();
    readByDeskReader();
    expect((await screen.findByTestId('seen-before-none', undefined, { timeout: 5000 })).textContent).toBe(
      'Belum pernah diperiksa di tablet ini dan tidak ada di daftar pantauan.',
    );
  });

  it('says so in English when English is chosen', async () => {
    const { setLang } = await import('../../../../src/i18n/i18n.ts');
    await setLang('en');
    try {
      const { store, show } = await signedIn();
      for (const at of ['2026-11-23T02:00:00Z', '2026-11-23T03:00:00Z'])
        await store.saveFinal(screening({ passportNumber: PASSPORT, createdAt: at }));
      show();
      readByDeskReader();
      expect(
        (await screen.findByTestId('seen-before-repeated', undefined, { timeout: 5000 })).textContent,
      ).toContain('already screened 2 times today — this is screening number 3');
    } finally {
      await setLang('id');
    }
  });
});
