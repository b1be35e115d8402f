// prices.import and prices.export through the real router: prices in yuan (¥1,280.00, 3.5) to fen on lists named
// by code or name, units by name, brand limits enforced, all-or-nothing with a per-row report, owner only, and
// an export that re-imports to the same prices.
import { TRPCClientError } from '@trpc/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppRouter } from '../../electron/api/router';
import { signedIn, type Client } from '../helpers/api';
import { testDb, type TestDb } from '../helpers/core';
import { cola, snapshot } from './catalog-fixtures';
import { gbk, readXlsx, upload, utf8, xlsx, type Cell } from './import-fixtures';

let t: TestDb;
let owner: Client;
let product: Awaited<ReturnType<Client['products']['create']['mutate']>>;
let wholesale: { id: string };
let ka: { id: string };

beforeEach(async () => {
  t = await testDb();
  owner = (await signedIn(t, 'owner')).client;
  product = await owner.products.create.mutate(cola());
  wholesale = await owner.priceLists.create.mutate({ code: 'PF', name: '批发价' });
  ka = await owner.priceLists.create.mutate({ code: 'KA', name: 'KA价' });
});
afterEach(() => t.close());

const HEADER: Cell[] = ['价格表', '商品编码', '单位', '价格(元)'];

async function refused(p: () => Promise<unknown>, appCode: string) {
  const before = snapshot(t);
  const e = await p().then(
    () => null,
    (err: unknown) => err,
  );
  if (!(e instanceof TRPCClientError)) throw new Error(`expected a refusal, got ${JSON.stringify(e)}`);
  expect((e as TRPCClientError<AppRouter>).data?.appCode, e.message).toBe(appCode);
  expect(snapshot(t)).toEqual(before);
  return e as TRPCClientError<AppRouter>;
}

const unit = (name: string) => product.units.find((u) => u.name === name)!.id;
const prices = async () => (await owner.prices.forProduct.query({ productId: product.id })).prices;

describe('prices.import', () => {
  it('imports yuan amounts as fen from .xlsx, lists by name or code, and updates on a second import', async () => {
    const res = await owner.prices.import.mutate(
      upload('价格.xlsx', await xlsx([HEADER, ['批发价', 'KO-500', '瓶', 2.5], ['批发价', 'KO-500', '箱', '¥1,280.00'], ['KA', 'KO-500', '箱', '56']])),
    );
    expect(res).toEqual({ created: 3, updated: 0, rows: 3 });
    expect((t.sqlite.prepare("SELECT data FROM audit_log WHERE action = 'prices.import'").all() as { data: string }[]).map((r) => JSON.parse(r.data))).toEqual([
      { fileName: '价格.xlsx', created: 3, updated: 0, rows: 3 },
    ]);
    expect(await prices()).toEqual([
      { priceListId: ka.id, unitId: unit('箱'), price: 5600 },
      { priceListId: wholesale.id, unitId: unit('瓶'), price: 250 },
      { priceListId: wholesale.id, unitId: unit('箱'), price: 128_000 },
    ]);
    const again = await owner.prices.import.mutate(upload('价格.csv', gbk([HEADER, ['批发价', 'KO-500', '瓶', '3.005']])));
    expect(again).toEqual({ created: 0, updated: 1, rows: 1 });
    // Half up on the third decimal: 3.005 yuan is 301 fen.
    expect((await prices()).find((p) => p.unitId === unit('瓶'))?.price).toBe(301);
  });

  it('reports unknown lists, products and units, bad amounts, duplicates and limit breaches, and imports none', async () => {
    await owner.priceLimits.set.mutate({ productId: product.id, unitId: unit('箱'), minPrice: 5000, maxPrice: 7000 });
    const rows: Cell[][] = [
      HEADER,
      ['批发价', 'KO-500', '瓶', '2.50'],
      ['零售价', 'KO-500', '瓶', '3'],
      ['批发价', 'NOPE', '瓶', '3'],
      ['批发价', 'KO-500', '盒', '3'],
      ['批发价', 'KO-500', '箱', '-1'],
      ['KA价', 'KO-500', '箱', '49.99'],
      ['批发价', 'KO-500', '瓶', '2.60'],
      ['KA价', 'KO-500', '瓶', ''],
    ];
    const e = await refused(() => owner.prices.import.mutate(upload('bad.csv', utf8(rows))), 'IMPORT_FAILED');
    expect(e.message).toBe('导入失败：7 行有错误，未导入任何数据');
    expect(e.data?.details).toEqual([
      { row: 3, column: '价格表', code: 'IMPORT_UNKNOWN', params: { column: '价格表', value: '零售价' }, message: '“价格表”中的“零售价”不存在' },
      { row: 4, column: '商品编码', code: 'IMPORT_UNKNOWN', params: { column: '商品编码', value: 'NOPE' }, message: '“商品编码”中的“NOPE”不存在' },
      { row: 5, column: '单位', code: 'UNIT_NOT_FOUND', params: { unit: '盒' }, message: '商品没有单位“盒”' },
      { row: 6, column: '价格(元)', code: 'MONEY_FORMAT', params: { value: '-1' }, message: '金额“-1”格式不正确' },
      { row: 7, column: '价格(元)', code: 'PRICE_BELOW_LIMIT', params: { price: '49.99', min: '50.00' }, message: '价格 49.99 元低于品牌最低限价 50.00 元' },
      { row: 8, column: '商品编码', code: 'IMPORT_DUPLICATE_ROW', params: { value: '批发价 KO-500 瓶', row: 2 }, message: '“批发价 KO-500 瓶”与第 2 行重复' },
      { row: 9, column: '价格(元)', code: 'IMPORT_REQUIRED', params: { column: '价格(元)' }, message: '“价格(元)”不能为空' },
    ]);
  });

  it('is the owner’s only', async () => {
    const clerk = (await signedIn(t, 'clerk')).client;
    await refused(() => clerk.prices.import.mutate(upload('a.csv', utf8([HEADER, ['批发价', 'KO-500', '瓶', '2.5']]))), 'FORBIDDEN');
  });
});

describe('prices.export', () => {
  it('writes list, code, name, unit and yuan, and re-imports to the same prices', async () => {
    await owner.prices.set.mutate({
      productId: product.id,
      prices: [
        { priceListId: wholesale.id, unitId: unit('瓶'), price: 250 },
        { priceListId: wholesale.id, unitId: unit('箱'), price: 5999 },
      ],
    });
    const before = await prices();
    const file = await owner.prices.export.mutate();
    expect(file.fileName).toMatch(/^价格表-\d{8}\.xlsx$/);
    expect(await readXlsx(file.contentBase64)).toEqual([
      ['价格表', '商品编码', '商品名称', '单位', '价格(元)'],
      ['批发价', 'KO-500', '可口可乐 500ml', '瓶', '2.5'],
      ['批发价', 'KO-500', '可口可乐 500ml', '箱', '59.99'],
    ]);
    expect(await owner.prices.import.mutate(file)).toEqual({ created: 0, updated: 2, rows: 2 });
    expect(await prices()).toEqual(before);
  });
});
