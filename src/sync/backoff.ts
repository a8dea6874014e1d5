/** Backoff settings: the first retry waits about `baseMs`, each further one twice as long, never more than `capMs`. */
export type BackoffOptions = { baseMs: number; capMs: number };

/** Default backoff: 5 s doubling up to 15 min. */
export const DEFAULT_BACKOFF: BackoffOptions = { baseMs: 5_000, capMs: 15 * 60_000 };

/**
 * Delay before retry number `attempt` (1 = first retry): exponential, capped, with "equal jitter" — a random point
 * in the upper half of the step, so tablets that lost the network together do not all come back at once.
 * `random` is a number in [0, 1).
 */
export function backoffDelay(
  attempt: number,
  random: number,
  options: BackoffOptions = DEFAULT_BACKOFF,
): number {
  const exponent = Math.max(0, Math.min(attempt - 1, 30));
  const step = Math.min(options.capMs, options.baseMs * 2 ** exponent);
  const r = Math.min(Math.max(random, 0), 1);
  return Math.round(step / 2 + (step / 2) * r);
}
