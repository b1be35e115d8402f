// vans.* and adjustments.* through the IPC client the renderer uses: the loading list printed on a virtual network
// receipt printer (decoded back from ESC/POS), the loading list and return report as PDF from Debian's Chromium,
// a driver kept to their own van, and the owner-only reversal of adjustments refusing other documents unchanged.
import { TRPCClientError } from '@trpc/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DeviceServices } from '../../electron/api/device-services';
import { createServices, type Services } from '../../electron/api/services';
import { startSession } from '../../electron/core/auth/sessions';
import { clientFor, quickSession, servicesWithPdf, type Client } from '../helpers/api';
import { tcpPrinter, type TcpPrinter } from '../helpers/virtual-printer';
import { receiveBlind, stockSnapshot, stockWorld, tableCounts, type StockWorld } from './stock-fixtures';

let w: StockWorld;
let services: Services;
let printer: TcpPrinter;
let clerk: Client;
let owner: Client;
let driver: Client;

beforeEach(async () => {
  w = await stockWorld({ now: () => new Date() });
  receiveBlind(w, w.main, [
    { productId: w.cola.id, qty: 96, batchNo: 'K2603', expiresOn: '2099-12-31' },
    { productId: w.tea.id, qty: 40, batchNo: 'T1', expiresOn: '2099-08-31' },
  ]);
  services = { ...servicesWithPdf(), devices: new DeviceServices({ printBackoff: { initialMs: 50, maxMs: 200 } }) };
  await services.devices.start(w.t.core);
  printer = await tcpPrinter();
  clerk = clientFor(w.t, await quickSession(w.t, 'clerk'), 'zh-CN', services);
  owner = clientFor(w.t, await quickSession(w.t, 'owner'), 'zh-CN', services);
  driver = clientFor(w.t, startSession(w.t.core, w.driver.userId), 'zh-CN', services);
});
afterEach(async () => {
  await printer.close();
  await services.devices.stop();
  await services.pdf.close?.();
  w.close();
});

async function refusal(p: Promise<unknown>): Promise<{ message: string; appCode: unknown; code: unknown }> {
  try {
    await p;
  } catch (e) {
    if (e instanceof TRPCClientError) return { message: e.message, appCode: (e.data as { appCode?: unknown }).appCode, code: (e.data as { code?: unknown }).code };
    throw e;
  }
  throw new Error('expected a refusal');
}

const load = () =>
  clerk.vans.load.mutate({ vanId: w.van, fromWarehouseId: w.main, lines: [{ productId: w.cola.id, unitId: w.cola.units.case, qty: 3 }, { productId: w.tea.id, qty: 7 }] });

describe('vans API', () => {
  it('prints the loading list on the receipt printer, in Chinese with the document QR', async () => {
    await owner.printers.configure.mutate({
      printers: [{ id: 'front', name: '仓库小票机', transport: { kind: 'tcp', host: '127.0.0.1', port: printer.port }, timeoutMs: 1000 }],
      defaultPrinterId: 'front',
    });
    const doc = await load();
    const document = await clerk.vans.loadingSlip.query({ id: doc.id });
    await clerk.printers.print.mutate({ printerId: null, document });
    const [job] = await printer.waitForJobs(1);
    expect(job!.decoded.problems).toEqual([]);
    const lines = job!.decoded.lines;
    expect(lines).toContain('装车单');
    expect(lines).toContain(`单号：${doc.number}`);
    expect(lines.some((l) => l.startsWith('可口可乐 500ml') && l.trimEnd().endsWith('3箱'))).toBe(true);
    expect(lines.some((l) => l.includes('K2603 至2099-12-31 ×72'))).toBe(true);
    expect(lines.some((l) => l.startsWith('冰红茶 500ml') && l.trimEnd().endsWith('7瓶'))).toBe(true);
    expect(job!.decoded.qr).toEqual([`DMS:${doc.number}`]);
    expect(job!.decoded.cuts).toHaveLength(1);
  });

  it('renders the loading list and the return report as PDF, and lists the van history', async () => {
    const doc = await load();
    const pdf = await clerk.vans.loadingListPdf.mutate({ id: doc.id });
    expect(pdf.mime).toBe('application/pdf');
    expect(pdf.fileName).toBe(`装车单_${doc.number}_粤A12345.pdf`);
    expect(Buffer.from(pdf.contentBase64, 'base64').subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const ret = await clerk.vans.return.mutate({ vanId: w.van, toWarehouseId: w.main, lines: [{ productId: w.cola.id, qty: 70 }, { productId: w.tea.id, qty: 7 }] });
    const report = await driver.vans.returnReport.query({ id: ret.doc.id });
    expect(report.totals).toMatchObject({ loaded: 79, expected: 79, returned: 77, short: 2 });
    const reportPdf = await driver.vans.returnReportPdf.mutate({ id: ret.doc.id });
    expect(reportPdf.fileName).toBe(`回库差异表_${ret.doc.number}_粤A12345.pdf`);
    expect((await driver.vans.history.query({ vanId: w.van })).map((d) => [d.number, d.type])).toEqual([
      [ret.doc.number, 'van_return'],
      [doc.number, 'van_load'],
    ]);
  });

  it("keeps a driver to their own van, and says so in Chinese", async () => {
    const other = await clerk.vans.load.mutate({ vanId: w.otherVan, fromWarehouseId: w.main, lines: [{ productId: w.tea.id, qty: 1 }] });
    expect(await refusal(driver.vans.history.query({ vanId: w.otherVan }))).toMatchObject({ appCode: 'VAN_NOT_YOURS', message: '只能查看自己的车辆' });
    expect(await refusal(driver.vans.loadingListPdf.mutate({ id: other.id }))).toMatchObject({ appCode: 'VAN_NOT_YOURS' });
    expect(await refusal(driver.vans.load.mutate({ vanId: w.van, fromWarehouseId: w.main, lines: [{ productId: w.tea.id, qty: 1 }] }))).toMatchObject({
      code: 'FORBIDDEN',
    });
  });

  it('says plainly when this PC cannot make PDFs', async () => {
    const doc = await load();
    const bare = clientFor(w.t, await quickSession(w.t, 'clerk'), 'zh-CN', createServices('test'));
    expect(await refusal(bare.vans.loadingListPdf.mutate({ id: doc.id }))).toMatchObject({ appCode: 'PDF_UNAVAILABLE' });
  });
});

describe('adjustments API', () => {
  it('reverses only adjustments, only as the owner; the accountant reads the list', async () => {
    const damage = await clerk.adjustments.create.mutate({ warehouseId: w.main, kind: 'damage', reason: '运输破损', lines: [{ productId: w.tea.id, qty: 4 }] });
    const vanLoad = await load();
    const before = { stock: stockSnapshot(w), tables: tableCounts(w) };
    expect(await refusal(owner.adjustments.reverse.mutate({ id: vanLoad.id, reason: '误操作' }))).toMatchObject({ appCode: 'STOCK_DOC_NOT_FOUND' });
    expect(await refusal(clerk.adjustments.reverse.mutate({ id: damage.id, reason: '误操作' }))).toMatchObject({ code: 'FORBIDDEN' });
    expect({ stock: stockSnapshot(w), tables: tableCounts(w) }).toEqual(before);

    const reversal = await owner.adjustments.reverse.mutate({ id: damage.id, reason: '录错数量' });
    expect(reversal.number).toMatch(/^CX-/);
    const accountant = clientFor(w.t, await quickSession(w.t, 'accountant'), 'zh-CN', services);
    const list = await accountant.adjustments.list.query({});
    expect(list.map((d) => [d.number, d.kind, d.status, d.reason])).toEqual([[damage.number, 'damage', 'reversed', '运输破损']]);
    expect(await refusal(owner.adjustments.reverse.mutate({ id: damage.id, reason: '再冲' }))).toMatchObject({
      appCode: 'STOCK_DOC_ALREADY_REVERSED',
      message: `单据 ${damage.number} 已被 ${reversal.number} 冲销，不能重复冲销`,
    });
  });

  it('shows pending write-offs with their lines', async () => {
    const w1 = await clerk.adjustments.create.mutate({ warehouseId: w.main, kind: 'write_off', reason: '过期报废', lines: [{ productId: w.cola.id, unitId: w.cola.units.case, qty: 1 }] });
    const pending = await clerk.adjustments.pending.query();
    expect(pending.map((d) => [d.number, d.lines.map((l) => [l.name, l.qty, l.unitName, l.qtyBase])])).toEqual([[w1.number, [['可口可乐 500ml', 1, '箱', 24]]]]);
  });
});
