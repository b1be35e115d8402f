// 装车/回库 by scanner: load a van with a case and loose bottles by wedge scans (one quantity typed over, a second
// case found by pinyin initials), post, see the van's stock, download the loading list PDF and read it back with
// pdftotext, then take the evening return with two bottles short and see the variance report (loaded / sold /
// expected / returned), printable too.
import { execFileSync } from 'node:child_process';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage } from './helpers/browser';
import { expectText, expectVisible } from './helpers/expect-ui';
import { startTestHost, type TestHost } from './helpers/host';
import { OWNER, setupOwnerViaApi, signIn } from './helpers/session';
import { scanLikeWedge } from './helpers/wedge';
import { ean13, ownerApi, seedDrink, seedMainWarehouse } from './warehouse-seed';

const NAME = '农夫山泉饮用天然水 550ml';
const BOTTLE = ean13('690000006001');
const CASE = ean13('690000006002');

let host: TestHost;
let browser: Browser;
let page: Page;
let errors: string[];

const qtyIn = (code: string) =>
  (host.app.core.sqlite.prepare('SELECT coalesce(sum(s.qty), 0) AS qty FROM stock_balances s JOIN warehouses w ON w.id = s.warehouse_id WHERE w.code = ? AND s.in_transit = 0').get(code) as { qty: number }).qty;

const pdfText = async (click: () => Promise<void>) => {
  const download = page.waitForEvent('download');
  await click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.pdf$/);
  return { name: file.suggestedFilename(), text: execFileSync('pdftotext', ['-layout', await file.path(), '-'], { encoding: 'utf8' }) };
};

beforeAll(async () => {
  host = await startTestHost();
  await setupOwnerViaApi(host.url);
  const api = await ownerApi(host.url);
  await seedDrink(api, 'NFSQ-550', NAME, BOTTLE, CASE);
  const main = await seedMainWarehouse(api);
  const driver = await api.employees.create.mutate({ code: 'D01', name: '刘师傅', role: 'driver' });
  await api.warehouses.create.mutate({ code: 'CL01', name: '一号车', kind: 'van', driverId: driver.id, plate: '湘A·12345' });
  const receipt = await api.receiving.start.mutate({ warehouseId: main.id });
  for (let i = 0; i < 3; i++) await api.receiving.scan.mutate({ sessionId: receipt.id, raw: CASE });
  await api.receiving.post.mutate({ sessionId: receipt.id });
  browser = await launchBrowser();
  ({ page, errors } = await openPage(browser, host.url));
  await signIn(page, OWNER.username, OWNER.password);
});
afterAll(async () => {
  await browser?.close();
  await host?.stop();
});

describe('vans by scanner', () => {
  it('loads a case and loose bottles by wedge scans and prints the loading list', async () => {
    await page.getByRole('link', { name: /装车\/回库/ }).click();
    await expectVisible(page.getByRole('heading', { name: '装车/回库', exact: true }));
    await expectVisible(page.getByRole('combobox', { name: '车辆' }));
    expect(await page.getByRole('combobox', { name: '车辆' }).inputValue()).toMatch(/一号车/);
    await page.getByRole('heading', { name: '装车/回库', exact: true }).focus();
    await scanLikeWedge(page, CASE);
    const lines = page.getByRole('table', { name: '装车' });
    await expectVisible(lines.getByText('箱（24瓶）'));
    await scanLikeWedge(page, BOTTLE);
    await scanLikeWedge(page, BOTTLE);
    await expectText(page.getByTestId('last-scan'), `已加入：${NAME} 1瓶`);
    // Two bottles scanned; the clerk types 3 over them.
    const bottles = page.getByRole('textbox', { name: `${NAME} 瓶 数量` });
    expect(await bottles.inputValue()).toBe('2');
    await bottles.fill('3');
    // A second case by pinyin initials, as when a label will not scan.
    await page.getByRole('combobox', { name: '搜索商品（拼音首字母、名称、编码）' }).fill('nfsq');
    await page.getByRole('option', { name: `${NAME} · 箱(24瓶)` }).click();
    expect(await page.getByRole('textbox', { name: `${NAME} 箱 数量` }).inputValue()).toBe('2');
    await expectText(page.getByTestId('last-scan'), `已加入：${NAME} 1箱`);
    await expectVisible(page.getByText('共 2 行，51 个基本单位'));
    await page.screenshot({ path: 'docs/screenshots/warehouse-vans.png' });

    await page.getByRole('button', { name: /确认装车/ }).click();
    await expectVisible(page.getByText(/装车单 ZC-\d{8}-\d{4} 已过账/));
    expect(qtyIn('CL01')).toBe(51);
    expect(qtyIn('ZC01')).toBe(21);

    const pdf = await pdfText(() => page.getByRole('button', { name: '打印装车单 (PDF)' }).click());
    expect(pdf.name).toMatch(/^装车单_ZC-\d{8}-\d{4}_湘A·12345\.pdf$/);
    expect(pdf.text).toContain('装车单');
    expect(pdf.text).toContain(NAME);
    // A line keeps the unit it was entered in: the case and the loose bottles are two lines.
    expect(pdf.text).toMatch(/2箱\s+48瓶/);
    expect(pdf.text).toMatch(/3瓶\s+3瓶/);
    expect(pdf.text).toMatch(/合计（2 种商品）\s+51/);
    expect(pdf.text).toContain('刘师傅');
    expect(pdf.text).toContain('长沙总仓');

    await page.getByRole('tab', { name: '车辆库存' }).click();
    const stock = page.getByRole('table', { name: '车辆库存' });
    await expectVisible(stock.getByText(NAME));
    await expectVisible(stock.getByText('51瓶'));
    expect(errors).toEqual([]);
  });

  it('takes the evening return two bottles short and shows the variance report', async () => {
    await page.getByRole('tab', { name: '回库', exact: true }).click();
    const count = page.getByRole('textbox', { name: `${NAME} 实回` });
    await expectVisible(count);
    // The driver brings back 49 of the 51: a case scanned counts 24, then the count is typed over.
    await page.getByRole('heading', { name: '装车/回库', exact: true }).focus();
    await scanLikeWedge(page, CASE);
    await page.waitForFunction(() => (document.querySelector('input[aria-label$="实回"]') as HTMLInputElement | null)?.value === '24');
    await count.fill('49');
    await page.getByRole('button', { name: /确认回库/ }).click();
    await expectVisible(page.getByText(/回库单 HC-\d{8}-\d{4} 已过账/));
    const report = page.getByRole('table', { name: /回库差异表 HC-/ });
    await expectVisible(report);
    const row = report.getByRole('row', { name: new RegExp(NAME) });
    expect((await row.getByRole('cell').allTextContents()).slice(3, 8)).toEqual(['51', '0', '51', '49', '-2']);
    await expectText(page.getByTestId('van-return-totals'), '装车 51，销售 0，应回 51，实回 49；短少 2，多出 0');
    expect(qtyIn('CL01')).toBe(0);
    expect(qtyIn('ZC01')).toBe(21 + 49);
    await page.screenshot({ path: 'docs/screenshots/warehouse-van-return.png' });

    const pdf = await pdfText(() => page.getByRole('button', { name: '打印差异表 (PDF)' }).click());
    expect(pdf.text).toContain('回库差异表');
    expect(pdf.text).toMatch(new RegExp(`${NAME}\\s+瓶\\s+51\\s+0\\s+51\\s+49\\s+-2`));
    expect(pdf.text).toContain('短少 2');
    expect(errors).toEqual([]);
  });
});
