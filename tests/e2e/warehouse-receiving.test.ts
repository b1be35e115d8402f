// 收货 by scanner, end to end: the owner's purchase order for 2 cases arrives; the clerk starts a receipt against
// it and scans as a USB keyboard-wedge scanner types (a case barcode, a trace case code holding 6 bottles, a bottle
// barcode, another case); expected against scanned changes with every scan, over and short shown; posting puts
// the bottles in stock and opens the discrepancy report; the stock screen shows them. Then a blind receipt with a
// damaged quantity set on its line and a bottle keyed in by hand: its discrepancy report downloads as an A4 PDF that
// reads back (pdftotext); a receipt cancelled posts nothing.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage } from './helpers/browser';
import { expectText, expectVisible } from './helpers/expect-ui';
import { startTestHost, type TestHost } from './helpers/host';
import { OWNER, setupOwnerViaApi, signIn } from './helpers/session';
import { scanLikeWedge } from './helpers/wedge';
import { codesOf, ean13, ownerApi, pairsFile, seedDrink, seedMainWarehouse } from './warehouse-seed';

const NAME = '王老吉凉茶 310ml';
const BOTTLE = ean13('690000003001');
const CASE = ean13('690000003002');
const CODES = codesOf('7702');

let host: TestHost;
let browser: Browser;
let page: Page;
let errors: string[];
let poNumber = '';

beforeAll(async () => {
  host = await startTestHost();
  await setupOwnerViaApi(host.url);
  const api = await ownerApi(host.url);
  const brand = await api.brands.create.mutate({ name: '加多宝' });
  const product = await seedDrink(api, 'WLJ-310', NAME, BOTTLE, CASE);
  const caseUnit = product.units.find((u) => u.factor === 24);
  if (!caseUnit) throw new Error('no case unit');
  const main = await seedMainWarehouse(api);
  const po = await api.purchaseOrders.create.mutate({ brandId: brand.id, warehouseId: main.id, lines: [{ productId: product.id, unitId: caseUnit.id, qty: 2, price: 6000 }] });
  await api.purchaseOrders.submit.mutate({ id: po.id });
  poNumber = po.number;
  // Trace codes for one case of 2 boxes × 3 bottles: scanning the case code receives all 6.
  await api.trace.import.mutate({
    source: { fileName: 'codes.csv', contentBase64: Buffer.from(pairsFile('7702', 2, 3), 'utf8').toString('base64') },
    productId: product.id,
  });
  browser = await launchBrowser();
  ({ page, errors } = await openPage(browser, host.url));
  await signIn(page, OWNER.username, OWNER.password);
});
afterAll(async () => {
  await browser?.close();
  await host?.stop();
});

const totals = () => page.getByTestId('receiving-totals');
const lastScan = () => page.getByTestId('last-scan');
const scan = async (code: string) => {
  // A person scans at most a few codes a second; the gap keeps the wedge from joining two scans.
  await scanLikeWedge(page, code);
  await page.waitForTimeout(150);
};

describe('receiving by scanner', () => {
  it('receives against a purchase order: expected vs scanned live, over/short, post, discrepancy report, stock', async () => {
    await page.getByRole('link', { name: /收货/ }).click();
    await expectVisible(page.getByRole('heading', { name: '收货' }));
    await page.getByRole('combobox', { name: '收货仓库' }).click();
    await page.getByRole('option', { name: /长沙总仓/ }).click();
    await page.getByText('采购单', { exact: true }).first().click();
    await page.getByRole('combobox', { name: '采购单' }).click();
    await page.getByRole('option', { name: new RegExp(poNumber) }).click();
    await page.getByRole('button', { name: /开始收货/ }).click();

    const lines = page.getByRole('table', { name: '收货' });
    await expectVisible(lines.getByText(NAME));
    await expectText(totals(), /应收 48\s+已扫 0\s+破损 0\s+短少 48\s+超收 0/);

    await scan(CASE);
    await expectText(lastScan(), new RegExp(`${NAME} \\+24`));
    await expectText(totals(), /已扫 24\s+破损 0\s+短少 24/);
    await expectVisible(lines.getByText('短少'));

    await scan(CODES.kase);
    await expectText(lastScan(), new RegExp(`箱码 ${CODES.kase} 内含 6`));
    await expectText(totals(), /已扫 30\s+破损 0\s+短少 18/);

    await scan(BOTTLE);
    await expectText(totals(), /已扫 31\s+破损 0\s+短少 17/);
    // The same trace code twice is refused, and counts nothing.
    await scan(CODES.kase);
    await expectVisible(page.getByRole('alert').filter({ hasText: CODES.kase }).filter({ hasNot: page.getByTestId('last-scan') }));
    await expectText(totals(), /已扫 31\s/);

    await scan(CASE);
    await expectText(totals(), /已扫 55\s+破损 0\s+短少 0\s+超收 7/);
    await expectVisible(lines.getByText('超收'));
    await expectVisible(lines.getByText('+7'));
    await page.screenshot({ path: 'docs/screenshots/warehouse-receiving.png' });

    await page.getByRole('button', { name: '过账入库' }).click();
    await page.getByRole('dialog', { name: '过账入库' }).getByRole('button', { name: '过账入库' }).click();
    await expectVisible(page.getByText(/收货单 .* 已过账/));
    const report = page.getByRole('table', { name: '差异报告' });
    await expectVisible(report.getByText('+7'));
    await page.screenshot({ path: 'docs/screenshots/warehouse-receiving-report.png' });

    const stock = host.app.core.sqlite.prepare('SELECT sum(qty) AS qty FROM stock_balances').get() as { qty: number };
    expect(stock.qty).toBe(55);
    await page.getByRole('link', { name: /库存/ }).click();
    const balances = page.getByRole('table', { name: '按商品' });
    await expectVisible(balances.getByText(NAME));
    await expectVisible(balances.getByText('55 瓶'));
    await page.screenshot({ path: 'docs/screenshots/warehouse-stock.png' });
    expect(errors).toEqual([]);
  });

  it('marks damaged bottles on a line, keys in a bottle that will not scan, posts, and downloads the discrepancy PDF', async () => {
    await page.getByRole('link', { name: /收货/ }).click();
    await expectVisible(page.getByRole('heading', { name: '收货' }));
    // The first receipt's report is kept for the claim.
    await expectVisible(page.getByText('收货差异报告（向品牌方索赔）'));
    await page.getByRole('combobox', { name: '收货仓库' }).click();
    await page.getByRole('option', { name: /长沙总仓/ }).click();
    await page.getByText('无单收货（盲收）', { exact: true }).first().click();
    await page.getByRole('button', { name: /开始收货/ }).click();
    const lines = page.getByRole('table', { name: '收货' });
    await expectVisible(page.getByText(/请扫描商品条码或箱码/));

    await scan(CASE);
    await expectText(totals(), /已扫 24\s+破损 0/);
    await lines.getByText(NAME).dblclick();
    const dialog = page.getByRole('dialog', { name: '更正收货数量 / 破损' });
    await dialog.getByLabel('其中破损（瓶，合计）').fill('3');
    await page.screenshot({ path: 'docs/screenshots/warehouse-receiving-damaged.png' });
    await dialog.getByRole('button', { name: /保存/ }).click();
    await expectText(totals(), /已扫 24\s+破损 3/);

    // A bottle whose label will not scan: F2, the product by pinyin initials, 1 bottle.
    await page.keyboard.press('F2');
    const keyIn = page.getByRole('dialog', { name: '手工录入' });
    await keyIn.getByRole('combobox', { name: '商品' }).fill('wlj');
    await page.getByRole('option', { name: new RegExp(NAME) }).click();
    await keyIn.getByRole('textbox', { name: '数量' }).fill('1');
    await keyIn.getByRole('button', { name: /保存/ }).click();
    await expectText(totals(), /已扫 25\s+破损 3/);

    await page.getByRole('button', { name: '过账入库' }).click();
    await page.getByRole('dialog', { name: '过账入库' }).getByRole('button', { name: '过账入库' }).click();
    const report = page.getByRole('table', { name: '差异报告' });
    await expectVisible(report.getByText('WLJ-310'));
    await page.screenshot({ path: 'docs/screenshots/warehouse-receiving-damaged-report.png' });
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: /下载 PDF/ }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^收货差异报告-RK-\d{8}-\d{4}\.pdf$/);
    const path = await file.path();
    expect(readFileSync(path).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
    expect(text).toContain('收货差异报告');
    expect(text).toContain('无单收货');
    expect(text).toMatch(new RegExp(`WLJ-310\\s+${NAME}\\s+—\\s+0瓶\\s+25瓶\\s+3`));
    expect(text).toMatch(/破损 3/);
    execFileSync('pdftoppm', ['-png', '-r', '60', '-singlefile', path, 'docs/screenshots/warehouse-receiving-discrepancy-pdf']);
    // 55 from the first receipt, plus the 22 good bottles; the 3 damaged stay out.
    const stock = host.app.core.sqlite.prepare('SELECT sum(qty) AS qty FROM stock_balances').get() as { qty: number };
    expect(stock.qty).toBe(55 + 22);
    expect(errors).toEqual([]);
  });

  it('cancels a receipt in progress: nothing is posted', async () => {
    await page.getByRole('button', { name: '返回' }).click();
    await page.getByRole('combobox', { name: '收货仓库' }).click();
    await page.getByRole('option', { name: /长沙总仓/ }).click();
    await page.getByText('无单收货（盲收）', { exact: true }).first().click();
    await page.getByRole('button', { name: /开始收货/ }).click();
    // The scanner is read once the receipt screen is up (a person cannot scan faster than that).
    await expectVisible(page.getByRole('button', { name: '作废收货单' }));
    await scan(CASE);
    await expectText(totals(), /已扫 24/);
    await page.getByRole('button', { name: '作废收货单' }).click();
    await page.getByRole('dialog', { name: '作废收货单' }).getByRole('button', { name: '作废收货单' }).click();
    await expectVisible(page.getByText(/收货单 .* 已作废/));
    await expectVisible(page.getByText('没有未完成的收货单'));
    await page.screenshot({ path: 'docs/screenshots/warehouse-receiving-start.png' });
    const stock = host.app.core.sqlite.prepare('SELECT sum(qty) AS qty FROM stock_balances').get() as { qty: number };
    expect(stock.qty).toBe(77);
    expect(errors).toEqual([]);
  });
});
