// Prepared statements for the ledger's hot paths, prepared once per connection. Building and preparing a query
// on every call cost more than running it: matching 10,000 statement lines posts tens of thousands of rows.
import type { Statement } from 'better-sqlite3';
import type { Core } from '../shared/context';

const cache = new WeakMap<object, Map<string, Statement>>();

export function stmt(core: Core, sql: string): Statement {
  let byText = cache.get(core.sqlite);
  if (!byText) cache.set(core.sqlite, (byText = new Map()));
  let s = byText.get(sql);
  if (!s) byText.set(sql, (s = core.sqlite.prepare(sql)));
  return s;
}
