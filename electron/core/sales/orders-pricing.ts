// Pricing an order: a line's price from the customer's price list, then after every change the whole order is
// worked out again — promotions (E's applyPromotions: discounts on lines, gift lines at zero price), the order
// discount spread over the lines with allocate() so the lines sum exactly to it, and the order's totals.
import { prepared } from '../catalog/statements';
import type { Core } from '../shared/context';
import { AppError } from '../shared/errors';
import { newId } from '../shared/ids';
import { allocate, assertFen, formatYuan } from '../shared/money';
import { productBatch } from '../stock/batches';
import { lineUnit, stockProduct, toBase } from '../stock/products';
import { orderLines, type LineRow, type OrderRow } from './orders-read';
import { applyPromotions } from './promotions';

/** Fen that must be a whole, non-negative number (a price, a discount). */
export function assertNonNegativeFen(value: number): number {
  assertFen(value);
  if (value < 0) throw new AppError('MONEY_FORMAT', { value: formatYuan(value) });
  return value;
}

/** The customer's price-list price of a unit; a unit without its own price is priced from the base unit's. */
export function listPrice(core: Core, customerId: string, productId: string, unitId: string, factor: number): number | null {
  // Point look-ups on the (price list, unit) key: this runs for every line entered.
  const list = (prepared(core, 'SELECT price_list_id AS id FROM customers WHERE id = ?').get(customerId) as { id: string | null } | undefined)?.id;
  if (!list) return null;
  const price = prepared(core, 'SELECT price FROM prices WHERE price_list_id = ? AND unit_id = ?');
  const own = price.get(list, unitId) as { price: number } | undefined;
  if (own) return own.price;
  if (factor === 1) return null;
  const base = prepared(core, 'SELECT id FROM product_units WHERE product_id = ? AND factor = 1').get(productId) as { id: string } | undefined;
  const basePrice = base ? (price.get(list, base.id) as { price: number } | undefined) : undefined;
  return basePrice ? basePrice.price * factor : null;
}

export interface LineDraft {
  productId: string;
  unitId?: string | null;
  qty: number;
  priceFen?: number | null;
  lineDiscountFen?: number;
  isGift?: boolean;
  /** 返利货: a gift paid out of the store's goods entitlement (checked on adding, used on delivery). */
  rebateGoods?: boolean;
  batchId?: string | null;
  note?: string;
}

/** A line as it will be stored (before promotions and the order discount): unit, factor, base qty, price, gross. */
export function prepareOrderLine(core: Core, customerId: string, input: LineDraft): Omit<LineRow, 'id' | 'orderId' | 'lineNo'> {
  const product = stockProduct(core, input.productId);
  const unit = lineUnit(core, product, input.unitId);
  const qtyBase = toBase(product, input.qty, unit.factor);
  const batch = input.batchId ? productBatch(core, product, input.batchId) : null;
  const list = listPrice(core, customerId, product.id, unit.id, unit.factor);
  const rebateGoods = input.rebateGoods ?? false;
  const isGift = rebateGoods || (input.isGift ?? false);
  const price = isGift ? 0 : (input.priceFen ?? list);
  if (price === null) throw new AppError('SALES_PRICE_MISSING', { product: product.name, unit: unit.name });
  assertNonNegativeFen(price);
  const gross = price * input.qty;
  assertFen(gross);
  const lineDiscount = isGift ? 0 : assertNonNegativeFen(input.lineDiscountFen ?? 0);
  if (lineDiscount > gross) {
    throw new AppError('SALES_DISCOUNT_TOO_BIG', { product: product.name, discount: formatYuan(lineDiscount), amount: formatYuan(gross) });
  }
  return {
    productId: product.id,
    unitId: unit.id,
    unitName: unit.name,
    factor: unit.factor,
    qty: input.qty,
    qtyBase,
    priceFen: price,
    listPriceFen: list,
    grossFen: gross,
    lineDiscountFen: lineDiscount,
    promoDiscountFen: 0,
    orderDiscountFen: 0,
    netFen: gross - lineDiscount,
    isGift,
    rebateGoods,
    promotionId: null,
    promoValueFen: 0,
    batchId: batch?.id ?? null,
    deliveredQtyBase: 0,
    note: input.note ?? '',
  };
}

const INSERT_LINE = `INSERT INTO sales_order_lines (id, order_id, line_no, product_id, unit_id, unit_name, factor, qty, qty_base,
  price_fen, list_price_fen, gross_fen, line_discount_fen, promo_discount_fen, order_discount_fen, net_fen, is_gift,
  promotion_id, promo_value_fen, rebate_goods, batch_id, delivered_qty_base, note)
  VALUES (@id, @orderId, @lineNo, @productId, @unitId, @unitName, @factor, @qty, @qtyBase, @priceFen, @listPriceFen, @grossFen,
  @lineDiscountFen, @promoDiscountFen, @orderDiscountFen, @netFen, @isGift, @promotionId, @promoValueFen, @rebateGoods, @batchId,
  @deliveredQtyBase, @note)`;

export function insertOrderLine(core: Core, line: LineRow): void {
  prepared(core, INSERT_LINE).run({ ...line, isGift: line.isGift ? 1 : 0, rebateGoods: line.rebateGoods ? 1 : 0 });
}

/**
 * Works the order out again from its lines: promotion gifts and discounts, the order discount spread over the
 * paying lines, every line's net and the order's totals. Runs inside the caller's transaction.
 */
export function repriceOrder(core: Core, order: OrderRow): OrderRow {
  // Promotion gifts are derived: drop them and let the promotions give them again.
  prepared(core, 'DELETE FROM sales_order_lines WHERE order_id = ? AND is_gift = 1 AND promotion_id IS NOT NULL').run(order.id);
  const lines = orderLines(core, order.id);
  const paying = lines.filter((l) => !l.isGift);
  const promo = applyPromotions(core, {
    customerId: order.customerId,
    businessDate: order.businessDate,
    lines: paying.map((l) => ({ lineKey: l.id, productId: l.productId, qtyBase: l.qtyBase, amountFen: l.grossFen - l.lineDiscountFen })),
  });
  for (const l of lines) {
    l.promoDiscountFen = 0;
    l.promotionId = null;
  }
  for (const d of promo.discounts) {
    const line = paying.find((l) => l.id === d.lineKey);
    if (!line || d.discountFen <= 0) continue;
    line.promoDiscountFen += d.discountFen;
    line.promotionId ??= d.promotionId;
  }
  const bases = paying.map((l) => l.grossFen - l.lineDiscountFen - l.promoDiscountFen);
  const payable = bases.reduce((a, b) => a + b, 0);
  if (order.orderDiscountFen > payable) {
    throw new AppError('SALES_ORDER_DISCOUNT_TOO_BIG', { discount: formatYuan(order.orderDiscountFen), amount: formatYuan(payable) });
  }
  const shares = allocate(order.orderDiscountFen, bases);
  paying.forEach((l, i) => {
    l.orderDiscountFen = shares[i] ?? 0;
    l.netFen = bases[i]! - l.orderDiscountFen;
  });
  const update = prepared(
    core,
    `UPDATE sales_order_lines SET promo_discount_fen = ?, promotion_id = ?, order_discount_fen = ?, net_fen = ? WHERE id = ?`,
  );
  for (const l of lines) update.run(l.promoDiscountFen, l.promotionId, l.orderDiscountFen, l.netFen, l.id);

  let lineNo = lines.reduce((m, l) => Math.max(m, l.lineNo), 0);
  for (const g of promo.gifts) {
    const product = stockProduct(core, g.productId);
    const unit = lineUnit(core, product, null);
    insertOrderLine(core, {
      id: newId(),
      orderId: order.id,
      lineNo: ++lineNo,
      productId: product.id,
      unitId: unit.id,
      unitName: unit.name,
      factor: unit.factor,
      qty: g.qtyBase,
      qtyBase: g.qtyBase,
      priceFen: 0,
      listPriceFen: null,
      grossFen: 0,
      lineDiscountFen: 0,
      promoDiscountFen: 0,
      orderDiscountFen: 0,
      netFen: 0,
      isGift: true,
      rebateGoods: false,
      promotionId: g.promotionId,
      promoValueFen: g.valueFen,
      batchId: null,
      deliveredQtyBase: 0,
      note: '',
    });
  }
  const grossFen = paying.reduce((s, l) => s + l.grossFen, 0);
  const amountFen = paying.reduce((s, l) => s + l.netFen, 0);
  const totals = { grossFen, discountFen: grossFen - amountFen, amountFen };
  prepared(core, 'UPDATE sales_orders SET gross_fen = ?, discount_fen = ?, amount_fen = ?, updated_at = ? WHERE id = ?').run(
    totals.grossFen,
    totals.discountFen,
    totals.amountFen,
    core.now().toISOString(),
    order.id,
  );
  return { ...order, ...totals };
}
