/** PBKDF2-SHA-256 iterations for a PIN in production (OWASP 2023 guidance for SHA-256). */
export const PRODUCTION_KDF_ITERATIONS = 600_000;

/** The keys an unlocked session holds in memory; none of them can be exported. */
export type StoreKeys = {
  /** AES-GCM-256 key for every personal field at rest. */
  dataKey: CryptoKey;
  /** HMAC-SHA-256 key for the passport blind index. */
  indexKey: CryptoKey;
};

/** The device master secret wrapped under one officer's PIN. */
export type WrappedSecret = { salt: Uint8Array; iterations: number; iv: Uint8Array; wrapped: Uint8Array };

const subtle = (): SubtleCrypto => globalThis.crypto.subtle;
const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** Random bytes from the platform's CSPRNG. */
export function randomBytes(length: number): Uint8Array<ArrayBuffer> {
  return globalThis.crypto.getRandomValues(new Uint8Array(length));
}

/** A fresh 256-bit device master secret; it exists in the clear only while it is being wrapped. */
export function newMasterSecret(): Uint8Array<ArrayBuffer> {
  return randomBytes(32);
}

async function pinKey(pin: string, salt: Uint8Array, iterations: number): Promise<CryptoKey> {
  const base = await subtle().importKey('raw', encoder.encode(pin), 'PBKDF2', false, ['deriveKey']);
  return subtle().deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: salt as Uint8Array<ArrayBuffer>, iterations },
    base,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

/** Wraps the master secret under a PIN-derived key (PBKDF2-SHA-256 → AES-GCM). */
export async function wrapSecret(
  secret: Uint8Array,
  pin: string,
  iterations: number,
): Promise<WrappedSecret> {
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const key = await pinKey(pin, salt, iterations);
  const wrapped = new Uint8Array(
    await subtle().encrypt({ name: 'AES-GCM', iv }, key, secret as Uint8Array<ArrayBuffer>),
  );
  return { salt, iterations, iv, wrapped };
}

/** Unwraps the master secret; undefined when the PIN is wrong (the GCM tag does not verify). */
export async function unwrapSecret(wrapped: WrappedSecret, pin: string): Promise<Uint8Array | undefined> {
  const key = await pinKey(pin, wrapped.salt, wrapped.iterations);
  try {
    const plain = await subtle().decrypt(
      { name: 'AES-GCM', iv: wrapped.iv as Uint8Array<ArrayBuffer> },
      key,
      wrapped.wrapped as Uint8Array<ArrayBuffer>,
    );
    return new Uint8Array(plain);
  } catch {
    return undefined;
  }
}

/** Derives the session keys from the master secret with HKDF; the caller should drop the secret afterwards. */
export async function deriveStoreKeys(secret: Uint8Array): Promise<StoreKeys> {
  const base = await subtle().importKey('raw', secret as Uint8Array<ArrayBuffer>, 'HKDF', false, [
    'deriveKey',
  ]);
  const hkdf = (info: string) => ({
    name: 'HKDF',
    hash: 'SHA-256',
    salt: new Uint8Array(32),
    info: encoder.encode(info),
  });
  const dataKey = await subtle().deriveKey(
    hkdf('saring/data/v1'),
    base,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
  const indexKey = await subtle().deriveKey(
    hkdf('saring/blind-index/v1'),
    base,
    { name: 'HMAC', hash: 'SHA-256', length: 256 },
    false,
    ['sign'],
  );
  return { dataKey, indexKey };
}

/** Encrypts a JSON value; `aad` binds the ciphertext to its row so it cannot be moved to another one. */
export async function encryptJson(keys: StoreKeys, value: unknown, aad: string): Promise<Uint8Array> {
  const iv = randomBytes(12);
  const ct = await subtle().encrypt(
    { name: 'AES-GCM', iv, additionalData: encoder.encode(aad) },
    keys.dataKey,
    encoder.encode(JSON.stringify(value)),
  );
  const out = new Uint8Array(12 + ct.byteLength);
  out.set(iv, 0);
  out.set(new Uint8Array(ct), 12);
  return out;
}

/** Decrypts what encryptJson produced with the same `aad`; throws when the key, data or aad do not match. */
export async function decryptJson<T>(keys: StoreKeys, blob: Uint8Array, aad: string): Promise<T> {
  const plain = await subtle().decrypt(
    { name: 'AES-GCM', iv: blob.slice(0, 12), additionalData: encoder.encode(aad) },
    keys.dataKey,
    blob.slice(12),
  );
  return JSON.parse(decoder.decode(plain)) as T;
}

/** A passport number as typed or read: upper case, letters and digits only. */
export function normalisePassport(value: string): string {
  return value.toUpperCase().replace(/[^A-Z0-9]/g, '');
}

/** The keyed blind index of a passport number (HMAC-SHA-256, hex); equal numbers give equal indexes. */
export async function blindIndex(keys: StoreKeys, passportNumber: string): Promise<string> {
  const mac = await subtle().sign(
    'HMAC',
    keys.indexKey,
    encoder.encode(`passport:${normalisePassport(passportNumber)}`),
  );
  return toHex(new Uint8Array(mac));
}

/** SHA-256 of a string, hex. */
export async function sha256Hex(text: string): Promise<string> {
  return toHex(new Uint8Array(await subtle().digest('SHA-256', encoder.encode(text))));
}

/** Lower-case hex of bytes. */
export function toHex(bytes: Uint8Array): string {
  let out = '';
  for (const byte of bytes) out += byte.toString(16).padStart(2, '0');
  return out;
}
