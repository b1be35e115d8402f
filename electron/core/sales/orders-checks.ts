// What confirming an order needs from the owner, or refuses outright:
//   - a line whose selling price (after its line discount and its share of the order discount; promotions are the
//     brand's own and do not count) is outside the brand's price limit (限价) for the product;
//   - an order that takes the customer past the credit limit: what they owe now (finance balance, prepayments
//     counted) + confirmed orders not yet delivered + this order − what is paid on the spot (credit limit 0 = none);
//   - a customer with an invoice overdue by more than the days allowed in customer_credit_terms.
// Price breaches follow the setting sales.priceLimitPolicy, credit breaches the customer's policy: 'approval' (the
// owner approves with a reason) or 'block' (refused). An approval covers its `subject`: the line at that price, the
// order at that amount, that overdue invoice; change them and it no longer counts.
import { eq } from 'drizzle-orm';
import { settings } from '../../../db/schema';
import { prepared } from '../catalog/statements';
import { customerBalance } from '../finance/balances';
import type { Actor, Core } from '../shared/context';
import { businessDate } from '../shared/dates';
import { AppError } from '../shared/errors';
import { formatYuan, mulDiv } from '../shared/money';
import { mutate } from '../shared/mutate';
import type { CreditPolicy, NeededApproval } from './order-types';
import type { LineRow, OrderRow } from './orders-read';

export const PRICE_POLICY_KEY = 'sales.priceLimitPolicy';

export function priceLimitPolicy(core: Core): CreditPolicy {
  const value = core.db.select({ value: settings.value }).from(settings).where(eq(settings.key, PRICE_POLICY_KEY)).get()?.value;
  return value === 'block' ? 'block' : 'approval';
}

export function setPriceLimitPolicy(core: Core, actor: Actor, policy: CreditPolicy): CreditPolicy {
  if (policy !== 'approval' && policy !== 'block') throw new AppError('SALES_POLICY');
  return mutate(
    core,
    actor,
    () => ({ action: 'sales.setPriceLimitPolicy', entity: 'settings', entityId: PRICE_POLICY_KEY, data: { policy } }),
    () => {
      const updatedAt = core.now().toISOString();
      core.db.insert(settings).values({ key: PRICE_POLICY_KEY, value: policy, updatedAt }).onConflictDoUpdate({ target: settings.key, set: { value: policy, updatedAt } }).run();
      return policy;
    },
  );
}

interface LimitRow {
  unitName: string;
  factor: number;
  minPrice: number | null;
  maxPrice: number | null;
}

/** The product's price limit: on the line's unit if set there, else on its smallest limited unit. */
function limitFor(core: Core, productId: string, unitId: string | null): LimitRow | undefined {
  return prepared(
    core,
    `SELECT u.name AS unitName, u.factor, l.min_price AS minPrice, l.max_price AS maxPrice
     FROM price_limits l JOIN product_units u ON u.id = l.unit_id
     WHERE l.product_id = ? ORDER BY l.unit_id = ? DESC, u.factor LIMIT 1`,
  ).get(productId, unitId) as LimitRow | undefined;
}

export interface BlockOrNeed {
  need: NeededApproval;
  policy: CreditPolicy;
}

export function priceChecks(core: Core, lines: readonly (LineRow & { productName: string })[]): BlockOrNeed[] {
  const policy = priceLimitPolicy(core);
  const out: BlockOrNeed[] = [];
  for (const l of lines) {
    if (l.isGift) continue;
    const limit = limitFor(core, l.productId, l.unitId);
    if (!limit) continue;
    // Compare per base unit without dividing: selling = N / qtyBase, limit = P / factor.
    const selling = l.grossFen - l.lineDiscountFen - l.orderDiscountFen;
    const below = limit.minPrice !== null && selling * limit.factor < limit.minPrice * l.qtyBase;
    const above = limit.maxPrice !== null && selling * limit.factor > limit.maxPrice * l.qtyBase;
    if (!below && !above) continue;
    const unitPrice = mulDiv(selling, 1, l.qty);
    const params = {
      product: l.productName,
      price: formatYuan(unitPrice),
      unit: l.unitName,
      min: limit.minPrice === null ? '-' : formatYuan(limit.minPrice),
      max: limit.maxPrice === null ? '-' : formatYuan(limit.maxPrice),
      limitUnit: limit.unitName,
    };
    out.push({
      policy,
      need: {
        kind: 'price_limit',
        lineId: l.id,
        subject: `price:${l.id}:${selling}:${l.qtyBase}`,
        code: below ? 'SALES_PRICE_BELOW_LIMIT' : 'SALES_PRICE_ABOVE_LIMIT',
        params,
        detail: { lineNo: l.lineNo, productId: l.productId, priceFen: unitPrice, unitName: l.unitName, minPriceFen: limit.minPrice, maxPriceFen: limit.maxPrice, limitUnit: limit.unitName },
      },
    });
  }
  return out;
}

interface CustomerCredit {
  name: string;
  creditLimit: number;
  overdueDays: number | null;
  policy: CreditPolicy | null;
}

/** Confirmed orders of the customer not yet delivered (what they will owe), leaving one order out. */
export function openOrdersFen(core: Core, customerId: string, exceptOrderId: string | null): number {
  return (
    prepared(
      core,
      `SELECT coalesce(SUM(amount_fen - delivered_fen), 0) AS s FROM sales_orders
       WHERE customer_id = ? AND status IN ('confirmed','partially_delivered') AND id IS NOT ?`,
    ).get(customerId, exceptOrderId) as { s: number }
  ).s;
}

export function creditChecks(core: Core, order: OrderRow, paidNowFen: number): BlockOrNeed[] {
  const c = prepared(
    core,
    `SELECT c.name, c.credit_limit AS creditLimit, t.overdue_days AS overdueDays, t.policy
     FROM customers c LEFT JOIN customer_credit_terms t ON t.customer_id = c.id WHERE c.id = ?`,
  ).get(order.customerId) as CustomerCredit | undefined;
  if (!c) throw new AppError('CUSTOMER_NOT_FOUND');
  const policy = c.policy ?? 'approval';
  const out: BlockOrNeed[] = [];
  if (c.creditLimit > 0) {
    const balance = customerBalance(core, order.customerId);
    const open = openOrdersFen(core, order.customerId, order.id);
    const exposure = balance + open + order.amountFen - paidNowFen;
    if (exposure > c.creditLimit && order.amountFen > paidNowFen) {
      out.push({
        policy,
        need: {
          kind: 'credit_limit',
          lineId: null,
          subject: `credit:${order.amountFen}`,
          code: 'SALES_CREDIT_LIMIT',
          params: { customer: c.name, balance: formatYuan(balance), open: formatYuan(open), amount: formatYuan(order.amountFen), limit: formatYuan(c.creditLimit) },
          detail: { balanceFen: balance, openOrdersFen: open, amountFen: order.amountFen, paidNowFen, creditLimitFen: c.creditLimit, exposureFen: exposure },
        },
      });
    }
  }
  if (c.overdueDays !== null) {
    const today = businessDate(core.now(), core.timeZone);
    const worst = prepared(
      core,
      `SELECT i.doc_no AS docNo, i.due_date AS dueDate, CAST(julianday(?) - julianday(i.due_date) AS INTEGER) AS days
       FROM ar_item_open o JOIN ar_items i ON i.id = o.item_id
       WHERE o.customer_id = ? AND o.side = 'debit' AND o.open > 0 AND i.due_date IS NOT NULL AND i.due_date < ?
       ORDER BY i.due_date, i.doc_no LIMIT 1`,
    ).get(today, order.customerId, today) as { docNo: string; dueDate: string; days: number } | undefined;
    if (worst && worst.days > c.overdueDays) {
      out.push({
        policy,
        need: {
          kind: 'overdue',
          lineId: null,
          subject: `overdue:${worst.docNo}`,
          code: 'SALES_OVERDUE',
          params: { customer: c.name, docNo: worst.docNo, days: worst.days, allowed: c.overdueDays },
          detail: { docNo: worst.docNo, dueDate: worst.dueDate, days: worst.days, allowedDays: c.overdueDays },
        },
      });
    }
  }
  return out;
}

/** Subjects the owner has already approved on this order. */
export function approvedSubjects(core: Core, orderId: string): Set<string> {
  const rows = prepared(core, 'SELECT subject FROM sales_approvals WHERE order_id = ?').all(orderId) as { subject: string }[];
  return new Set(rows.map((r) => r.subject));
}
