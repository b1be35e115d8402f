// Matching statement lines to receipts and invoices: each rule, one-to-many and many-to-one, learning payer names
// from confirmed matches, the unmatched queue, audited match/unmatch, and refusals that change nothing.
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { transact } from '../../db/tx';
import { createReceipt } from '../../electron/core/finance/actions';
import { closePeriod } from '../../electron/core/finance/periods';
import { customerBalance, postInvoice, verifyLedger } from '../../electron/core/finance';
import { openOf } from '../../electron/core/finance/ledger';
import type { Actor } from '../../electron/core/shared/context';
import { AppError } from '../../electron/core/shared/errors';
import { importStatement } from '../../electron/core/statements/import';
import { autoMatch, matchLine, unmatchedQueue, unmatchLine } from '../../electron/core/statements/match';
import { makeActor, testDb, type TestDb } from '../helpers/core';
import { addCustomer, financeCounts, NOW } from './finance-fixtures';

let t: TestDb;
let acct: Actor;
let haoyouduo: string;
let baijia: string;

beforeEach(async () => {
  t = await testDb({ now: () => NOW });
  acct = await makeActor(t.core, 'accountant');
  haoyouduo = addCustomer(t.core, '好又多便利店');
  baijia = addCustomer(t.core, '百佳超市');
});
afterEach(() => t.close());

const inv = (customerId: string, sourceNo: string, amount: number, businessDate = '2026-11-10') =>
  transact(t.core.sqlite, () => postInvoice(t.core, { customerId, sourceType: 'delivery', sourceNo, businessDate, amount }));

/** A personal WeChat bill (UTF-8 with BOM) with the given money-in rows. */
function wechat(rows: [time: string, payer: string, yuan: string, txnId: string, memo: string][]): Uint8Array {
  const head = ['微信支付账单明细,,,,,,,,,,', '微信昵称：[经销商],,,,,,,,,,', ',,,,,,,,,,', '----------------------微信支付账单明细列表--------------------,,,,,,,,,,', '交易时间,交易类型,交易对方,商品,收/支,金额(元),支付方式,当前状态,交易单号,商户单号,备注'];
  const body = rows.map(([time, payer, yuan, id, memo]) => `${time},转账,${payer},/,收入,¥${yuan},/,已收钱,${id}\t,/\t,${memo}`);
  return new TextEncoder().encode('\ufeff' + [...head, ...body].join('\n') + '\n');
}

const lineId = (ref: string) => (t.core.sqlite.prepare('SELECT id FROM statement_lines WHERE reference = ?').get(ref) as { id: string }).id;
const audits = (action: string) => (t.core.sqlite.prepare('SELECT count(*) AS n FROM audit_log WHERE action = ?').get(action) as { n: number }).n;

describe('automatic matching', () => {
  it('matches by document number (one-to-many), reference, recorded receipt, known payer and unique amount', async () => {
    const a1 = inv(haoyouduo, 'SO-20261110-0001', 30_000);
    const a2 = inv(haoyouduo, 'SO-20261110-0002', 20_000);
    const b1 = inv(baijia, 'SO-20261110-0003', 45_600);
    const b2 = inv(baijia, 'SO-20261110-0004', 12_345);
    // A bank transfer the accountant already entered, with the WeChat transaction id as its reference.
    const typed = createReceipt(t.core, acct, { customerId: baijia, method: 'wechat', amount: 8_800, businessDate: '2026-11-19', reference: 'WX-REF-1', allocation: 'none' });
    await importStatement(t.core, acct, {
      fileName: 'w.csv',
      bytes: wechat([
        ['2026-11-20 09:00:00', '张老板', '500.00', 'T1', '付SO-20261110-0001 SO-20261110-0002'],
        ['2026-11-20 10:00:00', '百佳财务', '88.00', 'WX-REF-1', '/'],
        ['2026-11-20 11:00:00', '陌生人', '123.45', 'T3', '/'],
        ['2026-11-20 12:00:00', '陌生人乙', '77.00', 'T4', '/'],
      ]),
    });
    const r = autoMatch(t.core, acct);
    expect(r).toMatchObject({ examined: 4, matched: 3, unmatched: 1, byRule: { document: 1, reference: 1, amount: 1 } });
    expect([openOf(t.core, a1.id), openOf(t.core, a2.id)]).toEqual([0, 0]);
    expect(openOf(t.core, b2.id)).toBe(0);
    expect(openOf(t.core, b1.id)).toBe(45_600);
    expect(openOf(t.core, typed.receipt.id)).toBe(8_800); // matched to the line, allocation untouched
    expect(audits('statement.auto_match')).toBe(3);
    const queue = unmatchedQueue(t.core);
    expect(queue.map((q) => q.reference)).toEqual(['T4']);
    // The payer of the document-number match is now known: his next transfer is his customer's.
    await importStatement(t.core, acct, { fileName: 'w2.csv', bytes: wechat([['2026-11-22 09:00:00', '张老板', '100.00', 'T5', '/']]) });
    expect(autoMatch(t.core, acct).byRule).toEqual({ payer: 1 });
    expect(customerBalance(t.core, haoyouduo)).toBe(-10_000); // a prepayment
    expect(verifyLedger(t.core)).toEqual([]);
    // Running again matches nothing more and changes nothing.
    const before = financeCounts(t.core);
    expect(autoMatch(t.core, acct)).toMatchObject({ examined: 1, matched: 0 });
    expect(financeCounts(t.core)).toEqual(before);
  });

  it('many-to-one: two transfers quoting one invoice pay it in parts', async () => {
    const a = inv(haoyouduo, 'SO-20261110-0009', 50_000);
    await importStatement(t.core, acct, {
      fileName: 'w.csv',
      bytes: wechat([
        ['2026-11-20 09:00:00', '张老板', '300.00', 'P1', 'SO-20261110-0009 首付'],
        ['2026-11-21 09:00:00', '张老板', '200.00', 'P2', 'SO-20261110-0009 尾款'],
      ]),
    });
    expect(autoMatch(t.core, acct).byRule).toEqual({ document: 2 });
    expect(openOf(t.core, a.id)).toBe(0);
  });

  it('a line dated in a closed month stays in the queue; nothing is posted for it', async () => {
    inv(haoyouduo, 'SO-20261010-0001', 9_900, '2026-10-10');
    await importStatement(t.core, acct, { fileName: 'w.csv', bytes: wechat([['2026-10-20 09:00:00', '张老板', '99.00', 'Q1', 'SO-20261010-0001']]) });
    closePeriod(t.core, acct, '2026-10');
    const before = financeCounts(t.core);
    expect(autoMatch(t.core, acct)).toMatchObject({ matched: 0, unmatched: 1 });
    expect(financeCounts(t.core)).toEqual(before);
  });
});

describe('manual matching in the workbench', () => {
  it('teaches the payer name, is audited, and unmatching reverses the receipt it created', async () => {
    const a = inv(haoyouduo, 'SO-20261110-0001', 30_100);
    await importStatement(t.core, acct, { fileName: 'w.csv', bytes: wechat([['2026-11-20 09:00:00', '老张', '300.00', 'M1', '/'], ['2026-11-21 09:00:00', '老张', '50.00', 'M2', '/']]) });
    expect(autoMatch(t.core, acct).matched).toBe(0); // no rule fits: unknown payer, no invoice of either amount
    const m = matchLine(t.core, acct, { lineId: lineId('M1'), customerId: haoyouduo, allocations: [{ debitItemId: a.id, amount: 30_000 }] });
    expect(openOf(t.core, a.id)).toBe(100);
    expect(audits('statement.match')).toBe(1);
    expect(autoMatch(t.core, acct).byRule).toEqual({ payer: 1 }); // 老张 is now known: 50.00 pays the last 1.00 first
    expect(openOf(t.core, a.id)).toBe(0);
    unmatchLine(t.core, acct, { lineId: lineId('M1'), reason: '匹配错了' });
    expect(openOf(t.core, a.id)).toBe(30_000);
    expect(openOf(t.core, m.receiptId)).toBe(0);
    expect(audits('statement.unmatch')).toBe(1);
    expect(unmatchedQueue(t.core).map((q) => q.reference)).toEqual(['M1']);
    expect(verifyLedger(t.core)).toEqual([]);
  });

  it('refuses a receipt of another amount, a matched line, an unmatched unmatch, and changes nothing', async () => {
    await importStatement(t.core, acct, { fileName: 'w.csv', bytes: wechat([['2026-11-20 09:00:00', '老张', '300.00', 'M1', '/']]) });
    const r = createReceipt(t.core, acct, { customerId: haoyouduo, method: 'wechat', amount: 29_999, businessDate: '2026-11-20', allocation: 'none' });
    const check = (fn: () => unknown, code: string) => {
      const before = financeCounts(t.core);
      let err: unknown;
      try {
        fn();
      } catch (e) {
        err = e;
      }
      expect((err as AppError).code).toBe(code);
      expect(financeCounts(t.core)).toEqual(before);
    };
    check(() => matchLine(t.core, acct, { lineId: lineId('M1'), receiptId: r.receipt.id }), 'STATEMENT_AMOUNT_MISMATCH');
    check(() => unmatchLine(t.core, acct, { lineId: lineId('M1') }), 'STATEMENT_LINE_UNMATCHED');
    matchLine(t.core, acct, { lineId: lineId('M1'), customerId: haoyouduo, allocations: 'none' });
    check(() => matchLine(t.core, acct, { lineId: lineId('M1'), customerId: baijia }), 'STATEMENT_LINE_MATCHED');
  });
});

describe('matcher edges (indexed lookups per line)', () => {
  it('a quoted order number paid by two partial-delivery invoices pays both, oldest first', async () => {
    const a = inv(haoyouduo, 'SO-20261101-0005', 10_000, '2026-11-02');
    const b = inv(haoyouduo, 'SO-20261101-0005', 5_000, '2026-11-05');
    await importStatement(t.core, acct, { fileName: 'w.csv', bytes: wechat([['2026-11-20 09:00:00', '张老板', '120.00', 'E1', '付 SO-20261101-0005']]) });
    expect(autoMatch(t.core, acct).byRule).toEqual({ document: 1 });
    expect([openOf(t.core, a.id), openOf(t.core, b.id)]).toEqual([0, 3_000]);
  });

  it('unique amount: only invoices dated 0–60 days before the line count', async () => {
    inv(haoyouduo, 'SO-A', 1_111, '2026-09-20'); // 61 days before 2026-11-20
    inv(baijia, 'SO-B', 2_222, '2026-11-21'); // after the line
    const c = inv(baijia, 'SO-C', 3_333, '2026-09-21'); // exactly 60 days before
    await importStatement(t.core, acct, {
      fileName: 'w.csv',
      bytes: wechat([['2026-11-20 09:00:00', '甲', '11.11', 'W1', '/'], ['2026-11-20 09:01:00', '乙', '22.22', 'W2', '/'], ['2026-11-20 09:02:00', '丙', '33.33', 'W3', '/']]),
    });
    expect(autoMatch(t.core, acct)).toMatchObject({ matched: 1, byRule: { amount: 1 } });
    expect(openOf(t.core, c.id)).toBe(0);
    expect(unmatchedQueue(t.core).map((q) => q.reference)).toEqual(['W1', 'W2']);
  });

  it('property: random invoices and lines — ledger consistent, each line matched at most once, reruns reach a fixed point', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ who: fc.integer({ min: 0, max: 1 }), amount: fc.integer({ min: 1, max: 6 }), day: fc.integer({ min: 1, max: 20 }) }), { minLength: 1, maxLength: 8 }),
        fc.array(fc.record({ amount: fc.integer({ min: 1, max: 6 }), quote: fc.integer({ min: -1, max: 7 }), payer: fc.integer({ min: 0, max: 2 }) }), { minLength: 1, maxLength: 8 }),
        async (invoices, lines) => {
          const db = await testDb({ now: () => NOW });
          try {
            const me = await makeActor(db.core, 'accountant');
            const custs = [addCustomer(db.core, '甲店'), addCustomer(db.core, '乙店')];
            const nos = invoices.map((x, i) => {
              const no = `SO-202611${String(x.day).padStart(2, '0')}-${String(i).padStart(4, '0')}`;
              transact(db.core.sqlite, () => postInvoice(db.core, { customerId: custs[x.who]!, sourceType: 'delivery', sourceNo: no, businessDate: `2026-11-${String(x.day).padStart(2, '0')}`, amount: x.amount * 1_000 }));
              return no;
            });
            await importStatement(db.core, me, {
              fileName: 'p.csv',
              bytes: wechat(lines.map((l, i) => [`2026-11-22 10:${String(i).padStart(2, '0')}:00`, ['老张', '老李', '老王'][l.payer]!, `${l.amount * 10}.00`, `P${i}`, nos[l.quote] ?? '/'])),
            });
            const r = autoMatch(db.core, me);
            expect(r.matched + r.unmatched).toBe(r.examined);
            expect(verifyLedger(db.core)).toEqual([]);
            const perLine = db.core.sqlite.prepare('SELECT line_id, count(*) AS n FROM statement_matches WHERE reversal_of IS NULL GROUP BY line_id HAVING n > 1').all();
            expect(perLine).toEqual([]);
            // A payer learned from a later line can match an earlier one on the next run; after that nothing new.
            autoMatch(db.core, me);
            const before = financeCounts(db.core);
            expect(autoMatch(db.core, me).matched).toBe(0);
            expect(financeCounts(db.core)).toEqual(before);
            expect(verifyLedger(db.core)).toEqual([]);
          } finally {
            db.close();
          }
        },
      ),
      { numRuns: 12 },
    );
  }, 120_000);
});
