// Stocktakes (盘点): starting one freezes the book quantities of the warehouse (or of one category and its
// subcategories, or of the products at a storage location prefix) as a snapshot; counting goes on blind; closing the count opens the variance review; the owner's
// approval posts the differences as a stocktake adjustment. One unfinished stocktake per warehouse at a time.
import { and, eq, inArray } from 'drizzle-orm';
import { stocktakeSnapshot, stocktakes } from '../../../db/schema';
import { prepared } from '../catalog/statements';
import type { Actor, Core } from '../shared/context';
import { businessDate } from '../shared/dates';
import { nextDocNumber } from '../shared/doc-numbers';
import { AppError } from '../shared/errors';
import { newId } from '../shared/ids';
import { mutate } from '../shared/mutate';
import { stockWarehouse } from '../stock/warehouses';
import { getCategory } from '../catalog/categories';
import { normaliseLocationPrefix, underPrefix } from '../stock/locations';

export type Stocktake = typeof stocktakes.$inferSelect;

export function getStocktake(core: Core, id: string): Stocktake {
  const st = prepared(
    core,
    `SELECT id, number, warehouse_id AS warehouseId, category_id AS categoryId, location_prefix AS locationPrefix, status, business_date AS businessDate,
       started_by AS startedBy, started_at AS startedAt, closed_at AS closedAt, approved_by AS approvedBy,
       approved_at AS approvedAt, adjustment_id AS adjustmentId
     FROM stocktakes WHERE id = ?`,
  ).get(id) as Stocktake | undefined;
  if (!st) throw new AppError('STOCKTAKE_NOT_FOUND');
  return st;
}

/** The category and everything under it. */
export function categoryTree(core: Core, categoryId: string): string[] {
  return (
    core.sqlite
      .prepare(
        `WITH RECURSIVE tree(id) AS (SELECT ? UNION SELECT c.id FROM categories c JOIN tree ON c.parent_id = tree.id)
         SELECT id FROM tree`,
      )
      .all(categoryId) as { id: string }[]
  ).map((r) => r.id);
}

export function startStocktake(
  core: Core,
  actor: Actor,
  input: { warehouseId: string; categoryId?: string | null; locationPrefix?: string | null },
): Stocktake {
  return mutate(
    core,
    actor,
    (st) => ({ action: 'stocktakes.start', entity: 'stocktake', entityId: st.id, data: { number: st.number, categoryId: st.categoryId, locationPrefix: st.locationPrefix } }),
    () => {
      const warehouse = stockWarehouse(core, input.warehouseId);
      if (input.categoryId) getCategory(core, input.categoryId);
      const locationPrefix = input.locationPrefix?.trim() ? normaliseLocationPrefix(input.locationPrefix) : null;
      const open = core.db
        .select({ number: stocktakes.number })
        .from(stocktakes)
        .where(and(eq(stocktakes.warehouseId, input.warehouseId), inArray(stocktakes.status, ['counting', 'review'])))
        .get();
      if (open) throw new AppError('STOCKTAKE_OPEN', { warehouse: warehouse.name, number: open.number });
      const st: Stocktake = {
        id: newId(),
        number: nextDocNumber(core, 'PD'),
        warehouseId: input.warehouseId,
        categoryId: input.categoryId ?? null,
        locationPrefix,
        status: 'counting',
        businessDate: businessDate(core.now(), core.timeZone),
        startedBy: actor.userId,
        startedAt: core.now().toISOString(),
        closedAt: null,
        approvedBy: null,
        approvedAt: null,
        adjustmentId: null,
      };
      core.db.insert(stocktakes).values(st).run();
      freezeSnapshot(core, st);
      return st;
    },
  );
}

/** Book quantities on the shelves (not in transit) of the products in scope, per batch, as they are now. */
function freezeSnapshot(core: Core, st: Stocktake): void {
  let scope = st.categoryId ? `AND p.category_id IN (SELECT value FROM json_each(?))` : '';
  const args: string[] = [st.id, st.warehouseId];
  if (st.categoryId) args.push(JSON.stringify(categoryTree(core, st.categoryId)));
  if (st.locationPrefix) {
    // The products located under the prefix in this warehouse (a location is per warehouse).
    const under = underPrefix('l.location', st.locationPrefix);
    scope += ` AND s.product_id IN (SELECT l.product_id FROM product_locations l WHERE l.warehouse_id = s.warehouse_id AND ${under.sql})`;
    args.push(...under.args);
  }
  core.sqlite
    .prepare(
      `INSERT INTO stocktake_snapshot (stocktake_id, product_id, batch_id, book_qty)
       SELECT ?, s.product_id, s.batch_id, s.qty FROM stock_balances s JOIN products p ON p.id = s.product_id
       WHERE s.warehouse_id = ? AND s.in_transit = 0 AND s.qty > 0 ${scope}`,
    )
    .run(...args);
}

function requireStatus(st: Stocktake, status: 'counting' | 'review'): void {
  if (st.status === status) return;
  throw new AppError(status === 'counting' ? 'STOCKTAKE_NOT_COUNTING' : 'STOCKTAKE_NOT_REVIEW', { number: st.number });
}

export function openForCounting(core: Core, id: string): Stocktake {
  const st = getStocktake(core, id);
  requireStatus(st, 'counting');
  return st;
}

/** Ends counting: the variance review opens (and only now are book quantities shown). */
export function closeCounting(core: Core, actor: Actor, input: { id: string }): Stocktake {
  return mutate(
    core,
    actor,
    (st) => ({ action: 'stocktakes.close', entity: 'stocktake', entityId: st.id, data: { number: st.number } }),
    () => {
      const st = openForCounting(core, input.id);
      const closedAt = core.now().toISOString();
      core.db.update(stocktakes).set({ status: 'review', closedAt }).where(eq(stocktakes.id, st.id)).run();
      return { ...st, status: 'review' as const, closedAt };
    },
  );
}

/** Back to counting from the review, when the review shows something was missed. */
export function reopenCounting(core: Core, actor: Actor, input: { id: string }): Stocktake {
  return mutate(
    core,
    actor,
    (st) => ({ action: 'stocktakes.reopen', entity: 'stocktake', entityId: st.id, data: { number: st.number } }),
    () => {
      const st = getStocktake(core, input.id);
      requireStatus(st, 'review');
      core.db.update(stocktakes).set({ status: 'counting', closedAt: null }).where(eq(stocktakes.id, st.id)).run();
      return { ...st, status: 'counting' as const, closedAt: null };
    },
  );
}

export function cancelStocktake(core: Core, actor: Actor, input: { id: string }): Stocktake {
  return mutate(
    core,
    actor,
    (st) => ({ action: 'stocktakes.cancel', entity: 'stocktake', entityId: st.id, data: { number: st.number } }),
    () => {
      const st = getStocktake(core, input.id);
      if (st.status !== 'counting' && st.status !== 'review') throw new AppError('STOCKTAKE_NOT_REVIEW', { number: st.number });
      core.db.update(stocktakes).set({ status: 'cancelled' }).where(eq(stocktakes.id, st.id)).run();
      return { ...st, status: 'cancelled' as const };
    },
  );
}

export function snapshotOf(core: Core, id: string) {
  return core.db.select().from(stocktakeSnapshot).where(eq(stocktakeSnapshot.stocktakeId, id)).all();
}

export type StocktakeRow = Stocktake & { warehouseName: string; categoryName: string | null };

export function listStocktakes(core: Core, f: { warehouseId?: string; status?: Stocktake['status']; limit?: number } = {}): StocktakeRow[] {
  const where = ['1 = 1'];
  const args: (string | number)[] = [];
  if (f.warehouseId) {
    where.push('s.warehouse_id = ?');
    args.push(f.warehouseId);
  }
  if (f.status) {
    where.push('s.status = ?');
    args.push(f.status);
  }
  return core.sqlite
    .prepare(
      `SELECT s.id, s.number, s.warehouse_id AS warehouseId, s.category_id AS categoryId, s.location_prefix AS locationPrefix, s.status, s.business_date AS businessDate,
         s.started_by AS startedBy, s.started_at AS startedAt, s.closed_at AS closedAt, s.approved_by AS approvedBy,
         s.approved_at AS approvedAt, s.adjustment_id AS adjustmentId, w.name AS warehouseName, c.name AS categoryName
       FROM stocktakes s JOIN warehouses w ON w.id = s.warehouse_id LEFT JOIN categories c ON c.id = s.category_id WHERE ${where.join(' AND ')}
       ORDER BY s.started_at DESC LIMIT ?`,
    )
    .all(...args, f.limit ?? 100) as StocktakeRow[];
}
