// scan.resolve through the real router, as every role: the same answer for all, translated hints and errors.
import { TRPCClientError } from '@trpc/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppRouter } from '../../electron/api/router';
import { roles } from '../../electron/core/shared/context';
import { clientFor, signedIn, type Client } from '../helpers/api';
import { testDb, type TestDb } from '../helpers/core';

let t: TestDb;

beforeAll(async () => {
  t = await testDb();
  const now = new Date().toISOString();
  t.sqlite
    .prepare(`INSERT INTO products (id, sku, name, base_unit, search_text, created_at, updated_at) VALUES ('p1', 'NFSQ-550', '农夫山泉 550ml', '瓶', '', ?, ?)`)
    .run(now, now);
  t.sqlite.prepare(`INSERT INTO product_units (id, product_id, name, factor) VALUES ('u1', 'p1', '瓶', 1), ('u2', 'p1', '箱', 24)`).run();
  t.sqlite.prepare(`INSERT INTO barcodes (code, product_id, unit_id) VALUES ('6901234567892', 'p1', 'u1'), ('16901234567899', 'p1', 'u2')`).run();
});
afterAll(() => t.close());

/** The error the renderer would see: a TRPCClientError with the translated message and data.appCode. */
async function errorOf(p: Promise<unknown>): Promise<TRPCClientError<AppRouter>> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  if (!(e instanceof TRPCClientError)) throw new Error(`expected a TRPCClientError, got ${String(e)}`);
  return e as TRPCClientError<AppRouter>;
}

describe.each(roles)('scan.resolve as %s', (role) => {
  let zh: Client;
  let en: Client;
  beforeAll(async () => {
    const session = await signedIn(t, role);
    zh = session.client;
    en = clientFor(t, session.token, 'en');
  });

  it('resolves a case barcode to product and unit', async () => {
    const r = await zh.scan.resolve.query({ raw: '16901234567899\r\n' });
    expect(r).toMatchObject({ kind: 'product', product: { id: 'p1', name: '农夫山泉 550ml' }, unit: { name: '箱', factor: 24 } });
  });

  it('resolves a GS1-128 scan with batch and expiry', async () => {
    const r = await zh.scan.resolve.query({ raw: ']C10106901234567892' + '17270100' + '10L0815' });
    expect(r).toMatchObject({ kind: 'product', unit: { name: '瓶' }, batch: 'L0815', expiresOn: '2027-01-31' });
  });

  it('answers an unknown GTIN with the offer to create a product, in Chinese and in English', async () => {
    const r = await zh.scan.resolve.query({ raw: '4006381333931' });
    expect(r).toMatchObject({ kind: 'unknown', canCreateProduct: true, hint: { code: 'SCAN_UNKNOWN', message: '未知条码“4006381333931”，可以新建商品' } });
    const e = await en.scan.resolve.query({ raw: '4006381333931' });
    expect(e).toMatchObject({ hint: { message: 'Unknown code "4006381333931"; you can create a product for it' } });
  });

  it('refuses a wrong check digit with a message saying so', async () => {
    const e = await errorOf(zh.scan.resolve.query({ raw: '6901234567893' }));
    expect(e.data).toMatchObject({ code: 'BAD_REQUEST', appCode: 'BARCODE_CHECK_DIGIT', params: { expected: 2, actual: 3 } });
    expect(e.message).toBe('条码“6901234567893”校验位错误：应为 2，实际为 3');
  });

  it('refuses an empty scan and a bad GS1 date, translated', async () => {
    expect(await errorOf(zh.scan.resolve.query({ raw: ' \r\n' }))).toMatchObject({ message: '扫描内容为空', data: { appCode: 'SCAN_EMPTY' } });
    const e = await errorOf(en.scan.resolve.query({ raw: '(01)06901234567892(17)261301' }));
    expect(e).toMatchObject({ message: 'GS1 date "261301" (AI 17) is invalid', data: { appCode: 'GS1_DATE' } });
  });

  it('validates its input', async () => {
    const e = await errorOf(zh.scan.resolve.query({ raw: 'x'.repeat(5000) }));
    expect(e.data?.appCode).toBe('VALIDATION');
  });
});

describe('scan.resolve without a session', () => {
  it('is refused', async () => {
    const e = await errorOf(clientFor(t, null).scan.resolve.query({ raw: '6901234567892' }));
    expect(e).toMatchObject({ message: '请先登录', data: { appCode: 'UNAUTHORIZED' } });
  });
});
