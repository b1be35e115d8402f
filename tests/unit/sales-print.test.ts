// Sales receipts on ESC/POS through the real API (IPC client, roles, translated errors) and the real print queue,
// to a virtual network printer on 127.0.0.1 that decodes what it receives: GB18030 Chinese text, lines, totals,
// the order's QR, the cut, and the drawer kick only for a counter sale paid in cash; 58 mm and 80 mm; a printer
// that is off keeps the receipt queued and prints it when it comes back.
import iconv from 'iconv-lite';
import { afterEach, describe, expect, it } from 'vitest';
import { DeviceServices } from '../../electron/api/device-services';
import { createServices, type Services } from '../../electron/api/services';
import { confirmOrder } from '../../electron/core/sales/orders-confirm';
import { createOrder } from '../../electron/core/sales/orders-edit';
import { salesReceipt } from '../../electron/core/sales/sales-print';
import { textColumns } from '../../electron/devices/printer/text-width';
import { clientFor, quickSession } from '../helpers/api';
import { closedPort, tcpPrinter, type TcpPrinter } from '../helpers/virtual-printer';
import { confirmedOrder, salesWorld, type SalesWorld } from './sales-docs-fixtures';

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

async function rig(lang: 'zh-CN' | 'en' = 'zh-CN') {
  const w: SalesWorld = await salesWorld();
  w.t.sqlite.prepare("INSERT INTO settings (key, value, updated_at) VALUES ('company.name', json('\"恒达食品商行\"'), ?)").run(new Date().toISOString());
  const services: Services = { ...createServices('test'), devices: new DeviceServices({ printBackoff: { initialMs: 50, maxMs: 200 } }) };
  await services.devices.start(w.t.core);
  cleanups.push(() => w.close(), () => services.devices.stop());
  const as = async (role: 'owner' | 'clerk' | 'driver' | 'accountant') => clientFor(w.t, await quickSession(w.t, role), lang, services);
  return { w, owner: await as('owner'), as };
}

async function printerOn(port = 0): Promise<TcpPrinter> {
  const p = await tcpPrinter(port);
  cleanups.push(() => p.close());
  return p;
}

const tcp = (id: string, port: number, paper: '58mm' | '80mm' = '80mm') => ({ id, name: '收银台小票机', paper, transport: { kind: 'tcp' as const, host: '127.0.0.1', port }, timeoutMs: 1000 });

/** A counter sale of cola, tea and a gift, confirmed (delivered at once) with a cash payment. */
function counterSale(w: SalesWorld, paidFen: number, method: 'cash' | 'wechat' = 'cash') {
  const order = createOrder(w.t.core, w.clerk, {
    kind: 'counter',
    customerId: w.tianhe,
    warehouseId: w.main,
    lines: [
      { productId: w.cola.id, unitId: w.cola.units.case, qty: 1, priceFen: 4800, lineDiscountFen: 300 },
      { productId: w.tea.id, qty: 6, priceFen: 350 },
      { productId: w.chips.id, qty: 2, isGift: true },
    ],
  });
  const r = confirmOrder(w.t.core, w.clerk, { id: order.id, payment: { method, amountFen: paidFen } });
  expect(r.status).toBe('delivered');
  return r.order;
}

describe('sales receipt', () => {
  it('prints a counter sale paid in cash on 80 mm: GB18030 text, lines, totals, QR, cut, then the drawer', async () => {
    const { w, as } = await rig();
    const printer = await printerOn();
    const clerk = await as('clerk');
    await clerk.printers.configure.mutate({ printers: [tcp('front', printer.port)], defaultPrinterId: 'front' });
    const order = counterSale(w, 6600);
    const job = await clerk.salesDocs.printReceipt.mutate({ orderId: order.id });
    expect(job).toMatchObject({ status: 'queued', printerId: 'front', title: `销售小票 ${order.number}` });
    const [received] = await printer.waitForJobs(1);
    const d = received!.decoded;
    expect(d.problems).toEqual([]);
    expect(d.lines[0]).toBe('恒达食品商行');
    expect(d.rows[0]).toMatchObject({ width: 2, height: 2, bold: true, align: 'center' });
    expect(d.lines).toContain(`单号：${order.number}`);
    expect(d.lines).toContain('客户：天河便利店');
    const row = (start: string) => d.lines.find((l) => l.startsWith(start));
    expect(row('可口可乐 500ml')).toMatch(/^可口可乐 500ml\s+1箱\s+48\.00\s+48\.00$/);
    expect(row('  优惠')).toMatch(/-3\.00$/);
    expect(row('冰红茶 500ml')).toMatch(/6瓶\s+3\.50\s+21\.00$/);
    expect(row('【赠】薯片 原味')).toMatch(/2瓶\s+0\.00\s+0\.00$/);
    expect(row('商品金额')).toMatch(/69\.00$/);
    expect(row('优惠合计')).toMatch(/-3\.00$/);
    expect(d.lines.some((l) => l.trim() === '应收：¥66.00')).toBe(true);
    expect(row('实收（现金）')).toMatch(/66\.00$/);
    expect(row('欠款')).toMatch(/0\.00$/);
    for (const l of d.lines) expect(textColumns(l)).toBeLessThanOrEqual(48);
    expect(d.qr).toEqual([`DMS:${order.number}`]);
    expect(d.cuts).toHaveLength(1);
    expect(d.drawers).toHaveLength(1);
    expect(d.drawers[0]!.bytes).toEqual([0x1b, 0x70, 0x00, 0x19, 0xfa]);
    // The drawer opens after the cut (the receipt is torn off first), and the Chinese went out as GB18030.
    expect(d.events.findIndex((e) => e.type === 'drawer')).toBeGreaterThan(d.events.findIndex((e) => e.type === 'cut'));
    expect(received!.bytes.includes(iconv.encode('天河便利店', 'gb18030'))).toBe(true);
    expect(received!.bytes.includes(Buffer.from('天河便利店', 'utf8'))).toBe(false);
  });

  it('no drawer for a sale paid by WeChat or a presale; 58 mm puts names on their own rows; what is owed shows', async () => {
    const { w, owner } = await rig();
    const printer = await printerOn();
    await owner.printers.configure.mutate({ printers: [tcp('van', printer.port, '58mm')], defaultPrinterId: 'van' });
    const wechat = counterSale(w, 6600, 'wechat');
    const presale = confirmedOrder(w, { customerId: w.yuexiu, lines: [{ productId: w.tea.id, qty: 4, priceFen: 300 }] });
    await owner.salesDocs.printReceipt.mutate({ orderId: wechat.id });
    await owner.salesDocs.printReceipt.mutate({ orderId: presale.id, printerId: 'van' });
    const [a, b] = await printer.waitForJobs(2);
    for (const job of [a!, b!]) {
      expect(job.decoded.problems).toEqual([]);
      expect(job.decoded.drawers).toEqual([]);
      expect(job.decoded.cuts).toHaveLength(1);
      for (const l of job.decoded.lines) expect(textColumns(l)).toBeLessThanOrEqual(32);
    }
    expect(a!.decoded.lines).toContain('可口可乐 500ml');
    expect(a!.decoded.lines.find((l) => l.startsWith('  1箱 × 48.00'))).toMatch(/48\.00$/);
    expect(a!.decoded.lines.find((l) => l.startsWith('实收（微信）'))).toMatch(/66\.00$/);
    expect(b!.decoded.lines[1]).toBe('销售单');
    expect(b!.decoded.lines).toContain('业务员：李四');
    expect(b!.decoded.lines.find((l) => l.startsWith('欠款'))).toMatch(/12\.00$/);
    expect(b!.decoded.qr).toEqual([`DMS:${presale.number}`]);
  });

  it('keeps the receipt queued while the printer is off and prints it when it comes back', async () => {
    const { w, as } = await rig();
    const port = await closedPort();
    const driver = await as('driver');
    const owner = await as('owner');
    await owner.printers.configure.mutate({ printers: [tcp('front', port)], defaultPrinterId: 'front' });
    const order = counterSale(w, 6600);
    const job = await driver.salesDocs.printReceipt.mutate({ orderId: order.id });
    const list = async () => (await driver.printJobs.list.query({})).find((j) => j.id === job.id)!;
    let seen = await list();
    for (let i = 0; i < 100 && seen.attempts < 2; i++) {
      await new Promise((r) => setTimeout(r, 30));
      seen = await list();
    }
    expect(seen).toMatchObject({ status: 'queued', lastError: { code: 'PRINTER_REFUSED' } });
    expect(seen.lastErrorText).toContain('开机后会自动重打');
    const printer = await printerOn(port);
    const [received] = await printer.waitForJobs(1);
    expect(received!.decoded.qr).toEqual([`DMS:${order.number}`]);
    expect(received!.decoded.drawers).toHaveLength(1);
  });

  it('previews the same receipt as SVG, in English labels when asked; refuses an unknown printer clearly', async () => {
    const { w, owner } = await rig('en');
    await owner.printers.configure.mutate({ printers: [tcp('front', 9100)], defaultPrinterId: 'front' });
    const order = counterSale(w, 6600);
    const preview = await owner.salesDocs.receiptPreview.query({ orderId: order.id, paper: '58mm' });
    expect(preview).toMatchObject({ paper: '58mm', columns: 32 });
    expect(preview.svg).toContain('data-text="恒达食品商行"');
    expect(preview.svg).toContain(`data-qr="DMS:${order.number}"`);
    expect(preview.svg).toContain('[cash drawer opens]');
    expect(preview.svg).toContain('Paid (cash)');
    await expect(owner.salesDocs.printReceipt.mutate({ orderId: order.id, printerId: 'nope' })).rejects.toThrow('Printer "nope" not found');
    // The same document the queue gets: built once, from the order.
    const doc = salesReceipt(w.t.core, order.id, { paper: '80mm', lang: 'zh-CN' });
    expect(doc.lines.filter((l) => l.kind === 'drawer')).toHaveLength(1);
  });
});
