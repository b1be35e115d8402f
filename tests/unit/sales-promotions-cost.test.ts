// Promotion cost (促销费用) from delivered orders: gift value and discounts per promotion, counted in the period of
// each delivery by the share delivered, reversed deliveries left out; as .xlsx through the API. On D's order world
// (批发价 cola ¥65.00/箱, tea ¥80.00/箱, chips ¥5.00/瓶; business day 2026-03-15).
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { confirmOrder } from '../../electron/core/sales/orders-confirm';
import { reverseOrder } from '../../electron/core/sales/orders-close';
import { deliverOrder } from '../../electron/core/sales/orders-deliver';
import { createOrder } from '../../electron/core/sales/orders-edit';
import { promotionCost } from '../../electron/core/sales/promotions-cost';
import { createPromotion } from '../../electron/core/sales/promotions-manage';
import { clientFor, quickSession } from '../helpers/api';
import { orderWorld, type OrderWorld } from './sales-orders-fixtures';

let w: OrderWorld;
beforeEach(async () => {
  w = await orderWorld();
});
afterEach(() => w.close());

/**
 * 买2箱可乐赠1瓶薯片 (repeated) and the brand's 2% from ¥100. An order of 4 cases of cola (¥260.00) and 1 case of tea
 * (¥80.00): 2 bottles of chips worth ¥10.00, and 2% of ¥340.00 = ¥6.80 spread 26,000 : 8,000 → 520 / 160.
 */
function setUp() {
  const gift = createPromotion(w.t.core, w.owner, {
    name: '买2箱可乐赠薯片',
    kind: 'gift',
    startsOn: '2026-03-15',
    endsOn: '2026-03-31',
    productIds: [w.cola.id],
    unitId: w.cola.units.case,
    gift: { buyQty: 2, productId: w.chips.id, qty: 1 },
  });
  const tiers = createPromotion(w.t.core, w.owner, {
    name: '可口可乐满百九八折',
    kind: 'tiered',
    startsOn: '2026-03-15',
    endsOn: '2026-03-31',
    brandIds: [w.brandId],
    basis: 'amount',
    tiers: [{ threshold: 10_000, discountBp: 200 }],
  });
  const o = createOrder(w.t.core, w.clerk, {
    kind: 'presale',
    customerId: w.yuexiu,
    warehouseId: w.main,
    lines: [
      { productId: w.cola.id, unitId: w.cola.units.case, qty: 4 },
      { productId: w.tea.id, unitId: w.tea.units.case, qty: 1 },
    ],
  });
  confirmOrder(w.t.core, w.clerk, { id: o.id });
  return { gift, tiers, order: o };
}

describe('promotion cost', () => {
  it('counts each delivery’s share in its own period, and the whole once everything is delivered', () => {
    const { gift, tiers, order } = setUp();
    const [cola, tea, chips] = order.lines;
    expect([cola!.promoDiscountFen, tea!.promoDiscountFen]).toEqual([520, 160]);
    expect(chips).toMatchObject({ isGift: true, qtyBase: 2, promotionId: gift.id, promoValueFen: 1000 });

    // Day 1: 2 of the 4 cases of cola only → half its discount.
    deliverOrder(w.t.core, w.clerk, { orderId: order.id, lines: [{ lineId: cola!.id, qtyBase: 48 }] });
    w.setToday('2026-03-16T02:00:00Z');
    deliverOrder(w.t.core, w.clerk, { orderId: order.id });

    const day1 = promotionCost(w.t.core, { from: '2026-03-15', to: '2026-03-15' });
    expect(day1.rows).toEqual([
      expect.objectContaining({ promotionId: tiers.id, number: tiers.number, orders: 1, giftQtyBase: 0, giftValueFen: 0, discountFen: 260, totalFen: 260 }),
    ]);
    const day2 = promotionCost(w.t.core, { from: '2026-03-16', to: '2026-03-16' });
    expect(day2.totals).toEqual({ giftValueFen: 1000, discountFen: 420, totalFen: 1420 });
    const all = promotionCost(w.t.core, { from: '2026-03-01', to: '2026-03-31' });
    expect(all.rows.map((r) => [r.number, r.kind, r.giftQtyBase, r.giftValueFen, r.discountFen, r.totalFen])).toEqual([
      [gift.number, 'gift', 2, 1000, 0, 1000],
      [tiers.number, 'tiered', 0, 0, 680, 680],
    ]);
    expect(all.rows.map((r) => r.brandNames)).toEqual([['可口可乐'], ['可口可乐']]);
    expect(all.details).toHaveLength(4);
    expect(promotionCost(w.t.core, { from: '2026-03-01', to: '2026-03-31', promotionId: gift.id }).rows.map((r) => r.promotionId)).toEqual([gift.id]);
  });

  it('leaves out reversed deliveries', () => {
    const { order } = setUp();
    deliverOrder(w.t.core, w.clerk, { orderId: order.id });
    expect(promotionCost(w.t.core, { from: '2026-03-15', to: '2026-03-15' }).totals.totalFen).toBe(1680);
    reverseOrder(w.t.core, w.owner, { id: order.id, reason: '客户拒收' });
    expect(promotionCost(w.t.core, { from: '2026-03-15', to: '2026-03-15' })).toMatchObject({ rows: [], totals: { totalFen: 0 } });
  });

  it('exports .xlsx for the owner and the accountant; a clerk is refused', async () => {
    const { order, gift } = setUp();
    deliverOrder(w.t.core, w.clerk, { orderId: order.id });
    const accountant = clientFor(w.t, await quickSession(w.t, 'accountant'));
    const file = await accountant.promotions.costXlsx.mutate({ from: '2026-03-01', to: '2026-03-31' });
    expect(file.fileName).toBe('促销费用_2026-03-01_2026-03-31.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(file.contentBase64, 'base64') as unknown as ArrayBuffer);
    const summary = wb.getWorksheet('促销费用汇总')!;
    expect(summary.getRow(4).values).toEqual([undefined, gift.number, '买2箱可乐赠薯片', '买赠', '2026-03-15', '2026-03-31', '可口可乐', 1, 2, 10, 0, 10]);
    expect(summary.getRow(6).values).toEqual([undefined, '合计', '', '', '', '', '', '', '', 10, 6.8, 16.8]);
    expect(summary.getCell('J4').numFmt).toBe('#,##0.00');
    expect(wb.getWorksheet('明细')!.rowCount).toBe(1 + 3);
    const clerk = clientFor(w.t, await quickSession(w.t, 'clerk'));
    await expect(clerk.promotions.cost.query({ from: '2026-03-01', to: '2026-03-31' })).rejects.toThrow(/无权/);
  });
});
