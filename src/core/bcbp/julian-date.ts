const DAY_MS = 86_400_000;

/**
 * The ISO date of a day of year (1–366) in the year that puts it nearest to today (last year, this year or next
 * year); null when the day is 0 (blank) or does not exist in any of those years.
 */
export function julianToIso(dayOfYear: number, today: Date): string | null {
  if (!Number.isInteger(dayOfYear) || dayOfYear < 1 || dayOfYear > 366) return null;
  const todayMs = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  let best: { ms: number; distance: number } | null = null;
  for (const year of [today.getUTCFullYear() - 1, today.getUTCFullYear(), today.getUTCFullYear() + 1]) {
    const ms = Date.UTC(year, 0, dayOfYear);
    if (new Date(ms).getUTCFullYear() !== year) continue; // day 366 of a common year
    const distance = Math.abs(ms - todayMs);
    if (best === null || distance < best.distance) best = { ms, distance };
  }
  if (best === null) return null;
  return new Date(best.ms).toISOString().slice(0, 10);
}

/** Whole days from today to an ISO date (negative in the past). */
export function daysFromToday(iso: string, today: Date): number {
  const todayMs = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  return Math.round((Date.parse(`${iso}T00:00:00Z`) - todayMs) / DAY_MS);
}
