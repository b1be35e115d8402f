// Promotion cost (促销费用): what each promotion gave away on delivered goods — gift value at the customer's price and
// discounts — by delivery date. The basis of claims to the brand (费用核销).
//
// Read from D's order lines (promotion_id, promo_value_fen on gift lines, promo_discount_fen on discounted lines)
// through the deliveries that took them: a line delivered in parts counts in each delivery's period by the share
// delivered, cumulatively rounded (mulDiv) so a fully delivered line counts exactly its figure. Reversed deliveries
// do not count. Returns (销退) do not reduce promotion cost: the gift or discount was given when delivered.
import ExcelJS from 'exceljs';
import type { Core } from '../shared/context';
import { mulDiv } from '../shared/money';
import { assertBusinessDate } from '../shared/period-lock';

export interface PromotionCostDetail {
  promotionId: string;
  orderId: string;
  orderNumber: string;
  customerId: string;
  customerName: string;
  businessDate: string;
  productId: string;
  productName: string;
  /** The product's brand (''= none): claims go to the brand. */
  brandName: string;
  isGift: boolean;
  qtyBase: number;
  giftValueFen: number;
  discountFen: number;
}

export interface PromotionCostRow {
  promotionId: string;
  number: string;
  name: string;
  kind: 'gift' | 'tiered';
  startsOn: string;
  endsOn: string;
  /** Brands of the products given or discounted. */
  brandNames: string[];
  orders: number;
  giftQtyBase: number;
  giftValueFen: number;
  discountFen: number;
  totalFen: number;
}

export interface PromotionCost {
  from: string;
  to: string;
  rows: PromotionCostRow[];
  details: PromotionCostDetail[];
  totals: { giftValueFen: number; discountFen: number; totalFen: number };
}

interface Row {
  lineId: string;
  promotionId: string;
  isGift: number;
  lineQty: number;
  valueFen: number;
  discountFen: number;
  productId: string;
  productName: string;
  brandName: string;
  orderId: string;
  orderNumber: string;
  customerId: string;
  customerName: string;
  businessDate: string;
  qtyBase: number;
}

const DELIVERED = `SELECT l.id AS lineId, l.promotion_id AS promotionId, l.is_gift AS isGift, l.qty_base AS lineQty,
  l.promo_value_fen AS valueFen, l.promo_discount_fen AS discountFen, l.product_id AS productId, p.name AS productName, coalesce(b.name, '') AS brandName,
  o.id AS orderId, o.number AS orderNumber, o.customer_id AS customerId, c.name AS customerName,
  d.business_date AS businessDate, dl.qty_base AS qtyBase
  FROM sales_delivery_lines dl
  JOIN sales_deliveries d ON d.id = dl.delivery_id AND d.reversed_at IS NULL
  JOIN sales_order_lines l ON l.id = dl.line_id
  JOIN sales_orders o ON o.id = l.order_id
  JOIN customers c ON c.id = o.customer_id
  JOIN products p ON p.id = l.product_id
  LEFT JOIN brands b ON b.id = p.brand_id
  WHERE l.promotion_id IS NOT NULL AND (l.promo_value_fen <> 0 OR l.promo_discount_fen <> 0 OR l.is_gift = 1)
    AND d.business_date <= ? AND (? IS NULL OR l.promotion_id = ?)
  ORDER BY l.id, d.business_date, d.created_at, d.id`;

export function promotionCost(core: Core, input: { from: string; to: string; promotionId?: string }): PromotionCost {
  const from = assertBusinessDate(input.from);
  const to = assertBusinessDate(input.to);
  const pid = input.promotionId ?? null;
  const rows = core.sqlite.prepare(DELIVERED).all(to, pid, pid) as Row[];
  const details: PromotionCostDetail[] = [];
  // Cumulative share per line: delivered-so-far × figure / line qty, minus what earlier deliveries took.
  let line = '';
  let cum = 0;
  for (const r of rows) {
    if (r.lineId !== line) [line, cum] = [r.lineId, 0];
    const before = cum;
    cum += r.qtyBase;
    const share = (fen: number) => mulDiv(fen, cum, r.lineQty) - mulDiv(fen, before, r.lineQty);
    if (r.businessDate < from) continue;
    details.push({
      promotionId: r.promotionId,
      orderId: r.orderId,
      orderNumber: r.orderNumber,
      customerId: r.customerId,
      customerName: r.customerName,
      businessDate: r.businessDate,
      productId: r.productId,
      productName: r.productName,
      brandName: r.brandName,
      isGift: r.isGift === 1,
      qtyBase: r.qtyBase,
      giftValueFen: share(r.valueFen),
      discountFen: share(r.discountFen),
    });
  }
  details.sort((a, b) => a.businessDate.localeCompare(b.businessDate) || a.orderNumber.localeCompare(b.orderNumber));

  const byPromo = new Map<string, { orders: Set<string>; brands: Set<string>; giftQtyBase: number; giftValueFen: number; discountFen: number }>();
  for (const d of details) {
    const s = byPromo.get(d.promotionId) ?? { orders: new Set(), brands: new Set(), giftQtyBase: 0, giftValueFen: 0, discountFen: 0 };
    s.orders.add(d.orderId);
    if (d.brandName) s.brands.add(d.brandName);
    if (d.isGift) s.giftQtyBase += d.qtyBase;
    s.giftValueFen += d.giftValueFen;
    s.discountFen += d.discountFen;
    byPromo.set(d.promotionId, s);
  }
  const head = core.sqlite.prepare('SELECT number, name, kind, starts_on AS startsOn, coalesce(min(ended_on, ends_on), ends_on) AS endsOn FROM promotions WHERE id = ?');
  const out: PromotionCostRow[] = [...byPromo].map(([promotionId, s]) => {
    const h = (head.get(promotionId) as Omit<PromotionCostRow, 'promotionId'> | undefined) ?? { number: '', name: '', kind: 'gift' as const, startsOn: '', endsOn: '' };
    return {
      promotionId,
      number: h.number,
      name: h.name,
      kind: h.kind,
      startsOn: h.startsOn,
      endsOn: h.endsOn,
      brandNames: [...s.brands].sort(),
      orders: s.orders.size,
      giftQtyBase: s.giftQtyBase,
      giftValueFen: s.giftValueFen,
      discountFen: s.discountFen,
      totalFen: s.giftValueFen + s.discountFen,
    };
  });
  out.sort((a, b) => a.number.localeCompare(b.number));
  const sum = (k: 'giftValueFen' | 'discountFen' | 'totalFen') => out.reduce((t, r) => t + r[k], 0);
  return { from, to, rows: out, details, totals: { giftValueFen: sum('giftValueFen'), discountFen: sum('discountFen'), totalFen: sum('totalFen') } };
}

/** The report as a workbook: a summary sheet per promotion and a detail sheet per order line (amounts in yuan). */
export async function promotionCostXlsx(cost: PromotionCost): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const yuan = (fen: number) => fen / 100; // display only: the fen figures stay the source of truth
  const money = '#,##0.00';
  const summary = wb.addWorksheet('促销费用汇总');
  summary.addRow([`促销费用 ${cost.from} 至 ${cost.to}`]).font = { bold: true, size: 14 };
  summary.addRow([]);
  summary.addRow(['促销编号', '促销名称', '类型', '开始', '结束', '品牌', '订单数', '赠品数量（基本单位）', '赠品价值', '折扣金额', '合计']).font = { bold: true };
  for (const r of cost.rows) {
    summary.addRow([r.number, r.name, r.kind === 'gift' ? '买赠' : '满减/折扣', r.startsOn, r.endsOn, r.brandNames.join('、'), r.orders, r.giftQtyBase, yuan(r.giftValueFen), yuan(r.discountFen), yuan(r.totalFen)]);
  }
  summary.addRow(['合计', '', '', '', '', '', '', '', yuan(cost.totals.giftValueFen), yuan(cost.totals.discountFen), yuan(cost.totals.totalFen)]).font = { bold: true };
  summary.columns = [14, 24, 10, 12, 12, 14, 8, 12, 14, 14, 14].map((width) => ({ width }));
  const numbers = new Map(cost.rows.map((r) => [r.promotionId, r.number]));
  const detail = wb.addWorksheet('明细');
  detail.addRow(['促销编号', '发货日期', '订单号', '客户', '商品', '品牌', '赠品', '数量（基本单位）', '赠品价值', '折扣金额']).font = { bold: true };
  for (const d of cost.details) {
    detail.addRow([numbers.get(d.promotionId) ?? '', d.businessDate, d.orderNumber, d.customerName, d.productName, d.brandName, d.isGift ? '是' : '', d.qtyBase, yuan(d.giftValueFen), yuan(d.discountFen)]);
  }
  detail.columns = [14, 12, 18, 20, 24, 14, 6, 10, 14, 14].map((width) => ({ width }));
  // Money columns: from 赠品价值 on (9th in both sheets).
  for (const ws of [summary, detail]) {
    ws.eachRow((row) => row.eachCell((cell, col) => {
      if (typeof cell.value === 'number' && col >= 9) cell.numFmt = money;
    }));
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export const promotionCostFileName = (cost: PromotionCost) => `促销费用_${cost.from}_${cost.to}.xlsx`;
