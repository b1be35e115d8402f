// Driver cash handover: expected cash from the day's cash receipts, refunds and approved expenses; counted cash by
// denomination; variance approved onto the driver's ledger; the slip; bad input changes nothing.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { transact } from '../../db/tx';
import { createReceipt } from '../../electron/core/finance/actions';
import { approveExpense, approveHandover, driverCashBalance, expectedCash, recordExpense, submitHandover } from '../../electron/core/finance/handover';
import { handoverSlip, slipHtml, slipReceiptline } from '../../electron/core/finance/handover-slip';
import { autoAllocate, postInvoice, postRefund, recordReceipt } from '../../electron/core/finance';
import { reverseAction } from '../../electron/core/finance/actions';
import type { Actor } from '../../electron/core/shared/context';
import { AppError } from '../../electron/core/shared/errors';
import { makeActor, testDb, type TestDb } from '../helpers/core';
import { addCustomer, addEmployee, financeCounts, NOW } from './finance-fixtures';

let t: TestDb;
let acct: Actor;
let cust: string;
let driver: string;
const day = '2026-11-24';

beforeEach(async () => {
  t = await testDb({ now: () => NOW });
  acct = await makeActor(t.core, 'accountant');
  cust = addCustomer(t.core, '百佳超市');
  driver = addEmployee(t.core, '李师傅');
});
afterEach(() => t.close());

function dayOfWork() {
  // A van sale paid in cash, as the sales issue will post it: invoice + cash receipt + allocation in one transaction.
  transact(t.core.sqlite, () => {
    const i = postInvoice(t.core, { customerId: cust, sourceType: 'van_sale', sourceNo: 'VS-20261124-0001', businessDate: day, amount: 35_650 });
    const r = recordReceipt(t.core, { customerId: cust, method: 'cash', collectorId: driver, amount: 35_650, businessDate: day, sourceType: 'van_sale' });
    autoAllocate(t.core, null, r.id, day, [i.id]);
  });
  createReceipt(t.core, acct, { customerId: cust, method: 'cash', collectorId: driver, amount: 12_000, businessDate: day, allocation: 'none' });
  createReceipt(t.core, acct, { customerId: cust, method: 'wechat', collectorId: driver, amount: 9_900, businessDate: day, allocation: 'none' }); // not cash
  const wrong = createReceipt(t.core, acct, { customerId: cust, method: 'cash', collectorId: driver, amount: 5_000, businessDate: day, allocation: 'none' });
  reverseAction(t.core, acct, { itemId: wrong.receipt.id, reason: '录错' }); // reversed: not expected
  transact(t.core.sqlite, () => postRefund(t.core, { customerId: cust, sourceType: 'return', businessDate: day, amount: 1_650, paidById: driver }));
  const fuel = recordExpense(t.core, acct, { driverId: driver, businessDate: day, amount: 20_000, category: '油费' });
  approveExpense(t.core, acct, fuel);
  recordExpense(t.core, acct, { driverId: driver, businessDate: day, amount: 1_000, category: '停车' }); // not approved
}

describe('cash handover', () => {
  it('computes expected cash, records the variance and puts it on the driver once approved', () => {
    dayOfWork();
    const exp = expectedCash(t.core, driver, day);
    expect(exp).toMatchObject({ cashReceipts: 47_650, cashRefunds: 1_650, approvedExpenses: 20_000, expected: 26_000 });
    // 2×100 + 1×50 + 5 yuan + 5 jiao… = 255.50 counted, plus 4.00 transferred = 259.50: 50 fen short
    const h = submitHandover(t.core, acct, { driverId: driver, businessDate: day, denominations: { '10000': 2, '5000': 1, '500': 1, '50': 1 }, epayments: 400 });
    expect(h).toMatchObject({ expected: 26_000, counted: 25_550, epayments: 400, variance: -50, docNo: 'JK-20261124-0001' });
    expect(driverCashBalance(t.core, driver)).toBe(0);
    approveHandover(t.core, acct, { handoverId: h.id });
    expect(driverCashBalance(t.core, driver)).toBe(-50);
    const slip = handoverSlip(t.core, h.id);
    const text = slipReceiptline(slip);
    expect(text).toContain('^^司机交款单');
    expect(text).toContain('应交金额 | 260.00');
    expect(text).toContain('短款 | -0.50');
    expect(slipHtml(slip)).toContain('Noto Sans CJK SC');
  });

  it('refuses a second handover, an unknown note, a re-approval, and changes nothing', () => {
    dayOfWork();
    const h = submitHandover(t.core, acct, { driverId: driver, businessDate: day, denominations: { '10000': 2, '5000': 1, '1000': 1 }, epayments: 0 });
    approveHandover(t.core, acct, { handoverId: h.id });
    const before = financeCounts(t.core);
    const refuse = (fn: () => unknown, code: string) => {
      expect(fn).toThrow(AppError);
      try {
        fn();
      } catch (e) {
        expect((e as AppError).code).toBe(code);
      }
    };
    refuse(() => submitHandover(t.core, acct, { driverId: driver, businessDate: day, denominations: {}, epayments: 0 }), 'HANDOVER_EXISTS');
    refuse(() => submitHandover(t.core, acct, { driverId: driver, businessDate: '2026-11-23', denominations: { '300': 1 }, epayments: 0 }), 'HANDOVER_DENOMINATION');
    refuse(() => submitHandover(t.core, acct, { driverId: driver, businessDate: '2026-11-23', denominations: { '100': 1.5 }, epayments: 0 }), 'HANDOVER_COUNT');
    refuse(() => approveHandover(t.core, acct, { handoverId: h.id }), 'HANDOVER_APPROVED');
    const late = recordExpense(t.core, acct, { driverId: driver, businessDate: day, amount: 500, category: '过路费' });
    refuse(() => approveExpense(t.core, acct, late), 'EXPENSE_HANDED_OVER');
    expect({ ...financeCounts(t.core), audit_log: before.audit_log }).toEqual(before); // only the expense's audit row added
  });
});
