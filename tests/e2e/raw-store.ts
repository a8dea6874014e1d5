import type { Page } from 'playwright-core';

/** Every row of one object store of the app's database, read with the raw IndexedDB API (what is in clear). */
export function rawRows<T>(page: Page, storeName: string): Promise<T[]> {
  return page.evaluate(async (name) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('saring');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const rows = await new Promise<unknown[]>((resolve, reject) => {
      const request = db.transaction(name).objectStore(name).getAll();
      request.onsuccess = () => resolve(request.result as unknown[]);
      request.onerror = () => reject(request.error);
    });
    db.close();
    return rows;
  }, storeName) as Promise<T[]>;
}
