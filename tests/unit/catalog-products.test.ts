// Products through the real router: create with units and barcodes, update keeping unit ids, the unit and barcode
// rules with translated refusals that change nothing, status, get and list, and an audit row per change.
import { TRPCClientError } from '@trpc/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppRouter } from '../../electron/api/router';
import { clientFor, signedIn, type Client } from '../helpers/api';
import { testDb, type TestDb } from '../helpers/core';
import { badCheck, cola, ean13, rowsIn, snapshot } from './catalog-fixtures';

let t: TestDb;
let owner: Client;
let clerk: Client;
let en: Client;

beforeAll(async () => {
  t = await testDb();
  owner = (await signedIn(t, 'owner')).client;
  const c = await signedIn(t, 'clerk');
  clerk = c.client;
  en = clientFor(t, c.token, 'en');
});
afterAll(() => t.close());

async function refusal(p: Promise<unknown>): Promise<TRPCClientError<AppRouter>> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  if (!(e instanceof TRPCClientError)) throw new Error(`expected a refusal, got ${JSON.stringify(e)}`);
  return e as TRPCClientError<AppRouter>;
}

/** Expects the call to be refused with appCode, and every table to be as before. */
async function refusedWithoutChange(p: () => Promise<unknown>, appCode: string) {
  const before = snapshot(t);
  const e = await refusal(p());
  expect(e.data?.appCode, e.message).toBe(appCode);
  expect(snapshot(t)).toEqual(before);
  return e;
}

const audits = (action: string) =>
  (t.sqlite.prepare('SELECT count(*) AS n FROM audit_log WHERE action = ?').get(action) as { n: number }).n;

describe('products.create', () => {
  it('creates a product with its base unit, packaging unit and barcodes, brand and category names', async () => {
    const brand = await clerk.brands.create.mutate({ name: '可口可乐' });
    expect(brand.code).toBe('KKKL');
    const cat = await clerk.categories.create.mutate({ name: '碳酸饮料' });
    const before = audits('products.create');
    const p = await clerk.products.create.mutate(cola({ brandId: brand.id, categoryId: cat.id }));
    expect(p).toMatchObject({
      sku: 'KO-500',
      name: '可口可乐 500ml',
      baseUnit: '瓶',
      brandName: '可口可乐',
      categoryName: '碳酸饮料',
      shelfLifeDays: 365,
      status: 'active',
      units: [
        { name: '瓶', factor: 1, barcode: ean13('690123456789') },
        { name: '箱', factor: 24, barcode: ean13('690123456790') },
      ],
    });
    expect(audits('products.create')).toBe(before + 1);
    expect(await owner.products.get.query({ id: p.id })).toEqual(p);
  });

  it('refuses a wrong check digit with a translated message that names the right digit', async () => {
    const code = badCheck(ean13('690000000001'));
    const e = await refusedWithoutChange(
      () => clerk.products.create.mutate(cola({ sku: 'X-1', units: [{ name: '瓶', factor: 1, barcode: code }] })),
      'BARCODE_CHECK_DIGIT',
    );
    const expected = ean13('690000000001').at(-1);
    expect(e.message).toBe(`条码“${code}”校验位错误：应为 ${expected}，实际为 ${code.at(-1)}`);
    expect(e.data?.details).toEqual({ field: 'units.0.barcode' });
    const en1 = await refusal(en.products.create.mutate(cola({ sku: 'X-1', units: [{ name: '瓶', factor: 1, barcode: code }] })));
    expect(en1.message).toBe(`Barcode "${code}" has a wrong check digit: expected ${expected}, got ${code.at(-1)}`);
  });

  it('accepts EAN-8, UPC-A and GTIN-14 and refuses other lengths', async () => {
    const p = await clerk.products.create.mutate({
      sku: 'G-1',
      name: '测试商品',
      units: [
        { name: '个', factor: 1, barcode: '96385074' },
        { name: '盒', factor: 10, barcode: '036000291452' },
        { name: '箱', factor: 100, barcode: '10036000291459' },
      ],
    });
    expect(p.units.map((u) => u.barcode)).toEqual(['96385074', '036000291452', '10036000291459']);
    await refusedWithoutChange(
      () => clerk.products.create.mutate({ sku: 'G-2', name: '测试', units: [{ name: '个', factor: 1, barcode: '123456789' }] }),
      'BARCODE_FORMAT',
    );
  });

  it('refuses a barcode used by another product, naming that product, in any GTIN spelling', async () => {
    const e = await refusedWithoutChange(
      () => clerk.products.create.mutate(cola({ sku: 'KO-DUP', units: [{ name: '瓶', factor: 1, barcode: ean13('690123456789') }] })),
      'BARCODE_TAKEN',
    );
    expect(e.message).toBe(`条码“${ean13('690123456789')}”已被商品“可口可乐 500ml”使用`);
    expect(e.data?.code).toBe('CONFLICT');
    // The EAN-13 spelling of the UPC-A 036000291452 names the same item.
    const e2 = await refusedWithoutChange(
      () => clerk.products.create.mutate({ sku: 'G-3', name: '测试', units: [{ name: '个', factor: 1, barcode: '0036000291452' }] }),
      'BARCODE_TAKEN',
    );
    expect(e2.data?.params).toMatchObject({ product: '测试商品' });
  });

  it('refuses the same barcode on two units of one product', async () => {
    const code = ean13('690000000002');
    await refusedWithoutChange(
      () =>
        clerk.products.create.mutate({
          sku: 'D-1',
          name: '测试',
          units: [
            { name: '瓶', factor: 1, barcode: code },
            { name: '箱', factor: 12, barcode: code },
          ],
        }),
      'BARCODE_DUPLICATE',
    );
  });

  it('needs exactly one base unit of factor 1 and distinct unit names', async () => {
    const none = await refusedWithoutChange(
      () => clerk.products.create.mutate({ sku: 'U-1', name: '测试', units: [{ name: '箱', factor: 24 }] }),
      'UNIT_BASE',
    );
    expect(none.message).toBe('必须有且只有一个换算数为 1 的基本单位（现在有 0 个）');
    await refusedWithoutChange(
      () =>
        clerk.products.create.mutate({
          sku: 'U-2',
          name: '测试',
          units: [
            { name: '瓶', factor: 1 },
            { name: '听', factor: 1 },
          ],
        }),
      'UNIT_BASE',
    );
    const dup = await refusedWithoutChange(
      () =>
        clerk.products.create.mutate({
          sku: 'U-3',
          name: '测试',
          units: [
            { name: '瓶', factor: 1 },
            { name: '瓶', factor: 6 },
          ],
        }),
      'UNIT_DUPLICATE',
    );
    expect(dup.data?.details).toEqual({ field: 'units.1.name' });
  });

  it('refuses a fractional or zero factor at validation, before anything is written', async () => {
    const e = await refusedWithoutChange(
      () =>
        clerk.products.create.mutate({
          sku: 'U-4',
          name: '测试',
          units: [
            { name: '瓶', factor: 1 },
            { name: '箱', factor: 2.5 },
          ],
        }),
      'VALIDATION',
    );
    expect(e.data?.issues?.[0]?.path).toBe('units.1.factor');
  });

  it('refuses a SKU that is taken, naming the product', async () => {
    const e = await refusedWithoutChange(() => clerk.products.create.mutate(cola({ units: [{ name: '瓶', factor: 1 }] })), 'PRODUCT_SKU_TAKEN');
    expect(e.message).toBe('商品编码“KO-500”已被商品“可口可乐 500ml”使用');
  });

  it('refuses an unknown brand', async () => {
    await refusedWithoutChange(() => clerk.products.create.mutate(cola({ sku: 'B-1', brandId: 'nope', units: [{ name: '瓶', factor: 1 }] })), 'BRAND_NOT_FOUND');
  });

  it('is refused to the accountant and the driver', async () => {
    for (const role of ['accountant', 'driver'] as const) {
      const c = (await signedIn(t, role)).client;
      await refusedWithoutChange(() => c.products.create.mutate(cola({ sku: `R-${role}` })), 'FORBIDDEN');
    }
  });
});

describe('products.update', () => {
  it('keeps the ids of units that stay, adds new ones, moves barcodes and renames', async () => {
    const p = await clerk.products.create.mutate({
      sku: 'NF-550',
      name: '农夫山泉 550ml',
      units: [
        { name: '瓶', factor: 1, barcode: ean13('690000000100') },
        { name: '箱', factor: 24 },
      ],
    });
    const [bottle, box] = p.units;
    const before = audits('products.update');
    const q = await clerk.products.update.mutate({
      id: p.id,
      sku: 'NF-550',
      name: '农夫山泉饮用天然水 550ml',
      spec: '550ml*24瓶/箱',
      units: [
        { id: bottle!.id, name: '瓶', factor: 1, barcode: ean13('690000000100') },
        { name: '提', factor: 12, barcode: ean13('690000000101') },
        { id: box!.id, name: '整箱', factor: 24, barcode: ean13('690000000102') },
      ],
    });
    expect(audits('products.update')).toBe(before + 1);
    expect(q.units).toEqual([
      { id: bottle!.id, name: '瓶', factor: 1, barcode: ean13('690000000100') },
      { id: expect.any(String), name: '提', factor: 12, barcode: ean13('690000000101') },
      { id: box!.id, name: '整箱', factor: 24, barcode: ean13('690000000102') },
    ]);
    expect(q.name).toBe('农夫山泉饮用天然水 550ml');
  });

  it('refuses to remove a unit in use by a price or a barcode, and allows it once unused', async () => {
    const p = await clerk.products.create.mutate({
      sku: 'WLJ-310',
      name: '王老吉 310ml',
      units: [
        { name: '罐', factor: 1 },
        { name: '箱', factor: 24, barcode: ean13('690000000200') },
        { name: '提', factor: 6 },
      ],
    });
    // Units come back smallest factor first.
    const [can, pack, box] = p.units as [(typeof p.units)[0], (typeof p.units)[0], (typeof p.units)[0]];
    const list = await owner.priceLists.create.mutate({ code: 'PF', name: '批发价' });
    await owner.prices.set.mutate({ productId: p.id, prices: [{ priceListId: list.id, unitId: pack.id, price: 2400 }] });
    const keepOnly = (units: { id: string; name: string; factor: number }[]) =>
      clerk.products.update.mutate({ id: p.id, sku: 'WLJ-310', name: '王老吉 310ml', units });
    const e = await refusedWithoutChange(() => keepOnly([can, box]), 'UNIT_IN_USE');
    expect(e.message).toBe('单位“提”已被价格、限价、条码或单据使用，不能删除');
    await refusedWithoutChange(() => keepOnly([can, pack]), 'UNIT_IN_USE');
    // Without its barcode the case is unused and may go.
    await keepOnly([can, { ...box, barcode: null } as typeof box, pack]);
    const q = await keepOnly([can, pack]);
    expect(q.units.map((u) => u.name)).toEqual(['罐', '提']);
  });

  it('refuses a unit id of another product', async () => {
    const a = await clerk.products.get.query({ id: (await clerk.products.search.query({ q: 'KO-500' }))[0]!.id });
    const other = await clerk.products.create.mutate({ sku: 'O-1', name: '其他', units: [{ name: '个', factor: 1 }] });
    await refusedWithoutChange(
      () => clerk.products.update.mutate({ id: other.id, sku: 'O-1', name: '其他', units: [{ id: a.units[0]!.id, name: '个', factor: 1 }] }),
      'UNIT_NOT_FOUND',
    );
  });

  it('refuses an unknown product', async () => {
    await refusedWithoutChange(() => clerk.products.update.mutate({ id: 'nope', ...cola({ sku: 'N-1' }) }), 'PRODUCT_NOT_FOUND');
  });
});

describe('products.setStatus and products.list', () => {
  it('deactivates a product: list filters by status, search skips it unless asked', async () => {
    const p = await clerk.products.create.mutate({ sku: 'OLD-1', name: '旧包装绿茶', units: [{ name: '瓶', factor: 1 }] });
    const before = audits('products.setStatus');
    await clerk.products.setStatus.mutate({ id: p.id, status: 'inactive' });
    expect(audits('products.setStatus')).toBe(before + 1);
    const inactive = await owner.products.list.query({ status: 'inactive' });
    expect(inactive.rows.map((r) => r.sku)).toEqual(['OLD-1']);
    expect(await clerk.products.search.query({ q: '旧包装' })).toEqual([]);
    expect((await clerk.products.search.query({ q: '旧包装', includeInactive: true })).map((r) => r.sku)).toEqual(['OLD-1']);
  });

  it('lists every product with units, in SKU order, and pages with a total', async () => {
    const all = await owner.products.list.query();
    expect(all.total).toBe(rowsIn(t, 'products'));
    expect(all.rows.map((r) => r.sku)).toEqual([...all.rows.map((r) => r.sku)].sort());
    expect(all.rows.every((r) => r.units.length > 0 && r.units[0]!.factor === 1)).toBe(true);
    const page = await owner.products.list.query({ limit: 2, offset: 1 });
    expect(page.total).toBe(all.total);
    expect(page.rows.map((r) => r.sku)).toEqual(all.rows.slice(1, 3).map((r) => r.sku));
  });

  it('filters by search text and brand', async () => {
    const found = await owner.products.list.query({ q: 'kkl' });
    expect(found.rows.map((r) => r.sku)).toEqual(['KO-500']);
    const brand = (await owner.brands.list.query()).find((b) => b.name === '可口可乐')!;
    expect((await owner.products.list.query({ brandId: brand.id })).total).toBe(1);
  });

  it('refuses an unknown product id', async () => {
    const e = await refusal(owner.products.get.query({ id: 'nope' }));
    expect(e.message).toBe('找不到该商品');
  });
});
