// What a van holds and what was loaded on it (the loading list printed for the driver). Drivers see only the vans
// they drive.
import { eq } from 'drizzle-orm';
import { users } from '../../../db/schema';
import { getWarehouse, listWarehouses, type Warehouse } from '../parties/warehouses';
import type { Actor, Core } from '../shared/context';
import { AppError } from '../shared/errors';
import { stockByBatch, type BatchStockRow } from './batch-stock';
import { documentView } from './doc-views';

function employeeOf(core: Core, actor: Actor): string | null {
  return core.db.select({ employeeId: users.employeeId }).from(users).where(eq(users.id, actor.userId)).get()?.employeeId ?? null;
}

/** The vans an actor may see: all of them, or for a driver the ones assigned to their employee record. */
export function vansFor(core: Core, actor: Actor): Warehouse[] {
  const vans = listWarehouses(core, { kind: 'van' });
  if (actor.role !== 'driver') return vans;
  const employeeId = employeeOf(core, actor);
  return vans.filter((v) => employeeId !== null && v.driverId === employeeId);
}

export function vanFor(core: Core, actor: Actor, vanId: string): Warehouse {
  const van = getWarehouse(core, vanId);
  if (van.kind !== 'van') throw new AppError('WAREHOUSE_NOT_VAN', { name: van.name });
  if (actor.role === 'driver' && (van.driverId === null || van.driverId !== employeeOf(core, actor))) throw new AppError('VAN_NOT_YOURS');
  return van;
}

export interface VanStock {
  van: Warehouse;
  batches: BatchStockRow[];
  products: { productId: string; sku: string; name: string; baseUnit: string; qty: number }[];
}

export function vanStock(core: Core, actor: Actor, vanId: string): VanStock {
  const van = vanFor(core, actor, vanId);
  const batches = stockByBatch(core, { warehouseId: vanId, limit: 10_000 }).filter((b) => b.qty > 0);
  const products = new Map<string, VanStock['products'][number]>();
  for (const b of batches) {
    const p = products.get(b.productId) ?? { productId: b.productId, sku: b.sku, name: b.name, baseUnit: b.baseUnit, qty: 0 };
    p.qty += b.qty;
    products.set(b.productId, p);
  }
  return { van, batches, products: [...products.values()] };
}

export interface LoadingList {
  number: string;
  businessDate: string;
  from: string;
  van: { name: string; plate: string; driverName: string | null };
  lines: {
    lineNo: number;
    sku: string;
    name: string;
    unitName: string;
    qty: number;
    qtyBase: number;
    /** "3箱2瓶"-style split is left to the template: whole units and the rest in base units. */
    whole: number;
    rest: number;
    batches: { batchNo: string; expiresOn: string | null; qty: number }[];
  }[];
  totalBase: number;
}

/** A van load as data for the printed loading list (装车单). */
export function loadingList(core: Core, actor: Actor, docId: string): LoadingList {
  const view = documentView(core, docId);
  if (view.doc.type !== 'van_load') throw new AppError('STOCK_DOC_NOT_FOUND');
  const van = vanFor(core, actor, view.doc.toWarehouseId!);
  const lines = view.lines.map((l) => {
    const batches = new Map<string, { batchNo: string; expiresOn: string | null; qty: number }>();
    for (const m of view.moves) {
      if (m.lineNo !== l.lineNo || m.warehouseId !== van.id) continue;
      const b = batches.get(m.batchId) ?? { batchNo: m.batchNo, expiresOn: m.expiresOn, qty: 0 };
      b.qty += m.qty;
      batches.set(m.batchId, b);
    }
    return {
      lineNo: l.lineNo,
      sku: l.sku,
      name: l.name,
      unitName: l.unitName,
      qty: l.qty,
      qtyBase: l.qtyBase,
      whole: Math.trunc(l.qtyBase / l.factor),
      rest: l.qtyBase % l.factor,
      batches: [...batches.values()],
    };
  });
  return {
    number: view.doc.number,
    businessDate: view.doc.businessDate,
    from: view.warehouseName,
    van: { name: van.name, plate: van.plate, driverName: van.driverName },
    lines,
    totalBase: lines.reduce((a, l) => a + l.qtyBase, 0),
  };
}
