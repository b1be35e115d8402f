// The print queue through the real API (IPC transport, roles, translated errors) with a virtual network printer on
// 127.0.0.1: a printer that is off keeps the job queued with a translated reason until it comes up, jobs survive a
// restart of the app, and each printer's receipts come out in the order they were printed.
import { TRPCClientError } from '@trpc/client';
import { afterEach, describe, expect, it } from 'vitest';
import { openApp } from '../../electron/api/app';
import { DeviceServices } from '../../electron/api/device-services';
import { createServices, type Services } from '../../electron/api/services';
import { enqueuePrintJob, listPrintJobs } from '../../electron/core/devices/print-jobs';
import { savePrinterSettings } from '../../electron/core/devices/device-settings';
import { printerConfigSchema, printerSettingsSchema } from '../../electron/core/devices/printer-config';
import { sampleReceipt } from '../../electron/devices/printer/sample-receipt';
import { clientFor, quickSession } from '../helpers/api';
import { makeActor, tempDir, testDb } from '../helpers/core';
import { until } from '../helpers/pty';
import { closedPort, tcpPrinter, type TcpPrinter } from '../helpers/virtual-printer';

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

const fastRetry = { initialMs: 50, maxMs: 200 };

async function rig(lang: 'zh-CN' | 'en' = 'zh-CN', printBackoff = fastRetry) {
  const t = await testDb();
  const services: Services = { ...createServices('test'), devices: new DeviceServices({ printBackoff }) };
  await services.devices.start(t.core);
  cleanups.push(() => t.close(), () => services.devices.stop());
  const as = async (role: 'owner' | 'clerk' | 'driver' | 'accountant') => clientFor(t, await quickSession(t, role), lang, services);
  return { t, services, owner: await as('owner'), as };
}

const tcp = (id: string, port: number) => ({ id, name: '前台小票机', transport: { kind: 'tcp' as const, host: '127.0.0.1', port }, timeoutMs: 1000 });

async function startPrinter(port = 0): Promise<TcpPrinter> {
  const p = await tcpPrinter(port);
  cleanups.push(() => p.close());
  return p;
}

/** Polls `read` (with a pause, so sockets and timers get to run) until `ok` holds for its result. */
async function eventually<T>(read: () => Promise<T>, ok: (v: T) => boolean, what: string, ms = 5000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await read();
    if (ok(v)) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

async function appError(p: Promise<unknown>): Promise<{ message: string; appCode: unknown }> {
  try {
    await p;
  } catch (e) {
    if (e instanceof TRPCClientError) return { message: e.message, appCode: (e.data as { appCode?: unknown })?.appCode };
    throw e;
  }
  throw new Error('expected an error');
}

describe('print queue', () => {
  it('keeps a receipt queued with a translated error while the printer is off, then prints it when it comes up', async () => {
    const { owner } = await rig();
    const port = await closedPort();
    await owner.printers.configure.mutate({ printers: [tcp('front', port)], defaultPrinterId: 'front' });
    const job = await owner.printers.print.mutate({ document: sampleReceipt(40) });
    expect(job.status).toBe('queued');

    const jobs = async () => (await owner.printJobs.list.query({})).find((j) => j.id === job.id)!;
    const seen = await eventually(jobs, (j) => j.attempts >= 2, 'two failed attempts');
    expect(seen.status).toBe('queued');
    expect(seen.attempts).toBeGreaterThanOrEqual(2);
    expect(seen.lastError).toEqual({ code: 'PRINTER_REFUSED', params: { address: `127.0.0.1:${port}` } });
    expect(seen.lastErrorText).toBe(`打印机 127.0.0.1:${port} 拒绝连接：可能未开机、未联网或端口不对，开机后会自动重打`);

    const printer = await startPrinter(port);
    const [received] = await printer.waitForJobs(1);
    expect(received!.decoded.problems).toEqual([]);
    expect(received!.decoded.lines[0]).toBe('鑫源副食品批发部');
    expect(received!.decoded.lines.filter((l) => /\d+\.\d\d$/.test(l)).length).toBeGreaterThanOrEqual(40);
    expect(received!.decoded.drawers[0]!.bytes).toEqual([0x1b, 0x70, 0x00, 0x19, 0xfa]);
    const done = await eventually(jobs, (j) => j.status === 'sent', 'job marked sent');
    expect(done).toMatchObject({ status: 'sent', sentBytes: received!.bytes.length });
  });

  it('never loses a queued receipt across a restart: the next start prints it', async () => {
    const dir = tempDir('dms-restart-');
    const port = await closedPort();
    const first = await openApp(dir, 'test');
    const actor = await makeActor(first.core, 'owner');
    savePrinterSettings(first.core, actor, printerSettingsSchema.parse({ printers: [tcp('front', port)] }));
    const queued = enqueuePrintJob(first.core, actor, { printerId: 'front', document: sampleReceipt(3, 'SO-20261122-0042') });
    first.close(); // the printer was off the whole time

    const printer = await startPrinter(port);
    const second = await openApp(dir, 'test');
    cleanups.push(() => second.close());
    const [received] = await printer.waitForJobs(1);
    expect(received!.decoded.qr).toEqual(['DMS:SO-20261122-0042']);
    await until(() => listPrintJobs(second.core).find((j) => j.id === queued.id)?.status === 'sent', 'job marked sent');
  });

  it("prints each printer's receipts in order, and a printer that is off does not hold up another", async () => {
    const { owner } = await rig();
    const offPort = await closedPort();
    const on = await startPrinter();
    await owner.printers.configure.mutate({ printers: [tcp('off', offPort), tcp('on', on.port)], defaultPrinterId: 'off' });
    for (const n of [1, 2, 3]) await owner.printers.print.mutate({ document: sampleReceipt(1, `SO-20261122-000${n}`) });
    await owner.printers.print.mutate({ printerId: 'on', document: sampleReceipt(1, 'SO-20261122-0009') });
    const [other] = await on.waitForJobs(1);
    expect(other!.decoded.qr).toEqual(['DMS:SO-20261122-0009']);

    const back = await startPrinter(offPort);
    const jobs = await back.waitForJobs(3);
    expect(jobs.map((j) => j.decoded.qr[0])).toEqual(['DMS:SO-20261122-0001', 'DMS:SO-20261122-0002', 'DMS:SO-20261122-0003']);
  });

  it('prints a test page and opens the drawer on request', async () => {
    const { owner, as } = await rig();
    const printer = await startPrinter();
    await owner.printers.configure.mutate({ printers: [{ ...tcp('front', printer.port), paper: '58mm' }], defaultPrinterId: null });
    await (await as('clerk')).printers.testPage.mutate({ printerId: 'front' });
    await (await as('driver')).printers.openDrawer.mutate({});
    const [page, drawer] = await printer.waitForJobs(2);
    expect(page!.decoded.lines[0]).toBe('打印机测试页');
    expect(page!.decoded.lines).toContain('纸宽：58mm（32 列 / 384 点）');
    expect(page!.decoded.cuts).toHaveLength(1);
    expect(drawer!.decoded.lines).toEqual([]);
    expect(drawer!.bytes.toString('hex')).toBe('1b401c26' + '1b700019fa');
  });

  it('retries a waiting job at once when asked, instead of at its next scheduled attempt', async () => {
    const { owner } = await rig('zh-CN', { initialMs: 60_000, maxMs: 60_000 });
    const port = await closedPort();
    await owner.printers.configure.mutate({ printers: [tcp('front', port)], defaultPrinterId: 'front' });
    const job = await owner.printers.print.mutate({ document: sampleReceipt(1) });
    const failed = await eventually(async () => (await owner.printJobs.list.query({})).find((j) => j.id === job.id)!, (j) => j.attempts === 1, 'first attempt');
    expect(Date.parse(failed.nextAttemptAt) - Date.now()).toBeGreaterThan(50_000);
    const printer = await startPrinter(port);
    const started = Date.now();
    await owner.printJobs.retry.mutate({ id: job.id });
    await printer.waitForJobs(1, 3000);
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('refuses to change a job that has printed, and reprints it as a new job', async () => {
    const { owner, as } = await rig();
    const printer = await startPrinter();
    await owner.printers.configure.mutate({ printers: [tcp('front', printer.port)], defaultPrinterId: 'front' });
    const job = await owner.printers.print.mutate({ document: sampleReceipt(1) });
    await printer.waitForJobs(1);
    const clerk = await as('clerk');
    await eventually(async () => (await clerk.printJobs.list.query({ status: 'sent' })).find((j) => j.id === job.id), Boolean, 'job sent');
    expect(await appError(clerk.printJobs.cancel.mutate({ id: job.id }))).toEqual({ message: '该打印任务已打印，不能再更改', appCode: 'PRINT_JOB_SENT' });
    const again = await clerk.printJobs.reprint.mutate({ id: job.id });
    expect(again.id).not.toBe(job.id);
    await printer.waitForJobs(2);
  });
});

describe('printer settings and preview', () => {
  it('lets owners and clerks configure, not drivers; errors are translated', async () => {
    const { owner, as } = await rig('en');
    const driver = await as('driver');
    expect((await appError(driver.printers.configure.mutate({ printers: [], defaultPrinterId: null }))).appCode).toBe('FORBIDDEN');
    const dup = await appError(owner.printers.configure.mutate({ printers: [tcp('a', 9100), tcp('a', 9101)], defaultPrinterId: null }));
    expect(dup).toEqual({ message: 'Device id "a" is used twice', appCode: 'DEVICE_ID_DUPLICATE' });
    expect((await appError(owner.printers.print.mutate({ document: sampleReceipt(1) }))).message).toBe(
      'No default receipt printer is set; add a printer in the settings',
    );
    const saved = await (await as('clerk')).printers.configure.mutate({ printers: [tcp('a', 9100)], defaultPrinterId: null });
    expect(saved.defaultPrinterId).toBe('a');
    expect(saved.printers[0]).toEqual(printerConfigSchema.parse(tcp('a', 9100)));
  });

  it('previews the sample receipt on a paper width before any printer exists, in the caller language', async () => {
    const { as } = await rig('en');
    const preview = await (await as('driver')).printers.preview.query({ paper: '58mm' });
    expect(preview.columns).toBe(32);
    expect(preview.svg).toContain('data-paper="58mm"');
    expect(preview.svg).toContain('data-text="鑫源副食品批发部"');
    expect(preview.svg).toContain('[cash drawer opens]');
  });
});
