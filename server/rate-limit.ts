/** A fixed-window limiter per key: returns a check that says whether one more request is allowed now. */
export function createRateLimiter(limit: number, windowMs: number, now: () => number = Date.now) {
  const windows = new Map<string, { start: number; count: number }>();
  return (key: string): boolean => {
    const t = now();
    const current = windows.get(key);
    if (!current || t - current.start >= windowMs) {
      // Forget old windows now and then so the map cannot grow without bound.
      if (windows.size > 10_000) windows.clear();
      windows.set(key, { start: t, count: 1 });
      return true;
    }
    current.count += 1;
    return current.count <= limit;
  };
}
