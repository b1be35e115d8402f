// scanners.* through the real API: owners and clerks configure, everyone reads the state with its reason in their
// language; the saved settings are what the service opens, and the next start of the app opens them again.
import { TRPCClientError } from '@trpc/client';
import { afterEach, describe, expect, it } from 'vitest';
import { openApp } from '../../electron/api/app';
import { DeviceServices } from '../../electron/api/device-services';
import { createServices, type Services } from '../../electron/api/services';
import { saveScanners } from '../../electron/core/devices/device-settings';
import { scannerConfigSchema } from '../../electron/core/devices/scanner-config';
import type { ScanEvent } from '../../electron/devices/scanner/scan-event';
import { clientFor, quickSession } from '../helpers/api';
import { makeActor, tempDir, testDb } from '../helpers/core';
import { ptyPair, serialLineProblem, until } from '../helpers/pty';

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

const problem = await serialLineProblem();

async function rig() {
  const t = await testDb();
  const services: Services = { ...createServices('test'), devices: new DeviceServices({ scannerBackoff: { initialMs: 40, maxMs: 200 } }) };
  await services.devices.start(t.core);
  cleanups.push(() => t.close(), () => services.devices.stop());
  const as = async (role: 'owner' | 'clerk' | 'driver' | 'accountant', lang: 'zh-CN' | 'en' = 'zh-CN') =>
    clientFor(t, await quickSession(t, role), lang, services);
  return { t, services, as };
}

describe.skipIf(problem)(`scanners.* over the API${problem ? ` (SKIPPED: ${problem})` : ''}`, () => {
  it('a clerk configures a pty scanner; its scans reach the service; a driver sees the state but may not configure', async () => {
    const { services, as } = await rig();
    const pair = await ptyPair('api');
    cleanups.push(() => pair.close());
    const scans: ScanEvent[] = [];
    services.devices.scanners.on('scan', (e) => scans.push(e));

    const clerk = await as('clerk');
    const saved = await clerk.scanners.configure.mutate({ scanners: [{ id: 'dock', name: '收货台', path: pair.app, suffix: 'CR' }] });
    expect(saved.scanners[0]).toMatchObject({ id: 'dock', baudRate: 9600, suffix: 'CR', encoding: 'auto', enabled: true });
    await until(() => services.devices.scanners.status()[0]?.state === 'connected', 'connected');
    pair.write('6901234567892\r');
    await until(() => scans.length === 1, 'scan');
    expect(scans[0]).toMatchObject({ raw: '6901234567892', source: 'serial', scanner: 'dock' });

    const driver = await as('driver', 'en');
    const [status] = await driver.scanners.status.query();
    expect(status).toMatchObject({ id: 'dock', state: 'connected', reason: null, reasonText: null, scans: 1 });
    const list = await driver.scanners.list.query();
    expect(list.ports.find((p) => p.path === pair.app)).toMatchObject({ present: true, usedBy: ['dock'] });
    const refused = await driver.scanners.configure.mutate({ scanners: [] }).catch((e: unknown) => e);
    expect(refused instanceof TRPCClientError && refused.data?.appCode).toBe('FORBIDDEN');

    await pair.unplug();
    await until(() => services.devices.scanners.status()[0]?.state === 'waiting', 'waiting');
    const [away] = await driver.scanners.status.query();
    expect(away!.reasonText).toMatch(new RegExp(`^Device ${pair.app} (was disconnected|is not there)`));
  });

  it('opens the saved scanners again when the app starts', async () => {
    const dir = tempDir('dms-scan-restart-');
    const pair = await ptyPair('boot');
    cleanups.push(() => pair.close());
    const first = await openApp(dir, 'test');
    saveScanners(first.core, await makeActor(first.core, 'owner'), [scannerConfigSchema.parse({ id: 'dock', path: pair.app })]);
    first.close();

    const second = await openApp(dir, 'test');
    cleanups.push(() => second.close());
    const scans: ScanEvent[] = [];
    second.services.devices.scanners.on('scan', (e) => scans.push(e));
    await until(() => second.services.devices.scanners.status()[0]?.state === 'connected', 'connected after restart');
    pair.write('DMS:SO-20261122-0007\r');
    await until(() => scans.length === 1, 'scan after restart');
  });
});

describe('scanners.configure', () => {
  it('refuses two scanners on one port, with the message in Chinese', async () => {
    const { as } = await rig();
    const owner = await as('owner');
    const err = await owner.scanners.configure
      .mutate({ scanners: [{ id: 'a', name: '一号', path: '/dev/ttyUSB0' }, { id: 'b', name: '二号', path: '/dev/ttyUSB0' }] })
      .catch((e: unknown) => e);
    expect(err instanceof TRPCClientError && err.message).toBe('“一号”和“二号”用了同一个端口 /dev/ttyUSB0');
  });
});
