// The same Chinese receipt sent over each transport to a virtual printer that decodes what it receives: TCP to a
// listener on 127.0.0.1, serial through node-serialport into a pty, and USB written as a device file (a pty's end
// stands in for /dev/usb/lp0). Each must decode to the same rows, QR, cut and drawer pulse.
import { existsSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { printerConfigSchema, type PrinterConfigInput } from '../../electron/core/devices/printer-config';
import { isAppError } from '../../electron/core/shared/errors';
import { translate } from '../../electron/core/shared/messages';
import { renderEscPos } from '../../electron/devices/printer/escpos/render';
import { layoutDocument } from '../../electron/devices/printer/layout';
import { sampleReceipt } from '../../electron/devices/printer/sample-receipt';
import { sendToPrinter } from '../../electron/devices/printer/transports/send';
import { decodeEscPos } from '../helpers/escpos-decode';
import { ptyPair, serialLineProblem } from '../helpers/pty';
import { closedPort, ptyPrinter, tcpPrinter } from '../helpers/virtual-printer';

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

const config = (transport: PrinterConfigInput['transport'], more: Partial<PrinterConfigInput> = {}) =>
  printerConfigSchema.parse({ id: 'p', transport, timeoutMs: 2000, ...more });
const receipt = sampleReceipt(12);
const bytes = renderEscPos(layoutDocument(receipt, config({ kind: 'usb' })));
const expected = decodeEscPos(bytes);

async function rejection(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (e) {
    return e;
  }
  throw new Error('expected the send to fail');
}

describe('network printer (TCP 9100)', () => {
  it('receives the receipt byte for byte and decodes it to the same rows', async () => {
    const printer = await tcpPrinter();
    cleanups.push(() => printer.close());
    await sendToPrinter(config({ kind: 'tcp', host: '127.0.0.1', port: printer.port }), bytes);
    const [job] = await printer.waitForJobs(1);
    expect(job!.bytes.equals(bytes)).toBe(true);
    expect(job!.decoded.problems).toEqual([]);
    expect(job!.decoded.lines).toEqual(expected.lines);
    expect(job!.decoded.lines).toContain('鑫源副食品批发部');
    expect(job!.decoded.qr).toEqual(['DMS:SO-20261122-0007']);
    expect(job!.decoded.cuts).toHaveLength(1);
    expect(job!.decoded.drawers[0]!.bytes).toEqual([0x1b, 0x70, 0x00, 0x19, 0xfa]);
  });

  it('reports a printer that is off (nothing listening) with a translated reason', async () => {
    const port = await closedPort();
    const err = await rejection(sendToPrinter(config({ kind: 'tcp', host: '127.0.0.1', port }), bytes));
    expect(isAppError(err) && err.code).toBe('PRINTER_REFUSED');
    expect(isAppError(err) && translate(err.code, 'zh-CN', err.params)).toBe(
      `打印机 127.0.0.1:${port} 拒绝连接：可能未开机、未联网或端口不对，开机后会自动重打`,
    );
  });
});

const problem = await serialLineProblem();

describe.skipIf(problem)(`serial and USB printers on a pty${problem ? ` (SKIPPED: ${problem})` : ''}`, () => {
  it('serial: decodes to the same rows as over TCP', async () => {
    const pair = await ptyPair('printer');
    const printer = ptyPrinter(pair.device);
    cleanups.push(() => pair.close(), () => printer.close());
    await sendToPrinter(config({ kind: 'serial', path: pair.app, baudRate: 115200 }), bytes);
    const decoded = await printer.waitForCuts(1);
    expect(printer.bytes().equals(bytes)).toBe(true);
    expect(decoded.problems).toEqual([]);
    expect(decoded.lines).toEqual(expected.lines);
    expect(decoded.qr).toEqual(expected.qr);
    expect(decoded.drawers.map((d) => d.bytes)).toEqual([[0x1b, 0x70, 0x00, 0x19, 0xfa]]);
  });

  it('USB (device file): decodes to the same rows', async () => {
    const pair = await ptyPair('lp');
    const printer = ptyPrinter(pair.device);
    cleanups.push(() => pair.close(), () => printer.close());
    await sendToPrinter(config({ kind: 'usb', path: pair.app }), bytes);
    const decoded = await printer.waitForCuts(1);
    expect(decoded.lines).toEqual(expected.lines);
    expect(decoded.cuts.map((c) => c.bytes)).toEqual([[0x1d, 0x56, 0x42, 0x00]]);
  });

  it('USB: a printer that is not plugged in is "not found", and no file is created in its place', async () => {
    const pair = await ptyPair('gone');
    await pair.close();
    const err = await rejection(sendToPrinter(config({ kind: 'usb', path: pair.app }), bytes));
    expect(isAppError(err) && err.code).toBe('DEVICE_NOT_FOUND');
    expect(existsSync(pair.app)).toBe(false);
  });

  it('serial: a port that is not there is "not found"', async () => {
    const pair = await ptyPair('gone2');
    await pair.close();
    const err = await rejection(sendToPrinter(config({ kind: 'serial', path: pair.app }), bytes));
    expect(isAppError(err) && err.code).toBe('DEVICE_NOT_FOUND');
  });
});
