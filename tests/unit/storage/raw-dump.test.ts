import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createScreeningStore } from '../../../src/storage/screening-repository.ts';
import { appendAudit } from '../../../src/storage/audit-log.ts';
import { enrolledSession, LEAD, screening } from './store-fixtures.ts';

/** Every value of every store, read with the raw IndexedDB API, bytes decoded as latin1. */
async function dump(name: string): Promise<string> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const parts: string[] = [];
  const flat = (value: unknown): string =>
    value instanceof Uint8Array
      ? Buffer.from(value).toString('latin1')
      : Array.isArray(value)
        ? value.map(flat).join('|')
        : value && typeof value === 'object'
          ? Object.entries(value)
              .map(([k, v]) => `${k}=${flat(v)}`)
              .join(';')
          : String(value);
  for (const store of [...db.objectStoreNames]) {
    const all = await new Promise<unknown[]>((resolve) => {
      const request = db.transaction(store).objectStore(store).getAll();
      request.onsuccess = () => resolve(request.result as unknown[]);
    });
    parts.push(...all.map(flat));
  }
  db.close();
  return parts.join('\n');
}

describe('what a stolen tablet yields', () => {
  it('holds no name, passport number, birth date, phone or note in clear anywhere in IndexedDB', async () => {
    const { db, session } = await enrolledSession();
    const store = createScreeningStore(db, session.keys, { officerId: LEAD.id, zone: 'WIB' });
    const s = screening({ outcome: 'REFER_BP3MI', linkedPersonIds: ['lp-1'] });
    await store.saveDraft({ ...screening(), status: 'draft' });
    await store.saveFinal(s, [
      { id: 'lp-1', name: 'Pak Joko Susilo', phone: '+628119998877', role: 'agent', createdAt: s.createdAt },
    ]);
    await appendAudit(db, session.keys, {
      officerId: LEAD.id,
      action: 'export',
      target: 'daily',
      details: { note: 'Sponsor Joko' },
    });
    const text = await dump(db.name);
    expect(text).toContain(s.id);
    for (const secret of [
      'SUPRIYATNA',
      'DEWI',
      'C4729183',
      '1998-04-17',
      '+6281234567890',
      'Mengaku',
      'Joko',
      '+628119998877',
      LEAD.name,
    ]) {
      expect(text, secret).not.toContain(secret);
    }
  });
});
