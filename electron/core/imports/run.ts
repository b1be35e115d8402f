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

export function runImport<T extends ImportItem>(
  core: Core,
  actor: Actor,
  audit: { action: string; entity: string; fileName: string },
  items: readonly T[],
  rowCount: number,
  apply: (item: T) => 'created' | 'updated',
): ImportOutcome {
  return mutate(
    core,
    actor,
    (out) => ({ action: audit.action, entity: audit.entity, data: { fileName: audit.fileName, ...out } }),
    () => {
      const errors: RowError[] = [];
      const out: ImportOutcome = { created: 0, updated: 0, rows: rowCount };
      for (const item of items) {
        if (item.errors.length > 0) {
          errors.push(...item.errors);
          continue;
        }
        try {
          out[core.sqlite.transaction(() => apply(item))()]++;
        } catch (e) {
          if (!(e instanceof AppError)) throw e;
          errors.push({ ...item.locate(errorField(e)), code: e.code, params: e.params });
        }
      }
      if (errors.length > 0) {
        errors.sort((a, b) => a.row - b.row);
        const count = new Set(errors.map((e) => e.row)).size;
        throw new AppError('IMPORT_FAILED', { count }, errors.slice(0, MAX_REPORTED_ERRORS));
      }
      return out;
    },
  );
}
