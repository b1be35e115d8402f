// Storage locations (货位): one per product per warehouse, trimmed and upper-cased, set and cleared by the owner or
// a clerk (audited), refused with a translated error that names the bad text, and nothing written then.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { translate } from '../../electron/core/shared/messages';
import { clearLocation, listLocations, locationOf, setLocation } from '../../electron/core/stock/locations';
import { clientFor, quickSession } from '../helpers/api';
import { errorOf, stockWorld, type StockWorld } from './stock-fixtures';

let w: StockWorld;
beforeEach(async () => {
  w = await stockWorld();
});
afterEach(() => w.close());

const audits = (action: string) =>
  w.t.sqlite.prepare('SELECT entity_id AS entityId, data FROM audit_log WHERE action = ? ORDER BY rowid').all(action) as { entityId: string; data: string }[];
const rows = () => w.t.sqlite.prepare('SELECT warehouse_id, product_id, location, updated_by FROM product_locations ORDER BY location').all();

describe('storage locations', () => {
  it('sets (trimmed, upper-cased), moves, lists by prefix and clears, each change audited', () => {
    expect(setLocation(w.t.core, w.clerk, { warehouseId: w.main, productId: w.cola.id, location: '  a-01-03 ' }).location).toBe('A-01-03');
    setLocation(w.t.core, w.owner, { warehouseId: w.main, productId: w.tea.id, location: 'A-01-05' });
    setLocation(w.t.core, w.clerk, { warehouseId: w.main, productId: w.chips.id, location: 'A-010-01' });
    // The same product has its own location in another warehouse.
    setLocation(w.t.core, w.clerk, { warehouseId: w.second, productId: w.cola.id, location: 'B-02' });
    // Moving the tea to another shelf replaces its location (one per product and warehouse).
    setLocation(w.t.core, w.clerk, { warehouseId: w.main, productId: w.tea.id, location: 'a-02-01' });
    expect(locationOf(w.t.core, w.main, w.tea.id)).toBe('A-02-01');
    expect(locationOf(w.t.core, w.second, w.cola.id)).toBe('B-02');
    // 'A-01' covers A-01-*, not A-010-01.
    expect(listLocations(w.t.core, { warehouseId: w.main, prefix: 'a-01' }).map((l) => [l.sku, l.location])).toEqual([['KL001', 'A-01-03']]);
    expect(listLocations(w.t.core, { warehouseId: w.main }).map((l) => l.location)).toEqual(['A-01-03', 'A-010-01', 'A-02-01']);

    expect(clearLocation(w.t.core, w.clerk, { warehouseId: w.main, productId: w.cola.id }).cleared).toBe(true);
    expect(locationOf(w.t.core, w.main, w.cola.id)).toBeNull();
    expect(locationOf(w.t.core, w.second, w.cola.id)).toBe('B-02');
    expect(audits('locations.set').map((a) => [a.entityId, JSON.parse(a.data).location])).toEqual([
      [`${w.main}/${w.cola.id}`, 'A-01-03'],
      [`${w.main}/${w.tea.id}`, 'A-01-05'],
      [`${w.main}/${w.chips.id}`, 'A-010-01'],
      [`${w.second}/${w.cola.id}`, 'B-02'],
      [`${w.main}/${w.tea.id}`, 'A-02-01'],
    ]);
    expect(audits('locations.clear')).toHaveLength(1);
  });

  it('refuses a bad location in zh-CN and English, naming it, and changes nothing', () => {
    setLocation(w.t.core, w.clerk, { warehouseId: w.main, productId: w.cola.id, location: 'A-01-03' });
    const before = { rows: rows(), audits: audits('locations.set').length };
    for (const bad of ['', '   ', 'A-01-03-04-05-06-07-08', 'A 01', 'A%', 'A--1', '货架一']) {
      const e = errorOf(() => setLocation(w.t.core, w.clerk, { warehouseId: w.main, productId: w.cola.id, location: bad }));
      expect(e.code, bad).toBe('LOCATION_INVALID');
    }
    expect(translate('LOCATION_INVALID', 'zh-CN', { location: 'A 01' })).toBe('货位“A 01”无效：只能用字母、数字和短横线（如 A-01-03），最多 20 个字符');
    expect(translate('LOCATION_INVALID', 'en', { location: 'A 01' })).toContain('Location "A 01" is invalid');
    // An unknown product or warehouse is refused too.
    expect(errorOf(() => setLocation(w.t.core, w.clerk, { warehouseId: w.main, productId: 'nope', location: 'A-01' })).code).toBe('PRODUCT_NOT_FOUND');
    expect(rows()).toEqual(before.rows);
    expect(audits('locations.set')).toHaveLength(before.audits);
  });

  it('goes through the API: the clerk sets, the accountant may read but not set', async () => {
    const clerk = clientFor(w.t, await quickSession(w.t, 'clerk'));
    const accountant = clientFor(w.t, await quickSession(w.t, 'accountant'), 'en');
    await clerk.locations.set.mutate({ warehouseId: w.main, productId: w.cola.id, location: 'c-03' });
    expect((await accountant.locations.list.query({ warehouseId: w.main })).map((l) => l.location)).toEqual(['C-03']);
    await expect(accountant.locations.set.mutate({ warehouseId: w.main, productId: w.cola.id, location: 'C-04' })).rejects.toMatchObject({
      data: { code: 'FORBIDDEN' },
    });
    await expect(clerk.locations.set.mutate({ warehouseId: w.main, productId: w.cola.id, location: 'C_04' })).rejects.toThrow('货位“C_04”无效');
    await clerk.locations.clear.mutate({ warehouseId: w.main, productId: w.cola.id });
    expect(await clerk.locations.list.query({ warehouseId: w.main })).toEqual([]);
  });
});
