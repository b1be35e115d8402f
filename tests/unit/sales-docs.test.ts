// A4 sales documents on a real database, rendered to PDF by Debian's Chromium and read back with pdftotext: the
// consolidated pick list (per salesperson, per van; cases + loose units; FEFO batches shared out between groups),
// the sales order and the delivery note (Chinese, and English labels), each with the order's QR as vectors.
import { execFileSync } from 'node:child_process';
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import receiptline from 'receiptline';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { salesDoc, salesDocHtml } from '../../electron/core/sales/delivery-note';
import { pickList } from '../../electron/core/sales/pick-list';
import { pickListHtml } from '../../electron/core/sales/pick-list-render';
import { deliverOrder } from '../../electron/core/sales/orders-deliver';
import type { PdfRenderer } from '../../electron/core/shared/pdf';
import { chromiumPdfRenderer } from '../../electron/host/pdf-chromium';
import { confirmedOrder, salesWorld, type SalesWorld } from './sales-docs-fixtures';

let pdf: PdfRenderer;
beforeAll(() => {
  pdf = chromiumPdfRenderer();
});
afterAll(async () => {
  await pdf.close?.();
});

let w: SalesWorld;
beforeEach(async () => {
  w = await salesWorld();
  w.t.sqlite.prepare("INSERT INTO settings (key, value, updated_at) VALUES ('company.name', json('\"广州恒达食品贸易有限公司\"'), ?)").run(new Date().toISOString());
});
afterEach(() => w.close());

/** Renders HTML to PDF, returns its text (layout kept) and writes a PNG of page 1 to look at. */
async function render(html: string, name: string): Promise<{ text: string; png: string }> {
  const bytes = await pdf.pdf(html);
  expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
  const dir = join(w.t.dir, 'pdf');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, bytes);
  const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n').slice(2).filter((l) => l.trim());
  for (const row of fonts) expect(row).toMatch(/\byes\s+\S+\s+yes\b/); // every font embedded, with a Unicode map
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-singlefile', file, join(dir, name)]);
  const png = join(dir, `${name}.png`);
  expect(statSync(png).size).toBeGreaterThan(10_000);
  if (process.env.DMS_KEEP_PNG) execFileSync('cp', [png, process.env.DMS_KEEP_PNG]);
  return { text: execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }), png };
}

const opts = { lang: 'zh-CN' as const, printed: '2026-03-15' };

function dayOrders() {
  // 张三: 天河便利店 and 佛山百货; 李四: 越秀超市. Tea (30 T-LATE, 20 T-EARLY on hand) is wanted 18 + 10 + 4.
  const tianhe = confirmedOrder(w, {
    customerId: w.tianhe,
    lines: [
      { productId: w.cola.id, unitId: w.cola.units.case, qty: 2, priceFen: 4800 },
      { productId: w.tea.id, qty: 18, priceFen: 300 },
      { productId: w.cola.id, qty: 3, isGift: true },
    ],
  });
  const foshan = confirmedOrder(w, { customerId: w.foshan, lines: [{ productId: w.tea.id, qty: 10, priceFen: 300 }] });
  const yuexiu = confirmedOrder(w, {
    customerId: w.yuexiu,
    lines: [
      { productId: w.tea.id, qty: 4, priceFen: 300 },
      { productId: w.chips.id, unitId: w.chips.units.box, qty: 5, priceFen: 2400 },
    ],
  });
  return { tianhe, foshan, yuexiu };
}

describe('pick list', () => {
  it('groups confirmed orders per salesperson, totals per product in cases + loose units, FEFO batches shared out', async () => {
    const { tianhe, foshan, yuexiu } = dayOrders();
    const list = pickList(w.t.core, { by: 'salesperson' });
    expect(list.groups.map((g) => [g.name, g.orders.map((o) => o.number)])).toEqual([
      ['张三', [tianhe.number, foshan.number]],
      ['李四', [yuexiu.number]],
    ]);
    const [zhang, li] = list.groups;
    const cola = zhang!.products.find((p) => p.sku === 'KL001')!;
    // 2 cases + a gift of 3 bottles: 51 bottles = 2 cases and 3 loose.
    expect(cola).toMatchObject({ qtyBase: 51, wholePacks: 2, looseBase: 3, pack: { name: '箱', factor: 24 }, warehouseName: '总仓', shortBase: 0 });
    expect(cola.batches).toEqual([{ batchNo: 'B2601', expiresOn: '2027-01-10', qty: 51 }]);
    // Tea: 张三 needs 28 (18 + 10) and takes the earlier expiry first; 李四's 4 come from what is left.
    expect(zhang!.products.find((p) => p.sku === 'CY002')!.batches.map((b) => [b.batchNo, b.qty])).toEqual([
      ['T-EARLY', 20],
      ['T-LATE', 8],
    ]);
    expect(li!.products.find((p) => p.sku === 'CY002')!.batches.map((b) => [b.batchNo, b.qty])).toEqual([['T-LATE', 4]]);
    expect(li!.products.find((p) => p.sku === 'SP003')).toMatchObject({ qtyBase: 30, wholePacks: 1, looseBase: 6 });

    const html = pickListHtml(w.t.core, list, opts);
    const { text } = await render(html, 'pick-list');
    for (const want of ['拣货单', '广州恒达食品贸易有限公司', '张三', '李四', tianhe.number, '天河便利店', '体育西路', '可口可乐 500ml', '2箱3瓶', 'T-EARLY', '总仓', '拣货人']) {
      expect(text).toContain(want);
    }
    expect(text).toMatch(/第\s*1\s*页\s*\/\s*共\s*2\s*页/); // a page per salesperson
  });

  it('puts the chosen orders on one van, and leaves out delivered and draft orders', () => {
    const { tianhe, yuexiu } = dayOrders();
    deliverOrder(w.t.core, w.clerk, { orderId: tianhe.id });
    const list = pickList(w.t.core, { by: 'van', vanId: w.van, orderIds: [tianhe.id, yuexiu.id] });
    expect(list.groups).toHaveLength(1);
    expect(list.groups[0]).toMatchObject({ kind: 'van', name: '一号车 粤A12345', orders: [expect.objectContaining({ number: yuexiu.number, customerName: '越秀超市' })] });
    expect(() => pickList(w.t.core, { by: 'van', vanId: w.main })).toThrow(expect.objectContaining({ code: 'WAREHOUSE_NOT_VAN' }));
  });

  it('shows what no unexpired batch covers', () => {
    w.t.core.now = () => new Date('2026-10-01T02:00:00Z'); // tea (270 days): T-EARLY expired 2026-09-28, T-LATE good to 2026-11-26
    const order = confirmedOrder(w, { customerId: w.tianhe, lines: [{ productId: w.tea.id, qty: 30, priceFen: 300 }] });
    w.t.core.now = () => new Date('2026-12-01T02:00:00Z'); // now both are past
    const tea = pickList(w.t.core, { by: 'salesperson' }).groups[0]!.products[0]!;
    expect(order.status).toBe('confirmed');
    expect(tea).toMatchObject({ qtyBase: 30, shortBase: 30, batches: [] });
  });
});

describe('sales order and delivery note', () => {
  it('delivery note: what is left to deliver with planned batches, totals, owing, the QR of the order; as PDF', async () => {
    const { tianhe } = dayOrders();
    const doc = salesDoc(w.t.core, tianhe.id, 'delivery');
    expect(doc.lines.map((d) => [d.line.productName, d.qtyBase, d.amountFen, d.batches.map((b) => b.batchNo)])).toEqual([
      ['可口可乐 500ml', 48, 9600, ['B2601']],
      ['冰红茶 500ml', 18, 5400, ['T-EARLY']],
      ['可口可乐 500ml', 3, 0, ['B2601']],
    ]);
    expect(doc).toMatchObject({ netFen: 15000, paidFen: 0, owingFen: 15000, customer: { name: '天河便利店', phone: '020-87654321' } });
    const html = salesDocHtml(doc, opts);
    expect(html).toContain(`data-qr="DMS:${tianhe.number}"`);
    // The SVG carries the very modules of the QR code for the order number.
    const matrix = receiptline.qrcode.generate({ data: `DMS:${tianhe.number}`, type: 'qrcode', cell: 1, level: 'm', quietZone: false });
    expect(html).toContain(`viewBox="0 0 ${matrix.length + 8} ${matrix.length + 8}"`);
    const { text } = await render(html, 'delivery-note');
    for (const want of ['送货单', '访销', tianhe.number, '天河便利店', '陈老板', '广州市天河区体育西路 88 号', '张三', '2箱', '48.00/箱', '18瓶', 'T-EARLY', '赠品', '150.00', '壹佰伍拾元整', '收货人签字']) {
      expect(text).toContain(want);
    }
  });

  it('a partial delivery leaves the rest on the next note; after the last one it reprints with the batches taken', () => {
    const { tianhe } = dayOrders();
    deliverOrder(w.t.core, w.clerk, { orderId: tianhe.id, lines: [{ lineId: tianhe.lines[0]!.id, qtyBase: 24 }], payment: { method: 'cash', amountFen: 4800 } });
    const next = salesDoc(w.t.core, tianhe.id, 'delivery');
    expect(next.lines.map((d) => [d.line.lineNo, d.qtyBase, d.amountFen])).toEqual([
      [1, 24, 4800],
      [2, 18, 5400],
      [3, 3, 0],
    ]);
    expect(next).toMatchObject({ paidFen: 4800, owingFen: 10200, payments: [{ method: 'cash', amountFen: 4800 }] });
    deliverOrder(w.t.core, w.clerk, { orderId: tianhe.id });
    const reprint = salesDoc(w.t.core, tianhe.id, 'delivery');
    expect(reprint.lines.map((d) => [d.qtyBase, d.batches])).toEqual([
      [48, [{ batchNo: 'B2601', expiresOn: '2027-01-10', qty: 48 }]],
      [18, [{ batchNo: 'T-EARLY', expiresOn: '2026-09-28', qty: 18 }]],
      [3, [{ batchNo: 'B2601', expiresOn: '2027-01-10', qty: 3 }]],
    ]);
    expect(reprint).toMatchObject({ netFen: 15000, owingFen: 10200 });
  });

  it('sales order in English: English labels, Chinese names, status, discounts', async () => {
    const order = confirmedOrder(w, {
      customerId: w.yuexiu,
      orderDiscountFen: 200,
      lines: [
        { productId: w.chips.id, unitId: w.chips.units.box, qty: 5, priceFen: 2400, lineDiscountFen: 500 },
        { productId: w.tea.id, qty: 4, priceFen: 300 },
      ],
    });
    const doc = salesDoc(w.t.core, order.id, 'order');
    expect(doc).toMatchObject({ grossFen: 13200, discountFen: 700, netFen: 12500, owingFen: 12500 });
    const { text } = await render(salesDocHtml(doc, { lang: 'en', printed: '2026-03-15' }), 'sales-order-en');
    for (const want of ['Sales order', 'presale', order.number, 'Customer', '越秀超市', '薯片 原味', '24.00/盒', 'Discount', '125.00', 'confirmed', 'Approved by']) {
      expect(text).toContain(want);
    }
    const zh = await render(salesDocHtml(doc, opts), 'sales-order');
    for (const want of ['销售订单', '已确认', '越秀超市', '5盒', '壹佰贰拾伍元整']) expect(zh.text).toContain(want);
  });
});
