// Entering an order: create, change the header, add / change / remove lines. Each is one transaction with its
// audit row, and ends by pricing the whole order again. Only draft and pending orders change; a change to a pending
// order sends it back to draft (approvals already given still count for what did not change).
import { eq } from 'drizzle-orm';
import { users } from '../../../db/schema';
import { prepared } from '../catalog/statements';
import { assertEmployee } from '../finance/employees';
import type { Actor, Core } from '../shared/context';
import { businessDate } from '../shared/dates';
import { nextDocNumber } from '../shared/doc-numbers';
import { AppError } from '../shared/errors';
import { newId } from '../shared/ids';
import { mutate } from '../shared/mutate';
import { assertBusinessDate } from '../shared/period-lock';
import { stockWarehouse } from '../stock/warehouses';
import type { SalesOrderKind, SalesOrderView } from './order-types';
import { assertNonNegativeFen, insertOrderLine, prepareOrderLine, repriceOrder, type LineDraft } from './orders-pricing';
import { getOrder, orderLines, orderRow, type OrderRow } from './orders-read';
import { orderStatusParams } from './orders-status';
import { assertRebateGoodsOwed } from './rebate-goods';

export const employeeOfActor = (core: Core, actor: Actor): string | null =>
  core.db.select({ employeeId: users.employeeId }).from(users).where(eq(users.id, actor.userId)).get()?.employeeId ?? null;

const KIND_NAMES: Record<SalesOrderKind, string> = { presale: '访销单', van: '车销单', counter: '门市单' };

/** The warehouse fits the kind (van sales from a van, the others from a main warehouse); drivers sell from their own van. */
export function assertSellingPlace(core: Core, actor: Actor, kind: SalesOrderKind, warehouseId: string): { driverId: string | null } {
  const w = stockWarehouse(core, warehouseId);
  const wanted = kind === 'van' ? 'van' : 'main';
  if (w.kind !== wanted) throw new AppError('SALES_WAREHOUSE_KIND', { kind: KIND_NAMES[kind], expected: wanted === 'van' ? '车辆' : '主仓', name: w.name });
  if (actor.role === 'driver') {
    if (kind !== 'van') throw new AppError('SALES_DRIVER_KIND');
    const me = employeeOfActor(core, actor);
    if (!me || w.driverId !== me) throw new AppError('SALES_VAN_NOT_YOURS');
  }
  return { driverId: w.driverId };
}

/** An order the actor may change now: draft or pending approval, and for a driver one of their own van. */
export function editableOrder(core: Core, actor: Actor, id: string): OrderRow {
  const order = orderRow(core, id);
  if (order.status !== 'draft' && order.status !== 'pending_approval') {
    throw new AppError('SALES_ORDER_NOT_EDITABLE', orderStatusParams(order));
  }
  assertSellingPlace(core, actor, order.kind, order.warehouseId);
  return order;
}

function assertCustomer(core: Core, id: string): void {
  const row = prepared(core, 'SELECT active FROM customers WHERE id = ?').get(id) as { active: number } | undefined;
  if (!row) throw new AppError('CUSTOMER_NOT_FOUND');
}

export interface CreateOrderInput {
  kind: SalesOrderKind;
  customerId: string;
  warehouseId: string;
  salespersonId?: string | null;
  deliveryDate?: string | null;
  orderDiscountFen?: number;
  note?: string;
  lines?: LineDraft[];
}

/** Writes a new draft order with its lines, priced; inside the caller's transaction. */
export function insertOrder(core: Core, actor: Actor, input: CreateOrderInput): OrderRow {
  assertCustomer(core, input.customerId);
  const place = assertSellingPlace(core, actor, input.kind, input.warehouseId);
  if (input.deliveryDate) assertBusinessDate(input.deliveryDate);
  const customerSalesperson = (prepared(core, 'SELECT salesperson_id AS id FROM customers WHERE id = ?').get(input.customerId) as { id: string | null }).id;
  const salespersonId =
    input.salespersonId ?? (input.kind === 'van' ? place.driverId : null) ?? customerSalesperson ?? employeeOfActor(core, actor);
  if (salespersonId) assertEmployee(core, salespersonId);
  const now = core.now().toISOString();
  const order: OrderRow = {
    id: newId(),
    number: nextDocNumber(core, 'SO'),
    kind: input.kind,
    status: 'draft',
    customerId: input.customerId,
    warehouseId: input.warehouseId,
    salespersonId,
    businessDate: businessDate(core.now(), core.timeZone),
    deliveryDate: input.deliveryDate ?? null,
    orderDiscountFen: assertNonNegativeFen(input.orderDiscountFen ?? 0),
    grossFen: 0,
    discountFen: 0,
    amountFen: 0,
    deliveredFen: 0,
    note: input.note ?? '',
  };
  prepared(
    core,
    `INSERT INTO sales_orders (id, number, kind, status, customer_id, warehouse_id, salesperson_id, business_date, delivery_date,
       order_discount_fen, note, created_by, created_at, updated_at)
     VALUES (@id, @number, @kind, @status, @customerId, @warehouseId, @salespersonId, @businessDate, @deliveryDate,
       @orderDiscountFen, @note, @createdBy, @now, @now)`,
  ).run({ ...order, createdBy: actor.userId, now });
  (input.lines ?? []).forEach((l, i) => insertOrderLine(core, { ...prepareOrderLine(core, order.customerId, l), id: newId(), orderId: order.id, lineNo: i + 1 }));
  return repriceOrder(core, order);
}

export function createOrder(core: Core, actor: Actor, input: CreateOrderInput): SalesOrderView {
  return mutate(
    core,
    actor,
    (o) => ({ action: 'salesOrders.create', entity: 'sales_order', entityId: o.id, data: { number: o.number, kind: o.kind, lines: o.lines.length, amountFen: o.amountFen } }),
    () => {
      const order = insertOrder(core, actor, input);
      assertRebateGoodsOwed(core, order);
      return getOrder(core, order.id);
    },
  );
}

/** Runs a change on an editable order, sends a pending order back to draft, prices it again. */
function change(core: Core, actor: Actor, orderId: string, action: string, data: unknown, fn: (order: OrderRow) => OrderRow | void): SalesOrderView {
  return mutate(
    core,
    actor,
    () => ({ action, entity: 'sales_order', entityId: orderId, data }),
    () => {
      const order = editableOrder(core, actor, orderId);
      const changed = fn(order) ?? order;
      assertRebateGoodsOwed(core, changed);
      if (changed.status === 'pending_approval') prepared(core, "UPDATE sales_orders SET status = 'draft' WHERE id = ?").run(orderId);
      repriceOrder(core, { ...changed, status: 'draft' });
      return getOrder(core, orderId);
    },
  );
}

export interface UpdateOrderInput {
  id: string;
  customerId?: string;
  warehouseId?: string;
  salespersonId?: string | null;
  deliveryDate?: string | null;
  orderDiscountFen?: number;
  note?: string;
}

export function updateOrder(core: Core, actor: Actor, input: UpdateOrderInput): SalesOrderView {
  return change(core, actor, input.id, 'salesOrders.update', input, (order) => {
    const next: OrderRow = { ...order };
    if (input.customerId !== undefined) {
      assertCustomer(core, input.customerId);
      next.customerId = input.customerId;
    }
    if (input.warehouseId !== undefined) {
      assertSellingPlace(core, actor, order.kind, input.warehouseId);
      next.warehouseId = input.warehouseId;
    }
    if (input.salespersonId !== undefined) {
      if (input.salespersonId) assertEmployee(core, input.salespersonId);
      next.salespersonId = input.salespersonId;
    }
    if (input.deliveryDate !== undefined) next.deliveryDate = input.deliveryDate ? assertBusinessDate(input.deliveryDate) : null;
    if (input.orderDiscountFen !== undefined) next.orderDiscountFen = assertNonNegativeFen(input.orderDiscountFen);
    if (input.note !== undefined) next.note = input.note;
    prepared(
      core,
      `UPDATE sales_orders SET customer_id = @customerId, warehouse_id = @warehouseId, salesperson_id = @salespersonId,
         delivery_date = @deliveryDate, order_discount_fen = @orderDiscountFen, note = @note WHERE id = @id`,
    ).run(next);
    return next;
  });
}

export function addLine(core: Core, actor: Actor, input: { orderId: string; line: LineDraft }): SalesOrderView {
  return change(core, actor, input.orderId, 'salesOrders.addLine', input.line, (order) => {
    const last = (prepared(core, 'SELECT coalesce(MAX(line_no), 0) AS n FROM sales_order_lines WHERE order_id = ?').get(order.id) as { n: number }).n;
    insertOrderLine(core, { ...prepareOrderLine(core, order.customerId, input.line), id: newId(), orderId: order.id, lineNo: last + 1 });
  });
}

export interface UpdateLineInput {
  orderId: string;
  lineId: string;
  unitId?: string | null;
  qty?: number;
  priceFen?: number | null;
  lineDiscountFen?: number;
  isGift?: boolean;
  batchId?: string | null;
  note?: string;
}

function ownLine(core: Core, order: OrderRow, lineId: string) {
  const line = orderLines(core, order.id).find((l) => l.id === lineId);
  if (!line) throw new AppError('SALES_LINE_NOT_FOUND', { number: order.number });
  if (line.isGift && line.promotionId) {
    const name = (prepared(core, 'SELECT name FROM products WHERE id = ?').get(line.productId) as { name: string }).name;
    throw new AppError('SALES_LINE_PROMO', { product: name });
  }
  return line;
}

export function updateLine(core: Core, actor: Actor, input: UpdateLineInput): SalesOrderView {
  return change(core, actor, input.orderId, 'salesOrders.updateLine', input, (order) => {
    const line = ownLine(core, order, input.lineId);
    // A new unit, or a gift turned into a sale, takes the list price unless a price is given.
    const reprice = (input.unitId !== undefined && input.unitId !== line.unitId) || (line.isGift && input.isGift === false);
    const draft: LineDraft = {
      productId: line.productId,
      unitId: input.unitId !== undefined ? input.unitId : line.unitId,
      qty: input.qty ?? line.qty,
      priceFen: input.priceFen !== undefined ? input.priceFen : reprice ? null : line.priceFen,
      lineDiscountFen: input.lineDiscountFen ?? line.lineDiscountFen,
      isGift: input.isGift ?? line.isGift,
      rebateGoods: line.rebateGoods,
      batchId: input.batchId !== undefined ? input.batchId : line.batchId,
      note: input.note ?? line.note,
    };
    const next = prepareOrderLine(core, order.customerId, draft);
    prepared(
      core,
      `UPDATE sales_order_lines SET unit_id = @unitId, unit_name = @unitName, factor = @factor, qty = @qty, qty_base = @qtyBase,
         price_fen = @priceFen, list_price_fen = @listPriceFen, gross_fen = @grossFen, line_discount_fen = @lineDiscountFen,
         net_fen = @netFen, is_gift = @isGift, batch_id = @batchId, note = @note WHERE id = @id`,
    ).run({ ...next, isGift: next.isGift ? 1 : 0, id: line.id });
  });
}

export function removeLine(core: Core, actor: Actor, input: { orderId: string; lineId: string }): SalesOrderView {
  return change(core, actor, input.orderId, 'salesOrders.removeLine', input, (order) => {
    const line = ownLine(core, order, input.lineId);
    // An approval given for the line stays on record (its subject names the line); it just no longer points at it.
    prepared(core, 'UPDATE sales_approvals SET line_id = NULL WHERE line_id = ?').run(line.id);
    prepared(core, 'DELETE FROM sales_order_lines WHERE id = ?').run(line.id);
  });
}
