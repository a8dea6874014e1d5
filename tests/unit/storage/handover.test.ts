import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { addOfficer, MAX_PIN_ATTEMPTS } from '../../../src/storage/officers.ts';
import { verifyReceiverPin } from '../../../src/storage/handover-pin.ts';
import { createScreeningStore } from '../../../src/storage/screening-repository.ts';
import { auditSince, verifyChain } from '../../../src/storage/audit-log.ts';
import { enrolledSession, LEAD, screening, TEST_ITERATIONS } from './store-fixtures.ts';

const RECEIVER = {
  id: 'BP3-07',
  name: 'Yusuf Hakim',
  agency: 'BP3MI' as const,
  role: 'officer' as const,
  pin: '705126',
};
const COLLEAGUE = {
  id: 'IMI-02',
  name: 'Dewi Lestari',
  agency: 'IMIGRASI' as const,
  role: 'officer' as const,
  pin: '391804',
};

async function setUp() {
  const { db, session } = await enrolledSession();
  for (const officer of [RECEIVER, COLLEAGUE]) {
    const added = await addOfficer(db, session, LEAD.pin, officer, { iterations: TEST_ITERATIONS });
    if (!added.ok) throw new Error(added.error);
  }
  return { db, session };
}

describe('the receiving BP3MI officer proves it is them with their own PIN', { timeout: 20_000 }, () => {
  it('accepts their PIN and names them, without touching the signed-in session', async () => {
    const { db, session } = await setUp();
    const result = await verifyReceiverPin(db, session, RECEIVER.id, RECEIVER.pin);
    expect(result).toEqual({
      ok: true,
      officer: { id: RECEIVER.id, name: RECEIVER.name, agency: 'BP3MI', role: 'officer' },
    });
  });

  it('counts a wrong PIN toward their lock, audits it, and says how many tries are left', async () => {
    const { db, session } = await setUp();
    const at = new Date();
    const wrong = await verifyReceiverPin(db, session, RECEIVER.id, '111222', at);
    expect(wrong).toMatchObject({
      ok: false,
      error: 'gate.handover.error.pinWrong',
      attemptsLeft: MAX_PIN_ATTEMPTS - 1,
    });
    // A second try inside the wait is refused without unwrapping anything.
    expect(
      await verifyReceiverPin(db, session, RECEIVER.id, RECEIVER.pin, new Date(at.getTime() + 500)),
    ).toMatchObject({
      ok: false,
      error: 'store.signIn.wait',
    });
    const entries = await auditSince(db, session.keys, 0);
    expect(entries.filter((e) => e.action === 'handover-pin-failed').map((e) => e.officerId)).toEqual([
      RECEIVER.id,
    ]);
    expect((await db.officers.get(RECEIVER.id))?.failedAttempts).toBe(1);
  });

  it('refuses an empty PIN, an officer of another agency and one who is not enrolled', async () => {
    const { db, session } = await setUp();
    expect(await verifyReceiverPin(db, session, RECEIVER.id, '')).toEqual({
      ok: false,
      error: 'gate.handover.error.pinMissing',
    });
    expect(await verifyReceiverPin(db, session, COLLEAGUE.id, COLLEAGUE.pin)).toEqual({
      ok: false,
      error: 'gate.handover.error.receiverUnknown',
    });
    expect(await verifyReceiverPin(db, session, 'NOBODY', '705126')).toEqual({
      ok: false,
      error: 'gate.handover.error.receiverUnknown',
    });
  });

  it('says the account is locked after the last wrong PIN', async () => {
    const { db, session } = await setUp();
    await db.officers.update(RECEIVER.id, { failedAttempts: MAX_PIN_ATTEMPTS - 1, lockedUntil: null });
    expect(await verifyReceiverPin(db, session, RECEIVER.id, '111222')).toEqual({
      ok: false,
      error: 'gate.handover.error.pinLocked',
    });
    expect(await verifyReceiverPin(db, session, RECEIVER.id, RECEIVER.pin)).toEqual({
      ok: false,
      error: 'gate.handover.error.pinLocked',
    });
  });
});

describe('a handover is a new revision, queued for the receiver and audited', { timeout: 20_000 }, () => {
  it('keeps the earlier revision, queues the new one and audits who recorded and who confirmed', async () => {
    const { db, session } = await setUp();
    const store = createScreeningStore(db, session.keys, { officerId: session.officer.id, zone: 'WIB' });
    const first = await store.saveFinal(screening({ outcome: 'REFER_BP3MI' }));
    const recorded = await store.saveFinal(
      {
        ...first,
        handover: {
          time: first.updatedAt,
          bp3miOfficer: RECEIVER.name,
          bp3miOfficerId: RECEIVER.id,
          recordedBy: LEAD.id,
        },
      },
      [],
      { action: 'handover-recorded', officerId: LEAD.id },
    );
    const confirmed = await store.saveFinal(
      {
        ...recorded,
        handover: { ...recorded.handover!, confirmedBy: RECEIVER.id, confirmedAt: new Date().toISOString() },
      },
      [],
      { action: 'handover-confirmed', officerId: RECEIVER.id },
    );
    expect(confirmed.revision).toBe(3);
    expect((await store.revisions(first.id)).map((r) => r.handover?.confirmedBy ?? null)).toEqual([
      null,
      null,
      RECEIVER.id,
    ]);
    const queued = await db.outbox.where('screeningId').equals(first.id).toArray();
    expect(queued.map((q) => q.revision).sort()).toEqual([1, 2, 3]);
    const entries = (await auditSince(db, session.keys, 0)).filter((e) => e.target === first.id);
    expect(entries.map((e) => [e.action, e.officerId])).toEqual([
      ['create', LEAD.id],
      ['handover-recorded', LEAD.id],
      ['handover-confirmed', RECEIVER.id],
    ]);
    expect(entries[2]?.details).toMatchObject({ revision: 3, signedIn: LEAD.id, receiver: RECEIVER.id });
    expect(await verifyChain(db, session.keys)).toMatchObject({ ok: true });
  });
});
