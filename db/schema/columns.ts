// Column helpers shared by every domain schema. Money is integer fen, quantities integer base units:
// both are guarded by CHECK constraints so that a float can never be stored, whatever the caller does.
import { sql, type SQL } from 'drizzle-orm';
import { check, integer, text, type SQLiteColumn } from 'drizzle-orm/sqlite-core';

/** UUIDv7 primary key (text). */
export const id = () => text('id').primaryKey();

/** Instant as UTC ISO-8601 text. */
export const instant = (name: string) => text(name);

/** Money in integer fen. */
export const fen = (name: string) => integer(name);

/** CHECK(typeof(col) = 'integer') for each money/quantity column, named after the table and column. */
export function integerChecks(table: string, cols: Record<string, SQLiteColumn>) {
  return Object.entries(cols).map(([name, col]) =>
    check(`${table}_${name}_int`, sql`typeof(${col}) = 'integer' OR ${col} IS NULL` as SQL),
  );
}

/** Boolean stored as 0/1. */
export const flag = (name: string) => integer(name, { mode: 'boolean' });
