// Product and customer search: name, SKU, barcode (exact, any GTIN spelling), pinyin initials and full pinyin,
// ranked exact code, then prefix, then pinyin word prefix, then substring, then loose initials.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBrand } from '../../electron/core/catalog/brands';
import { createProduct } from '../../electron/core/catalog/products';
import { searchProducts } from '../../electron/core/catalog/search';
import { lettersInOneWord } from '../../electron/core/catalog/sql-functions';
import type { Actor } from '../../electron/core/shared/context';
import { signedIn, type Client } from '../helpers/api';
import { makeActor, testDb, type TestDb } from '../helpers/core';
import { ean13 } from './catalog-fixtures';

let t: TestDb;
let actor: Actor;
let driver: Client;

const find = (q: string, extra: { limit?: number; includeInactive?: boolean } = {}) =>
  searchProducts(t.core, { q, ...extra }).map((h) => [h.sku, h.rank] as const);

beforeAll(async () => {
  t = await testDb();
  actor = await makeActor(t.core, 'clerk');
  driver = (await signedIn(t, 'driver')).client;
  const ko = createBrand(t.core, actor, { name: '可口可乐' });
  const nf = createBrand(t.core, actor, { name: '农夫山泉' });
  const add = (sku: string, name: string, brandId: string | null, barcode?: string) =>
    createProduct(t.core, actor, { sku, name, brandId, units: [{ name: '瓶', factor: 1, barcode: barcode ?? null }] });
  add('KO-500', '可口可乐 500ml', ko.id, ean13('690000001001'));
  add('KO-XB', '雪碧 500ml', ko.id);
  add('KKL-01', '测试品', null);
  add('NF-550', '农夫山泉 550ml', nf.id, '036000291452');
  add('NF-TEA', '东方树叶 茉莉花茶', nf.id);
  add('MIX', '山泉水', null);
  add('PCT', '100%纯果汁', null);
});
afterAll(() => t.close());

describe('searchProducts', () => {
  it('finds 可口可乐 by kkl, ranked below a SKU starting with kkl', () => {
    const hits = find('kkl');
    expect(hits[0]).toEqual(['KKL-01', 1]);
    // kkl lies inside kkkl, the initials of 可口可乐: the product itself first, then 雪碧 through its brand.
    expect(hits.slice(1)).toEqual([
      ['KO-500', 3],
      ['KO-XB', 3],
    ]);
  });

  it('finds by loose initials (letters in order), ranked last', () => {
    // nsq: 农夫山泉 is nfsq; only the loose pattern n%s%q matches.
    expect(find('nsq').sort()).toEqual([
      ['NF-550', 4],
      ['NF-TEA', 4],
    ]);
    expect(find('kl').map(([, rank]) => rank)).toEqual([3, 3, 3]);
  });

  it('keeps loose initials inside one word: nongfu does not find 康师傅 through kangshifu…hong…', () => {
    expect(lettersInOneWord('ksf kangshifubinghongcha', 'nongfu')).toBe(false);
    expect(lettersInOneWord('kkkl kekoukele', 'kkl')).toBe(true);
    expect(find('nongfu').map(([s]) => s)).toEqual(['NF-550', 'NF-TEA']);
  });

  it('finds by exact initials and full pinyin as a word prefix', () => {
    expect(find('kkkl')[0]).toEqual(['KO-500', 2]);
    expect(find('kekou')[0]).toEqual(['KO-500', 2]);
    expect(find('nongfu').map(([s]) => s)).toEqual(['NF-550', 'NF-TEA']);
    expect(find('koukele')[0]).toEqual(['KO-500', 3]);
  });

  it('ranks a name prefix above a substring', () => {
    expect(find('山泉')).toEqual([
      ['MIX', 1],
      ['NF-550', 3],
      ['NF-TEA', 3],
    ]);
  });

  it('finds an exact SKU first, whatever the case', () => {
    expect(find('ko-500')[0]).toEqual(['KO-500', 0]);
    expect(find('KO')).toEqual([
      ['KO-XB', 1],
      ['KO-500', 1],
    ]);
  });

  it('finds by barcode, exactly, in any GTIN spelling', () => {
    expect(find(ean13('690000001001'))).toEqual([['KO-500', 0]]);
    expect(find('0036000291452')).toEqual([['NF-550', 0]]);
    expect(find('00036000291452')).toEqual([['NF-550', 0]]);
    expect(find(ean13('690000001001').slice(0, 10))).toEqual([]);
  });

  it('finds a brand’s products by the brand name, the product named so first', () => {
    expect(find('可口可乐')).toEqual([
      ['KO-500', 1],
      ['KO-XB', 2],
    ]);
    expect(find('kekou')).toEqual([
      ['KO-500', 2],
      ['KO-XB', 2],
    ]);
  });

  it('needs every word of a query of several words', () => {
    expect(find('可乐 500ml')).toEqual([
      ['KO-500', 3],
      ['KO-XB', 3],
    ]);
    expect(find('雪碧  kkkl').map(([sku]) => sku)).toEqual(['KO-XB']);
    expect(find('可乐 550ml')).toEqual([]);
  });

  it('treats % and _ as plain characters', () => {
    expect(find('%')).toEqual([['PCT', 3]]);
    expect(find('_')).toEqual([]);
  });

  it('honours the limit and returns rows with units and brand names', () => {
    expect(find('k', { limit: 2 })).toHaveLength(2);
    const [hit] = searchProducts(t.core, { q: 'kekou' });
    expect(hit).toMatchObject({ brandName: '可口可乐', baseUnit: '瓶', units: [{ name: '瓶', factor: 1, barcode: ean13('690000001001') }] });
  });

  it('answers nothing for a blank query', () => {
    expect(searchProducts(t.core, { q: '   ' })).toEqual([]);
  });

  it('is served to every role as products.search', async () => {
    const hits = await driver.products.search.query({ q: 'kkl', limit: 5 });
    expect(hits.map((h) => h.sku).sort()).toEqual(['KKL-01', 'KO-500', 'KO-XB']);
    expect(hits[0]?.sku).toBe('KKL-01');
  });
});
