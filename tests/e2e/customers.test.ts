// Customers (stores): create one from the form (bad input refused in Chinese), import a spreadsheet whose bad
// rows come back as a per-row error table with nothing imported, import the corrected file, and export to .xlsx.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage } from './helpers/browser';
import { expectHidden, expectText, expectVisible } from './helpers/expect-ui';
import { startTestHost, type TestHost } from './helpers/host';
import { OWNER, setupOwnerViaApi, signIn } from './helpers/session';

let host: TestHost;
let browser: Browser;
let page: Page;
let errors: string[];

const customerCount = () => (host.app.core.sqlite.prepare('SELECT count(*) AS n FROM customers').get() as { n: number }).n;
const csv = (lines: string[]) => ({ name: 'stores.csv', mimeType: 'text/csv', buffer: Buffer.from(lines.join('\r\n'), 'utf8') });

async function importFile(file: ReturnType<typeof csv>): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '导入' }).click();
  await (await chooser).setFiles(file);
}

beforeAll(async () => {
  host = await startTestHost();
  await setupOwnerViaApi(host.url);
  browser = await launchBrowser();
  ({ page, errors } = await openPage(browser, host.url));
  await signIn(page, OWNER.username, OWNER.password);
  await page.getByRole('navigation').getByRole('link', { name: /客户/ }).click();
  await expectVisible(page.getByRole('heading', { name: '客户' }));
});
afterAll(async () => {
  await browser?.close();
  await host?.stop();
});

describe('customers', () => {
  it('creates a store, refusing a malformed phone number and credit limit in Chinese', async () => {
    await page.getByRole('button', { name: '新建客户' }).click();
    const form = page.getByRole('dialog', { name: '新建客户' });
    await expectVisible(form);
    await form.getByRole('textbox', { name: '编号', exact: true }).fill('MD-001');
    await form.getByRole('textbox', { name: '门店名称', exact: true }).fill('芙蓉区好又多便利店');
    await form.getByRole('textbox', { name: '电话', exact: true }).fill('138-abc');
    await form.getByRole('textbox', { name: '信用额度（元）', exact: true }).fill('12.345');
    await form.getByRole('button', { name: '保存' }).click();
    await expectVisible(form.getByText('电话只能包含数字、空格和 + - ( )'));
    await expectVisible(form.getByText('请输入金额，例如 12.50'));
    expect(customerCount()).toBe(0);

    await form.getByRole('textbox', { name: '电话', exact: true }).fill('0731-88886666');
    await form.getByRole('textbox', { name: '信用额度（元）', exact: true }).fill('5000');
    await form.getByRole('button', { name: '保存' }).click();
    await expectVisible(page.getByText('客户已保存'));
    await expectHidden(form);
    expect(host.app.core.sqlite.prepare('SELECT name, phone, credit_limit AS credit FROM customers').get()).toEqual({
      name: '芙蓉区好又多便利店',
      phone: '0731-88886666',
      credit: 500_000,
    });
    await expectVisible(page.getByRole('table', { name: '客户' }).getByRole('cell', { name: '5,000.00' }));
  });

  it('refuses an import with bad rows, listing each problem by row and column, and imports nothing', async () => {
    await importFile(
      csv(['客户编码,客户名称,电话,信用额度(元)', 'MD-101,天心区万家福超市,13800138000,8000', 'MD-102,,0731-5555666,300', 'MD-103,开福区小卖部,电话坏了,100']),
    );
    const report = page.getByRole('dialog', { name: '导入失败：错误明细' });
    await expectVisible(report);
    const table = report.getByRole('table', { name: '导入失败：错误明细' });
    await expectVisible(table.getByRole('columnheader', { name: '行号' }));
    const missingName = table.getByRole('row').filter({ hasText: '“客户名称”不能为空' });
    await expectText(missingName.getByRole('cell').first(), '3');
    const badPhone = table.getByRole('row').filter({ hasText: '电话只能包含数字、空格和 + - ( )' });
    await expectText(badPhone.getByRole('cell').first(), '4');
    await expectText(badPhone.getByRole('cell').nth(1), '电话');
    expect(customerCount()).toBe(1);
    await page.keyboard.press('Escape');
    await expectHidden(report);
  });

  it('imports the corrected file and says how many stores it added', async () => {
    await importFile(
      csv(['客户编码,客户名称,电话,信用额度(元)', 'MD-101,天心区万家福超市,13800138000,8000', 'MD-102,岳麓区阿香烟酒店,0731-5555666,300']),
    );
    await expectVisible(page.getByText('新增 2 条，更新 0 条（共 2 行）'));
    expect(customerCount()).toBe(3);
    await expectVisible(page.getByRole('table', { name: '客户' }).getByRole('cell', { name: '岳麓区阿香烟酒店' }));
  });

  it('exports the stores as an .xlsx download', async () => {
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '导出 Excel' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/\.xlsx$/);
    const path = await file.path();
    const { readFileSync } = await import('node:fs');
    // An .xlsx is a zip: it starts with "PK".
    expect(readFileSync(path).subarray(0, 2).toString('latin1')).toBe('PK');
    expect(errors).toEqual([]);
  });
});
