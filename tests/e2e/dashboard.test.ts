// 概览: the owner lands on the overview and sees an overdue invoice, a batch near expiry and the approvals waiting;
// the accountant sees receivables and expiry but not approvals.
import dayjs from 'dayjs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postInvoice } from '../../electron/core/finance/post';
import { businessDate } from '../../electron/core/shared/dates';
import { launchBrowser, openPage } from './helpers/browser';
import { expectVisible } from './helpers/expect-ui';
import { startTestHost, type TestHost } from './helpers/host';
import { signIn } from './helpers/session';
import { ownerApi } from './warehouse-seed';

let host: TestHost;
let browser: Browser;
let page: Page;
let errors: string[];
let product: { name: string };
let customer: { id: string; name: string };

beforeAll(async () => {
  host = await startTestHost({ demo: true });
  const { core } = host.app;
  const today = businessDate(core.now(), core.timeZone);
  customer = core.sqlite.prepare('SELECT id, name FROM customers ORDER BY code LIMIT 1').get() as { id: string; name: string };
  postInvoice(core, { customerId: customer.id, sourceType: 'adjustment', sourceNo: 'TEST-1', businessDate: dayjs(today).subtract(75, 'day').format('YYYY-MM-DD'), amount: 123_456 });
  // One case with a GS1 label (AI 17: expires in 10 days) received into the main warehouse.
  const row = core.sqlite
    .prepare(`SELECT p.name, b.code FROM products p JOIN product_units u ON u.product_id = p.id AND u.factor > 1 JOIN barcodes b ON b.unit_id = u.id ORDER BY p.sku LIMIT 1`)
    .get() as { name: string; code: string };
  product = row;
  const gtin = row.code.padStart(14, '0');
  const expires = dayjs(today).add(10, 'day').format('YYMMDD');
  const api = await ownerApi(host.url, 'owner', 'demo-1234');
  const main = core.sqlite.prepare(`SELECT id FROM warehouses WHERE kind = 'main' ORDER BY code LIMIT 1`).get() as { id: string };
  const session = await api.receiving.start.mutate({ warehouseId: main.id });
  await api.receiving.scan.mutate({ sessionId: session.id, raw: `(01)${gtin}(17)${expires}(10)B2612` });
  await api.receiving.post.mutate({ sessionId: session.id });
  browser = await launchBrowser();
  ({ page, errors } = await openPage(browser, host.url));
});
afterAll(async () => {
  await browser?.close();
  await host?.stop();
});

describe('overview', () => {
  it('opens on the owner’s overview with overdue money and batches near expiry', async () => {
    await signIn(page, 'owner', 'demo-1234');
    await expectVisible(page.getByRole('heading', { name: '概览' }));
    const overdue = page.getByRole('region', { name: '逾期应收' });
    await expectVisible(overdue.getByText('¥1,234.56'));
    await expectVisible(overdue.getByText(new RegExp(`${customer.name}：逾期 \\d+ 天，¥1,234.56`)));
    const expiry = page.getByRole('region', { name: /近效期批次/ });
    await expectVisible(expiry.getByText(new RegExp(`${product.name} 批次 B2612`)));
    await expectVisible(page.getByRole('region', { name: '待审批' }));
    await page.screenshot({ path: 'docs/screenshots/dashboard.png' });
    expect(errors).toEqual([]);
  });

  it('shows the accountant receivables and expiry, not approvals', async () => {
    await page.getByRole('button', { name: '退出登录' }).click();
    await signIn(page, 'accountant', 'demo-1234');
    await expectVisible(page.getByRole('region', { name: '逾期应收' }));
    expect(await page.getByRole('region', { name: '待审批' }).count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
