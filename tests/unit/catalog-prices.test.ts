// Price lists, per-unit prices in fen and the brand's price limits, through the real router: owner-only writes,
// limits kept in order and enforced on prices, refusals translated and changing nothing, an audit row per change.
import { TRPCClientError } from '@trpc/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppRouter } from '../../electron/api/router';
import { writePriceLimit } from '../../electron/core/catalog/price-limits';
import { clientFor, signedIn, type Client } from '../helpers/api';
import { testDb, type TestDb } from '../helpers/core';
import { cola, snapshot } from './catalog-fixtures';

let t: TestDb;
let owner: Client;
let ownerEn: Client;
let clerk: Client;
let driver: Client;
let product: Awaited<ReturnType<Client['products']['create']['mutate']>>;
let other: typeof product;
let wholesale: { id: string };
let ka: { id: string };

beforeAll(async () => {
  t = await testDb();
  const o = await signedIn(t, 'owner');
  owner = o.client;
  ownerEn = clientFor(t, o.token, 'en');
  clerk = (await signedIn(t, 'clerk')).client;
  driver = (await signedIn(t, 'driver')).client;
  product = await clerk.products.create.mutate(cola());
  other = await clerk.products.create.mutate({ sku: 'XB-500', name: '雪碧 500ml', units: [{ name: '瓶', factor: 1 }] });
  wholesale = await owner.priceLists.create.mutate({ code: 'PF', name: '批发价' });
  ka = await owner.priceLists.create.mutate({ code: 'KA', name: 'KA价' });
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
const unit = (name: string) => product.units.find((u) => u.name === name)!;

describe('price lists', () => {
  it('lists them for every role, by code', async () => {
    expect((await driver.priceLists.list.query()).map((l) => l.name)).toEqual(['KA价', '批发价']);
    expect(audits('priceLists.create')).toBe(2);
  });

  it('refuses a duplicate code or name', async () => {
    const e = await refused(() => owner.priceLists.create.mutate({ code: 'PF2', name: '批发价' }), 'PRICE_LIST_TAKEN');
    expect(e.message).toBe('价格表“批发价”已存在');
    await refused(() => owner.priceLists.create.mutate({ code: 'PF', name: '批发价2' }), 'PRICE_LIST_TAKEN');
  });

  it('is created by the owner only', async () => {
    await refused(() => clerk.priceLists.create.mutate({ code: 'LS', name: '零售价' }), 'FORBIDDEN');
  });
});

describe('prices', () => {
  it('sets per-unit prices in fen on several lists in one action', async () => {
    const before = audits('prices.set');
    const out = await owner.prices.set.mutate({
      productId: product.id,
      prices: [
        { priceListId: wholesale.id, unitId: unit('瓶').id, price: 250 },
        { priceListId: wholesale.id, unitId: unit('箱').id, price: 5800 },
        { priceListId: ka.id, unitId: unit('箱').id, price: 5600 },
      ],
    });
    expect(audits('prices.set')).toBe(before + 1);
    expect(out.prices).toEqual([
      { priceListId: ka.id, unitId: unit('箱').id, price: 5600 },
      { priceListId: wholesale.id, unitId: unit('瓶').id, price: 250 },
      { priceListId: wholesale.id, unitId: unit('箱').id, price: 5800 },
    ]);
    expect(await driver.prices.forProduct.query({ productId: product.id })).toEqual(out);
  });

  it('updates a price and removes one with null', async () => {
    const out = await owner.prices.set.mutate({
      productId: product.id,
      prices: [
        { priceListId: wholesale.id, unitId: unit('瓶').id, price: 260 },
        { priceListId: ka.id, unitId: unit('箱').id, price: null },
      ],
    });
    expect(out.prices).toEqual([
      { priceListId: wholesale.id, unitId: unit('瓶').id, price: 260 },
      { priceListId: wholesale.id, unitId: unit('箱').id, price: 5800 },
    ]);
  });

  it('refuses a unit of another product, naming the entry, and sets none of the batch', async () => {
    const e = await refused(
      () =>
        owner.prices.set.mutate({
          productId: product.id,
          prices: [
            { priceListId: wholesale.id, unitId: unit('瓶').id, price: 999 },
            { priceListId: wholesale.id, unitId: other.units[0]!.id, price: 300 },
          ],
        }),
      'UNIT_NOT_FOUND',
    );
    expect(e.data?.details).toEqual({ field: 'prices.1.unitId' });
  });

  it('refuses an unknown price list', async () => {
    const e = await refused(
      () => owner.prices.set.mutate({ productId: product.id, prices: [{ priceListId: 'nope', unitId: unit('瓶').id, price: 1 }] }),
      'PRICE_LIST_NOT_FOUND',
    );
    expect(e.message).toBe('找不到该价格表');
  });

  it('refuses fractional or negative fen at validation', async () => {
    await refused(
      () => owner.prices.set.mutate({ productId: product.id, prices: [{ priceListId: wholesale.id, unitId: unit('瓶').id, price: 2.5 }] }),
      'VALIDATION',
    );
    await refused(
      () => owner.prices.set.mutate({ productId: product.id, prices: [{ priceListId: wholesale.id, unitId: unit('瓶').id, price: -1 }] }),
      'VALIDATION',
    );
  });

  it('is set by the owner only', async () => {
    await refused(
      () => clerk.prices.set.mutate({ productId: product.id, prices: [{ priceListId: wholesale.id, unitId: unit('瓶').id, price: 1 }] }),
      'FORBIDDEN',
    );
  });
});

describe('price limits', () => {
  it('sets a unit’s min and max and lists them with product and unit names', async () => {
    const before = audits('priceLimits.set');
    await owner.priceLimits.set.mutate({ productId: product.id, unitId: unit('箱').id, minPrice: 5500, maxPrice: 6200 });
    expect(audits('priceLimits.set')).toBe(before + 1);
    expect(await driver.priceLimits.list.query()).toEqual([
      {
        productId: product.id,
        sku: 'KO-500',
        productName: '可口可乐 500ml',
        unitId: unit('箱').id,
        unitName: '箱',
        factor: 24,
        minPrice: 5500,
        maxPrice: 6200,
      },
    ]);
  });

  it('refuses a minimum above the maximum, in the caller’s language', async () => {
    const e = await refused(
      () => owner.priceLimits.set.mutate({ productId: product.id, unitId: unit('瓶').id, minPrice: 300, maxPrice: 200 }),
      'VALIDATION',
    );
    expect(e.message).toBe('输入有误：minPrice: 最低限价不能高于最高限价');
    const en = await refused(
      () => ownerEn.priceLimits.set.mutate({ productId: product.id, unitId: unit('瓶').id, minPrice: 300, maxPrice: 200 }),
      'VALIDATION',
    );
    expect(en.message).toBe('Invalid input: minPrice: The minimum price cannot be above the maximum price');
    // The core refuses it too, whoever calls it.
    expect(() => writePriceLimit(t.core, { productId: product.id, unitId: unit('瓶').id, minPrice: 300, maxPrice: 200 })).toThrow(
      expect.objectContaining({ code: 'PRICE_LIMIT_ORDER' }),
    );
  });

  it('keeps prices inside the limits', async () => {
    const low = await refused(
      () => owner.prices.set.mutate({ productId: product.id, prices: [{ priceListId: ka.id, unitId: unit('箱').id, price: 5000 }] }),
      'PRICE_BELOW_LIMIT',
    );
    expect(low.message).toBe('价格 50.00 元低于品牌最低限价 55.00 元');
    const high = await refused(
      () => ownerEn.prices.set.mutate({ productId: product.id, prices: [{ priceListId: ka.id, unitId: unit('箱').id, price: 6300 }] }),
      'PRICE_ABOVE_LIMIT',
    );
    expect(high.message).toBe('Price 63.00 yuan is above the brand maximum of 62.00 yuan');
    await owner.prices.set.mutate({ productId: product.id, prices: [{ priceListId: ka.id, unitId: unit('箱').id, price: 5500 }] });
  });

  it('removes a limit when both bounds are null', async () => {
    await owner.priceLimits.set.mutate({ productId: product.id, unitId: unit('箱').id, minPrice: null, maxPrice: null });
    expect(await owner.priceLimits.list.query({ productId: product.id })).toEqual([]);
  });

  it('is set by the owner only', async () => {
    await refused(() => clerk.priceLimits.set.mutate({ productId: product.id, unitId: unit('箱').id, minPrice: 1, maxPrice: 2 }), 'FORBIDDEN');
  });
});
