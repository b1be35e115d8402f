// Prepared statements for list and search (they run on every keystroke) from the shared per-connection cache, and
// the constraint errors the catalog turns into messages.
import type { Statement } from 'better-sqlite3';
import type { Core } from '../shared/context';
import { preparedOn } from '../shared/statements';

export const prepared = (core: Core, sql: string): Statement => preparedOn(core.sqlite, sql);

/** True for SQLite's FOREIGN KEY constraint failure: a row still referenced elsewhere. */
export function isForeignKeyError(e: unknown): boolean {
  return !!e && typeof e === 'object' && 'code' in e && e.code === 'SQLITE_CONSTRAINT_FOREIGNKEY';
}

/** True for a UNIQUE constraint failure. */
export function isUniqueError(e: unknown): boolean {
  return !!e && typeof e === 'object' && 'code' in e && (e.code === 'SQLITE_CONSTRAINT_UNIQUE' || e.code === 'SQLITE_CONSTRAINT_PRIMARYKEY');
}
