// All-or-nothing imports. Every row is checked by the same code that creates or updates one record, inside one
// transaction, each row in its own savepoint so that a bad row's partial writes do not confuse the rows after it.
// If any row failed, the whole transaction rolls back and IMPORT_FAILED lists every problem; else it commits with
// one audit row.
import { AppError } from '../shared/errors';
import type { Actor, Core } from '../shared/context';
import { mutate } from '../shared/mutate';
import { errorField } from './field-error';
import type { RowError } from './columns';

/** How many problems an IMPORT_FAILED carries; its count still says how many rows failed. */
export const MAX_REPORTED_ERRORS = 500;

export interface ImportItem {
  /** Problems found while reading the row(s) of this item; such an item is not applied. */
  errors: RowError[];
  /** Where a field of this item came from in the file, for errors raised while applying it. */
  locate: (field: string | null) => { row: number; column: string };
}

export interface ImportOutcome {
  created: number;
  updated: number;
  rows: number;
}

export interface ImportRun<T extends ImportItem> {
  /** Audit action, e.g. products.import, and the entity it is about. */
  action: string;
  entity: string;
  fileName: string;
  items: readonly T[];
  /** Data rows read from the file. */
  rowCount: number;
  /** The file's columns: errors are listed by row, then left to right. */
  columns: { position(header: string): number };
  /** Creates or updates the record of one item; throws an AppError (naming a field) to refuse it. */
  apply: (item: T) => 'created' | 'updated';
}

export function runImport<T extends ImportItem>(core: Core, actor: Actor, run: ImportRun<T>): ImportOutcome {
  return mutate(
    core,
    actor,
    (out) => ({ action: run.action, entity: run.entity, data: { fileName: run.fileName, ...out } }),
    () => {
      const errors: RowError[] = [];
      const out: ImportOutcome = { created: 0, updated: 0, rows: run.rowCount };
      for (const item of run.items) {
        if (item.errors.length > 0) {
          errors.push(...item.errors);
          continue;
        }
        try {
          // A nested better-sqlite3 transaction is a savepoint: a refused item leaves nothing behind.
          out[core.sqlite.transaction(() => run.apply(item))()]++;
        } catch (e) {
          if (!(e instanceof AppError)) throw e;
          errors.push({ ...item.locate(errorField(e)), code: e.code, params: e.params });
        }
      }
      if (errors.length > 0) {
        errors.sort((a, b) => a.row - b.row || run.columns.position(a.column) - run.columns.position(b.column));
        const count = new Set(errors.map((e) => e.row)).size;
        throw new AppError('IMPORT_FAILED', { count }, errors.slice(0, MAX_REPORTED_ERRORS));
      }
      return out;
    },
  );
}
