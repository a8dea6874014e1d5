/** Work that must not be interrupted by an app update: an open screening, a sync in flight. */
const holders = new Map<symbol, string>();
const idleListeners = new Set<() => void>();

/** Marks work as in progress; call the returned function when it ends (calling it twice is harmless). */
export function holdBusy(reason: string): () => void {
  const token = Symbol(reason);
  holders.set(token, reason);
  return () => {
    if (!holders.delete(token)) return;
    if (holders.size === 0) for (const listener of [...idleListeners]) listener();
  };
}

/** Whether any work is in progress. */
export function isBusy(): boolean {
  return holders.size > 0;
}

/** The reasons of the work in progress, for diagnostics. */
export function busyReasons(): string[] {
  return [...holders.values()];
}

/** Runs `callback` once, now if idle or as soon as all work has ended. */
export function whenIdle(callback: () => void): void {
  if (!isBusy()) {
    callback();
    return;
  }
  const once = (): void => {
    idleListeners.delete(once);
    callback();
  };
  idleListeners.add(once);
}
