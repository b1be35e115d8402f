// A driver's evening in Chromium: the accountant opens 交款对账, picks the driver, sees the expected cash (the
// driver's cash receipts of the day), counts by denomination, submits (the list shows the handover at once and the
// count form closes), approves the variance, and downloads the slip as an A4 PDF (read back with pdftotext).
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage } from './helpers/browser';
import { expectText, expectVisible } from './helpers/expect-ui';
import { startTestHost, type TestHost } from './helpers/host';
import { apiAs, OWNER, setupOwnerViaApi, signIn } from './helpers/session';

const ACCOUNTANT = { username: 'kuaiji', displayName: '李会计', password: 'kuaiji-pass-123', role: 'accountant' };
const shots = resolve(import.meta.dirname, '../../docs/screenshots');
let host: TestHost;
let browser: Browser;
let page: Page;
let errors: string[];

const today = () => {
  const d = new Date();
  const p = (x: number) => String(x).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
};

beforeAll(async () => {
  host = await startTestHost();
  await setupOwnerViaApi(host.url);
  const owner = await apiAs(host.url, OWNER.username, OWNER.password);
  await owner.mutate('users.create', ACCOUNTANT);
  const store = (await owner.mutate('customers.create', { code: 'C001', name: '张记便利店', paymentTermsDays: 30 })) as { id: string };
  const driver = (await owner.mutate('employees.create', { code: 'D01', name: '刘师傅', role: 'driver' })) as { id: string };
  // The driver collected 1,280.50 and 99.50 in cash today on his round.
  for (const amount of [128_050, 9_950]) {
    await owner.mutate('receipts.create', { customerId: store.id, method: 'cash', amount, businessDate: today(), collectorId: driver.id, allocation: 'none' });
  }
  browser = await launchBrowser();
  ({ page, errors } = await openPage(browser, host.url));
  await signIn(page, ACCOUNTANT.username, ACCOUNTANT.password);
});
afterAll(async () => {
  await browser?.close();
  await host?.stop();
});

describe("accountant: a driver's cash handover", () => {
  it('expected cash, count, submit, approve the variance, A4 slip', async () => {
    await page.getByRole('link', { name: /财务/ }).click();
    await page.getByRole('tab', { name: '交款对账' }).click();
    await page.getByRole('combobox', { name: '司机', exact: true }).click();
    await page.getByRole('option', { name: '刘师傅' }).click();
    await expectText(page.getByLabel('handover-expected'), '应交 ¥1,380.00');
    await page.getByLabel('¥100.00', { exact: true }).fill('13');
    await page.getByLabel('¥50.00', { exact: true }).fill('1');
    await page.getByLabel('¥20.00', { exact: true }).fill('1');
    await page.getByLabel('¥1.00', { exact: true }).fill('9');
    await page.getByLabel('¥0.50', { exact: true }).fill('1');
    await expectText(page.getByLabel('handover-variance'), '差异 ¥-0.50');
    await page.getByRole('button', { name: '提交交款' }).click();
    const list = page.getByRole('table', { name: '当日交款' });
    const row = list.getByRole('row').filter({ hasText: '刘师傅' });
    await expectText(row, /JK-\d{8}-0001.*刘师傅.*1,380\.00.*1,379\.50.*-0\.50/s);
    await page.screenshot({ path: resolve(shots, 'finance-handover.png') });
    await row.getByRole('button', { name: '审核' }).click();
    await expectVisible(row.getByText('已审核'));

    await row.getByRole('button', { name: '交款单' }).click();
    const dialog = page.getByRole('dialog');
    await expectVisible(dialog.frameLocator('iframe').getByText('司机交款单'));
    const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'A4 PDF' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^交款单_JK-\d{8}-0001\.pdf$/);
    const file = join(mkdtempSync(join(tmpdir(), 'dms-slip-')), 'slip.pdf');
    await download.saveAs(file);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    expect(text).toMatch(/应交金额\s+1,380\.00/);
    expect(text).toMatch(/短款\s+-0\.50/);
    expect(errors).toEqual([]);
  });
});
