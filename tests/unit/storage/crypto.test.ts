import { describe, expect, it } from 'vitest';
import {
  blindIndex,
  decryptJson,
  deriveStoreKeys,
  encryptJson,
  newMasterSecret,
  unwrapSecret,
  wrapSecret,
} from '../../../src/storage/crypto.ts';

describe('encryption at rest', () => {
  it('round-trips a record and refuses it under another row id or another device key', async () => {
    const keys = await deriveStoreKeys(newMasterSecret());
    const blob = await encryptJson(keys, { name: 'DEWI' }, 'screening:a:1');
    expect(new TextDecoder().decode(blob)).not.toContain('DEWI');
    await expect(decryptJson(keys, blob, 'screening:a:1')).resolves.toEqual({ name: 'DEWI' });
    await expect(decryptJson(keys, blob, 'screening:b:1')).rejects.toThrow();
    const other = await deriveStoreKeys(newMasterSecret());
    await expect(decryptJson(other, blob, 'screening:a:1')).rejects.toThrow();
  });

  it('lets two officers unwrap the same device key with their own PINs, and nobody with a wrong PIN', async () => {
    const secret = newMasterSecret();
    const keys = await deriveStoreKeys(secret);
    const blob = await encryptJson(keys, 'rahasia', 'x');
    const first = await wrapSecret(secret, '482913', 1000);
    const second = await wrapSecret(secret, '705126', 1000);
    for (const [wrapped, pin] of [
      [first, '482913'],
      [second, '705126'],
    ] as const) {
      const opened = await unwrapSecret(wrapped, pin);
      expect(opened).toBeDefined();
      await expect(decryptJson(await deriveStoreKeys(opened!), blob, 'x')).resolves.toBe('rahasia');
    }
    await expect(unwrapSecret(first, '705126')).resolves.toBeUndefined();
    await expect(unwrapSecret(second, '000001')).resolves.toBeUndefined();
  });

  it('gives the same blind index for the same passport however it is typed, and a different one per device', async () => {
    const keys = await deriveStoreKeys(newMasterSecret());
    const a = await blindIndex(keys, 'c4729183');
    expect(a).toBe(await blindIndex(keys, ' C 4729-183 '));
    expect(a).not.toBe(await blindIndex(keys, 'C4729184'));
    expect(a).not.toBe(await blindIndex(await deriveStoreKeys(newMasterSecret()), 'C4729183'));
    expect(a).not.toContain('4729183');
  });
});
