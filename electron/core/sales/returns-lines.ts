// Turning what a person entered on a return document into priced lines (reads only; runs inside create and again
// inside post, so a return posted later is checked against what other returns took back meanwhile).
//
// Prices:
//   - a return against its order takes the order line's net (after line, promotion and order discounts) for the
//     share returned, cumulatively rounded: returning a whole line in parts credits exactly its net amount;
//   - a return without an order takes the customer's last net price of the product (D's lastPrices), then the
//     price-list price, or a price typed on the line;
//   - an exchange line: a typed price, else the last price, else the list price; a gift line is free.
// Quantities: a return never takes back more of an order line than was delivered minus what posted returns (not
// reversed) and earlier lines of the same document already took back.
import { prepared } from '../catalog/statements';
import { underField } from '../imports/field-error';
import type { Core } from '../shared/context';
import { AppError } from '../shared/errors';
import { mulDiv } from '../shared/money';
import { lineUnit, stockProduct, toBase, type StockProduct } from '../stock/products';
import { orderLines, orderRow, lastPrices, type LineRow, type OrderRow } from './orders-read';
import { listPrice } from './orders-pricing';

export type ReturnLineKind = 'return' | 'exchange' | 'gift';
export type ReturnCondition = 'saleable' | 'damaged';
export type PriceSource = 'order' | 'last' | 'list' | 'manual' | 'gift';

export interface ReturnLineDraft {
  kind: ReturnLineKind;
  condition?: ReturnCondition;
  orderLineId?: string | null;
  productId?: string | null;
  unitId?: string | null;
  qty: number;
  priceFen?: number | null;
  batchId?: string | null;
  codes?: readonly string[];
  note?: string;
}

export interface ReturnHeadDraft {
  customerId: string;
  warehouseId: string;
  orderId?: string | null;
}

export interface PricedLine {
  kind: ReturnLineKind;
  condition: ReturnCondition | null;
  product: StockProduct;
  productId: string;
  unitId: string;
  unitName: string;
  factor: number;
  qty: number;
  qtyBase: number;
  priceFen: number;
  amountFen: number;
  priceSource: PriceSource;
  orderLineId: string | null;
  batchId: string | null;
  codes: string[];
  note: string;
}

/** Base units of an order line taken back by posted returns that are not reversed. */
export function returnedQtyBase(core: Core, orderLineId: string, exceptReturnId: string | null = null): number {
  const row = prepared(
    core,
    `SELECT coalesce(sum(l.qty_base), 0) AS q FROM sales_return_lines l JOIN sales_returns r ON r.id = l.return_id
     WHERE l.order_line_id = ? AND l.kind = 'return' AND r.status = 'posted' AND r.id IS NOT ?`,
  ).get(orderLineId, exceptReturnId) as { q: number };
  return row.q;
}

/**
 * Whether posted returns (not reversed) took goods of this order back: reversing the order's deliveries would then
 * bring those goods back twice, so the order's reversal should refuse until the returns are reversed.
 */
export function orderHasPostedReturns(core: Core, orderId: string): boolean {
  return (
    prepared(
      core,
      `SELECT 1 FROM sales_returns r WHERE r.order_id = ? AND r.status = 'posted'
         AND EXISTS (SELECT 1 FROM sales_return_lines l WHERE l.return_id = r.id AND l.kind = 'return') LIMIT 1`,
    ).get(orderId) !== undefined
  );
}

/** The customer's last net price of a product for a unit of `factor` base units; null when never sold to them. */
export function lastPriceFor(core: Core, customerId: string, productId: string, factor: number): number | null {
  const last = lastPrices(core, customerId, [productId])[0];
  if (!last) return null;
  return last.factor === factor ? last.netPriceFen : mulDiv(last.netPriceFen, factor, last.factor);
}

function fromOrder(core: Core, order: OrderRow, lines: Map<string, LineRow>, d: ReturnLineDraft, taken: Map<string, number>, returnId: string | null): PricedLine {
  const line = d.orderLineId ? lines.get(d.orderLineId) : undefined;
  if (!line) throw new AppError('SALES_RETURN_ORDER_LINE', { number: order.number });
  const product = stockProduct(core, line.productId);
  if (d.productId && d.productId !== line.productId) throw new AppError('SALES_RETURN_ORDER_LINE', { number: order.number });
  if (d.priceFen != null) throw new AppError('SALES_RETURN_PRICE_FROM_ORDER', { product: product.name });
  const unit = lineUnit(core, product, d.unitId ?? line.unitId);
  const qtyBase = toBase(product, d.qty, unit.factor);
  const returned = returnedQtyBase(core, line.id, returnId);
  const before = returned + (taken.get(line.id) ?? 0);
  const open = line.deliveredQtyBase - before;
  if (qtyBase > open) {
    throw new AppError('SALES_RETURN_TOO_MANY', { product: product.name, open: Math.max(0, open), delivered: line.deliveredQtyBase, returned: before, qty: qtyBase });
  }
  taken.set(line.id, (taken.get(line.id) ?? 0) + qtyBase);
  const amountFen = mulDiv(line.netFen, before + qtyBase, line.qtyBase) - mulDiv(line.netFen, before, line.qtyBase);
  return {
    ...common(d, product, unit, qtyBase),
    priceFen: mulDiv(line.netFen, unit.factor, line.qtyBase),
    amountFen,
    priceSource: 'order',
    orderLineId: line.id,
  };
}

function common(d: ReturnLineDraft, product: StockProduct, unit: { id: string; name: string; factor: number }, qtyBase: number) {
  return {
    kind: d.kind,
    condition: d.kind === 'return' ? (d.condition ?? 'saleable') : null,
    product,
    productId: product.id,
    unitId: unit.id,
    unitName: unit.name,
    factor: unit.factor,
    qty: d.qty,
    qtyBase,
    batchId: d.batchId ?? null,
    codes: [...(d.codes ?? [])],
    note: d.note ?? '',
  };
}

function priced(core: Core, customerId: string, d: ReturnLineDraft): PricedLine {
  if (!d.productId) throw new AppError('PRODUCT_NOT_FOUND');
  const product = stockProduct(core, d.productId);
  const unit = lineUnit(core, product, d.unitId);
  const qtyBase = toBase(product, d.qty, unit.factor);
  const base = common(d, product, unit, qtyBase);
  if (d.kind === 'gift') return { ...base, priceFen: 0, amountFen: 0, priceSource: 'gift', orderLineId: null };
  let price: number | null = d.priceFen ?? null;
  let source: PriceSource = 'manual';
  if (price === null) [price, source] = [lastPriceFor(core, customerId, product.id, unit.factor), 'last'];
  if (price === null) [price, source] = [listPrice(core, customerId, product.id, unit.id, unit.factor), 'list'];
  if (price === null) throw new AppError('SALES_RETURN_PRICE_MISSING', { product: product.name });
  return { ...base, priceFen: price, amountFen: price * d.qty, priceSource: source, orderLineId: null };
}

/** Prices and checks every line; errors name the line (lines.N). */
export function priceReturnLines(core: Core, head: ReturnHeadDraft, drafts: readonly ReturnLineDraft[], returnId: string | null = null): PricedLine[] {
  const order = head.orderId ? orderRow(core, head.orderId) : null;
  if (order && order.customerId !== head.customerId) throw new AppError('SALES_RETURN_ORDER_CUSTOMER', { number: order.number });
  const lines = new Map(order ? orderLines(core, order.id).map((l) => [l.id, l]) : []);
  const taken = new Map<string, number>();
  return drafts.map((d, i) =>
    underField(`lines.${i}`, () => {
      if (d.kind !== 'return' && d.codes && d.codes.length > 0) {
        throw new AppError('SALES_RETURN_CODES_ON_OUT', { product: d.productId ? stockProduct(core, d.productId).name : '' });
      }
      if (d.kind === 'return' && order) return fromOrder(core, order, lines, d, taken, returnId);
      if (d.orderLineId) throw new AppError('SALES_RETURN_NO_ORDER_LINE');
      return priced(core, head.customerId, d);
    }),
  );
}
