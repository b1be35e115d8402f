// Prepared statements cached per connection: list and search run on every keystroke and must not re-parse SQL.
import type { Statement } from 'better-sqlite3';
import type { Sqlite } from '../../../db/open';
import type { Core } from '../shared/context';

const cache = new WeakMap<Sqlite, Map<string, Statement>>();

export function prepared(core: Core, sql: string): Statement {
  let perDb = cache.get(core.sqlite);
  if (!perDb) cache.set(core.sqlite, (perDb = new Map()));
  let stmt = perDb.get(sql);
  if (!stmt) perDb.set(sql, (stmt = core.sqlite.prepare(sql)));
  return stmt;
}

/** True for SQLite's FOREIGN KEY constraint failure: a row still referenced elsewhere. */
export function isForeignKeyError(e: unknown): boolean {
  return !!e && typeof e === 'object' && 'code' in e && e.code === 'SQLITE_CONSTRAINT_FOREIGNKEY';
}

/** True for a UNIQUE constraint failure. */
export function isUniqueError(e: unknown): boolean {
  return !!e && typeof e === 'object' && 'code' in e && (e.code === 'SQLITE_CONSTRAINT_UNIQUE' || e.code === 'SQLITE_CONSTRAINT_PRIMARYKEY');
}
