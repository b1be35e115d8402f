// Prepared statements cached per connection, for hot paths (scans, search, ledger postings, the audit trail):
// building and preparing a query on every call costs more than running it.
import type { Statement } from 'better-sqlite3';
import type { Sqlite } from '../../../db/open';

const cache = new WeakMap<Sqlite, Map<string, Statement>>();

export function preparedOn(sqlite: Sqlite, sql: string): Statement {
  let bySql = cache.get(sqlite);
  if (!bySql) cache.set(sqlite, (bySql = new Map()));
  let s = bySql.get(sql);
  if (!s) bySql.set(sql, (s = sqlite.prepare(sql)));
  return s;
}
