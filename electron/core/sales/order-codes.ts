// Outbound trace-code scanning for a sales order (出库扫码): each case, box or bottle code scanned while picking is
// checked with trace's checkOutbound and bound to an order line (order_trace_codes); the delivery that takes the
// goods records their 'shipped' events and logs diversion (窜货) in its own transaction (shipOrderCodes).
//
// Refused, with nothing bound: unknown codes, repeats and codes nested in ones already scanned, codes not in stock
// (never received, already shipped, written off) or in another warehouse, opened cases, codes registered to another
// distributor, codes waiting on another order, a product the order does not have, more than the line has left.
// A store outside the territory is a warning: the code is bound, and the alert is logged when it ships.
import { prepared } from '../catalog/statements';
import type { Actor, Core } from '../shared/context';
import { AppError } from '../shared/errors';
import { newId } from '../shared/ids';
import type { MessageCode } from '../shared/messages';
import { mutate } from '../shared/mutate';
import { checkOutbound, descendantsOf, logDiversionAlerts, recordCodeEvents, type CheckedCode, type CodeInfo } from '../trace';
import type { SalesOrderLineView, SalesOrderView } from './order-types';
import { getOrder } from './orders-read';
import { orderStatusParams as statusParams } from './orders-status';

type FulfilmentOrder = SalesOrderView;
type FulfilmentLine = SalesOrderLineView;
const orderForFulfilment = getOrder;

/** Flags that only warn: the store is outside our territory (logged as diversion when the code ships). */
const WARNING_KINDS = new Set(['region', 'channel']);

export interface CodeWarning {
  code: MessageCode;
  params: Record<string, string | number>;
}

export interface BoundCode {
  code: string;
  lineId: string;
  lineNo: number;
  productId: string;
  productName: string;
  level: 'case' | 'box' | 'item';
  qtyBase: number;
  scannedAt: string;
  shipped: boolean;
}

export interface CodeLineProgress {
  lineId: string;
  lineNo: number;
  productId: string;
  productName: string;
  baseUnit: string;
  isGift: boolean;
  qtyBase: number;
  deliveredQtyBase: number;
  /** Scanned and waiting to ship. */
  boundQtyBase: number;
  /** Shipped with their codes. */
  shippedQtyBase: number;
}

export interface OrderCodes {
  orderId: string;
  number: string;
  lines: CodeLineProgress[];
  codes: BoundCode[];
}

export interface ScanCodeResult {
  bound: BoundCode;
  /** Territory warnings (窜货): shown to the picker now, logged when the code ships. */
  warnings: CodeWarning[];
  line: CodeLineProgress;
}

interface BindingRow {
  code: string;
  line_id: string;
  qty_base: number;
  delivery_id: string | null;
}

const bindings = (core: Core, orderId: string): BindingRow[] =>
  prepared(core, 'SELECT code, line_id, qty_base, delivery_id FROM order_trace_codes WHERE order_id = ? ORDER BY scanned_at, id').all(orderId) as BindingRow[];

const waitingQty = (rows: readonly BindingRow[], lineId: string): number =>
  rows.reduce((s, r) => s + (r.line_id === lineId && r.delivery_id === null ? r.qty_base : 0), 0);

/** The first problem of a checked code that refuses it; the warnings that do not. */
function refusalOf(core: Core, checked: CheckedCode, order: FulfilmentOrder): AppError | null {
  const refusing = checked.flags.find((f) => !WARNING_KINDS.has(f.kind));
  if (refusing) return new AppError(refusing.code, refusing.params);
  const at = checked.state?.warehouseId;
  if (at && at !== order.warehouseId) {
    const name = (prepared(core, 'SELECT name FROM warehouses WHERE id = ?').get(at) as { name: string } | undefined)?.name ?? '';
    return new AppError('SALES_CODE_OTHER_WAREHOUSE', { code: checked.code, actual: name, warehouse: order.warehouseName });
  }
  return null;
}

const warningsOf = (checked: CheckedCode): CodeWarning[] =>
  checked.flags.filter((f) => WARNING_KINDS.has(f.kind)).map((f) => ({ code: f.code, params: f.params }));

/** Another order waiting to ship this code, a case around it or a box or bottle inside it: its number. */
function waitingElsewhere(core: Core, info: CodeInfo, orderId: string): string | null {
  const related = [info.code, ...info.ancestors, ...descendantsOf(info)];
  const row = prepared(
    core,
    `SELECT o.number FROM order_trace_codes b JOIN sales_orders o ON o.id = b.order_id
     WHERE b.code IN (SELECT value FROM json_each(?)) AND b.delivery_id IS NULL AND b.order_id <> ? LIMIT 1`,
  ).get(JSON.stringify(related), orderId) as { number: string } | undefined;
  return row?.number ?? null;
}

const batchNoOf = (core: Core, batchId: string): string =>
  (prepared(core, 'SELECT batch_no AS batchNo FROM batches WHERE id = ?').get(batchId) as { batchNo: string } | undefined)?.batchNo ?? '';

/**
 * The line a code goes to: the one named, else the first line of its product with room for it. `room(line)` is what
 * the line can still take in base units.
 */
function chooseLine(core: Core, order: FulfilmentOrder, info: CodeInfo, qty: number, room: (l: FulfilmentLine) => number, lineId?: string): FulfilmentLine {
  const unit = info.product.baseUnit;
  // A line that names its batch takes only codes of that batch (codes without a batch cannot prove theirs).
  const batchOk = (l: FulfilmentLine) => l.batchId === null || batchNoOf(core, l.batchId) === (info.batch ?? '');
  const wrongBatch = (l: FulfilmentLine) =>
    new AppError('SALES_CODE_WRONG_BATCH', { code: info.code, batch: info.batch ?? '', lineNo: l.lineNo, lineBatch: batchNoOf(core, l.batchId!) });
  if (lineId) {
    const line = order.lines.find((l) => l.id === lineId);
    if (!line) throw new AppError('SALES_CODE_LINE_NOT_FOUND');
    if (line.productId !== info.productId) {
      throw new AppError('SALES_CODE_WRONG_LINE', { code: info.code, product: info.product.name, lineNo: line.lineNo, lineProduct: line.productName });
    }
    if (!batchOk(line)) throw wrongBatch(line);
    if (room(line) < qty) throw new AppError('SALES_CODE_OVER_QTY', { code: info.code, qty, unit, product: info.product.name, left: Math.max(0, room(line)) });
    return line;
  }
  const same = order.lines.filter((l) => l.productId === info.productId);
  if (same.length === 0) throw new AppError('SALES_CODE_WRONG_PRODUCT', { code: info.code, product: info.product.name, number: order.number });
  const fitting = same.filter(batchOk);
  if (fitting.length === 0) throw wrongBatch(same[0]!);
  const line = fitting.find((l) => room(l) >= qty);
  if (!line) {
    const left = fitting.reduce((s, l) => s + Math.max(0, room(l)), 0);
    throw new AppError('SALES_CODE_OVER_QTY', { code: info.code, qty, unit, product: info.product.name, left });
  }
  return line;
}

interface Candidate {
  info: CodeInfo;
  line: FulfilmentLine;
  qty: number;
  warnings: CodeWarning[];
}

/** Checks one code for the order; throws the reason it cannot go, writes nothing. */
function checkCandidate(core: Core, order: FulfilmentOrder, code: string, room: (l: FulfilmentLine) => number, lineId?: string): Candidate {
  const waiting = bindings(core, order.id).filter((b) => b.delivery_id === null);
  const checked = checkOutbound(core, [code], order.customerId, waiting.map((b) => b.code)).codes[0]!;
  const refusal = refusalOf(core, checked, order);
  if (refusal) throw refusal;
  const info = checked.info!;
  const other = waitingElsewhere(core, info, order.id);
  if (other) throw new AppError('SALES_CODE_ON_OTHER_ORDER', { code, number: other });
  if (info.quantity === null || info.quantity <= 0) throw new AppError('CODE_EMPTY', { code });
  const line = chooseLine(core, order, info, info.quantity, room, lineId);
  return { info, line, qty: info.quantity, warnings: warningsOf(checked) };
}

function insertBinding(core: Core, actor: Actor | null, order: FulfilmentOrder, c: Candidate): void {
  prepared(
    core,
    `INSERT INTO order_trace_codes (id, order_id, line_id, code, product_id, level, qty_base, scanned_at, scanned_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(newId(), order.id, c.line.id, c.info.code, c.info.productId, c.info.level, c.qty, core.now().toISOString(), actor?.userId ?? null);
}

/** Van and counter sales scan before confirming (confirming delivers at once); presales while picking. */
const SCANNABLE = new Set(['draft', 'pending_approval', 'confirmed', 'partially_delivered']);

/** Scans one code for an order while picking: checked, bound to a line, committed before the answer goes back. */
export function scanOrderCode(core: Core, actor: Actor, input: { orderId: string; code: string; lineId?: string }): ScanCodeResult {
  const code = input.code.trim();
  return mutate(
    core,
    actor,
    (r) => ({ action: 'sales.codes.scan', entity: 'sales_orders', entityId: input.orderId, data: { code: r.bound.code, lineId: r.bound.lineId, qtyBase: r.bound.qtyBase } }),
    () => {
      const order = orderForFulfilment(core, input.orderId);
      if (!SCANNABLE.has(order.status)) throw new AppError('SALES_CODE_ORDER_STATUS', statusParams(order));
      const rows = bindings(core, order.id);
      const room = (l: FulfilmentLine) => l.qtyBase - l.deliveredQtyBase - waitingQty(rows, l.id);
      const c = checkCandidate(core, order, code, room, input.lineId);
      insertBinding(core, actor, order, c);
      const view = orderCodes(core, order.id);
      return {
        bound: view.codes.find((b) => b.code === c.info.code && !b.shipped)!,
        warnings: c.warnings,
        line: view.lines.find((l) => l.lineId === c.line.id)!,
      };
    },
  );
}

/** Takes a scanned code off the order before it ships (the picker put the case back). */
export function unbindOrderCode(core: Core, actor: Actor, input: { orderId: string; code: string }): OrderCodes {
  const code = input.code.trim();
  return mutate(
    core,
    actor,
    () => ({ action: 'sales.codes.unbind', entity: 'sales_orders', entityId: input.orderId, data: { code } }),
    () => {
      const order = orderForFulfilment(core, input.orderId);
      const rows = bindings(core, order.id).filter((b) => b.code === code);
      if (rows.length === 0) throw new AppError('SALES_CODE_NOT_BOUND', { code, number: order.number });
      if (!rows.some((r) => r.delivery_id === null)) throw new AppError('SALES_CODE_SHIPPED', { code, number: order.number });
      prepared(core, 'DELETE FROM order_trace_codes WHERE order_id = ? AND code = ? AND delivery_id IS NULL').run(order.id, code);
      return orderCodes(core, order.id);
    },
  );
}

/** The order's codes, waiting and shipped, with each line's ordered, delivered, scanned and shipped quantities. */
export function orderCodes(core: Core, orderId: string): OrderCodes {
  const order = orderForFulfilment(core, orderId);
  const codes = (
    prepared(
      core,
      `SELECT b.code, b.line_id AS lineId, l.line_no AS lineNo, b.product_id AS productId, p.name AS productName, b.level,
         b.qty_base AS qtyBase, b.scanned_at AS scannedAt, b.delivery_id IS NOT NULL AS shipped
       FROM order_trace_codes b JOIN sales_order_lines l ON l.id = b.line_id JOIN products p ON p.id = b.product_id
       WHERE b.order_id = ? ORDER BY l.line_no, b.scanned_at, b.id`,
    ).all(order.id) as (Omit<BoundCode, 'shipped'> & { shipped: number })[]
  ).map((r) => ({ ...r, shipped: r.shipped === 1 }));
  const lines = order.lines.map((l) => {
    const of = codes.filter((c) => c.lineId === l.id);
    return {
      lineId: l.id,
      lineNo: l.lineNo,
      productId: l.productId,
      productName: l.productName,
      baseUnit: l.baseUnit,
      isGift: l.isGift,
      qtyBase: l.qtyBase,
      deliveredQtyBase: l.deliveredQtyBase,
      boundQtyBase: of.filter((c) => !c.shipped).reduce((s, c) => s + c.qtyBase, 0),
      shippedQtyBase: of.filter((c) => c.shipped).reduce((s, c) => s + c.qtyBase, 0),
    };
  });
  return { orderId: order.id, number: order.number, lines, codes };
}

export interface ShipCodesInput {
  orderId: string;
  /** The sales_deliveries row being posted (insert it before calling). */
  deliveryId: string;
  /** What this delivery takes from each line, in base units. */
  lines: readonly { lineId: string; qtyBase: number }[];
  /** Codes scanned at the moment of delivery (van and counter sales), bound here before shipping. */
  codes?: readonly string[];
}

export interface ShippedCodes {
  codes: string[];
  /** Diversion alerts logged for the shipment (stores outside the territory). */
  alertIds: string[];
}

/**
 * The code part of a delivery, for deliverOrder to call INSIDE its transaction (this opens none): binds the codes
 * passed in, checks that no line has more scanned than this delivery takes, checks every waiting code again (the
 * world may have moved since it was scanned), records the 'shipped' events to the store, logs diversion and marks
 * the codes shipped with the delivery. Throws (AppError) on any problem; the caller's transaction then writes nothing.
 */
export function shipOrderCodes(core: Core, actor: Actor | null, input: ShipCodesInput): ShippedCodes {
  const order = orderForFulfilment(core, input.orderId);
  const taking = new Map<string, number>();
  for (const l of input.lines) taking.set(l.lineId, (taking.get(l.lineId) ?? 0) + l.qtyBase);
  for (const raw of input.codes ?? []) {
    const code = raw.trim();
    const rows = bindings(core, order.id);
    if (rows.some((r) => r.code === code && r.delivery_id === null)) continue;
    const room = (l: FulfilmentLine) => (taking.get(l.id) ?? 0) - waitingQty(rows, l.id);
    insertBinding(core, actor, order, checkCandidate(core, order, code, room));
  }
  const waiting = bindings(core, order.id).filter((b) => b.delivery_id === null);
  if (waiting.length === 0) return { codes: [], alertIds: [] };
  for (const line of order.lines) {
    const bound = waitingQty(waiting, line.id);
    const qty = taking.get(line.id) ?? 0;
    if (bound > qty) {
      throw new AppError('SALES_CODES_OVER_DELIVERY', { lineNo: line.lineNo, product: line.productName, bound: `${bound}${line.baseUnit}`, qty: `${qty}${line.baseUnit}` });
    }
  }
  const check = checkOutbound(core, waiting.map((b) => b.code), order.customerId);
  for (const c of check.codes) {
    const refusal = refusalOf(core, c, order);
    if (refusal) throw refusal;
  }
  const codes = waiting.map((b) => b.code);
  recordCodeEvents(
    core,
    actor,
    codes.map((code) => ({ code, kind: 'shipped' as const, customerId: order.customerId, docType: 'sales_order', docId: order.id, note: order.number })),
  );
  const alertIds = logDiversionAlerts(core, actor, check.alerts, { docType: 'sales_order', docId: order.id, warehouseId: order.warehouseId });
  prepared(core, 'UPDATE order_trace_codes SET delivery_id = ?, shipped_at = ? WHERE order_id = ? AND delivery_id IS NULL').run(
    input.deliveryId,
    core.now().toISOString(),
    order.id,
  );
  return { codes, alertIds };
}
