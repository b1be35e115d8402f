// Receivables ledger: postings, receipts, allocation (one-to-many, many-to-one, partial, oldest first, manual),
// write-offs, reversals; the caches always agree with the ledgers; bad input changes nothing.
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { allocate, activeAllocations, autoAllocate, unallocate, writeOff } from '../../electron/core/finance/allocation';
import { createReceipt, postAdjustment, reverseAction, writeOffAction } from '../../electron/core/finance/actions';
import { aging, overdue } from '../../electron/core/finance/aging';
import { customerBalance, ledgerBalance, verifyLedger } from '../../electron/core/finance/balances';
import { openOf } from '../../electron/core/finance/ledger';
import { postCredit, postInvoice, recordReceipt } from '../../electron/core/finance/post';
import { reverseItem } from '../../electron/core/finance/reversal';
import type { Actor } from '../../electron/core/shared/context';
import { AppError } from '../../electron/core/shared/errors';
import { transact } from '../../db/tx';
import { makeActor, testDb, type TestDb } from '../helpers/core';
import { addCustomer, addEmployee, financeCounts, financeSums, NOW } from './finance-fixtures';

let t: TestDb;
let acct: Actor;
let cust: string;
let driver: string;

beforeEach(async () => {
  t = await testDb({ now: () => NOW });
  acct = await makeActor(t.core, 'accountant');
  cust = addCustomer(t.core, '好又多便利店', { termsDays: 30 });
  driver = addEmployee(t.core, '王师傅');
});
afterEach(() => t.close());

const inv = (amount: number, businessDate = '2026-11-01', customerId = cust) =>
  transact(t.core.sqlite, () => postInvoice(t.core, { customerId, sourceType: 'delivery', sourceNo: `SO-${amount}`, businessDate, amount }));

function expectCode(fn: () => unknown, code: string) {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(AppError);
    expect((e as AppError).code).toBe(code);
    return;
  }
  throw new Error(`expected ${code}`);
}

function expectUnchanged(fn: () => unknown, code: string) {
  const before = { ...financeCounts(t.core), ...financeSums(t.core) };
  expectCode(fn, code);
  expect({ ...financeCounts(t.core), ...financeSums(t.core) }).toEqual(before);
}

describe('postings and balances', () => {
  it('invoice raises, receipt lowers, balance = sum of entries; due date from payment terms', () => {
    const a = inv(10_000);
    expect(a.dueDate).toBe('2026-12-01');
    expect(a.docNo).toBe('AR-20261101-0001');
    createReceipt(t.core, acct, { customerId: cust, method: 'bank', amount: 4_000, businessDate: '2026-11-20', allocation: 'none' });
    expect(customerBalance(t.core, cust)).toBe(6_000);
    expect(ledgerBalance(t.core, cust)).toBe(6_000);
    expect(verifyLedger(t.core)).toEqual([]);
  });

  it('allocates oldest first, keeps the rest as a prepayment', () => {
    const old = inv(3_000, '2026-10-01');
    const mid = inv(5_000, '2026-10-15');
    const young = inv(7_000, '2026-11-10');
    const { receipt, allocationIds } = createReceipt(t.core, acct, { customerId: cust, method: 'wechat', amount: 9_000, businessDate: '2026-11-20' });
    expect(allocationIds).toHaveLength(3);
    expect([openOf(t.core, old.id), openOf(t.core, mid.id), openOf(t.core, young.id)]).toEqual([0, 0, 6_000]);
    expect(openOf(t.core, receipt.id)).toBe(0);
    const pre = createReceipt(t.core, acct, { customerId: cust, method: 'alipay', amount: 8_000, businessDate: '2026-11-21' });
    expect(openOf(t.core, young.id)).toBe(0);
    expect(openOf(t.core, pre.receipt.id)).toBe(2_000); // prepayment
    expect(customerBalance(t.core, cust)).toBe(-2_000);
    expect(verifyLedger(t.core)).toEqual([]);
  });

  it('manual override, partial and many-to-one allocation', () => {
    const a = inv(3_000, '2026-10-01');
    const b = inv(5_000, '2026-10-15');
    const r1 = createReceipt(t.core, acct, { customerId: cust, method: 'cash', collectorId: driver, amount: 2_000, businessDate: '2026-11-20', allocation: [{ debitItemId: b.id, amount: 2_000 }] });
    const r2 = createReceipt(t.core, acct, { customerId: cust, method: 'bank', amount: 3_000, businessDate: '2026-11-20', allocation: [{ debitItemId: b.id, amount: 3_000 }] });
    expect(openOf(t.core, a.id)).toBe(3_000);
    expect(openOf(t.core, b.id)).toBe(0);
    expect(activeAllocations(t.core, [b.id]).map((x) => x.creditItemId).sort()).toEqual([r1.receipt.id, r2.receipt.id].sort());
  });

  it('refuses an allocation larger than the invoice or the receipt, and changes nothing', () => {
    const a = inv(3_000);
    const r = createReceipt(t.core, acct, { customerId: cust, method: 'bank', amount: 5_000, businessDate: '2026-11-20', allocation: 'none' });
    expectUnchanged(() => transact(t.core.sqlite, () => allocate(t.core, acct, { creditItemId: r.receipt.id, debitItemId: a.id, amount: 3_001, businessDate: '2026-11-20' })), 'ALLOC_OVER_INVOICE');
    const small = createReceipt(t.core, acct, { customerId: cust, method: 'bank', amount: 1_000, businessDate: '2026-11-20', allocation: 'none' });
    expectUnchanged(() => transact(t.core.sqlite, () => allocate(t.core, acct, { creditItemId: small.receipt.id, debitItemId: a.id, amount: 1_001, businessDate: '2026-11-20' })), 'ALLOC_OVER_RECEIPT');
    // A whole receipt with an oversize manual line rolls back the receipt too.
    expectUnchanged(() => createReceipt(t.core, acct, { customerId: cust, method: 'bank', amount: 9_000, businessDate: '2026-11-20', allocation: [{ debitItemId: a.id, amount: 9_000 }] }), 'ALLOC_OVER_INVOICE');
    const other = addCustomer(t.core, '另一家');
    const theirs = inv(1_000, '2026-11-01', other);
    expectUnchanged(() => transact(t.core.sqlite, () => allocate(t.core, acct, { creditItemId: r.receipt.id, debitItemId: theirs.id, amount: 100, businessDate: '2026-11-20' })), 'AR_CUSTOMER_MISMATCH');
    expectUnchanged(() => createReceipt(t.core, acct, { customerId: cust, method: 'cash', amount: 100, businessDate: '2026-11-20' }), 'RECEIPT_COLLECTOR');
    expectUnchanged(() => createReceipt(t.core, acct, { customerId: cust, method: 'bank', amount: 0, businessDate: '2026-11-20' }), 'AMOUNT_POSITIVE');
    expectUnchanged(() => createReceipt(t.core, acct, { customerId: cust, method: 'bank', amount: 10.5, businessDate: '2026-11-20' }), 'MONEY_FORMAT');
    expectUnchanged(() => createReceipt(t.core, acct, { customerId: cust, method: 'bank', amount: 100, businessDate: '2026-11-31' }), 'DATE_FORMAT');
  });

  it('writes off a small difference within the limit and with a reason', () => {
    const a = inv(10_050);
    createReceipt(t.core, acct, { customerId: cust, method: 'cash', collectorId: driver, amount: 10_000, businessDate: '2026-11-20', writeOffs: [{ debitItemId: a.id, amount: 50, reason: '抹零' }] });
    expect(openOf(t.core, a.id)).toBe(0);
    expect(customerBalance(t.core, cust)).toBe(0);
    const b = inv(10_000);
    expectUnchanged(() => writeOffAction(t.core, acct, { debitItemId: b.id, amount: 101, reason: '抹零' }), 'WRITEOFF_LIMIT');
    expectUnchanged(() => writeOffAction(t.core, acct, { debitItemId: b.id, amount: 50, reason: '  ' }), 'WRITEOFF_REASON');
    t.core.sqlite.prepare(`INSERT INTO settings (key, value, updated_at) VALUES ('finance.writeOffLimitFen', '500', 'x')`).run();
    writeOffAction(t.core, acct, { debitItemId: b.id, amount: 300, reason: '老客户优惠' });
    expect(openOf(t.core, b.id)).toBe(9_700);
    expect(verifyLedger(t.core)).toEqual([]);
  });

  it('reverses a receipt with its allocations; never deletes; reversing twice is refused', () => {
    const a = inv(3_000);
    const r = createReceipt(t.core, acct, { customerId: cust, method: 'bank', amount: 3_000, businessDate: '2026-11-20' });
    expect(openOf(t.core, a.id)).toBe(0);
    reverseAction(t.core, acct, { itemId: r.receipt.id, reason: '银行退票' });
    expect(openOf(t.core, a.id)).toBe(3_000);
    expect(customerBalance(t.core, cust)).toBe(3_000);
    expectUnchanged(() => reverseAction(t.core, acct, { itemId: r.receipt.id, reason: 'again' }), 'AR_ALREADY_REVERSED');
    expect(() => t.core.sqlite.prepare('DELETE FROM ar_entries').run()).toThrow(/append-only/);
    expect(() => t.core.sqlite.prepare('UPDATE ar_items SET amount = 1').run()).toThrow(/append-only/);
    expect(verifyLedger(t.core)).toEqual([]);
  });

  it('an invoice with allocations is not reversed until they are undone; its write-offs go with it', () => {
    const a = inv(10_050);
    const r = createReceipt(t.core, acct, { customerId: cust, method: 'bank', amount: 10_000, businessDate: '2026-11-20', writeOffs: [{ debitItemId: a.id, amount: 50, reason: '抹零' }] });
    expectUnchanged(() => reverseAction(t.core, acct, { itemId: a.id, reason: '送错' }), 'AR_HAS_ALLOCATIONS');
    transact(t.core.sqlite, () => unallocate(t.core, acct, r.allocationIds[0] ?? '', '2026-11-24'));
    reverseAction(t.core, acct, { itemId: a.id, reason: '送错' });
    expect(customerBalance(t.core, cust)).toBe(-10_000);
    expect(openOf(t.core, r.receipt.id)).toBe(10_000);
    expect(verifyLedger(t.core)).toEqual([]);
  });

  it('credits (returns, rebates) allocate like receipts; adjustments post either way', () => {
    const a = inv(5_000);
    const c = transact(t.core.sqlite, () => postCredit(t.core, { customerId: cust, sourceType: 'return', sourceNo: 'RT-1', businessDate: '2026-11-05', amount: 1_200 }));
    transact(t.core.sqlite, () => autoAllocate(t.core, acct, c.id, '2026-11-05'));
    expect(openOf(t.core, a.id)).toBe(3_800);
    postAdjustment(t.core, acct, { customerId: cust, direction: 'credit', amount: 800, businessDate: '2026-11-06', note: '价差' });
    expect(customerBalance(t.core, cust)).toBe(3_000);
  });
});

describe('aging and overdue', () => {
  it('buckets open invoices by age as of a date and ties to the ledger balance', () => {
    inv(1_000, '2026-11-20'); // 4 days
    inv(2_000, '2026-10-10'); // 45 days
    inv(3_000, '2026-09-01'); // 84 days
    inv(4_000, '2026-07-01'); // 146 days
    createReceipt(t.core, acct, { customerId: cust, method: 'bank', amount: 500, businessDate: '2026-11-24', allocation: 'none' });
    const [row] = aging(t.core, '2026-11-24');
    expect(row).toMatchObject({ d0_30: 1_000, d31_60: 2_000, d61_90: 3_000, over90: 4_000, open: 10_000, unapplied: 500, balance: 9_500 });
    expect(row?.balance).toBe(customerBalance(t.core, cust));
    expect(aging(t.core, '2026-11-24', { fromLedger: true })).toEqual(aging(t.core, '2026-11-24')); // cache = ledger
    // As of an earlier date the later postings do not exist yet.
    const [then] = aging(t.core, '2026-10-31');
    expect(then).toMatchObject({ open: 9_000, d0_30: 2_000, d31_60: 3_000, d61_90: 0, over90: 4_000, unapplied: 0 });
    expect(then?.balance).toBe(ledgerBalance(t.core, cust, '2026-10-31'));
    const due = overdue(t.core, '2026-11-24');
    expect(due.map((d) => d.open)).toEqual([4_000, 3_000, 2_000]);
    expect(due[0]?.daysOverdue).toBe(146 - 30);
  });
});

describe('property: random postings, allocations and reversals keep the books tied out', () => {
  it('balance = sum of entries, opens = derived, never over-allocated', () => {
    const op = fc.oneof(
      fc.record({ k: fc.constant('inv' as const), amount: fc.integer({ min: 1, max: 50_000 }), day: fc.integer({ min: 1, max: 20 }) }),
      fc.record({ k: fc.constant('rcpt' as const), amount: fc.integer({ min: 1, max: 50_000 }), auto: fc.boolean() }),
      fc.record({ k: fc.constant('alloc' as const), pick: fc.nat(), pick2: fc.nat(), amount: fc.integer({ min: 1, max: 60_000 }) }),
      fc.record({ k: fc.constant('unalloc' as const), pick: fc.nat() }),
      fc.record({ k: fc.constant('reverse' as const), pick: fc.nat() }),
      fc.record({ k: fc.constant('writeoff' as const), pick: fc.nat(), amount: fc.integer({ min: 1, max: 150 }) }),
    );
    fc.assert(
      fc.property(fc.array(op, { minLength: 1, maxLength: 25 }), (ops) => {
        const debits: string[] = [];
        const credits: string[] = [];
        const allocs: string[] = [];
        const pick = <T,>(xs: T[], n: number) => xs[n % Math.max(1, xs.length)];
        for (const o of ops) {
          try {
            if (o.k === 'inv') debits.push(inv(o.amount, `2026-11-${String(o.day).padStart(2, '0')}`).id);
            else if (o.k === 'rcpt') {
              const r = createReceipt(t.core, acct, { customerId: cust, method: 'bank', amount: o.amount, businessDate: '2026-11-22', allocation: o.auto ? 'auto' : 'none' });
              credits.push(r.receipt.id);
              allocs.push(...r.allocationIds);
            } else if (o.k === 'alloc') {
              const c = pick(credits, o.pick);
              const d = pick(debits, o.pick2);
              if (c && d) allocs.push(transact(t.core.sqlite, () => allocate(t.core, acct, { creditItemId: c, debitItemId: d, amount: o.amount, businessDate: '2026-11-23' })));
            } else if (o.k === 'unalloc') {
              const a = pick(allocs, o.pick);
              if (a) transact(t.core.sqlite, () => unallocate(t.core, acct, a, '2026-11-23'));
            } else if (o.k === 'reverse') {
              const id = pick([...debits, ...credits], o.pick);
              if (id) transact(t.core.sqlite, () => reverseItem(t.core, acct, id, '2026-11-24'));
            } else {
              const d = pick(debits, o.pick);
              if (d) transact(t.core.sqlite, () => writeOff(t.core, acct, { debitItemId: d, amount: o.amount, reason: 'x', businessDate: '2026-11-24' }));
            }
          } catch (e) {
            if (!(e instanceof AppError)) throw e; // refused business input is fine; anything else is a bug
          }
          expect(verifyLedger(t.core)).toEqual([]);
        }
        expect(customerBalance(t.core, cust)).toBe(ledgerBalance(t.core, cust));
        const [row] = aging(t.core, '2026-11-30');
        expect(row?.balance ?? 0).toBe(customerBalance(t.core, cust));
        expect(aging(t.core, '2026-11-30', { fromLedger: true })).toEqual(aging(t.core, '2026-11-30')); // cache = ledger
      }),
      { numRuns: 40 },
    );
  });
});

describe('receipts for other issues', () => {
  it('recordReceipt + postInvoice inside one caller transaction (van sale)', () => {
    transact(t.core.sqlite, () => {
      const i = postInvoice(t.core, { customerId: cust, sourceType: 'van_sale', sourceNo: 'VS-1', businessDate: '2026-11-24', amount: 2_500 });
      const r = recordReceipt(t.core, { customerId: cust, method: 'cash', collectorId: driver, amount: 2_500, businessDate: '2026-11-24', sourceType: 'van_sale' });
      autoAllocate(t.core, null, r.id, '2026-11-24', [i.id]);
    });
    expect(customerBalance(t.core, cust)).toBe(0);
  });
});
