// Retry delays for devices that are away (an unplugged scanner, a printer that is off): quick at first so a
// replugged scanner is back within a second, then slower so a missing device costs nothing.
export interface Backoff {
  initialMs: number;
  maxMs: number;
}

export const DEFAULT_BACKOFF: Backoff = { initialMs: 250, maxMs: 5000 };

/** Delay before retry number `attempt` (1-based): initial × 2^(attempt-1), capped. */
export function backoffDelay(attempt: number, b: Backoff = DEFAULT_BACKOFF): number {
  const n = Math.max(1, attempt);
  return Math.min(b.maxMs, b.initialMs * 2 ** Math.min(n - 1, 20));
}
