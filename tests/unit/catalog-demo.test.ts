// The demo data (seedDemo with the demo catalog) and the bulk generator: realistic, valid under every catalog rule,
// searchable by pinyin, and written once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listProducts } from '../../electron/core/catalog/product-list';
import { listPriceLimits } from '../../electron/core/catalog/price-limits';
import { searchProducts } from '../../electron/core/catalog/search';
import { pinyinKeys } from '../../electron/core/catalog/search-text';
import { listCustomers, searchCustomers } from '../../electron/core/parties/customer-rows';
import { listWarehouses } from '../../electron/core/parties/warehouses';
import { assertGtin } from '../../electron/core/scan/gtin';
import { generateCatalog } from '../../scripts/seed/bulk-catalog';
import { seedDemo } from '../../scripts/seed/demo';
import { testDb, type TestDb } from '../helpers/core';
import { rowsIn, snapshot } from './catalog-fixtures';

let t: TestDb;

beforeAll(async () => {
  t = await testDb();
  expect(await seedDemo(t.core)).toBe(true);
});
afterAll(() => t.close());

describe('seedDemo with the demo catalog', () => {
  it('fills brands, about 70 products, 40 stores, staff and three warehouses', () => {
    expect(rowsIn(t, 'brands')).toBeGreaterThanOrEqual(12);
    expect(rowsIn(t, 'products')).toBeGreaterThanOrEqual(60);
    expect(rowsIn(t, 'customers')).toBe(40);
    expect(listWarehouses(t.core).map((w) => [w.name, w.kind, w.driverName, w.plate])).toEqual([
      ['总仓', 'main', null, ''],
      ['一号车', 'van', '赵建国', '湘A·D3721'],
      ['二号车', 'van', '孙志强', '湘A·F8816'],
    ]);
  });

  it('gives every unit a valid, unique barcode and every case a GTIN-14', () => {
    const { rows } = listProducts(t.core);
    const codes = rows.flatMap((p) => p.units.map((u) => u.barcode));
    for (const code of codes) expect(() => assertGtin(code ?? '')).not.toThrow();
    expect(new Set(codes).size).toBe(codes.length);
    for (const p of rows) {
      expect(p.units[0]).toMatchObject({ factor: 1, name: p.baseUnit });
      expect(p.units.at(-1)).toMatchObject({ name: '箱', barcode: expect.stringMatching(/^1\d{13}$/) });
      expect(p.spec).toMatch(/^\d.*\*\d+.+\/箱$/);
    }
  });

  it('prices every unit on 批发价 and KA价 in whole fen, within the brand limits', () => {
    const units = rowsIn(t, 'product_units');
    expect(rowsIn(t, 'prices')).toBe(units * 2);
    const bad = t.sqlite.prepare("SELECT count(*) AS n FROM prices WHERE typeof(price) <> 'integer' OR price <= 0").get() as { n: number };
    expect(bad.n).toBe(0);
    const limits = listPriceLimits(t.core);
    expect(limits.length).toBeGreaterThan(10);
    const outside = t.sqlite
      .prepare('SELECT count(*) AS n FROM prices p JOIN price_limits l ON l.unit_id = p.unit_id WHERE p.price < l.min_price OR p.price > l.max_price')
      .get() as { n: number };
    expect(outside.n).toBe(0);
  });

  it('puts KA stores on KA价 and the rest on 批发价, each with a salesperson', () => {
    const { rows } = listCustomers(t.core);
    for (const c of rows) {
      expect(c.priceListName).toBe(c.channel === 'KA' ? 'KA价' : '批发价');
      expect(c.salespersonName).not.toBeNull();
      expect(c.address).toMatch(/^湖南省长沙市/);
    }
  });

  it('is searchable by pinyin: kkl finds 可口可乐, bbg finds 步步高', () => {
    expect(searchProducts(t.core, { q: 'kkl' })[0]?.name).toMatch(/可口可乐/);
    expect(searchProducts(t.core, { q: 'nongfu' }).every((p) => p.brandName === '农夫山泉')).toBe(true);
    expect(searchCustomers(t.core, { q: 'bbg' })[0]?.name).toBe('步步高超市（梅溪湖店）');
  });

  it('links the demo staff accounts to their employees', () => {
    const rows = t.sqlite
      .prepare('SELECT u.username, e.name FROM users u LEFT JOIN employees e ON e.id = u.employee_id ORDER BY u.username')
      .all();
    expect(rows).toEqual([
      { username: 'accountant', name: '李秀英' },
      { username: 'clerk', name: '张伟' },
      { username: 'driver', name: '赵建国' },
      { username: 'owner', name: null },
    ]);
  });

  it('writes one audit row, and a second run changes nothing', async () => {
    expect((t.sqlite.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'demo.seed'").get() as { n: number }).n).toBe(1);
    const before = snapshot(t);
    expect(await seedDemo(t.core)).toBe(false);
    expect(snapshot(t)).toEqual(before);
  });
});

describe('generateCatalog', () => {
  it('adds products and stores next to the demo catalog, with valid barcodes and pinyin search', () => {
    const before = rowsIn(t, 'products');
    expect(generateCatalog(t.core, { products: 2000, customers: 300 })).toEqual({ products: 2000, customers: 300 });
    expect(rowsIn(t, 'products')).toBe(before + 2000);
    expect(rowsIn(t, 'customers')).toBe(340);
    const codes = t.sqlite.prepare("SELECT code FROM barcodes WHERE product_id IN (SELECT id FROM products WHERE sku LIKE 'BK%')").all() as { code: string }[];
    expect(codes).toHaveLength(4000);
    for (const { code } of codes) expect(() => assertGtin(code)).not.toThrow();
    // A generated product is found by the pinyin initials of its name.
    const { name } = t.sqlite.prepare("SELECT name FROM products WHERE sku = 'BK000777'").get() as { name: string };
    const initials = pinyinKeys(name.split(' ')[0]!)[0]!;
    expect(searchProducts(t.core, { q: initials, limit: 100 }).map((p) => p.sku)).toContain('BK000777');
    const kangshifu = searchProducts(t.core, { q: 'kangshifu' });
    expect(kangshifu).toHaveLength(20);
    expect(kangshifu.every((p) => p.brandName === '康师傅')).toBe(true);
    expect((t.sqlite.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'demo.bulkCatalog'").get() as { n: number }).n).toBe(1);
  });
});
