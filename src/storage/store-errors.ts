import type { Dexie } from 'dexie';

/** Error codes of the store; each is also an i18n key. */
export type StoreErrorCode =
  | 'store.error.quota'
  | 'store.error.closed'
  | 'store.error.invalid'
  | 'store.error.conflict'
  | 'store.error.unknown';

/** A store failure with an i18n code; the write it interrupted left nothing behind (its transaction aborted). */
export class StoreError extends Error {
  constructor(
    readonly code: StoreErrorCode,
    cause?: unknown,
  ) {
    super(code, { cause });
    this.name = 'StoreError';
  }
}

function errorName(error: unknown): string {
  if (typeof error !== 'object' || error === null) return '';
  const own = (error as { name?: unknown }).name;
  const inner = (error as { inner?: { name?: unknown } }).inner?.name;
  return `${typeof own === 'string' ? own : ''} ${typeof inner === 'string' ? inner : ''}`;
}

/** Whether an error means the disk (or the origin's quota) is full. */
export function isQuotaError(error: unknown): boolean {
  return errorName(error).includes('QuotaExceeded');
}

/** Whether an error means the browser closed the connection under us. */
export function isClosedError(error: unknown): boolean {
  return /DatabaseClosed|InvalidState/.test(errorName(error));
}

/** Maps any failure to a StoreError with a code the UI can show. */
export function toStoreError(error: unknown): StoreError {
  if (error instanceof StoreError) return error;
  if (isQuotaError(error)) return new StoreError('store.error.quota', error);
  if (isClosedError(error)) return new StoreError('store.error.closed', error);
  if (/Constraint/.test(errorName(error))) return new StoreError('store.error.conflict', error);
  return new StoreError('store.error.unknown', error);
}

/** Runs an operation; if the connection was closed (browser, versionchange), reopens it and retries once. */
export async function withReopen<T>(db: Dexie, operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    if (!isClosedError(error)) throw toStoreError(error);
    try {
      if (!db.isOpen()) await db.open();
      return await operation();
    } catch (again) {
      throw toStoreError(again);
    }
  }
}

const queues = new WeakMap<object, Promise<unknown>>();

/** Runs writes to one database one after the other within this page, so hash chains and revisions never race. */
export function serialWrite<T>(db: object, operation: () => Promise<T>): Promise<T> {
  const previous = queues.get(db) ?? Promise.resolve();
  const next = previous.then(operation, operation);
  queues.set(
    db,
    next.catch(() => undefined),
  );
  return next;
}
