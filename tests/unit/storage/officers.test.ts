import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { addOfficer, MAX_PIN_ATTEMPTS, resetOfficer, signIn } from '../../../src/storage/officers.ts';
import { createScreeningStore } from '../../../src/storage/screening-repository.ts';
import { checkPin, enrolDevice } from '../../../src/storage/device-setup.ts';
import { enrolledSession, freshDb, LEAD, screening, TEST_ITERATIONS } from './store-fixtures.ts';

const OFFICER = {
  id: 'BP3MI-07',
  name: 'Yusuf Hakim',
  agency: 'BP3MI' as const,
  role: 'officer' as const,
  pin: '705126',
};

describe('officers and sign-in', () => {
  it('refuses enrolment with a bad airport code or a weak PIN, and a second enrolment', async () => {
    const db = freshDb();
    const base = { airport: 'PLM', checkpoint: 'PRE-XRAY-INTL', zone: 'WIB' as const, lead: LEAD };
    const opts = { iterations: TEST_ITERATIONS, persist: async () => false };
    expect(await enrolDevice(db, { ...base, airport: 'PL' }, opts)).toEqual({
      ok: false,
      error: 'store.form.airport',
    });
    expect(await enrolDevice(db, { ...base, lead: { ...LEAD, pin: '12345' } }, opts)).toEqual({
      ok: false,
      error: 'store.form.pinShort',
    });
    expect(await enrolDevice(db, { ...base, lead: { ...LEAD, pin: '123456' } }, opts)).toEqual({
      ok: false,
      error: 'store.form.pinWeak',
    });
    const first = await enrolDevice(db, base, opts);
    expect(first).toMatchObject({ ok: true, device: { airport: 'PLM', persisted: false } });
    expect(await enrolDevice(db, base, opts)).toEqual({ ok: false, error: 'store.form.alreadyEnrolled' });
    expect(checkPin('000000')).toBe('store.form.pinWeak');
    expect(checkPin('482913')).toBeNull();
  });

  it('lets an officer added by the shift lead read what the lead saved (the same device key, wrapped twice)', async () => {
    const { db, session } = await enrolledSession();
    const saved = await createScreeningStore(db, session.keys, { officerId: LEAD.id, zone: 'WIB' }).saveFinal(
      screening(),
    );
    expect(await addOfficer(db, session, '000111', OFFICER)).toEqual({
      ok: false,
      error: 'store.officers.leadPin',
    });
    expect(await addOfficer(db, session, LEAD.pin, OFFICER)).toEqual({ ok: true });
    expect(await addOfficer(db, session, LEAD.pin, OFFICER)).toEqual({
      ok: false,
      error: 'store.form.officerExists',
    });
    const second = await signIn(db, OFFICER.id, OFFICER.pin);
    if (!second.ok) throw new Error(second.error);
    expect(second.session.officer).toEqual({
      id: OFFICER.id,
      name: OFFICER.name,
      agency: 'BP3MI',
      role: 'officer',
    });
    const store = createScreeningStore(db, second.session.keys, { officerId: OFFICER.id, zone: 'WIB' });
    expect((await store.get(saved.id))?.passenger.lastName).toBe('SUPRIYATNA');
    // An ordinary officer cannot add officers.
    expect(await addOfficer(db, second.session, OFFICER.pin, { ...OFFICER, id: 'X-2' })).toEqual({
      ok: false,
      error: 'store.officers.notLead',
    });
  });

  it('delays after each wrong PIN, locks after five, and a shift lead unlocks', async () => {
    const { db, session } = await enrolledSession();
    await addOfficer(db, session, LEAD.pin, OFFICER);
    let now = new Date('2026-11-23T03:00:00Z').getTime();
    const waits: number[] = [];
    for (let i = 1; i < MAX_PIN_ATTEMPTS; i += 1) {
      const result = await signIn(db, OFFICER.id, '999999', new Date(now));
      expect(result).toMatchObject({
        ok: false,
        error: 'store.signIn.wrong',
        attemptsLeft: MAX_PIN_ATTEMPTS - i,
      });
      const retryAt = (result as { retryAt: number }).retryAt;
      waits.push(retryAt - now);
      // Even the right PIN waits out the delay.
      expect(await signIn(db, OFFICER.id, OFFICER.pin, new Date(now + 500))).toMatchObject({
        error: 'store.signIn.wait',
      });
      now = retryAt;
    }
    expect(waits).toEqual([...waits].sort((a, b) => a - b));
    expect(new Set(waits).size).toBe(waits.length);
    expect(await signIn(db, OFFICER.id, '999999', new Date(now))).toEqual({
      ok: false,
      error: 'store.signIn.locked',
    });
    expect(await signIn(db, OFFICER.id, OFFICER.pin, new Date(now + 86_400_000))).toEqual({
      ok: false,
      error: 'store.signIn.locked',
    });
    expect(await resetOfficer(db, session, OFFICER.id)).toEqual({ ok: true });
    expect(await signIn(db, OFFICER.id, OFFICER.pin, new Date(now))).toMatchObject({ ok: true });
    const actions = (await db.audit.toArray()).map((a) => a.action);
    expect(actions.filter((a) => a === 'sign-in-failed')).toHaveLength(MAX_PIN_ATTEMPTS);
    expect(actions).toContain('officer-reset');
  });

  it('answers an unknown officer id like a wrong PIN', async () => {
    const { db } = await enrolledSession();
    expect(await signIn(db, 'NOBODY', LEAD.pin)).toMatchObject({ ok: false, error: 'store.signIn.wrong' });
  });
});
