// The A4 sales order (销售订单) and delivery note (送货单) as data and HTML (resources/templates/sales-order.html,
// delivery-note.html), both carrying the QR `DMS:SO-…` that opens the order when scanned (scan/doc-qr.ts); the
// delivery note's QR scanned back marks the order delivered (delivery-scan.ts). Reads only.
import { prepared } from '../catalog/statements';
import { companyName } from '../finance/customer-statement';
import { yuanInWords } from '../finance/customer-statement-render';
import { docQr } from '../scan/doc-qr';
import type { Core } from '../shared/context';
import { businessDate } from '../shared/dates';
import { formatYuan, mulDiv } from '../shared/money';
import type { SalesOrderLineView, SalesOrderView, SalesPaymentMethod } from './order-types';
import { getOrder } from './orders-read';
import { FefoPlanner } from './pick-list';
import { esc, fill, labelsFor, loadTemplate, pageStyle, qrSvg, statusLabel, unitQtyText, yuan, type RenderOptions } from './sales-render';

export interface DocLine {
  no: number;
  line: SalesOrderLineView;
  /** Base units this document lists: the whole line on the order; what is left to deliver on a delivery note. */
  qtyBase: number;
  grossFen: number;
  discountFen: number;
  amountFen: number;
  /** Batches to take (planned FEFO) or taken (delivered), "B2601 × 48". */
  batches: { batchNo: string; expiresOn: string | null; qty: number }[];
}

export interface SalesDoc {
  kind: 'order' | 'delivery';
  order: SalesOrderView;
  company: string;
  customer: { name: string; code: string; contact: string; phone: string; address: string };
  /** Who entered the order (制单). */
  maker: string;
  lines: DocLine[];
  grossFen: number;
  discountFen: number;
  netFen: number;
  /** Received against this order's invoices so far. */
  paidFen: number;
  owingFen: number;
  /** How money was taken on the spot (receipts recorded with the deliveries). */
  payments: { method: SalesPaymentMethod | 'other'; amountFen: number }[];
}

function customerOf(core: Core, id: string): SalesDoc['customer'] {
  return prepared(core, 'SELECT name, code, contact, phone, address FROM customers WHERE id = ?').get(id) as SalesDoc['customer'];
}

function makerOf(core: Core, orderId: string): string {
  const row = prepared(core, 'SELECT u.display_name AS name FROM sales_orders o JOIN users u ON u.id = o.created_by WHERE o.id = ?').get(orderId) as
    | { name: string }
    | undefined;
  return row?.name ?? '';
}

/** Money allocated to the order's invoices (reversed deliveries left out), and the receipts taken with deliveries. */
function paymentsOf(core: Core, orderId: string): { paidFen: number; payments: SalesDoc['payments'] } {
  const paid = prepared(
    core,
    `SELECT coalesce(SUM(a.amount), 0) AS s FROM ar_allocations a
     JOIN sales_deliveries d ON d.invoice_item_id = a.debit_item_id WHERE d.order_id = ? AND d.reversed_at IS NULL`,
  ).get(orderId) as { s: number };
  const payments = prepared(
    core,
    `SELECT i.method, SUM(i.amount) AS amountFen FROM sales_deliveries d JOIN ar_items i ON i.id = d.receipt_item_id
     WHERE d.order_id = ? AND d.reversed_at IS NULL GROUP BY i.method ORDER BY i.method`,
  ).all(orderId) as SalesDoc['payments'];
  return { paidFen: paid.s, payments };
}

/** Batches each line actually left in, from the stock moves of the order's deliveries. */
function deliveredBatches(core: Core, orderId: string): Map<string, DocLine['batches']> {
  const rows = prepared(
    core,
    `SELECT dl.line_id AS lineId, b.batch_no AS batchNo, b.expires_on AS expiresOn, -SUM(m.qty) AS qty
     FROM sales_deliveries d JOIN sales_delivery_lines dl ON dl.delivery_id = d.id
     JOIN stock_moves m ON m.doc_id = d.stock_doc_id AND m.line_no = dl.doc_line_no JOIN batches b ON b.id = m.batch_id
     WHERE d.order_id = ? AND d.reversed_at IS NULL GROUP BY dl.line_id, b.id ORDER BY b.expires_on, b.batch_no`,
  ).all(orderId) as ({ lineId: string } & DocLine['batches'][number])[];
  const out = new Map<string, DocLine['batches']>();
  for (const { lineId, ...b } of rows) out.set(lineId, [...(out.get(lineId) ?? []), b]);
  return out;
}

/** Share of a line's money for `qty` of what is left, cumulative like deliveries (so the parts add up to the line). */
const share = (fen: number, line: SalesOrderLineView, qty: number) =>
  mulDiv(fen, line.deliveredQtyBase + qty, line.qtyBase) - mulDiv(fen, line.deliveredQtyBase, line.qtyBase);

export function salesDoc(core: Core, orderId: string, kind: SalesDoc['kind']): SalesDoc {
  const order = getOrder(core, orderId);
  const { paidFen, payments } = paymentsOf(core, order.id);
  const remaining = order.lines.some((l) => l.qtyBase > l.deliveredQtyBase);
  // A delivery note lists what is still to deliver; once all is delivered it is reprinted with everything.
  const forDelivery = kind === 'delivery' && remaining;
  const planner = new FefoPlanner(core, businessDate(core.now(), core.timeZone));
  const moved = kind === 'delivery' && !remaining ? deliveredBatches(core, order.id) : new Map<string, DocLine['batches']>();
  const lines: DocLine[] = [];
  for (const l of order.lines) {
    const qty = forDelivery ? l.qtyBase - l.deliveredQtyBase : l.qtyBase;
    if (qty <= 0) continue;
    const discount = l.lineDiscountFen + l.promoDiscountFen + l.orderDiscountFen;
    const batches = kind !== 'delivery' ? [] : forDelivery ? planner.plan(order.warehouseId, l.productId, qty, l.batchId).batches : (moved.get(l.id) ?? []);
    lines.push({
      no: lines.length + 1,
      line: l,
      qtyBase: qty,
      grossFen: forDelivery ? share(l.grossFen, l, qty) : l.grossFen,
      discountFen: forDelivery ? share(discount, l, qty) : discount,
      amountFen: forDelivery ? share(l.netFen, l, qty) : l.netFen,
      batches,
    });
  }
  const sum = (f: (d: DocLine) => number) => lines.reduce((s, d) => s + f(d), 0);
  const netFen = sum((d) => d.amountFen);
  const billed = forDelivery ? order.deliveredFen + netFen : kind === 'delivery' ? order.deliveredFen : order.amountFen;
  return {
    kind,
    order,
    company: companyName(core),
    customer: customerOf(core, order.customerId),
    maker: makerOf(core, order.id),
    lines,
    grossFen: sum((d) => d.grossFen),
    discountFen: sum((d) => d.discountFen),
    netFen,
    paidFen,
    owingFen: Math.max(0, billed - paidFen),
    payments,
  };
}

const LABELS = {
  orderTitle: { 'zh-CN': '销售订单', en: 'Sales order' },
  deliveryTitle: { 'zh-CN': '送货单', en: 'Delivery note' },
  presale: { 'zh-CN': '访销', en: 'presale' },
  van: { 'zh-CN': '车销', en: 'van sale' },
  counter: { 'zh-CN': '门市', en: 'counter sale' },
  date: { 'zh-CN': '订单日期', en: 'Order date' },
  deliveryDate: { 'zh-CN': '送货日期', en: 'Delivery date' },
  status: { 'zh-CN': '状态', en: 'Status' },
  printed: { 'zh-CN': '打印日期', en: 'Printed' },
  customer: { 'zh-CN': '客户名称', en: 'Customer' },
  customerCode: { 'zh-CN': '客户编码', en: 'Customer code' },
  salesperson: { 'zh-CN': '业务员', en: 'Salesperson' },
  contact: { 'zh-CN': '联系人', en: 'Contact' },
  phone: { 'zh-CN': '电话', en: 'Phone' },
  address: { 'zh-CN': '地址', en: 'Address' },
  warehouse: { 'zh-CN': '发货仓库', en: 'Ships from' },
  remark: { 'zh-CN': '备注', en: 'Note' },
  no: { 'zh-CN': '序号', en: 'No.' },
  sku: { 'zh-CN': '商品编码', en: 'SKU' },
  product: { 'zh-CN': '商品名称', en: 'Product' },
  batch: { 'zh-CN': '批次', en: 'Batch' },
  qty: { 'zh-CN': '数量', en: 'Qty' },
  price: { 'zh-CN': '单价', en: 'Price' },
  discount: { 'zh-CN': '优惠', en: 'Discount' },
  amount: { 'zh-CN': '金额', en: 'Amount' },
  received: { 'zh-CN': '实收', en: 'Recv.' },
  total: { 'zh-CN': '合计', en: 'Total' },
  gross: { 'zh-CN': '商品金额', en: 'Goods' },
  net: { 'zh-CN': '应收', en: 'Due' },
  paid: { 'zh-CN': '已收', en: 'Paid' },
  owing: { 'zh-CN': '欠款', en: 'Owing' },
  words: { 'zh-CN': '大写金额', en: 'In words (Chinese)' },
  maker: { 'zh-CN': '制单', en: 'Made by' },
  approver: { 'zh-CN': '审核', en: 'Approved by' },
  customerSign: { 'zh-CN': '客户确认', en: 'Customer' },
  driver: { 'zh-CN': '送货人', en: 'Delivered by' },
  receiver: { 'zh-CN': '收货人签字', en: 'Received by (signature)' },
  signDate: { 'zh-CN': '签收日期', en: 'Date' },
  gift: { 'zh-CN': '赠品', en: 'gift' },
  scanHint: { 'zh-CN': '送达后扫描右侧二维码确认', en: 'Scan the QR code on the right once delivered' },
  notice: {
    'zh-CN': '请当面清点数量、核对批次与生产日期；如有破损、短少请在签收时注明。签收即视为货物已按上列数量收讫。',
    en: 'Please count the goods and check batches and dates on delivery; note any damage or shortage when signing. Signing confirms receipt of the quantities above.',
  },
} as const;

type L = ReturnType<typeof labelsFor<keyof typeof LABELS>>;

function lineRow(template: string, d: DocLine, doc: SalesDoc, l: L, opts: RenderOptions): string {
  const line = d.line;
  const qty = unitQtyText(d.qtyBase, line.unitName, line.factor, line.baseUnit, opts.lang);
  const sub = [line.factor > 1 ? `${line.factor}${line.baseUnit}/${line.unitName}` : '', line.note].filter(Boolean).join(' · ');
  return fill(
    template,
    {
      no: String(d.no),
      sku: line.sku,
      name: line.productName,
      sub,
      batch: d.batches.map((b) => `${b.batchNo || '—'}${b.expiresOn ? `（${b.expiresOn}）` : ''} ×${b.qty}`).join('，'),
      qty,
      price: line.isGift ? '0.00' : `${formatYuan(line.priceFen)}/${line.unitName}`,
      discount: d.discountFen ? yuan(d.discountFen) : '',
      amount: yuan(d.amountFen),
    },
    { gift: line.isGift ? `<span class="gift">${esc(l.l_gift)}</span>` : '' },
  );
}

/** One document (a sales order or a delivery note) as a complete A4 HTML page. */
export function salesDocHtml(doc: SalesDoc, opts: RenderOptions): string {
  const file = doc.kind === 'order' ? 'sales-order.html' : 'delivery-note.html';
  const t = loadTemplate(file, ['doc', 'row'], opts.templateDir);
  const l = labelsFor(LABELS, opts.lang);
  const o = doc.order;
  const title = doc.kind === 'order' ? l.l_orderTitle : l.l_deliveryTitle;
  const totalQty = doc.lines.reduce((s, d) => s + d.qtyBase, 0);
  const baseUnits = [...new Set(doc.lines.map((d) => d.line.baseUnit))];
  const body = fill(
    t.sections.doc!,
    {
      ...l,
      l_title: title,
      company: doc.company,
      kind: l[`l_${o.kind}`],
      number: o.number,
      businessDate: o.businessDate,
      status: statusLabel(o.status, opts.lang),
      printed: opts.printed,
      customerName: doc.customer.name,
      customerCode: doc.customer.code,
      salesperson: o.salespersonName ?? '',
      contact: doc.customer.contact,
      phone: doc.customer.phone,
      address: doc.customer.address,
      warehouse: o.warehouseName,
      remark: o.note,
      // Quantities of different base units do not add up: the total is shown only when they share one.
      totalQty: baseUnits.length === 1 ? `${totalQty}${baseUnits[0]}` : '',
      gross: yuan(doc.grossFen),
      discount: yuan(doc.discountFen),
      net: yuan(doc.netFen),
      paid: yuan(doc.paidFen),
      owing: yuan(doc.owingFen),
      netWords: yuanInWords(doc.netFen),
      maker: doc.maker,
    },
    { qr: qrSvg(docQr(o.number)), rows: doc.lines.map((d) => lineRow(t.sections.row!, d, doc, l, opts)).join('\n      ') },
  );
  return fill(t.page, { lang: opts.lang, title: `${title} ${o.number}` }, { css: pageStyle(opts.templateDir), body });
}

export const salesDocFileName = (doc: SalesDoc, lang: RenderOptions['lang']): string =>
  `${(doc.kind === 'order' ? LABELS.orderTitle : LABELS.deliveryTitle)[lang]}_${doc.order.number}_${doc.customer.name}.pdf`.replace(/[\\/:*?"<>|\s]+/g, '_');
