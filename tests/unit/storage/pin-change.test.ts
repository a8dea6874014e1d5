import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { verifyChain } from '../../../src/storage/audit-log.ts';
import { PRODUCTION_KDF_ITERATIONS } from '../../../src/storage/crypto.ts';
import { MAX_PIN_ATTEMPTS, signIn } from '../../../src/storage/officers.ts';
import { changePin, checkPinChange } from '../../../src/storage/pin-change.ts';
import { createScreeningStore } from '../../../src/storage/screening-repository.ts';
import { enrolledSession, LEAD, screening, TEST_ITERATIONS } from './store-fixtures.ts';

const NEW_PIN = '736251';
const fast = { iterations: TEST_ITERATIONS };

describe('changing one’s own PIN', () => {
  it('makes the new PIN unlock and the old one not, keeps the data readable, and audits it without the PIN', async () => {
    const { db, session } = await enrolledSession();
    const saved = await createScreeningStore(db, session.keys, { officerId: LEAD.id, zone: 'WIB' }).saveFinal(
      screening(),
    );
    const steps: string[] = [];
    const result = await changePin(
      db,
      session,
      { current: LEAD.pin, next: NEW_PIN, repeat: NEW_PIN },
      { ...fast, onStep: (step) => steps.push(step) },
    );
    expect(result).toEqual({ ok: true });
    expect(steps).toEqual(['checking', 'wrapping', 'saving']);

    expect(await signIn(db, LEAD.id, LEAD.pin)).toMatchObject({ ok: false, error: 'store.signIn.wrong' });
    // The wrong try above set a short wait; sign in after it.
    const later = new Date(Date.now() + 60_000);
    const again = await signIn(db, LEAD.id, NEW_PIN, later);
    if (!again.ok) throw new Error(again.error);
    const store = createScreeningStore(db, again.session.keys, { officerId: LEAD.id, zone: 'WIB' });
    expect((await store.get(saved.id))?.passenger.lastName).toBe('SUPRIYATNA');

    const entry = (await db.audit.toArray()).find((a) => a.action === 'pin-changed');
    expect(entry).toMatchObject({ officerId: LEAD.id, target: LEAD.id, details: null });
    const text = JSON.stringify(await db.audit.toArray());
    expect(text).not.toContain(NEW_PIN);
    expect(text).not.toContain(LEAD.pin);
    expect(await verifyChain(db, again.session.keys)).toMatchObject({ ok: true });
  });

  it('refuses a missing current PIN, a new PIN that breaks the rules, differs from its repetition or equals the old', async () => {
    const { db, session } = await enrolledSession();
    const cases = [
      [{ current: '', next: NEW_PIN, repeat: NEW_PIN }, 'store.pin.currentMissing'],
      [{ current: LEAD.pin, next: '12345', repeat: '12345' }, 'store.form.pinShort'],
      [{ current: LEAD.pin, next: '12ab56', repeat: '12ab56' }, 'store.form.pinShort'],
      [{ current: LEAD.pin, next: '777777', repeat: '777777' }, 'store.form.pinWeak'],
      [{ current: LEAD.pin, next: '654321', repeat: '654321' }, 'store.form.pinWeak'],
      [{ current: LEAD.pin, next: NEW_PIN, repeat: '736252' }, 'store.pin.mismatch'],
      [{ current: LEAD.pin, next: LEAD.pin, repeat: LEAD.pin }, 'store.pin.same'],
    ] as const;
    for (const [change, error] of cases) {
      expect(checkPinChange(change)).toBe(error);
      expect(await changePin(db, session, change, fast)).toEqual({ ok: false, error });
    }
    // None of them tried a PIN, so none counts as a wrong one, and the old PIN still works.
    expect((await db.officers.get(LEAD.id))?.failedAttempts).toBe(0);
    expect(await signIn(db, LEAD.id, LEAD.pin)).toMatchObject({ ok: true });
  });

  it('counts a wrong current PIN toward the same delay and lock as sign-in', async () => {
    const { db, session } = await enrolledSession();
    let now = new Date('2026-11-23T03:00:00Z').getTime();
    const change = { current: '000111', next: NEW_PIN, repeat: NEW_PIN };
    for (let i = 1; i < MAX_PIN_ATTEMPTS; i += 1) {
      const result = await changePin(db, session, change, { ...fast, now: new Date(now) });
      expect(result).toMatchObject({
        ok: false,
        error: 'store.pin.wrongCurrent',
        attemptsLeft: MAX_PIN_ATTEMPTS - i,
      });
      // Trying again at once has to wait, as at sign-in.
      expect(await changePin(db, session, change, { ...fast, now: new Date(now + 500) })).toMatchObject({
        ok: false,
        error: 'store.signIn.wait',
      });
      now += 60_000;
    }
    expect(await changePin(db, session, change, { ...fast, now: new Date(now) })).toEqual({
      ok: false,
      error: 'store.pin.lockedOut',
    });
    // Locked: the right current PIN no longer changes anything, and sign-in is refused until a lead resets.
    expect(
      await changePin(
        db,
        session,
        { ...change, current: LEAD.pin },
        { ...fast, now: new Date(now + 3_600_000) },
      ),
    ).toEqual({ ok: false, error: 'store.pin.lockedOut' });
    expect(await signIn(db, LEAD.id, LEAD.pin, new Date(now + 3_600_000))).toEqual({
      ok: false,
      error: 'store.signIn.locked',
    });
    const failed = (await db.audit.toArray()).filter((a) => a.action === 'pin-change-failed');
    expect(failed).toHaveLength(MAX_PIN_ATTEMPTS);
    expect(await verifyChain(db, session.keys)).toMatchObject({ ok: true });
  });

  it('resets the wrong-PIN count once the PIN is changed', async () => {
    const { db, session } = await enrolledSession();
    const now = new Date('2026-11-23T03:00:00Z');
    await changePin(db, session, { current: '000111', next: NEW_PIN, repeat: NEW_PIN }, { ...fast, now });
    expect((await db.officers.get(LEAD.id))?.failedAttempts).toBe(1);
    const later = new Date(now.getTime() + 60_000);
    expect(
      await changePin(
        db,
        session,
        { current: LEAD.pin, next: NEW_PIN, repeat: NEW_PIN },
        { ...fast, now: later },
      ),
    ).toEqual({ ok: true });
    expect(await db.officers.get(LEAD.id)).toMatchObject({ failedAttempts: 0, lockedUntil: null });
  });

  it('wraps the new PIN with at least the production PBKDF2 cost', async () => {
    const { db, session } = await enrolledSession();
    expect((await db.officers.get(LEAD.id))?.iterations).toBe(TEST_ITERATIONS);
    expect(await changePin(db, session, { current: LEAD.pin, next: NEW_PIN, repeat: NEW_PIN })).toEqual({
      ok: true,
    });
    expect((await db.officers.get(LEAD.id))?.iterations).toBe(PRODUCTION_KDF_ITERATIONS);
  });

  it('keeps a PIN another window changed meanwhile, and records nothing', async () => {
    const { db, session } = await enrolledSession();
    const before = await db.audit.count();
    const other = new Uint8Array(48).fill(7);
    await expect(
      changePin(
        db,
        session,
        { current: LEAD.pin, next: NEW_PIN, repeat: NEW_PIN },
        {
          ...fast,
          onStep: (step) => {
            if (step === 'saving') void db.officers.update(LEAD.id, { wrapped: other });
          },
        },
      ),
    ).rejects.toMatchObject({ code: 'store.error.conflict' });
    expect((await db.officers.get(LEAD.id))?.wrapped).toEqual(other);
    expect(await db.audit.count()).toBe(before);
  });
});
