import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { addOfficer, listOfficers, signIn } from '../../../src/storage/officers.ts';
import { deactivateOfficer, resetOfficerPin, setPinAfterReset } from '../../../src/storage/officer-admin.ts';
import { enrolledSession, LEAD, TEST_ITERATIONS } from './store-fixtures.ts';

async function withOfficer() {
  const { db, session } = await enrolledSession();
  const added = await addOfficer(
    db,
    session,
    LEAD.pin,
    { id: 'OFF-2', name: 'Dewi', agency: 'BP3MI', role: 'officer', pin: '705126' },
    { iterations: TEST_ITERATIONS },
  );
  if (!added.ok) throw new Error(added.error);
  return { db, session };
}

describe('the shift lead manages officers on this tablet', () => {
  it('deactivates an officer who left: listed as inactive, no sign-in, audited', async () => {
    const { db, session } = await withOfficer();
    expect(await deactivateOfficer(db, session, 'OFF-2')).toEqual({ ok: true });
    const listed = await listOfficers(db, session.keys);
    expect(listed.find((o) => o.id === 'OFF-2')).toMatchObject({ active: false });
    expect(await signIn(db, 'OFF-2', '705126')).toEqual({ ok: false, error: 'shiftLead.officers.inactive' });
    const audit = (await db.audit.toArray()).filter((a) => a.action === 'officer-deactivated');
    expect(audit.map((a) => [a.officerId, a.target])).toEqual([['LEAD01', 'OFF-2']]);
  });

  it('never deactivates the last active shift lead', async () => {
    const { db, session } = await withOfficer();
    expect(await deactivateOfficer(db, session, 'LEAD01')).toEqual({
      ok: false,
      error: 'shiftLead.officers.lastLead',
    });
    expect(await signIn(db, 'LEAD01', LEAD.pin)).toMatchObject({ ok: true });
  });

  it('resets a forgotten PIN: the one-time code asks for a new PIN, which then signs the officer in', async () => {
    const { db, session } = await withOfficer();
    expect(await resetOfficerPin(db, session, '000111', 'OFF-2')).toEqual({
      ok: false,
      error: 'store.officers.leadPin',
    });
    const reset = await resetOfficerPin(db, session, LEAD.pin, 'OFF-2');
    if (!reset.ok) throw new Error(reset.error);
    expect(await signIn(db, 'OFF-2', '705126')).toMatchObject({ ok: false, error: 'store.signIn.wrong' });
    await db.officers.update('OFF-2', { lockedUntil: null });
    expect(await signIn(db, 'OFF-2', reset.code)).toEqual({
      ok: false,
      error: 'shiftLead.reset.newPinNeeded',
    });
    expect(await setPinAfterReset(db, 'OFF-2', reset.code, '840271', '840272')).toEqual({
      ok: false,
      error: 'store.pin.mismatch',
    });
    const done = await setPinAfterReset(db, 'OFF-2', reset.code, '840271', '840271', {
      iterations: TEST_ITERATIONS,
    });
    expect(done).toMatchObject({ ok: true });
    expect(await signIn(db, 'OFF-2', '840271')).toMatchObject({ ok: true });
    const actions = (await db.audit.toArray()).map((a) => a.action);
    expect(actions).toContain('officer-pin-reset');
    expect(actions).toContain('pin-changed');
  });
});
