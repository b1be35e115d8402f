// Credit control: the credit limit (open receivables + confirmed undelivered orders + this order − paid now) and
// overdue invoices beyond the allowed days; approval by the owner, or refusal under the 'block' policy.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { creditTerms, setCreditTerms } from '../../electron/core/sales/credit-terms';
import { approveOrder, confirmOrder } from '../../electron/core/sales/orders-confirm';
import { deliverOrder } from '../../electron/core/sales/orders-deliver';
import { createOrder } from '../../electron/core/sales/orders-edit';
import { getOrder } from '../../electron/core/sales/orders-read';
import { translate } from '../../electron/core/shared/messages';
import { orderCounts, orderWorld, type OrderWorld } from './sales-orders-fixtures';

let w: OrderWorld;
beforeEach(async () => {
  w = await orderWorld();
});
afterEach(() => w.close());

const refusal = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return e as { code: string; params: Record<string, string | number> };
  }
  throw new Error('expected a refusal');
};

/** An order of `cases` cases of tea at 80.00 (the 批发价) for a customer. */
const teaOrder = (customerId: string, cases: number, kind: 'presale' | 'counter' = 'presale') =>
  createOrder(w.t.core, w.clerk, { kind, customerId, warehouseId: w.main, lines: [{ productId: w.tea.id, unitId: w.tea.units.case, qty: cases }] });

describe('credit limit', () => {
  it('an order within the limit confirms; one past it waits for the owner with the figures named', () => {
    expect(confirmOrder(w.t.core, w.clerk, { id: teaOrder(w.tianhe, 1).id }).status).toBe('confirmed');
    // 80 confirmed and undelivered + 960 new = 1,040 > 1,000.
    const o = createOrder(w.t.core, w.clerk, { kind: 'presale', customerId: w.tianhe, warehouseId: w.main, lines: [{ productId: w.chips.id, qty: 96, priceFen: 1000 }] });
    const r = confirmOrder(w.t.core, w.clerk, { id: o.id });
    expect(r.status).toBe('pending_approval');
    expect(r.needed).toEqual([expect.objectContaining({ kind: 'credit_limit', code: 'SALES_CREDIT_LIMIT', params: { customer: '天河便利店', balance: '0.00', open: '80.00', amount: '960.00', limit: '1000.00' } })]);
    expect(translate('SALES_CREDIT_LIMIT', 'zh-CN', r.needed[0]!.params)).toBe('客户“天河便利店”欠款 0.00 元、未发货订单 80.00 元，加上本单 960.00 元将超过信用额度 1000.00 元');
    const approved = approveOrder(w.t.core, w.owner, { id: o.id, reason: '春节备货，月底结清' });
    expect(approved.approvals[0]).toMatchObject({ kind: 'credit_limit', lineId: null, detail: expect.objectContaining({ exposureFen: 104_000, creditLimitFen: 100_000 }) });
    expect(confirmOrder(w.t.core, w.clerk, { id: o.id }).status).toBe('confirmed');
  });

  it('counts what the customer already owes (delivered invoices)', () => {
    const first = teaOrder(w.tianhe, 10);
    confirmOrder(w.t.core, w.clerk, { id: first.id });
    deliverOrder(w.t.core, w.clerk, { orderId: first.id });
    expect(creditTerms(w.t.core, w.tianhe)).toMatchObject({ creditLimitFen: 100_000, balanceFen: 80_000, openOrdersFen: 0, paymentTermsDays: 30 });
    const second = teaOrder(w.tianhe, 3);
    expect(confirmOrder(w.t.core, w.clerk, { id: second.id }).needed[0]!.params).toMatchObject({ balance: '800.00', amount: '240.00' });
  });

  it('money paid on the spot does not use credit: a counter sale paid in full passes', () => {
    const o = teaOrder(w.tianhe, 15, 'counter');
    const r = confirmOrder(w.t.core, w.clerk, { id: o.id, payment: { method: 'wechat', amountFen: 120_000 } });
    expect(r.status).toBe('delivered');
    expect(creditTerms(w.t.core, w.tianhe).balanceFen).toBe(0);
  });

  it('a customer without a limit (0) is not checked', () => {
    expect(confirmOrder(w.t.core, w.clerk, { id: teaOrder(w.yuexiu, 4).id }).status).toBe('confirmed');
  });

  it("under the customer's 'block' policy the order is refused, even for the owner, and nothing changes", () => {
    setCreditTerms(w.t.core, w.owner, { customerId: w.tianhe, overdueDays: null, policy: 'block' });
    const o = teaOrder(w.tianhe, 13);
    const before = orderCounts(w);
    expect(refusal(() => confirmOrder(w.t.core, w.owner, { id: o.id, approvalReason: '特批' }))).toMatchObject({ code: 'SALES_CREDIT_LIMIT', params: { amount: '1040.00' } });
    expect(orderCounts(w)).toEqual(before);
    expect(getOrder(w.t.core, o.id).status).toBe('draft');
  });
});

describe('overdue days', () => {
  it('an invoice overdue beyond the allowed days needs the owner; within them it does not', () => {
    setCreditTerms(w.t.core, w.owner, { customerId: w.yuexiu, overdueDays: 10, policy: 'approval' });
    // 越秀超市 has 0-day terms: an invoice of 03-15 is due 03-15.
    const first = teaOrder(w.yuexiu, 1);
    confirmOrder(w.t.core, w.clerk, { id: first.id });
    const delivered = deliverOrder(w.t.core, w.clerk, { orderId: first.id });
    w.setToday('2026-03-25T02:00:00Z');
    expect(confirmOrder(w.t.core, w.clerk, { id: teaOrder(w.yuexiu, 1).id }).status).toBe('confirmed');
    w.setToday('2026-03-27T02:00:00Z');
    const late = teaOrder(w.yuexiu, 1);
    const r = confirmOrder(w.t.core, w.clerk, { id: late.id });
    expect(r.status).toBe('pending_approval');
    expect(r.needed).toEqual([
      expect.objectContaining({ kind: 'overdue', code: 'SALES_OVERDUE', params: { customer: '越秀超市', docNo: delivered.deliveries[0]!.invoiceNo, days: 12, allowed: 10 } }),
    ]);
    expect(translate('SALES_OVERDUE', 'en', r.needed[0]!.params)).toBe(`Customer "越秀超市" has ${delivered.deliveries[0]!.invoiceNo} overdue by 12 days (10 allowed)`);
    expect(confirmOrder(w.t.core, w.owner, { id: late.id, approvalReason: '已承诺周五付款' }).status).toBe('confirmed');
  });

  it('refuses bad credit terms with a translated reason', () => {
    expect(refusal(() => setCreditTerms(w.t.core, w.owner, { customerId: w.yuexiu, overdueDays: -1, policy: 'approval' })).code).toBe('SALES_OVERDUE_DAYS');
    expect(refusal(() => setCreditTerms(w.t.core, w.owner, { customerId: 'nope', overdueDays: 5, policy: 'approval' })).code).toBe('CUSTOMER_NOT_FOUND');
  });
});
