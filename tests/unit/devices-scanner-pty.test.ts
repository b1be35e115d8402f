// Serial scanners on real serial lines: socat pty pairs stand in for the USB-serial scanner, node-serialport opens
// the app end exactly as it opens /dev/ttyUSB0. Unplugging is killing socat; replugging is starting it again.
import { realpathSync } from 'node:fs';
import iconv from 'iconv-lite';
import { afterEach, describe, expect, it } from 'vitest';
import { scannerConfigSchema, type ScannerConfigInput } from '../../electron/core/devices/scanner-config';
import { translate } from '../../electron/core/shared/messages';
import type { ScanEvent } from '../../electron/devices/scanner/scan-event';
import { ScannerService } from '../../electron/devices/scanner/scanner-service';
import type { ScannerStatus } from '../../electron/devices/scanner/scanner-status';
import { ptyPair, serialLineProblem, until } from '../helpers/pty';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

// Needs socat and the native serialport module; without them the suite is skipped and its title says why.
const problem = await serialLineProblem();

async function rig(config: Partial<ScannerConfigInput> = {}) {
  const pair = await ptyPair('scanner');
  const service = new ScannerService({ backoff: { initialMs: 40, maxMs: 200 } });
  const scans: ScanEvent[] = [];
  const states: ScannerStatus[] = [];
  service.on('scan', (e) => scans.push(e));
  service.on('status', (s) => states.push(s));
  cleanups.push(() => pair.close(), () => service.close());
  await service.configure([scannerConfigSchema.parse({ id: 'dock', path: pair.app, ...config })]);
  const status = () => service.status()[0]!;
  await until(() => status().state === 'connected', 'scanner connected');
  return { pair, service, scans, states, status };
}

const raws = (scans: ScanEvent[]) => scans.map((s) => s.raw);

describe.skipIf(problem)(`serial scanner on a pty${problem ? ` (SKIPPED: ${problem})` : ''}`, () => {
  it('delivers a scan as the wedge does: {raw, source: serial, at}', async () => {
    const { pair, scans } = await rig();
    const before = Date.now();
    pair.write('6901234567892\r');
    await until(() => scans.length === 1, 'one scan');
    expect(scans[0]).toMatchObject({ raw: '6901234567892', source: 'serial', scanner: 'dock' });
    expect(scans[0]!.at).toBeGreaterThanOrEqual(before);
  });

  it('joins chunks that arrive apart and splits scans that arrive together', async () => {
    const { pair, scans } = await rig();
    pair.write('690123');
    await new Promise((r) => setTimeout(r, 60));
    pair.write('4567892\r0106901234567892\x1d10A1');
    await new Promise((r) => setTimeout(r, 60));
    pair.write('\rDMS:SO-20261122-0007\r');
    await until(() => scans.length === 3, 'three scans');
    expect(raws(scans)).toEqual(['6901234567892', '0106901234567892\x1d10A1', 'DMS:SO-20261122-0007']);
  });

  it('decodes 汉字 sent as GB18030 and as UTF-8', async () => {
    const { pair, scans } = await rig({ suffix: 'CRLF' });
    pair.write(Buffer.concat([iconv.encode('门店:王记便利店', 'gb18030'), Buffer.from('\r\n')]));
    pair.write(Buffer.from('批次:B2026\r\n', 'utf8'));
    await until(() => scans.length === 2, 'two scans');
    expect(raws(scans)).toEqual(['门店:王记便利店', '批次:B2026']);
  });

  it('with no suffix, a pause ends each scan', async () => {
    const { pair, scans } = await rig({ suffix: 'none', idleMs: 60 });
    pair.write('6901234567892');
    await until(() => scans.length === 1, 'first scan');
    pair.write('6921168509256');
    await until(() => scans.length === 2, 'second scan');
    expect(raws(scans)).toEqual(['6901234567892', '6921168509256']);
  });

  it('survives an unplug: waits, reconnects on replug, and loses no scan received before', async () => {
    const { pair, scans, status } = await rig();
    const before = pair.pts;
    expect(realpathSync(pair.app)).toBe(before[1]);
    pair.write('111\r222\r33'); // two whole scans and the start of a third
    await until(() => scans.length === 2, 'scans before unplug');

    await pair.unplug();
    await until(() => status().state === 'waiting', 'waiting after unplug');
    const waiting = status();
    expect(['DEVICE_DISCONNECTED', 'DEVICE_NOT_FOUND']).toContain(waiting.reason?.code);
    expect(translate(waiting.reason!.code, 'zh-CN', waiting.reason!.params)).toContain(pair.app);
    // The unfinished third scan had no suffix: it is counted as dropped, never delivered as a short code.
    expect(waiting.droppedBytes).toBe(2);
    // While unplugged the service keeps retrying (the link is gone, so opens fail with "not found").
    await until(() => status().attempts >= 2, 'retries while unplugged');
    expect(status().state).toBe('waiting');

    await pair.replug();
    // The same link name now leads to a new pseudo-terminal, as a replugged adapter gets a new device node.
    expect(realpathSync(pair.app)).toBe(pair.pts[1]);
    await until(() => status().state === 'connected', 'reconnected after replug');
    expect(status().attempts).toBe(0);
    pair.write('444\r');
    await until(() => scans.length === 3, 'scan after replug');
    expect(raws(scans)).toEqual(['111', '222', '444']);
  });

  it('waits for a scanner that is not plugged in yet, with a translated reason, and connects when it appears', async () => {
    const pair = await ptyPair('late');
    cleanups.push(() => pair.close());
    const path = pair.app;
    await pair.unplug();
    const service = new ScannerService({ backoff: { initialMs: 40, maxMs: 200 } });
    cleanups.push(() => service.close());
    const scans: ScanEvent[] = [];
    service.on('scan', (e) => scans.push(e));
    await service.configure([scannerConfigSchema.parse({ id: 'late', path })]);
    const status = () => service.status()[0]!;
    await until(() => status().state === 'waiting' && status().reason !== null, 'waiting for the port');
    expect(status().reason).toEqual({ code: 'DEVICE_NOT_FOUND', params: { path } });
    expect(translate('DEVICE_NOT_FOUND', 'zh-CN', { path })).toBe(`找不到设备 ${path}：未插入或路径不对，插入后会自动连接`);
    const ports = await service.listPorts();
    expect(ports.find((p) => p.path === path)).toMatchObject({ listed: false, present: false, usedBy: ['late'] });

    await pair.replug();
    await until(() => status().state === 'connected', 'connected once plugged in');
    expect((await service.listPorts()).find((p) => p.path === path)).toMatchObject({ present: true });
    pair.write('6901234567892\r');
    await until(() => scans.length === 1, 'scan');
  });

  it('reconfigures live: a disabled scanner closes its port, re-enabling opens it again', async () => {
    const { pair, service, scans, status } = await rig();
    const config = scannerConfigSchema.parse({ id: 'dock', path: pair.app });
    await service.configure([{ ...config, enabled: false }]);
    expect(status().state).toBe('stopped');
    await service.configure([config]);
    await until(() => status().state === 'connected', 'connected again');
    pair.write('555\r');
    await until(() => scans.length === 1, 'scan after re-enable');
    expect(raws(scans)).toEqual(['555']);
  });
});

