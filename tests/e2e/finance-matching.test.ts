// The accountant's statement matching in Chromium: import the real WeChat Pay bill in the workbench (twice: the
// second time the screen says nothing was added), auto-match, match one line from the keyboard (↓ to it, Enter
// accepts the first suggestion), unmatch one in the matched queue with U, and see both queues' counts follow.
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
const WECHAT = resolve(process.cwd(), '..', 'shared', 'fixtures', 'statements', 'wechat-example-wechat-records.csv');
const shots = resolve(import.meta.dirname, '../../docs/screenshots');
let host: TestHost;
let browser: Browser;
let page: Page;
let errors: string[];

beforeAll(async () => {
  host = await startTestHost();
  await setupOwnerViaApi(host.url);
  const owner = await apiAs(host.url, OWNER.username, OWNER.password);
  await owner.mutate('users.create', ACCOUNTANT);
  const ids: string[] = [];
  for (const [code, name] of [['C001', '张记便利店'], ['C002', '好又多超市'], ['C003', '百佳超市']] as const) {
    ids.push(((await owner.mutate('customers.create', { code, name, paymentTermsDays: 30 })) as { id: string }).id);
  }
  transact(host.app.core.sqlite, () => {
    // 用户A's ¥23.00 of 2020-11-27 pays the only open invoice of that amount: the amount rule matches it.
    postInvoice(host.app.core, { customerId: ids[0]!, sourceType: 'delivery', sourceNo: 'SO-20201120-0001', businessDate: '2020-11-20', amount: 2_300 });
    // Two stores owe ¥5.00: the ¥5.00 line of 2023-06-23 is ambiguous, so it waits for the accountant.
    postInvoice(host.app.core, { customerId: ids[1]!, sourceType: 'delivery', sourceNo: 'SO-20230610-0002', businessDate: '2023-06-10', amount: 500 });
    postInvoice(host.app.core, { customerId: ids[2]!, sourceType: 'delivery', sourceNo: 'SO-20230612-0003', businessDate: '2023-06-12', amount: 500 });
  });
  browser = await launchBrowser();
  ({ page, errors } = await openPage(browser, host.url));
  await signIn(page, ACCOUNTANT.username, ACCOUNTANT.password);
});
afterAll(async () => {
  await browser?.close();
  await host?.stop();
});

const audits = (action: string) => (host.app.core.sqlite.prepare('SELECT count(*) AS n FROM audit_log WHERE action = ?').get(action) as { n: number }).n;
const queueTab = (name: RegExp) => page.getByText(name);

describe('accountant: statement matching workbench', () => {
  it('imports the WeChat bill (twice = nothing new), auto-matches, matches by keyboard, unmatches', async () => {
    await page.getByRole('link', { name: /财务/ }).click();
    await page.getByRole('tab', { name: '流水匹配' }).click();
    const notice = page.getByLabel('matching-notice');
    const fileInput = page.locator('input[type="file"]').first();
    await fileInput.setInputFiles(WECHAT);
    await expectText(notice, /已导入 wechat-example-wechat-records\.csv：wechat，5 条收入流水，新增 5 条/);
    await expectVisible(queueTab(/未匹配 \(5\)/));
    await fileInput.setInputFiles([]);
    await fileInput.setInputFiles(WECHAT);
    await expectText(notice, 'wechat-example-wechat-records.csv 已经导入过，没有新增任何流水');
    await expectVisible(queueTab(/未匹配 \(5\)/));

    await page.getByRole('button', { name: '自动匹配' }).click();
    await expectText(notice, '自动匹配 1 条，剩余未匹配 4 条');
    await expectVisible(queueTab(/未匹配 \(4\)/));
    await expectVisible(queueTab(/已匹配 \(1\)/));

    // The queue is oldest first: ¥0.35, ¥0.07, ¥0.07, ¥5.00. Three ↓ reach the ¥5.00 line and its suggestions.
    const table = page.getByRole('table', { name: '流水队列' });
    await expectVisible(table.getByRole('row').filter({ hasText: '赞赏作者的收款_20230623' }));
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
    const suggestions = page.getByLabel('建议匹配');
    await expectText(suggestions.getByText(/赞赏作者的收款_20230623 ¥5\.00/), /¥5\.00/);
    await expectVisible(suggestions.getByText(/金额相同：(好又多超市|百佳超市) · SO-2023061\d-000\d ¥5\.00/));
    await page.screenshot({ path: resolve(shots, 'finance-matching.png') });
    await page.keyboard.press('Enter');
    await expectText(notice, /^已匹配：赞赏作者的收款_20230623 ¥5\.00 → (百佳超市|好又多超市)$/);
    await expectVisible(queueTab(/未匹配 \(3\)/));
    await expectVisible(queueTab(/已匹配 \(2\)/));
    expect(audits('statement.match')).toBe(1);

    // The matched queue, newest first: U on the first row undoes the keyboard match and reverses its receipt.
    await queueTab(/已匹配 \(2\)/).click();
    await expectVisible(table.getByRole('row').filter({ hasText: '赞赏作者的收款_20230623' }).filter({ hasText: '手工' }));
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('u');
    await expectText(notice, '已取消匹配 赞赏作者的收款_20230623 ¥5.00');
    await expectVisible(queueTab(/已匹配 \(1\)/));
    await expectVisible(queueTab(/未匹配 \(4\)/));
    await expectVisible(table.getByRole('row').filter({ hasText: '用户A' }).filter({ hasText: '唯一金额' }));
    expect([audits('statement.auto_match'), audits('statement.match'), audits('statement.unmatch')]).toEqual([1, 1, 1]);
    expect(errors).toEqual([]);
  });
});
