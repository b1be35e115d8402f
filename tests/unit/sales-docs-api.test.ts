// salesDocs.* through the IPC client the screens use: translated refusals that write nothing, territory warnings
// in the caller's language, the delivery note as a PDF download, and the note scanned back (its QR text) with a
// photo of the signed page: the order is delivered and the image kept; bad images and scans are refused clearly.
import { TRPCClientError } from '@trpc/client';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Services } from '../../electron/api/services';
import { cancelOrder } from '../../electron/core/sales/orders-close';
import { getOrder } from '../../electron/core/sales/orders-read';
import { clientFor, quickSession, servicesWithPdf, type Client } from '../helpers/api';
import { confirmedOrder, fulfilmentCounts, salesWorld, type SalesWorld } from './sales-docs-fixtures';

let services: Services;
beforeAll(() => {
  services = servicesWithPdf();
});
afterAll(async () => {
  await services.pdf.close?.();
});

let w: SalesWorld;
let clerk: Client;
let driverEn: Client;
beforeEach(async () => {
  w = await salesWorld();
  clerk = clientFor(w.t, await quickSession(w.t, 'clerk'), 'zh-CN', services);
  driverEn = clientFor(w.t, await quickSession(w.t, 'driver'), 'en', services);
});
afterEach(() => w.close());

async function refusal(p: Promise<unknown>): Promise<{ message: string; appCode: unknown }> {
  const before = fulfilmentCounts(w);
  try {
    await p;
  } catch (e) {
    expect(fulfilmentCounts(w)).toEqual(before);
    if (e instanceof TRPCClientError) return { message: e.message, appCode: (e.data as { appCode?: unknown })?.appCode };
    throw e;
  }
  throw new Error('expected a refusal');
}

const colaOrder = (customerId = w.tianhe, qty = 1) =>
  confirmedOrder(w, { customerId, lines: [{ productId: w.cola.id, unitId: w.cola.units.case, qty, priceFen: 4800 }] });

describe('scanning codes through the API', () => {
  it('binds, lists and unbinds; refusals are translated and write nothing', async () => {
    const order = colaOrder(w.tianhe, 1);
    const [k1, k2] = w.ours.cases;
    const r = await clerk.salesDocs.scanCode.mutate({ orderId: order.id, code: k1! });
    expect(r).toMatchObject({ bound: { code: k1, qtyBase: 24 }, line: { boundQtyBase: 24 }, warnings: [] });
    expect(await refusal(clerk.salesDocs.scanCode.mutate({ orderId: order.id, code: k2! }))).toEqual({
      appCode: 'SALES_CODE_OVER_QTY',
      message: `追溯码“${k2}”含 24瓶“可口可乐 500ml”，超出订单尚未扫码的数量（还剩 0瓶）`,
    });
    expect(await refusal(driverEn.salesDocs.scanCode.mutate({ orderId: order.id, code: w.foreign.cases[0]! }))).toEqual({
      appCode: 'TRACE_FOREIGN',
      message: `Trace code "${w.foreign.cases[0]}" is registered to another distributor ("D-OTHER"): possible diversion`,
    });
    const tea = confirmedOrder(w, { customerId: w.tianhe, lines: [{ productId: w.tea.id, qty: 2, priceFen: 300 }] });
    expect((await refusal(driverEn.salesDocs.scanCode.mutate({ orderId: tea.id, code: k2! }))).message).toBe(
      `Trace code "${k2}" is "可口可乐 500ml", which order "${tea.number}" does not contain`,
    );
    expect((await clerk.salesDocs.codes.query({ orderId: order.id })).codes.map((c) => c.code)).toEqual([k1]);
    expect((await clerk.salesDocs.unbindCode.mutate({ orderId: order.id, code: k1! })).codes).toEqual([]);
  });

  it('a code already shipped is refused with the store and date', async () => {
    const first = colaOrder();
    await clerk.salesDocs.scanCode.mutate({ orderId: first.id, code: w.ours.cases[0]! });
    await clerk.salesOrders.deliver.mutate({ orderId: first.id });
    const second = colaOrder(w.yuexiu);
    expect(await refusal(clerk.salesDocs.scanCode.mutate({ orderId: second.id, code: w.ours.cases[0]! }))).toEqual({
      appCode: 'TRACE_AT_CUSTOMER',
      message: `追溯码“${w.ours.cases[0]}”已于 2026-03-15 发给客户“天河便利店”`,
    });
  });

  it('warns of a store outside the territory in the caller language, and binds the code', async () => {
    const order = colaOrder(w.foshan);
    const r = await driverEn.salesDocs.scanCode.mutate({ orderId: order.id, code: w.ours.cases[0]! });
    expect(r.warnings.map((x) => x.message)).toEqual([
      `Customer "佛山百货" is in region "佛山市禅城区", outside our territory (广州市): shipping there is diversion`,
    ]);
    expect(r.bound.code).toBe(w.ours.cases[0]);
  });
});

describe('delivery note scanned back', () => {
  /** The delivery note as a PDF download, and a photo of its page (a real PNG) as the "signed" image. */
  async function noteAndPhoto(orderId: string): Promise<Buffer> {
    const file = await clerk.salesDocs.deliveryNotePdf.mutate({ orderId });
    expect(file.mime).toBe('application/pdf');
    expect(file.fileName).toMatch(/^送货单_SO-\d{8}-\d{4}_天河便利店\.pdf$/);
    const pdf = join(w.t.dir, 'note.pdf');
    writeFileSync(pdf, Buffer.from(file.contentBase64, 'base64'));
    expect(execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' })).toContain('送货单');
    execFileSync('pdftoppm', ['-png', '-r', '40', '-singlefile', pdf, join(w.t.dir, 'signed')]);
    return readFileSync(join(w.t.dir, 'signed.png'));
  }

  it('delivers what is left and keeps the signed photo; a second scan only adds an image', async () => {
    const order = colaOrder(w.tianhe, 2);
    const photo = await noteAndPhoto(order.id);
    const r = await clerk.salesDocs.scanBack.mutate({ scan: `DMS:${order.number}`, image: { mime: 'image/png', contentBase64: photo.toString('base64') } });
    expect(r).toMatchObject({ delivered: true, order: { status: 'delivered', deliveredFen: 9600 } });
    const list = await clerk.salesDocs.attachments.query({ orderId: order.id });
    expect(list).toEqual([expect.objectContaining({ id: r.attachmentId, mime: 'image/png', size: photo.length })]);
    const back = await clerk.salesDocs.attachment.query({ id: r.attachmentId! });
    expect(back.mime).toBe('image/png');
    expect(Buffer.from(back.contentBase64, 'base64').equals(photo)).toBe(true);

    const jpeg = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(2000, 7)]);
    const again = await driverEn.salesDocs.scanBack.mutate({ scan: `dms:${order.number.toLowerCase()}`, image: { mime: 'image/jpeg', contentBase64: jpeg.toString('base64') } });
    expect(again).toMatchObject({ delivered: false, order: { status: 'delivered', deliveredFen: 9600 } });
    expect(await clerk.salesDocs.attachments.query({ orderId: order.id })).toHaveLength(2);
    expect(getOrder(w.t.core, order.id).deliveries).toHaveLength(1);
  });

  it('refuses an image that is not PNG or JPEG, or too large, before delivering anything', async () => {
    const order = colaOrder();
    const gif = Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'latin1');
    expect(await refusal(clerk.salesDocs.scanBack.mutate({ scan: `DMS:${order.number}`, image: { mime: 'image/png', contentBase64: gif.toString('base64') } }))).toEqual({
      appCode: 'SALES_IMAGE_TYPE',
      message: '签收单图片只能是 PNG 或 JPEG 格式',
    });
    const huge = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(5 * 1024 * 1024)]);
    expect((await refusal(driverEn.salesDocs.scanBack.mutate({ scan: `DMS:${order.number}`, image: { mime: 'image/png', contentBase64: huge.toString('base64') } }))).message).toBe(
      'The signed delivery note image is too large (5.0 MB; 4.0 MB at most)',
    );
    expect(getOrder(w.t.core, order.id).status).toBe('confirmed');
  });

  it('refuses scans that are not a sales order of ours, and orders that cannot be delivered', async () => {
    expect((await refusal(clerk.salesDocs.scanBack.mutate({ scan: 'DMS:PO-20260315-0001' }))).appCode).toBe('SALES_DOC_NOT_ORDER');
    expect((await refusal(clerk.salesDocs.scanBack.mutate({ scan: 'DMS:SO-20260315-0999' }))).message).toBe('找不到单号为“SO-20260315-0999”的销售订单');
    expect((await refusal(clerk.salesDocs.scanBack.mutate({ scan: 'DMS:SO-2026' }))).appCode).toBe('SCAN_DOC_MALFORMED');
    const order = colaOrder();
    cancelOrder(w.t.core, w.owner, { id: order.id, reason: '客户关店' });
    expect(await refusal(driverEn.salesDocs.scanBack.mutate({ scan: order.number }))).toEqual({
      appCode: 'SALES_DOC_NOT_DELIVERABLE',
      message: `Order "${order.number}" is cancelled and cannot be confirmed as delivered`,
    });
  });
});

describe('pick list through the API', () => {
  it('returns the groups and a PDF, by salesperson when not told otherwise', async () => {
    const a = colaOrder(w.tianhe, 2);
    colaOrder(w.yuexiu, 1);
    const list = await clerk.salesDocs.pickList.query({ by: 'salesperson' });
    expect(list.groups.map((g) => [g.name, g.products[0]!.qtyBase])).toEqual([
      ['张三', 48],
      ['李四', 24],
    ]);
    const file = await clerk.salesDocs.pickListPdf.mutate({ orderIds: [a.id] });
    expect(file).toMatchObject({ mime: 'application/pdf', fileName: '拣货单_2026-03-15.pdf' });
    const pdf = join(w.t.dir, 'pick.pdf');
    writeFileSync(pdf, Buffer.from(file.contentBase64, 'base64'));
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    expect(text).toContain(a.number);
    expect(text).toContain('2箱');
  });
});
