// Failed sign-ins are throttled per username and per client address: after 5 failures in a row, each further
// attempt must wait, doubling from 30 s up to 15 min. A success clears the count. Kept in memory: a restart resets
// it, which is acceptable for a LAN host and keeps locked-out staff from needing a database fix.
const FREE_FAILURES = 5;
const BASE_MS = 30_000;
const MAX_MS = 15 * 60_000;

interface Entry {
  failures: number;
  until: number;
}

export class LoginThrottle {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Milliseconds the caller must still wait before trying any of these keys; 0 when free. */
  waitMs(keys: string[]): number {
    const t = this.now();
    return Math.max(0, ...keys.map((k) => (this.entries.get(k)?.until ?? 0) - t));
  }

  fail(keys: string[]): void {
    const t = this.now();
    for (const k of keys) {
      const e = this.entries.get(k) ?? { failures: 0, until: 0 };
      e.failures++;
      if (e.failures >= FREE_FAILURES) {
        e.until = t + Math.min(MAX_MS, BASE_MS * 2 ** (e.failures - FREE_FAILURES));
      }
      this.entries.set(k, e);
    }
  }

  succeed(keys: string[]): void {
    for (const k of keys) this.entries.delete(k);
  }
}
