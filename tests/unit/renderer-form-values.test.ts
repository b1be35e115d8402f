// The product and price forms' values and what they send: empty boxes become null (or a "required" message from
// the contract schema), only changed prices are sent, and limits are checked by the contract's own schema.
import { describe, expect, it } from 'vitest';
import { productCreateInput } from '../../electron/api/contract/catalog';
import { changedLimits, changedPrices, toValues, validatePrices, type ProductPrices } from '../../renderer/src/features/prices/price-values';
import { emptyProduct, productToValues, valuesToInput } from '../../renderer/src/features/products/product-values';

describe('product form values', () => {
  it('sends null for an empty barcode and shelf life, and keeps unit ids so prices stay attached', () => {
    const values = productToValues({
      sku: 'KO-002',
      name: '可口可乐 500ml',
      spec: '500ml*24瓶/箱',
      brandId: 'b1',
      categoryId: null,
      shelfLifeDays: null,
      status: 'active',
      units: [
        { id: 'u1', name: '瓶', factor: 1, barcode: '6954767000114' },
        { id: 'u2', name: '箱', factor: 24, barcode: null },
      ],
    });
    expect(valuesToInput(values)).toEqual({
      sku: 'KO-002',
      name: '可口可乐 500ml',
      spec: '500ml*24瓶/箱',
      brandId: 'b1',
      categoryId: null,
      shelfLifeDays: null,
      status: 'active',
      units: [
        { id: 'u1', name: '瓶', factor: 1, barcode: '6954767000114' },
        { id: 'u2', name: '箱', factor: 24, barcode: null },
      ],
    });
  });

  it('puts a scanned unknown barcode on the base unit of a new product', () => {
    const input = valuesToInput({ ...emptyProduct('6901234567892', '瓶'), sku: 'X1', name: '新品' });
    expect(input.units).toEqual([{ name: '瓶', factor: 1, barcode: '6901234567892' }]);
    expect(productCreateInput.safeParse(input).success).toBe(true);
  });

  it('leaves an empty factor missing, so the schema flags that very box', () => {
    const values = emptyProduct();
    values.units.push({ key: 'k', name: '箱', factor: '', barcode: '' });
    const result = productCreateInput.safeParse(valuesToInput({ ...values, sku: 'X', name: 'Y' }));
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toContain('units.1.factor');
  });
});

const product: ProductPrices = {
  productId: 'p1',
  units: [
    { id: 'each', name: '瓶', factor: 1, barcode: null },
    { id: 'case', name: '箱', factor: 24, barcode: null },
  ],
  lists: [
    { id: 'pf', code: 'PF', name: '批发价' },
    { id: 'ka', code: 'KA', name: 'KA价' },
  ],
  prices: [{ priceListId: 'pf', unitId: 'each', price: 350 }],
  limits: [{ unitId: 'each', minPrice: 300, maxPrice: null }],
};

describe('price editor values', () => {
  it('shows every list × unit box, filled where a price exists', () => {
    const v = toValues(product);
    expect(v.prices).toEqual({ pf: { each: '3.50', case: '' }, ka: { each: '', case: '' } });
    expect(v.limits).toEqual({ each: { minPrice: '3.00', maxPrice: '' }, case: { minPrice: '', maxPrice: '' } });
  });

  it('sends only what changed: a new price, a removed price, a changed limit', () => {
    const before = toValues(product);
    const after = structuredClone(before);
    after.prices.pf!.case = '80';
    after.prices.pf!.each = '';
    after.prices.ka!.each = '3.5';
    after.limits.each!.maxPrice = '5';
    expect(changedPrices(before, after)).toEqual([
      { priceListId: 'pf', unitId: 'each', price: null },
      { priceListId: 'pf', unitId: 'case', price: 8000 },
      { priceListId: 'ka', unitId: 'each', price: 350 },
    ]);
    expect(changedLimits('p1', before, after)).toEqual([{ productId: 'p1', unitId: 'each', minPrice: 300, maxPrice: 500 }]);
    // Retyping the same amount differently is no change.
    const same = structuredClone(before);
    same.prices.pf!.each = '3.5';
    expect(changedPrices(before, same)).toEqual([]);
  });

  it('refuses boxes that are not amounts and a minimum above the maximum, next to the box', () => {
    const v = toValues(product);
    v.prices.ka!.case = '12.345';
    v.limits.case = { minPrice: '9', maxPrice: '8' };
    expect(validatePrices(v, 'not an amount')).toEqual({
      'prices.ka.case': 'not an amount',
      'limits.case.minPrice': '最低限价不能高于最高限价',
    });
  });
});
