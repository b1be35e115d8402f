// The sales receipt (销售小票) as a print document for the ESC/POS service (devices/print-document.ts): store,
// order number and customer, each line with its unit, quantity, price and discount, gifts marked, totals, what was
// paid and what is owed, and the order's QR. 80 mm paper puts a line on one row (品名 | 数量 | 单价 | 金额); 58 mm
// puts the name on its own row. A counter sale paid in cash opens the cash drawer after the cut. Reads only.
import type { PrintDocument, PrintLine } from '../devices/print-document';
import type { Paper } from '../devices/printer-config';
import { docQr } from '../scan/doc-qr';
import type { Core } from '../shared/context';
import type { Lang } from '../shared/messages';
import { formatYuan } from '../shared/money';
import { salesDoc, type DocLine, type SalesDoc } from './delivery-note';
import { unitQtyText } from './sales-render';

const TEXT = {
  presale: { 'zh-CN': '销售单', en: 'Sales receipt' },
  van: { 'zh-CN': '车销小票', en: 'Van sale receipt' },
  counter: { 'zh-CN': '销售小票', en: 'Sales receipt' },
  number: { 'zh-CN': '单号', en: 'No.' },
  date: { 'zh-CN': '时间', en: 'Time' },
  customer: { 'zh-CN': '客户', en: 'Customer' },
  salesperson: { 'zh-CN': '业务员', en: 'Salesperson' },
  product: { 'zh-CN': '品名', en: 'Item' },
  qty: { 'zh-CN': '数量', en: 'Qty' },
  price: { 'zh-CN': '单价', en: 'Price' },
  amount: { 'zh-CN': '金额', en: 'Amount' },
  gift: { 'zh-CN': '【赠】', en: '[GIFT] ' },
  lineDiscount: { 'zh-CN': '  优惠', en: '  Discount' },
  gross: { 'zh-CN': '商品金额', en: 'Goods' },
  discount: { 'zh-CN': '优惠合计', en: 'Discounts' },
  net: { 'zh-CN': '应收', en: 'Total' },
  owing: { 'zh-CN': '欠款', en: 'Owing' },
  count: { 'zh-CN': '品项数', en: 'Lines' },
  cash: { 'zh-CN': '实收（现金）', en: 'Paid (cash)' },
  wechat: { 'zh-CN': '实收（微信）', en: 'Paid (WeChat)' },
  alipay: { 'zh-CN': '实收（支付宝）', en: 'Paid (Alipay)' },
  bank: { 'zh-CN': '实收（银行）', en: 'Paid (bank)' },
  other: { 'zh-CN': '实收（其他）', en: 'Paid (other)' },
  otherPaid: { 'zh-CN': '已收（其他收款）', en: 'Paid (earlier)' },
  scan: { 'zh-CN': '扫码查看单据 · 退换凭此小票', en: 'Scan to open the order · keep for returns' },
  thanks: { 'zh-CN': '谢谢惠顾，欢迎再来！', en: 'Thank you!' },
} as const;

export interface ReceiptOptions {
  paper: Paper;
  lang: Lang;
}

const text = (t: string, extra: Partial<Extract<PrintLine, { kind: 'text' }>> = {}): PrintLine => ({
  kind: 'text',
  text: t,
  align: 'left',
  bold: false,
  underline: false,
  width: 1,
  height: 1,
  ...extra,
});

const pair = (left: string, right: string, bold = false): PrintLine => ({
  kind: 'columns',
  bold,
  cells: [
    { text: left, align: 'left' },
    { text: right, width: 14, align: 'right' },
  ],
});

function itemLines(d: DocLine, paper: Paper, lang: Lang): PrintLine[] {
  const l = d.line;
  const name = (l.isGift ? TEXT.gift[lang] : '') + l.productName;
  const qty = unitQtyText(d.qtyBase, l.unitName, l.factor, l.baseUnit, lang);
  const price = formatYuan(l.priceFen);
  const amount = formatYuan(d.amountFen + d.discountFen);
  const out: PrintLine[] =
    paper === '80mm'
      ? [
          {
            kind: 'columns',
            bold: false,
            cells: [
              { text: name, align: 'left' },
              { text: qty, width: 8, align: 'right' },
              { text: price, width: 9, align: 'right' },
              { text: amount, width: 10, align: 'right' },
            ],
          },
        ]
      : [
          text(name),
          {
            kind: 'columns',
            bold: false,
            cells: [
              { text: `  ${qty} × ${price}`, align: 'left' },
              { text: amount, width: 10, align: 'right' },
            ],
          },
        ];
  if (d.discountFen > 0) out.push(pair(TEXT.lineDiscount[lang], `-${formatYuan(d.discountFen)}`));
  return out;
}

function header(paper: Paper, lang: Lang): PrintLine {
  const cells =
    paper === '80mm'
      ? [
          { text: TEXT.product[lang], align: 'left' as const },
          { text: TEXT.qty[lang], width: 8, align: 'right' as const },
          { text: TEXT.price[lang], width: 9, align: 'right' as const },
          { text: TEXT.amount[lang], width: 10, align: 'right' as const },
        ]
      : [
          { text: `${TEXT.product[lang]} / ${TEXT.qty[lang]} × ${TEXT.price[lang]}`, align: 'left' as const },
          { text: TEXT.amount[lang], width: 10, align: 'right' as const },
        ];
  return { kind: 'columns', bold: true, cells };
}

/** Local time of printing in the distributor's zone, "2026-11-22 14:35". */
function printedAt(core: Core): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: core.timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(core.now());
  const p = (t: string) => parts.find((x) => x.type === t)?.value ?? '';
  return `${p('year')}-${p('month')}-${p('day')} ${p('hour')}:${p('minute')}`;
}

/** A counter sale paid (at least partly) in cash: the drawer opens for the change. */
export const opensDrawer = (doc: SalesDoc): boolean => doc.order.kind === 'counter' && doc.payments.some((p) => p.method === 'cash' && p.amountFen > 0);

export function receiptDocument(core: Core, doc: SalesDoc, opts: ReceiptOptions): PrintDocument {
  const { lang, paper } = opts;
  const o = doc.order;
  const title = TEXT[o.kind][lang];
  const paidOnSpot = doc.payments.reduce((s, p) => s + p.amountFen, 0);
  const lines: PrintLine[] = [
    text(doc.company, { align: 'center', bold: true, width: 2, height: 2 }),
    text(title, { align: 'center' }),
    text(`${TEXT.number[lang]}：${o.number}`),
    text(`${TEXT.customer[lang]}：${doc.customer.name}`),
    // 58 mm has no room for both on one row.
    ...(paper === '80mm' || !o.salespersonName
      ? [text(`${TEXT.date[lang]}：${printedAt(core)}${o.salespersonName ? `  ${TEXT.salesperson[lang]}：${o.salespersonName}` : ''}`)]
      : [text(`${TEXT.date[lang]}：${printedAt(core)}`), text(`${TEXT.salesperson[lang]}：${o.salespersonName}`)]),
    { kind: 'rule', style: 'single' },
    header(paper, lang),
    ...doc.lines.flatMap((d) => itemLines(d, paper, lang)),
    { kind: 'rule', style: 'single' },
    pair(TEXT.count[lang], String(doc.lines.length)),
    pair(TEXT.gross[lang], formatYuan(doc.grossFen)),
  ];
  if (doc.discountFen > 0) lines.push(pair(TEXT.discount[lang], `-${formatYuan(doc.discountFen)}`));
  lines.push(text(`${TEXT.net[lang]}：¥${formatYuan(doc.netFen)}`, { align: 'right', bold: true, width: 2, height: 2 }));
  for (const p of doc.payments) lines.push(pair(TEXT[p.method][lang], formatYuan(p.amountFen)));
  // Money allocated to this order later (a receipt at the office) shows as one line.
  if (doc.paidFen > paidOnSpot) lines.push(pair(TEXT.otherPaid[lang], formatYuan(doc.paidFen - paidOnSpot)));
  lines.push(pair(TEXT.owing[lang], formatYuan(doc.owingFen), doc.owingFen > 0));
  lines.push(
    { kind: 'rule', style: 'double' },
    { kind: 'qr', data: docQr(o.number), size: paper === '80mm' ? 6 : 5, ecc: 'M', align: 'center' },
    text(TEXT.scan[lang], { align: 'center' }),
    text(TEXT.thanks[lang], { align: 'center' }),
    { kind: 'cut' },
  );
  if (opensDrawer(doc)) lines.push({ kind: 'drawer' });
  return { title: `${title} ${o.number}`, lines };
}

/** The receipt of an order, as its lines stand (all of it, delivered or not). */
export function salesReceipt(core: Core, orderId: string, opts: ReceiptOptions): PrintDocument {
  return receiptDocument(core, salesDoc(core, orderId, 'order'), opts);
}
