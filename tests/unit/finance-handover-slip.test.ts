// A driver's day through the real API: cash collected (a van-sale style receipt with the driver as collector),
// expected cash, the count by denomination, submit, the accountant approves the variance; the slip printed on a
// virtual network receipt printer (ESC/POS decoded back to GB18030 text) and downloaded as A4 PDF (Chromium, read
// back with pdftotext) and .xlsx; customer statements downloaded as PDF, one and the batch.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DeviceServices } from '../../electron/api/device-services';
import { createServices, type Services } from '../../electron/api/services';
import { chromiumPdfRenderer } from '../../electron/host/pdf-chromium';
import { clientFor, quickSession } from '../helpers/api';
import { testDb, type TestDb } from '../helpers/core';
import { tcpPrinter, type TcpPrinter } from '../helpers/virtual-printer';
import { NOW } from './finance-fixtures';

let t: TestDb;
let services: Services;
let printer: TcpPrinter;
let acct: ReturnType<typeof clientFor>;
let driverId: string;
let storeId: string;
const DAY = '2026-11-24';
const dir = mkdtempSync(join(tmpdir(), 'dms-handover-'));

function pdfText(file: { fileName: string; mime: string; contentBase64: string }): string {
  expect(file.mime).toBe('application/pdf');
  const path = join(dir, file.fileName);
  writeFileSync(path, Buffer.from(file.contentBase64, 'base64'));
  return execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
}

beforeAll(async () => {
  t = await testDb({ now: () => NOW });
  services = { ...createServices('test', { pdf: chromiumPdfRenderer() }), devices: new DeviceServices({ printBackoff: { initialMs: 50, maxMs: 200 } }) };
  await services.devices.start(t.core);
  printer = await tcpPrinter();
  const owner = clientFor(t, await quickSession(t, 'owner'), 'zh-CN', services);
  acct = clientFor(t, await quickSession(t, 'accountant'), 'zh-CN', services);
  driverId = (await owner.employees.create.mutate({ code: 'D01', name: '刘师傅', role: 'driver' })).id;
  storeId = (await owner.customers.create.mutate({ code: 'C001', name: '张记便利店', paymentTermsDays: 30 })).id;
  await owner.printers.configure.mutate({ printers: [{ id: 'office', name: '财务室小票机', paper: '80mm', transport: { kind: 'tcp', host: '127.0.0.1', port: printer.port }, timeoutMs: 1000 }], defaultPrinterId: 'office' });
}, 60_000);
afterAll(async () => {
  await services.devices.stop();
  await services.pdf.close?.();
  await printer.close();
  t.close();
});

describe("a driver's cash handover", () => {
  it('expected cash, count by denomination, submit, approve the variance; slip on ESC/POS, A4 PDF and .xlsx', async () => {
    // Cash the driver collected today: 1,280.50 and 99.50 (both with him as collector), 20.00 by WeChat (not cash).
    await acct.receipts.create.mutate({ customerId: storeId, method: 'cash', amount: 128_050, businessDate: DAY, collectorId: driverId, allocation: 'none' });
    await acct.receipts.create.mutate({ customerId: storeId, method: 'cash', amount: 9_950, businessDate: DAY, collectorId: driverId, allocation: 'none' });
    await acct.receipts.create.mutate({ customerId: storeId, method: 'wechat', amount: 2_000, businessDate: DAY, allocation: 'none' });
    const expected = await acct.handovers.expected.query({ driverId, businessDate: DAY });
    expect(expected).toMatchObject({ cashReceipts: 138_000, cashRefunds: 0, expected: 138_000 });
    // 13 × 100 + 1 × 50 + 1 × 20 + 9 × 1 + 1 × 0.5 = 1,379.50: 0.50 short.
    const h = await acct.handovers.submit.mutate({ driverId, businessDate: DAY, denominations: { '10000': 13, '5000': 1, '2000': 1, '100': 9, '50': 1 }, epayments: 0 });
    expect(h).toMatchObject({ expected: 138_000, counted: 137_950, variance: -50 });
    expect((await acct.handovers.list.query({ from: DAY, to: DAY })).map((r) => [r.docNo, r.approved])).toEqual([[h.docNo, false]]);
    await acct.handovers.approve.mutate({ handoverId: h.id, note: '短款 0.50 由司机补交' });
    expect((await acct.handovers.list.query({ from: DAY, to: DAY }))[0]).toMatchObject({ approved: true, variance: -50 });

    const job = await acct.handovers.printSlip.mutate({ id: h.id, printerId: null });
    expect(job).toMatchObject({ printerId: 'office', title: `交款单 ${h.docNo}` });
    const [received] = await printer.waitForJobs(1);
    const d = received!.decoded;
    expect(d.problems).toEqual([]);
    expect(d.lines[0]?.trim()).toBe('司机交款单');
    const row = (start: string) => d.lines.find((l) => l.startsWith(start)) ?? '';
    expect(row('司机 ')).toMatch(/刘师傅（D01）$/);
    expect(row('应交金额')).toMatch(/1,380\.00$/);
    expect(row('100 元 × 13')).toMatch(/1,300\.00$/);
    expect(row('5 角 × 1')).toMatch(/0\.50$/);
    expect(row('短款')).toMatch(/-0\.50$/);
    expect(d.cuts).toHaveLength(1);

    const text = pdfText(await acct.handovers.slipPdf.mutate({ id: h.id }));
    expect(text).toContain('司机交款单');
    expect(text).toMatch(/应交金额\s+1,380\.00/);
    expect(text).toMatch(/短款\s+-0\.50/);
    const xlsx = await acct.handovers.slipXlsx.mutate({ id: h.id });
    expect(xlsx.fileName).toBe(`交款单_${h.docNo}.xlsx`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(xlsx.contentBase64, 'base64') as unknown as ArrayBuffer);
    const cells = wb.worksheets[0]!.getSheetValues().map((r) => (Array.isArray(r) ? r.slice(1).join('|') : ''));
    expect(cells).toContain('应交金额|1,380.00');
    expect(cells).toContain('短款|-0.50');
  }, 60_000);

  it('customer statements as PDF: one customer, and the batch of every customer with a balance', async () => {
    const one = await acct.customerStatements.pdf.mutate({ customerId: storeId, from: '2026-11-01', to: DAY });
    expect(one.fileName).toMatch(/^对账单_.*\.pdf$/);
    const text = pdfText(one);
    expect(text).toContain('张记便利店');
    expect(text).toContain('1,400.00'); // three receipts: 1,280.50 + 99.50 + 20.00
    const batch = await acct.customerStatements.batchPdf.mutate({ from: '2026-11-01', to: DAY });
    expect(batch.fileName).toBe(`对账单_2026-11-01_${DAY}_1份.pdf`);
    expect(pdfText(batch)).toContain('张记便利店');
  }, 60_000);
});
