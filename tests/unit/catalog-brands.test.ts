// Brands and categories through the real router: owner and clerk write, every role reads; brand codes from pinyin
// initials; no duplicate names, no category loops; a renamed brand re-computes its products' search text.
import { TRPCClientError } from '@trpc/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppRouter } from '../../electron/api/router';
import { signedIn, type Client } from '../helpers/api';
import { testDb, type TestDb } from '../helpers/core';
import { snapshot } from './catalog-fixtures';

let t: TestDb;
let accountant: Client;
let clerk: Client;
let driver: Client;

beforeAll(async () => {
  t = await testDb();
  accountant = (await signedIn(t, 'accountant')).client;
  clerk = (await signedIn(t, 'clerk')).client;
  driver = (await signedIn(t, 'driver')).client;
});
afterAll(() => t.close());

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

const audits = (action: string) =>
  (t.sqlite.prepare('SELECT count(*) AS n FROM audit_log WHERE action = ?').get(action) as { n: number }).n;

it('writes an audit row per brand and category change', async () => {
  await clerk.brands.create.mutate({ name: '王老吉' });
  await clerk.categories.create.mutate({ name: '凉茶' });
  expect([audits('brands.create'), audits('categories.create')]).toEqual([1, 1]);
});

describe('brands and categories', () => {
  it('creates brands with pinyin-initial codes, numbered on collision, and renames', async () => {
    const a = await clerk.brands.create.mutate({ name: '康师傅' });
    const b = await clerk.brands.create.mutate({ name: '可尚芳' });
    expect([a.code, b.code]).toEqual(['KSF', 'KSF2']);
    const e = await refused(() => clerk.brands.create.mutate({ name: '康师傅' }), 'BRAND_NAME_TAKEN');
    expect(e.message).toBe('品牌“康师傅”已存在');
    await refused(() => clerk.brands.update.mutate({ id: b.id, code: 'KSF', name: '可尚芳' }), 'BRAND_CODE_TAKEN');
    await clerk.brands.update.mutate({ id: b.id, code: 'KSF-B', name: '可尚芳食品' });
    expect(audits('brands.update')).toBe(1);
    expect((await driver.brands.list.query()).map((x) => `${x.code} ${x.name}`)).toEqual(['KSF 康师傅', 'KSF-B 可尚芳食品', 'WLJ 王老吉']);
    await refused(() => accountant.brands.create.mutate({ name: '统一' }), 'FORBIDDEN');
  });

  it('creates a category tree and refuses loops and duplicates', async () => {
    const drinks = await clerk.categories.create.mutate({ name: '饮料' });
    const soda = await clerk.categories.create.mutate({ name: '碳酸饮料', parentId: drinks.id });
    await refused(() => clerk.categories.update.mutate({ id: drinks.id, name: '饮料', parentId: soda.id }), 'CATEGORY_PARENT');
    await clerk.categories.update.mutate({ id: soda.id, name: '碳酸饮料', parentId: drinks.id });
    expect(audits('categories.update')).toBe(1);
    await refused(() => clerk.categories.create.mutate({ name: '饮料' }), 'CATEGORY_TAKEN');
    expect((await driver.categories.list.query()).map((c) => [c.name, c.parentId])).toEqual([
      ['凉茶', null],
      ['碳酸饮料', drinks.id],
      ['饮料', null],
    ]);
  });

  it('re-computes search text of a brand’s products when the brand is renamed', async () => {
    const brand = await clerk.brands.create.mutate({ name: '统一' });
    await clerk.products.create.mutate({ sku: 'TY-01', name: '老坛酸菜牛肉面', brandId: brand.id, units: [{ name: '袋', factor: 1 }] });
    expect((await driver.products.search.query({ q: 'tongyi' })).map((p) => p.sku)).toEqual(['TY-01']);
    await clerk.brands.update.mutate({ id: brand.id, code: brand.code, name: '统一企业' });
    expect((await driver.products.search.query({ q: 'tyqy' })).map((p) => p.sku)).toEqual(['TY-01']);
  });
});
