// The facts a rebate is computed on, aggregated per product and party for a business-date range:
// - purchase: posted receipts (stock moves of type 'receipt') net of their reversals (moves of the reversal
//   document, on the reversal's own business date), valued at the move's value = the order's or notice's price
//   (the moving-average cost when the receipt had no price);
// - sellout: delivered sales order lines (sales_delivery_lines, gifts excluded) at what the store pays, net of
//   reversed deliveries (on the reversal document's date) and of posted returns; party = the store;
// - paid purchases: the purchase facts of receipts against an order with a payment date, with the days from the
//   receipt to the payment (negative when paid in advance), for prompt-payment policies.
// Each query aggregates in SQLite; one recompute caches each (basis, range) once for all policies.
import type { Core } from '../shared/context';
import type { Version } from './compute';

export interface Fact {
  productId: string;
  /** '' for purchases; the store for sell-out. */
  partyId: string;
  qtyBase: number;
  amount: number;
  /** Paid purchases only: days from receipt to payment. */
  lateDays?: number;
}

const RECEIPT_MOVES = `
  FROM stock_moves m
  JOIN stock_documents d ON d.id = m.doc_id
  LEFT JOIN stock_documents o ON o.id = d.reverses_id
  WHERE m.business_date BETWEEN ? AND ?
    AND (m.doc_type = 'receipt' OR (m.doc_type = 'reversal' AND o.type = 'receipt'))`;

function purchaseFacts(core: Core, from: string, to: string): Fact[] {
  return core.sqlite
    .prepare(`SELECT m.product_id AS productId, '' AS partyId, SUM(m.qty) AS qtyBase, SUM(m.value) AS amount ${RECEIPT_MOVES} GROUP BY m.product_id`)
    .all(from, to) as Fact[];
}

function paidPurchaseFacts(core: Core, from: string, to: string): Fact[] {
  return core.sqlite
    .prepare(
      `SELECT m.product_id AS productId, '' AS partyId, SUM(m.qty) AS qtyBase, SUM(m.value) AS amount,
              CAST(julianday(p.paid_on) - julianday(r.business_date) AS INTEGER) AS lateDays
       ${RECEIPT_MOVES.replace('WHERE', `JOIN stock_documents r ON r.id = COALESCE(o.id, d.id)
         JOIN receiving_sessions s ON s.id = r.id
         JOIN rebate_po_payments p ON p.po_id = s.po_id
         WHERE`)}
       GROUP BY m.product_id, lateDays`,
    )
    .all(from, to) as Fact[];
}

const tableExists = (core: Core, name: string) => core.sqlite.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !== undefined;

// Posted returns (销退换赠) take returned goods off the store's sell-out and add exchange goods it was charged for;
// gifts count nothing. A reversed return no longer counts at all.
const RETURNS = `
      UNION ALL
      SELECT rl.product_id, sr.customer_id, CASE rl.kind WHEN 'return' THEN -rl.qty_base ELSE rl.qty_base END,
             CASE rl.kind WHEN 'return' THEN -rl.amount_fen ELSE rl.amount_fen END
      FROM sales_return_lines rl JOIN sales_returns sr ON sr.id = rl.return_id
      WHERE sr.business_date BETWEEN ? AND ? AND sr.status = 'posted' AND rl.kind IN ('return', 'exchange')`;

function selloutFacts(core: Core, from: string, to: string): Fact[] {
  const returns = tableExists(core, 'sales_return_lines');
  // CROSS JOIN fixes the join order: deliveries of the range first (a scan of the deliveries, not of every line),
  // then their lines through sales_delivery_lines_delivery.
  const lines = `
    CROSS JOIN sales_delivery_lines dl ON dl.delivery_id = dv.id
    CROSS JOIN sales_order_lines ol ON ol.id = dl.line_id
    CROSS JOIN sales_orders so ON so.id = dv.order_id`;
  const sql = `
    SELECT productId, partyId, SUM(q) AS qtyBase, SUM(a) AS amount FROM (
      SELECT ol.product_id AS productId, so.customer_id AS partyId, dl.qty_base AS q, dl.amount_fen AS a
      FROM sales_deliveries dv ${lines}
      WHERE dv.business_date BETWEEN ? AND ? AND ol.is_gift = 0
      UNION ALL
      SELECT ol.product_id, so.customer_id, -dl.qty_base, -dl.amount_fen
      FROM sales_deliveries dv CROSS JOIN stock_documents rv ON rv.id = dv.reversal_doc_id ${lines}
      WHERE dv.reversal_doc_id IS NOT NULL AND rv.business_date BETWEEN ? AND ? AND ol.is_gift = 0
      ${returns ? RETURNS : ''}
    ) GROUP BY productId, partyId`;
  const params = returns ? [from, to, from, to, from, to] : [from, to, from, to];
  return core.sqlite.prepare(sql).all(...params) as Fact[];
}

export type FactSource = 'purchase' | 'sellout' | 'paid_purchase';

export const sourceOf = (v: Pick<Version, 'kind' | 'basis'>): FactSource => (v.kind === 'prompt_payment' ? 'paid_purchase' : v.basis);

/** Facts per (source, range), read once per recompute. */
export class FactCache {
  private readonly cache = new Map<string, Fact[]>();
  constructor(private readonly core: Core) {}

  /** The facts per product only (party ''): what brand policies read, a fraction of the per-store rows. */
  byProduct(source: FactSource, from: string, to: string): Fact[] {
    const key = `${source}|${from}|${to}|product`;
    let facts = this.cache.get(key);
    if (!facts) {
      const sums = new Map<string, Fact>();
      for (const f of this.get(source, from, to)) {
        const k = `${f.productId}|${f.lateDays ?? ''}`;
        const sum = sums.get(k);
        if (sum) {
          sum.qtyBase += f.qtyBase;
          sum.amount += f.amount;
        } else sums.set(k, { ...f, partyId: '' });
      }
      facts = [...sums.values()];
      this.cache.set(key, facts);
    }
    return facts;
  }

  get(source: FactSource, from: string, to: string): Fact[] {
    const key = `${source}|${from}|${to}`;
    let facts = this.cache.get(key);
    if (!facts) {
      facts =
        source === 'purchase'
          ? purchaseFacts(this.core, from, to)
          : source === 'paid_purchase'
            ? paidPurchaseFacts(this.core, from, to)
            : tableExists(this.core, 'sales_delivery_lines')
              ? selloutFacts(this.core, from, to)
              : [];
      this.cache.set(key, facts);
    }
    return facts;
  }
}
