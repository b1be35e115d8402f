// The one way to run a business action: a synchronous better-sqlite3 transaction.
import type { Sqlite } from './open';
import { DbError } from './errors';

/**
 * Runs fn inside BEGIN IMMEDIATE … COMMIT. An async callback would commit at its first await and run the rest
 * outside the transaction, so one is refused before it starts, and a returned promise rolls everything back.
 */
export function transact<T>(sqlite: Sqlite, fn: () => T): T {
  if (fn.constructor.name === 'AsyncFunction') throw new DbError('DB_ASYNC_TX', 'transaction callback is async');
  return sqlite.transaction(() => {
    const out = fn();
    if (out instanceof Promise) {
      out.catch(() => undefined);
      throw new DbError('DB_ASYNC_TX', 'transaction callback returned a promise');
    }
    return out;
  }).immediate();
}
