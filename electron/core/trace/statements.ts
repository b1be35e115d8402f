// Prepared statements cached per connection: the scan path (lookup, inbound/outbound checks) runs a handful of
// point queries per scan, and preparing them each time would cost more than running them.
import type { Statement } from 'better-sqlite3';
import type { Sqlite } from '../../../db/open';

const cache = new WeakMap<Sqlite, Map<string, Statement>>();

export function prepared(sqlite: Sqlite, sql: string): Statement {
  let bySql = cache.get(sqlite);
  if (!bySql) {
    bySql = new Map();
    cache.set(sqlite, bySql);
  }
  let stmt = bySql.get(sql);
  if (!stmt) {
    stmt = sqlite.prepare(sql);
    bySql.set(sql, stmt);
  }
  return stmt;
}
