// The pick list as an A4 page per group (resources/templates/pick-list.html), for printing or PDF.
import { companyName } from '../finance/customer-statement';
import type { Core } from '../shared/context';
import type { PickBatch, PickList, PickProduct } from './pick-list';
import { esc, fill, labelsFor, loadTemplate, packText, pageStyle, yuan, type RenderOptions } from './sales-render';

const LABELS = {
  title: { 'zh-CN': '拣货单', en: 'Pick list' },
  bySalesperson: { 'zh-CN': '按业务员', en: 'by salesperson' },
  byVan: { 'zh-CN': '按车辆', en: 'by van' },
  noSalesperson: { 'zh-CN': '（未指定业务员）', en: '(no salesperson)' },
  warehouse: { 'zh-CN': '发货仓库', en: 'Warehouse' },
  printed: { 'zh-CN': '打印日期', en: 'Printed' },
  orders: { 'zh-CN': '订单数', en: 'Orders' },
  products: { 'zh-CN': '商品汇总', en: 'Products' },
  no: { 'zh-CN': '序号', en: 'No.' },
  sku: { 'zh-CN': '商品编码', en: 'SKU' },
  product: { 'zh-CN': '商品名称', en: 'Product' },
  pack: { 'zh-CN': '件数（整箱+散）', en: 'Cases + loose' },
  base: { 'zh-CN': '基本单位数', en: 'Base units' },
  batches: { 'zh-CN': '批次（到期日）数量', en: 'Batch (expiry) qty' },
  location: { 'zh-CN': '库位', en: 'Location' },
  total: { 'zh-CN': '合计', en: 'Total' },
  orderList: { 'zh-CN': '订单明细', en: 'Orders' },
  number: { 'zh-CN': '单号', en: 'Order no.' },
  customer: { 'zh-CN': '客户', en: 'Customer' },
  address: { 'zh-CN': '地址', en: 'Address' },
  lines: { 'zh-CN': '行数', en: 'Lines' },
  amount: { 'zh-CN': '金额', en: 'Amount' },
  picker: { 'zh-CN': '拣货人', en: 'Picked by' },
  checker: { 'zh-CN': '复核人', en: 'Checked by' },
  driver: { 'zh-CN': '司机', en: 'Driver' },
  short: { 'zh-CN': '缺货', en: 'short' },
  noBatch: { 'zh-CN': '无批次', en: 'no batch' },
  packs: { 'zh-CN': '整件', en: 'cases' },
  loose: { 'zh-CN': '散', en: 'loose' },
} as const;

type L = ReturnType<typeof labelsFor<keyof typeof LABELS>>;

function batchText(b: PickBatch, l: L): string {
  const no = b.batchNo === '' ? l.l_noBatch : b.batchNo;
  return `${no}${b.expiresOn ? `（${b.expiresOn}）` : ''} × ${b.qty}`;
}

function productRow(p: PickProduct, i: number, l: L, lang: RenderOptions['lang']): string {
  const batches = p.batches.map((b) => esc(batchText(b, l)));
  if (p.shortBase > 0) batches.push(`<b class="gift">${esc(l.l_short)} ${p.shortBase}${esc(p.baseUnit)}</b>`);
  return (
    `<tr><td class="c">${i + 1}</td><td>${esc(p.sku)}</td><td>${esc(p.name)}</td><td class="num">${esc(packText(p.qtyBase, p.baseUnit, p.pack, lang))}</td>` +
    `<td class="num">${p.qtyBase}${esc(p.baseUnit)}</td><td>${batches.join('<br>')}</td><td>${esc(p.warehouseName)}</td><td></td></tr>`
  );
}

/** One HTML document, a page (or more) per group. */
export function pickListHtml(core: Core, list: PickList, opts: RenderOptions): string {
  const t = loadTemplate('pick-list.html', ['group'], opts.templateDir);
  const l = labelsFor(LABELS, opts.lang);
  const company = companyName(core);
  const body = list.groups
    .map((g) => {
      const warehouses = [...new Set(g.products.map((p) => p.warehouseName))].join('、');
      const orders = g.orders
        .map((o, i) => `<tr><td class="c">${i + 1}</td><td>${esc(o.number)}</td><td>${esc(o.customerName)}</td><td>${esc(o.address)}</td><td class="num">${o.lines}</td><td class="num">${yuan(o.amountFen)}</td></tr>`)
        .join('\n      ');
      return fill(
        t.sections.group!,
        {
          ...l,
          company,
          groupKind: g.kind === 'van' ? l.l_byVan : l.l_bySalesperson,
          groupName: g.name || l.l_noSalesperson,
          warehouse: warehouses,
          printed: opts.printed,
          orderCount: String(g.orders.length),
          totalPack: `${g.totalPacks} ${l.l_packs} + ${g.totalLoose} ${l.l_loose}`,
          totalBase: String(g.totalBase),
        },
        { products: g.products.map((p, i) => productRow(p, i, l, opts.lang)).join('\n      '), orders },
      );
    })
    .join('\n');
  return fill(t.page, { lang: opts.lang, title: `${l.l_title} ${list.asOf}` }, { css: pageStyle(opts.templateDir), body });
}

export const pickListFileName = (list: PickList, lang: RenderOptions['lang']) => `${LABELS.title[lang]}_${list.asOf}.pdf`.replace(/\s+/g, '_');
