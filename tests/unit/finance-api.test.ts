// The money procedures through the real IPC transport and tRPC client, as the accountant's screens will call them:
// translated errors (zh-CN first, data.appCode), roles, and nothing written on a refusal.
import { TRPCClientError } from '@trpc/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { transact } from '../../db/tx';
import { postInvoice } from '../../electron/core/finance';
import { clientFor, signedIn, type Client } from '../helpers/api';
import { testDb, type TestDb } from '../helpers/core';
import { addCustomer, financeCounts, NOW, statementFixture } from './finance-fixtures';

let t: TestDb;
let acct: Client;
let cust: string;
let invoiceId: string;

beforeEach(async () => {
  t = await testDb({ now: () => NOW });
  acct = (await signedIn(t, 'accountant')).client;
  cust = addCustomer(t.core, '好又多便利店');
  invoiceId = transact(t.core.sqlite, () => postInvoice(t.core, { customerId: cust, sourceType: 'delivery', sourceNo: 'SO-20261120-0001', businessDate: '2026-11-20', amount: 10_000 })).id;
});
afterEach(() => t.close());

async function refusal(p: Promise<unknown>): Promise<TRPCClientError<never>> {
  const before = financeCounts(t.core);
  const err = await p.then(() => null, (e: unknown) => e);
  expect(err).toBeInstanceOf(TRPCClientError);
  expect(financeCounts(t.core)).toEqual(before);
  return err as TRPCClientError<never>;
}

describe('money API', () => {
  it('records a receipt with allocation; an allocation above the invoice is refused in Chinese', async () => {
    const err = await refusal(acct.receipts.create.mutate({ customerId: cust, method: 'bank', amount: 20_000, businessDate: '2026-11-24', allocation: [{ debitItemId: invoiceId, amount: 20_000 }] }));
    expect(err.message).toBe('核销金额 200.00 元超过 AR-20261120-0001 的未收金额 100.00 元');
    expect((err.data as unknown as { appCode: string }).appCode).toBe('ALLOC_OVER_INVOICE');
    const { receipt } = await acct.receipts.create.mutate({ customerId: cust, method: 'bank', amount: 20_000, businessDate: '2026-11-24' });
    expect(receipt.docNo).toBe('RC-20261124-0001');
    expect(await acct.receivables.aging.query({ asOf: '2026-11-24' })).toMatchObject([{ open: 0, unapplied: 10_000, balance: -10_000 }]);
    expect((await acct.receivables.verify.query()).problems).toEqual([]);
  });

  it('speaks English when asked, and refuses a bad date', async () => {
    const { token } = await signedIn(t, 'accountant');
    const en = clientFor(t, token, 'en');
    const err = await refusal(en.receipts.create.mutate({ customerId: cust, method: 'bank', amount: 100, businessDate: '2026-02-30' }));
    expect(err.message).toBe('Date "2026-02-30" is not a valid YYYY-MM-DD date');
  });

  it('only the owner closes a month; then postings into it are refused', async () => {
    const owner = (await signedIn(t, 'owner')).client;
    const forbidden = await refusal(acct.periods.close.mutate({ month: '2026-11' }));
    expect((forbidden.data as unknown as { appCode: string }).appCode).toBe('FORBIDDEN');
    await owner.periods.close.mutate({ month: '2026-11' });
    const closed = await refusal(acct.receipts.create.mutate({ customerId: cust, method: 'cash', collectorId: null, amount: 100, businessDate: '2026-11-24', allocation: 'none' }));
    expect(closed.message).toMatch(/已结账|现金收款/);
    const err = await refusal(acct.receivables.adjust.mutate({ customerId: cust, direction: 'credit', amount: 100, businessDate: '2026-11-24', note: '调整' }));
    expect(err.message).toBe('2026-11 已结账，不能记入业务日期为 2026-11-24 的单据');
  });

  it('a clerk cannot see receivables', async () => {
    const clerk = (await signedIn(t, 'clerk')).client;
    const err = await refusal(clerk.receivables.balances.query());
    expect(err.message).toBe('当前角色（库管）无权执行此操作');
  });

  it('imports a statement file as base64 (twice = nothing new), matches it, and exports a customer statement', async () => {
    const input = { fileName: 'wechat.csv', contentBase64: Buffer.from(statementFixture('wechat-example-wechat-records.csv')).toString('base64') };
    expect(await acct.bankStatements.import.mutate(input)).toMatchObject({ layout: 'wechat', newLines: 5 });
    expect(await acct.bankStatements.import.mutate(input)).toMatchObject({ duplicateFile: true, newLines: 0 });
    const spdb = Buffer.from(statementFixture('spdb_debit-example-spdb_debit-records.xls'));
    expect(await acct.bankStatements.import.mutate({ fileName: 'spdb.xls', contentBase64: spdb.toString('base64') })).toMatchObject({ layout: 'spdb', newLines: 1 });
    const bad = await refusal(acct.bankStatements.import.mutate({ fileName: 'spdb.xls', contentBase64: spdb.subarray(0, 700).toString('base64') }));
    expect(bad.message).toContain('.xls');
    await acct.bankStatements.autoMatch.mutate({});
    const queue = await acct.bankStatements.queue.query({});
    expect(queue).toHaveLength(6); // none of these strangers pays our customer
    const first = queue[0];
    if (!first) throw new Error('queue empty');
    await acct.bankStatements.match.mutate({ lineId: first.id, customerId: cust, allocations: 'auto' });
    expect(await acct.bankStatements.queue.query({})).toHaveLength(5);
    const file = await acct.customerStatements.xlsx.mutate({ customerId: cust, from: '2026-11-01', to: '2026-11-30' });
    expect(file.fileName).toMatch(/^对账单_.*\.xlsx$/);
    expect(Buffer.from(file.contentBase64, 'base64').subarray(0, 2).toString()).toBe('PK');
    const html = await acct.customerStatements.batchHtml.query({ from: '2026-11-01', to: '2026-11-30' });
    expect(html.count).toBe(1);
    expect(html.html).toContain('好又多便利店');
  });
});
