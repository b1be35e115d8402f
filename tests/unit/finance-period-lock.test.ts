// Period lock: a closed month refuses every posting dated inside it and changes nothing; a reversal of an item in a
// closed month posts into the open month; reopening needs the owner's reason.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { transact } from '../../db/tx';
import { createReceipt, postAdjustment, reverseAction, writeOffAction } from '../../electron/core/finance/actions';
import { closePeriod, listPeriods, reopenPeriod } from '../../electron/core/finance/periods';
import { customerBalance, postCredit, postInvoice } from '../../electron/core/finance';
import type { Actor } from '../../electron/core/shared/context';
import { AppError } from '../../electron/core/shared/errors';
import { assertPeriodOpen } from '../../electron/core/shared/period-lock';
import { makeActor, testDb, type TestDb } from '../helpers/core';
import { addCustomer, financeCounts, financeSums, NOW } from './finance-fixtures';

let t: TestDb;
let owner: Actor;
let cust: string;

beforeEach(async () => {
  t = await testDb({ now: () => NOW });
  owner = await makeActor(t.core, 'owner');
  cust = addCustomer(t.core, '华联');
});
afterEach(() => t.close());

const snapshot = () => ({ ...financeCounts(t.core), ...financeSums(t.core) });
function refused(fn: () => unknown, code = 'PERIOD_CLOSED') {
  const before = snapshot();
  let err: unknown;
  try {
    fn();
  } catch (e) {
    err = e;
  }
  expect(err).toBeInstanceOf(AppError);
  expect((err as AppError).code).toBe(code);
  expect(snapshot()).toEqual(before);
}

describe('period lock', () => {
  it('refuses postings dated in a closed month and changes nothing', () => {
    const inv = transact(t.core.sqlite, () => postInvoice(t.core, { customerId: cust, sourceType: 'delivery', businessDate: '2026-10-20', amount: 1_000 }));
    closePeriod(t.core, owner, '2026-10');
    refused(() => transact(t.core.sqlite, () => postInvoice(t.core, { customerId: cust, sourceType: 'delivery', businessDate: '2026-10-31', amount: 500 })));
    refused(() => transact(t.core.sqlite, () => postCredit(t.core, { customerId: cust, sourceType: 'rebate', businessDate: '2026-10-01', amount: 500 })));
    refused(() => createReceipt(t.core, owner, { customerId: cust, method: 'bank', amount: 1_000, businessDate: '2026-10-15' }));
    refused(() => postAdjustment(t.core, owner, { customerId: cust, direction: 'credit', amount: 10, businessDate: '2026-10-15', note: 'x' }));
    refused(() => writeOffAction(t.core, owner, { debitItemId: inv.id, amount: 10, reason: '抹零', businessDate: '2026-10-30' }));
    refused(() => closePeriod(t.core, owner, '2026-10'), 'PERIOD_ALREADY_CLOSED');
    refused(() => closePeriod(t.core, owner, '2026-13'), 'PERIOD_FORMAT');
    expect(() => assertPeriodOpen(t.core, '2026-10-05')).toThrow(AppError);
    // November is open: a reversal of the October invoice posts in November.
    reverseAction(t.core, owner, { itemId: inv.id, reason: '退单', businessDate: '2026-11-24' });
    expect(customerBalance(t.core, cust)).toBe(0);
  });

  it('reopens with a reason; the history is kept', () => {
    closePeriod(t.core, owner, '2026-10');
    refused(() => reopenPeriod(t.core, owner, '2026-10', ' '), 'PERIOD_REASON');
    reopenPeriod(t.core, owner, '2026-10', '补录漏单');
    transact(t.core.sqlite, () => postInvoice(t.core, { customerId: cust, sourceType: 'delivery', businessDate: '2026-10-31', amount: 500 }));
    const [oct] = listPeriods(t.core);
    expect(oct).toMatchObject({ month: '2026-10', closed: false });
    expect(oct?.events.map((e) => e.action)).toEqual(['close', 'reopen']);
  });
});
