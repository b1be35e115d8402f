// trace.* through the real tRPC client and IPC transport: what the renderer sees, translated (zh-CN first).
import { TRPCClientError } from '@trpc/client';
import { count } from 'drizzle-orm';
import iconv from 'iconv-lite';
import { statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { settings, traceCodes } from '../../db/schema';
import { transact } from '../../db/tx';
import { checkOutbound, logDiversionAlerts, recordCodeEvents } from '../../electron/core/trace';
import { associationBytes, writeAssociationFile } from '../fixtures/trace/association';
import { seedPlaces, seedProduct, type SeededPlaces, type SeededProduct } from '../fixtures/trace/seed';
import { callerFor, clientFor, quickSession, signedIn, type Client } from '../helpers/api';
import { makeActor, testDb, type TestDb } from '../helpers/core';

let t: TestDb;
let p: SeededProduct;
let places: SeededPlaces;
let clerk: Client;
let owner: Client;

beforeEach(async () => {
  t = await testDb();
  p = seedProduct(t.core);
  places = seedPlaces(t.core);
  clerk = (await signedIn(t, 'clerk')).client;
  owner = (await signedIn(t, 'owner')).client;
});
afterEach(() => t.close());

const codeCount = () => t.db.select({ n: count() }).from(traceCodes).get()?.n ?? 0;

function writeFile(name: string, bytes: Buffer | string): string {
  const file = join(t.dir, name);
  writeFileSync(file, bytes);
  return file;
}

async function clientError(run: Promise<unknown>): Promise<TRPCClientError<never>> {
  const e = await run.then(() => null, (err: unknown) => err);
  if (!(e instanceof TRPCClientError)) throw new Error(`expected a TRPCClientError, got ${String(e)}`);
  return e as TRPCClientError<never>;
}

const gbkFile = () =>
  writeFile(
    '关联.csv',
    associationBytes({ cases: 2, boxesPerCase: 4, itemsPerBox: 6, layout: 'levels', header: ['箱码', '盒码', '瓶码', '商品条码'], extra: () => [p.gtin.bottle], encoding: 'gbk' }),
  );

describe('trace.import', () => {
  it('imports a GBK file from a path on the desktop, then trace.lookup shows a case with its contents', async () => {
    const r = await clerk.trace.import.mutate({ source: { path: gbkFile() }, distributorCode: 'D-US' });
    expect(r).toMatchObject({ fileName: '关联.csv', codes: 58, cases: 2, boxes: 8, items: 48, encoding: 'gb18030', layout: 'levels' });
    const h = await clerk.trace.lookup.query({ code: 'C00000002' });
    expect(h.info).toMatchObject({ level: 'case', quantity: 24, distributorCode: 'D-US', product: { sku: 'P1' } });
    expect(h.info.children.map((b) => b.code)).toEqual(['B00000002001', 'B00000002002', 'B00000002003', 'B00000002004']);
    expect(h.state).toMatchObject({ status: 'new', event: null });
    expect(h.events).toEqual([]);
  });

  it('imports an uploaded file (base64), as a browser on the LAN does', async () => {
    const bytes = associationBytes({ cases: 1, boxesPerCase: 2, itemsPerBox: 3, layout: 'pairs', encoding: 'utf-8-bom' });
    const r = await clerk.trace.import.mutate({ source: { fileName: 'codes.txt', contentBase64: bytes.toString('base64') }, productId: p.id });
    expect(r).toMatchObject({ codes: 9, cases: 1 });
  });

  it('reports progress while a big file is read, and nothing once it is done', async () => {
    const file = join(t.dir, 'big.csv');
    writeAssociationFile(file, { cases: 600, boxesPerCase: 10, itemsPerBox: 9, layout: 'levels', encoding: 'gbk' });
    const size = statSync(file).size;
    const progressId = 'progress-test-1';
    let done = false;
    const importing = clerk.trace.import.mutate({ source: { path: file }, productId: p.id, progressId }).finally(() => {
      done = true;
    });
    const seen: unknown[] = [];
    while (!done) {
      const now = await clerk.trace.importProgress.query({ progressId });
      if (now) seen.push(now);
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect((await importing).codes).toBe(600 * 101);
    expect(seen).toContainEqual({ phase: 'reading', bytes: expect.any(Number), totalBytes: size });
    for (const s of seen) expect(s).toSatisfy((x: { phase: string; bytes?: number }) => x.phase === 'writing' || (x.bytes ?? 0) <= size);
    expect(await clerk.trace.importProgress.query({ progressId })).toBeNull();
  });

  it('refuses a path from a caller that is not the desktop window', async () => {
    const token = await quickSession(t, 'clerk');
    await expect(callerFor(t, token).trace.import({ source: { path: gbkFile() } })).rejects.toMatchObject({
      cause: expect.objectContaining({ code: 'TRACE_IMPORT_PATH_REMOTE' }),
    });
    expect(codeCount()).toBe(0);
  });

  it('answers a broken file with a translated summary and one translated message per line, importing nothing', async () => {
    const file = writeFile('bad.csv', iconv.encode('箱码,盒码,瓶码\nC1,B1,I1\nC1,B1\nC1,B2,I1\n', 'gbk'));
    const zh = await clientError(clerk.trace.import.mutate({ source: { path: file }, productId: p.id }));
    expect(zh.message).toBe('追溯码文件导入失败：共 2 处错误，未导入任何追溯码');
    expect(zh.data).toMatchObject({ appCode: 'TRACE_IMPORT_FAILED' });
    const details = (zh.data as unknown as { details: { line: number; message: string }[] }).details;
    expect(details.map((d) => d.message)).toEqual(['第 3 行有 2 列，应为 3 列', '第 4 行：追溯码“I1”与第 2 行重复']);
    const en = await clientError(clientFor(t, (await signedIn(t, 'clerk', 'en')).token, 'en').trace.import.mutate({ source: { path: file }, productId: p.id }));
    expect(en.message).toBe('The trace code file was not imported: 2 errors; no code was imported');
    expect((en.data as unknown as { details: { message: string }[] }).details[0]?.message).toBe('Line 3 has 2 columns; 3 expected');
    expect(codeCount()).toBe(0);
  });

  it('refuses a wrong file type in the input, before anything is read', async () => {
    const e = await clientError(clerk.trace.import.mutate({ source: { fileName: 'codes.xlsx', contentBase64: 'QQ==' } }));
    expect(e.data).toMatchObject({ appCode: 'VALIDATION' });
    expect(e.message).toContain('追溯码关联文件只能是 .csv、.txt 或 .tsv 文件');
  });

  it('is not for accountants or drivers', async () => {
    for (const role of ['accountant', 'driver'] as const) {
      const e = await clientError((await signedIn(t, role)).client.trace.import.mutate({ source: { path: gbkFile() } }));
      expect(e.data).toMatchObject({ appCode: 'FORBIDDEN' });
    }
    expect(codeCount()).toBe(0);
  });
});

describe('trace.lookup, checkInbound, checkOutbound', () => {
  beforeEach(async () => {
    await clerk.trace.import.mutate({ source: { path: gbkFile() }, distributorCode: 'D-US' });
    await owner.trace.saveSettings.mutate({ distributorCode: 'D-US', territory: { regions: ['杭州市'], channels: [], groups: [] } });
  });

  it('says an unknown code is not registered, in the caller language', async () => {
    const e = await clientError(clerk.trace.lookup.query({ code: 'NOPE' }));
    expect(e.message).toBe('追溯码“NOPE”未登记');
    expect(e.data).toMatchObject({ appCode: 'TRACE_CODE_UNKNOWN' });
  });

  it('flags receiving scans with translated messages', async () => {
    const r = await clerk.trace.checkInbound.query({ codes: ['C00000001', 'B00000001002', 'X'], previous: [] });
    expect(r.codes.map((c) => c.flags.map((f) => f.message))).toEqual([
      [],
      ['追溯码“B00000001002”在已扫描的“C00000001”之内，不能重复计数'],
      ['追溯码“X”未登记'],
    ]);
    expect(r.codes[0]?.info?.quantity).toBe(24);
  });

  it('shows where a bottle is and its history after it was received and shipped; drivers check shipments', async () => {
    const actor = await makeActor(t.core, 'clerk');
    transact(t.sqlite, () => {
      recordCodeEvents(t.core, actor, [{ code: 'C00000001', kind: 'received', warehouseId: places.main, docType: 'receipt', docId: 'R1' }]);
      recordCodeEvents(t.core, actor, [{ code: 'B00000001001', kind: 'shipped', customerId: places.inside, docType: 'sales_order', docId: 'S1' }]);
    });
    const h = await (await signedIn(t, 'driver')).client.trace.lookup.query({ code: 'I00000001001002' });
    expect(h.state).toMatchObject({ status: 'at_customer', customerName: '西湖便利店' });
    expect(h.events.map((e) => [e.code, e.kind, e.relation])).toEqual([
      ['C00000001', 'received', 'outer'],
      ['B00000001001', 'shipped', 'outer'],
    ]);
    const driver = (await signedIn(t, 'driver')).client;
    const out = await driver.trace.checkOutbound.query({ codes: ['B00000001002'], customerId: places.otherRegion });
    expect(out.codes[0]?.flags.map((f) => f.message)).toEqual([
      '客户“宁波超市”的区域“宁波市海曙区”不在本经销商的销售区域内（杭州市），发货即窜货',
    ]);
    expect(out.alerts).toHaveLength(1);
    const missing = await clientError(driver.trace.checkOutbound.query({ codes: ['B00000001002'], customerId: 'nobody' }));
    expect(missing.message).toBe('找不到该客户');
  });
});

describe('trace.settings, saveSettings and alerts', () => {
  it('lets the owner set our distributor code and territory; others read them', async () => {
    const saved = await owner.trace.saveSettings.mutate({
      distributorCode: 'D-US',
      territory: { regions: ['杭州市', '湖州市'], channels: ['超市'], groups: [{ name: '高端', productIds: [p.id], regions: ['杭州市'], channels: [] }] },
    });
    expect(saved.distributorCode).toBe('D-US');
    expect(await clerk.trace.settings.query()).toEqual(saved);
  });

  it('refuses settings from a clerk, and bad settings from the owner, changing nothing', async () => {
    const forbidden = await clientError(clerk.trace.saveSettings.mutate({ distributorCode: 'X', territory: { regions: [], channels: [], groups: [] } }));
    expect(forbidden.data).toMatchObject({ appCode: 'FORBIDDEN' });
    const invalid = await clientError(owner.trace.saveSettings.mutate({ distributorCode: '', territory: { regions: [''], channels: [], groups: [] } }));
    expect(invalid.data).toMatchObject({ appCode: 'VALIDATION' });
    expect(t.db.select().from(settings).all()).toEqual([]);
    expect(await clerk.trace.settings.query()).toEqual({ distributorCode: null, territory: { regions: [], channels: [], groups: [] } });
  });

  it('lists the diversion log for owners, accountants and clerks, not drivers', async () => {
    await owner.trace.import.mutate({ source: { path: gbkFile() } });
    await owner.trace.saveSettings.mutate({ distributorCode: 'D-US', territory: { regions: ['杭州市'], channels: [], groups: [] } });
    const actor = await makeActor(t.core, 'clerk');
    transact(t.sqlite, () => {
      recordCodeEvents(t.core, actor, [{ code: 'C00000001', kind: 'received', warehouseId: places.main }]);
      logDiversionAlerts(t.core, actor, checkOutbound(t.core, ['B00000001001'], places.otherRegion).alerts, { docType: 'sales_order', docId: 'S9' });
    });
    const accountant = (await signedIn(t, 'accountant')).client;
    expect((await accountant.trace.alerts.query({ direction: 'out' })).map((a) => [a.code, a.reason, a.customerName, a.docId])).toEqual([
      ['B00000001001', 'region', '宁波超市', 'S9'],
    ]);
    expect(await accountant.trace.alerts.query({ direction: 'in' })).toEqual([]);
    const driverError = await clientError((await signedIn(t, 'driver')).client.trace.alerts.query({}));
    expect(driverError.data).toMatchObject({ appCode: 'FORBIDDEN' });
  });
});

describe('trace.settingsView', () => {
  it('gives the settings with the names of the products the territory groups list', async () => {
    expect(await clerk.trace.settingsView.query()).toEqual({ distributorCode: null, territory: { regions: [], channels: [], groups: [] }, groupProducts: [] });
    await owner.trace.saveSettings.mutate({
      distributorCode: 'D-CS-001',
      territory: { regions: ['长沙市'], channels: ['便利店'], groups: [{ name: '高端酒', productIds: [p.id], regions: ['长沙市岳麓区'], channels: [] }] },
    });
    const view = await clerk.trace.settingsView.query();
    expect(view).toMatchObject({ distributorCode: 'D-CS-001', territory: { groups: [{ name: '高端酒', productIds: [p.id] }] } });
    expect(view.groupProducts).toEqual([{ id: p.id, sku: 'P1', name: '啤酒P1' }]);
  });
});
