// The consolidated pick list (拣货单): the confirmed orders still to deliver, grouped per salesperson (customers
// have no route field; the salesperson is who plans the day's stops) or put on one van, with each product's total in
// cases + loose units and the batches to take first-expiring-first. Reads only: nothing is reserved or moved here
// (the orders' reservations already hold the stock); the delivery posts the actual FEFO moves.
import { prepared } from '../catalog/statements';
import { batchesInFefoOrder } from '../stock/fefo';
import type { Core } from '../shared/context';
import { businessDate } from '../shared/dates';
import { AppError } from '../shared/errors';
import type { PackUnit } from './sales-render';

export type PickGrouping = 'salesperson' | 'van';

export interface PickListInput {
  by: PickGrouping;
  /** Orders leaving from this warehouse only. */
  warehouseId?: string;
  /** Orders due by this day (planned delivery on or before it, or none planned). Default: all. */
  dueBy?: string;
  /** One salesperson's orders only (by 'salesperson'). */
  salespersonId?: string;
  /** The van the orders go on (by 'van': required). */
  vanId?: string;
  /** These orders only (the clerk's choice for a van); default every open order the filters match. */
  orderIds?: readonly string[];
  /** The day the goods leave: batches expired by then are not picked. Default today. */
  asOf?: string;
}

export interface PickBatch {
  batchNo: string;
  expiresOn: string | null;
  qty: number;
}

export interface PickProduct {
  productId: string;
  sku: string;
  name: string;
  baseUnit: string;
  /** The product's largest packaging unit (箱), null when it has none above the base unit. */
  pack: PackUnit | null;
  qtyBase: number;
  wholePacks: number;
  looseBase: number;
  warehouseId: string;
  warehouseName: string;
  batches: PickBatch[];
  /** Base units no unexpired batch could cover (shown so the clerk knows before loading). */
  shortBase: number;
}

export interface PickOrder {
  id: string;
  number: string;
  customerName: string;
  address: string;
  lines: number;
  amountFen: number;
}

export interface PickGroup {
  kind: PickGrouping;
  /** Employee id, van id, or '' for orders without a salesperson. */
  key: string;
  name: string;
  orders: PickOrder[];
  products: PickProduct[];
  totalBase: number;
  totalPacks: number;
  totalLoose: number;
}

export interface PickList {
  by: PickGrouping;
  asOf: string;
  groups: PickGroup[];
}

interface OpenLine {
  orderId: string;
  number: string;
  customerName: string;
  address: string;
  amountFen: number;
  groupKey: string;
  groupName: string;
  warehouseId: string;
  warehouseName: string;
  productId: string;
  sku: string;
  name: string;
  baseUnit: string;
  batchId: string | null;
  remaining: number;
}

function openLines(core: Core, input: PickListInput): OpenLine[] {
  return prepared(
    core,
    `SELECT o.id AS orderId, o.number, c.name AS customerName, c.address, o.amount_fen AS amountFen,
       coalesce(o.salesperson_id, c.salesperson_id, '') AS groupKey, coalesce(e.name, '') AS groupName,
       o.warehouse_id AS warehouseId, w.name AS warehouseName, l.product_id AS productId, p.sku, p.name, p.base_unit AS baseUnit,
       l.batch_id AS batchId, l.qty_base - l.delivered_qty_base AS remaining
     FROM sales_orders o
     JOIN customers c ON c.id = o.customer_id
     JOIN warehouses w ON w.id = o.warehouse_id
     JOIN sales_order_lines l ON l.order_id = o.id
     JOIN products p ON p.id = l.product_id
     LEFT JOIN employees e ON e.id = coalesce(o.salesperson_id, c.salesperson_id)
     WHERE o.status IN ('confirmed', 'partially_delivered') AND l.qty_base > l.delivered_qty_base
       AND (@warehouseId IS NULL OR o.warehouse_id = @warehouseId)
       AND (@dueBy IS NULL OR o.delivery_date IS NULL OR o.delivery_date <= @dueBy)
       AND (@salespersonId IS NULL OR coalesce(o.salesperson_id, c.salesperson_id) = @salespersonId)
       AND (@orderIds IS NULL OR o.id IN (SELECT value FROM json_each(@orderIds)))
     ORDER BY groupName, o.number, l.line_no`,
  ).all({
    warehouseId: input.warehouseId ?? null,
    dueBy: input.dueBy ?? null,
    salespersonId: input.salespersonId ?? null,
    orderIds: input.orderIds ? JSON.stringify(input.orderIds) : null,
  }) as OpenLine[];
}

function largestPack(core: Core, productId: string): PackUnit | null {
  const row = prepared(core, 'SELECT name, factor FROM product_units WHERE product_id = ? AND factor > 1 ORDER BY factor DESC LIMIT 1').get(productId) as
    | PackUnit
    | undefined;
  return row ?? null;
}

function batchNo(core: Core, batchId: string): { batchNo: string; expiresOn: string | null } {
  return prepared(core, 'SELECT batch_no AS batchNo, expires_on AS expiresOn FROM batches WHERE id = ?').get(batchId) as { batchNo: string; expiresOn: string | null };
}

/**
 * Allocates first-expiring-first over what is on hand, remembering what earlier groups took (`taken`, per batch), so
 * two vans are never sent to the same cases. A line that names its batch takes that batch.
 */
export class FefoPlanner {
  private readonly taken = new Map<string, number>();
  constructor(
    private readonly core: Core,
    private readonly asOf: string,
  ) {}

  plan(warehouseId: string, productId: string, qty: number, batchId: string | null): { batches: PickBatch[]; short: number } {
    const out: PickBatch[] = [];
    let left = qty;
    const stock = batchesInFefoOrder(this.core, warehouseId, productId).filter((b) => batchId === null || b.batchId === batchId);
    for (const b of stock) {
      if (left === 0) break;
      if (b.expiresOn !== null && b.expiresOn < this.asOf) continue;
      const key = `${warehouseId}/${b.batchId}`;
      const free = b.qty - (this.taken.get(key) ?? 0);
      if (free <= 0) continue;
      const take = Math.min(free, left);
      this.taken.set(key, (this.taken.get(key) ?? 0) + take);
      const same = out.find((o) => o.batchNo === b.batchNo);
      if (same) same.qty += take;
      else out.push({ batchNo: b.batchNo, expiresOn: b.expiresOn, qty: take });
      left -= take;
    }
    if (left > 0 && batchId !== null && out.length === 0) {
      // The named batch is gone: say which batch was asked for, with nothing to take.
      out.push({ ...batchNo(this.core, batchId), qty: 0 });
    }
    return { batches: out, short: left };
  }
}

export function pickList(core: Core, input: PickListInput): PickList {
  const asOf = input.asOf ?? businessDate(core.now(), core.timeZone);
  let van: { id: string; name: string } | null = null;
  if (input.by === 'van') {
    const row = input.vanId
      ? (prepared(core, `SELECT id, name, plate, kind FROM warehouses WHERE id = ?`).get(input.vanId) as { id: string; name: string; plate: string; kind: string } | undefined)
      : undefined;
    if (!row) throw new AppError('WAREHOUSE_NOT_FOUND');
    if (row.kind !== 'van') throw new AppError('WAREHOUSE_NOT_VAN', { name: row.name });
    van = { id: row.id, name: row.plate ? `${row.name} ${row.plate}` : row.name };
  }
  const lines = openLines(core, input);
  const groups = new Map<string, { name: string; lines: OpenLine[] }>();
  for (const l of lines) {
    const key = van ? van.id : l.groupKey;
    const g = groups.get(key) ?? { name: van ? van.name : l.groupName, lines: [] };
    g.lines.push(l);
    groups.set(key, g);
  }
  const planner = new FefoPlanner(core, asOf);
  const packs = new Map<string, PackUnit | null>();
  const packOf = (productId: string) => {
    if (!packs.has(productId)) packs.set(productId, largestPack(core, productId));
    return packs.get(productId) ?? null;
  };
  return {
    by: input.by,
    asOf,
    groups: [...groups.entries()].map(([key, g]) => buildGroup(input.by, key, g.name, g.lines, planner, packOf)),
  };
}

function buildGroup(kind: PickGrouping, key: string, name: string, lines: OpenLine[], planner: FefoPlanner, packOf: (id: string) => PackUnit | null): PickGroup {
  const orders = new Map<string, PickOrder>();
  // One pick row per product, warehouse and named batch (a line asking for a batch is picked apart from FEFO).
  const rows = new Map<string, { line: OpenLine; qty: number }>();
  for (const l of lines) {
    const o = orders.get(l.orderId) ?? { id: l.orderId, number: l.number, customerName: l.customerName, address: l.address, lines: 0, amountFen: l.amountFen };
    o.lines += 1;
    orders.set(l.orderId, o);
    const rowKey = `${l.warehouseId}/${l.productId}/${l.batchId ?? ''}`;
    const r = rows.get(rowKey) ?? { line: l, qty: 0 };
    r.qty += l.remaining;
    rows.set(rowKey, r);
  }
  const products = [...rows.values()]
    .sort((a, b) => a.line.sku.localeCompare(b.line.sku) || a.line.warehouseName.localeCompare(b.line.warehouseName))
    .map(({ line: l, qty }): PickProduct => {
      const pack = packOf(l.productId);
      const plan = planner.plan(l.warehouseId, l.productId, qty, l.batchId);
      const whole = pack ? Math.floor(qty / pack.factor) : 0;
      return {
        productId: l.productId,
        sku: l.sku,
        name: l.name,
        baseUnit: l.baseUnit,
        pack,
        qtyBase: qty,
        wholePacks: whole,
        looseBase: pack ? qty - whole * pack.factor : qty,
        warehouseId: l.warehouseId,
        warehouseName: l.warehouseName,
        batches: plan.batches,
        shortBase: plan.short,
      };
    });
  return {
    kind,
    key,
    name,
    orders: [...orders.values()],
    products,
    totalBase: products.reduce((s, p) => s + p.qtyBase, 0),
    totalPacks: products.reduce((s, p) => s + p.wholePacks, 0),
    totalLoose: products.reduce((s, p) => s + p.looseBase, 0),
  };
}
