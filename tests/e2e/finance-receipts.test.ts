// The accountant's evening: sign in, open 财务 → 应收, see a store's aging, open its ledger, record a cash receipt
// that the form allocates oldest-first, and see the receivable drop by exactly the amount received.
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { transact } from '../../db/tx';
import { postInvoice } from '../../electron/core/finance/post';
import { launchBrowser, openPage } from './helpers/browser';
import { expectText, expectVisible } from './helpers/expect-ui';
import { startTestHost, type TestHost } from './helpers/host';
import { apiAs, OWNER, setupOwnerViaApi, signIn } from './helpers/session';

const ACCOUNTANT = { username: 'kuaiji', displayName: '李会计', password: 'kuaiji-pass-123', role: 'accountant' };
const STORE = '张记便利店';
const shots = resolve(import.meta.dirname, '../../docs/screenshots');
let host: TestHost;
let browser: Browser;
let page: Page;
let errors: string[];

const daysAgo = (n: number) => {
  const d = new Date(Date.now() - n * 86_400_000);
  const p = (x: number) => String(x).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
};

beforeAll(async () => {
  host = await startTestHost();
  await setupOwnerViaApi(host.url);
  const owner = await apiAs(host.url, OWNER.username, OWNER.password);
  await owner.mutate('users.create', ACCOUNTANT);
  const store = (await owner.mutate('customers.create', { code: 'C001', name: STORE, paymentTermsDays: 30 })) as { id: string };
  await owner.mutate('customers.create', { code: 'C002', name: '好又多超市', paymentTermsDays: 30 });
  const driver = (await owner.mutate('employees.create', { code: 'D01', name: '刘师傅', role: 'driver' })) as { id: string };
  // The driver collected 120.00 in cash today (not allocated: a prepayment).
  await owner.mutate('receipts.create', { customerId: store.id, method: 'cash', amount: 12_000, businessDate: daysAgo(0), collectorId: driver.id, allocation: 'none' });
  transact(host.app.core.sqlite, () => {
    postInvoice(host.app.core, { customerId: store.id, sourceType: 'delivery', sourceNo: 'SO-OLD-0001', businessDate: daysAgo(45), amount: 30_000 });
    postInvoice(host.app.core, { customerId: store.id, sourceType: 'delivery', sourceNo: 'SO-NEW-0002', businessDate: daysAgo(3), amount: 20_000 });
  });
  browser = await launchBrowser();
  ({ page, errors } = await openPage(browser, host.url));
  await signIn(page, ACCOUNTANT.username, ACCOUNTANT.password);
});
afterAll(async () => {
  await browser?.close();
  await host?.stop();
});

describe('accountant: receivables and receipts', () => {
  it('shows the aging, records a receipt allocated oldest-first and the receivable drops', async () => {
    await page.getByRole('link', { name: /财务/ }).click();
    await expectVisible(page.getByRole('heading', { name: '财务' }));
    const aging = page.getByRole('table', { name: '应收' });
    const row = aging.getByRole('row').filter({ hasText: STORE });
    // 300.00 is 45 days old (31–60), 200.00 is 3 days old (0–30); the balance is 500.00.
    await expectText(row, /200\.00.*300\.00.*120\.00.*380\.00/s);
    await expectText(page.getByLabel('receivable-total'), '应收合计 ¥380.00，1 个客户');
    await page.screenshot({ path: resolve(shots, 'finance-receivables.png') });

    await row.dblclick();
    await expectVisible(page.getByRole('heading', { name: `${STORE} 的往来明细` }));
    await page.getByRole('button', { name: '收款', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('金额 ¥').fill('350');
    // Oldest first: the 45-day invoice is settled, the newer one gets the other 50.00.
    await expectText(dialog.getByText(/已分配/), '已分配 ¥350.00，未分配 ¥0.00（记为预收）');
    expect(await dialog.getByLabel('本次核销 ¥ SO-OLD-0001').inputValue()).toBe('300.00');
    expect(await dialog.getByLabel('本次核销 ¥ SO-NEW-0002').inputValue()).toBe('50.00');
    await dialog.getByText('微信').click();
    await page.waitForTimeout(300); // the method switch's indicator slides
    await page.screenshot({ path: resolve(shots, 'finance-receipt.png') });
    await dialog.getByLabel('金额 ¥').press('Enter');
    await expectVisible(page.getByText(/已保存收款/));

    await expectText(page.getByLabel('customer-balance'), '余额 ¥ 30.00');
    await page.getByRole('button', { name: '返回' }).click();
    await expectText(aging.getByRole('row').filter({ hasText: STORE }), /30\.00/);
    await expectText(page.getByLabel('receivable-total'), '应收合计 ¥30.00，1 个客户');
    expect(await ledgerProblems()).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('previews the batch of customer statements for the month', async () => {
    await page.getByRole('tab', { name: '对账单' }).click();
    await page.getByLabel('开始日期').fill(daysAgo(60));
    await page.getByRole('button', { name: /批量/ }).click();
    await expectText(page.getByText(/份对账单/), '共 1 份对账单');
    const preview = page.frameLocator('iframe[title="对账单预览"]');
    await expectVisible(preview.getByText(STORE).first());
    await expectVisible(preview.getByText('30.00', { exact: true }).first());
    await page.screenshot({ path: resolve(shots, 'finance-statements.png') });
    expect(errors).toEqual([]);
  });
});

/** The ledger's own self-check (balance = sum of entries, allocations within their items), read as the owner. */
async function ledgerProblems(): Promise<unknown[]> {
  const login = await fetch(`${host.url}/trpc/auth.login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: OWNER.username, password: OWNER.password }) });
  const { token } = ((await login.json()) as { result: { data: { token: string } } }).result.data;
  const res = await fetch(`${host.url}/trpc/receivables.verify`, { headers: { authorization: `Bearer ${token}` } });
  return ((await res.json()) as { result: { data: { problems: unknown[] } } }).result.data.problems;
}
