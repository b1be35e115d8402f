// 追溯 as a clerk uses it: scan a bottle's code anywhere on the trace screen and see its product, where it is (the
// case it came in was received into the main warehouse) and its history; open the case around it and see what it
// holds; and read the diversion alert log. Then import a brand's association file in GBK from the screen (progress,
// the result report; a broken file refused with its lines), and set our distributor code and territory.
import iconv from 'iconv-lite';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { transact } from '../../db/tx';
import { logDiversionAlerts, recordCodeEvents } from '../../electron/core/trace';
import { launchBrowser, openPage } from './helpers/browser';
import { expectText, expectVisible } from './helpers/expect-ui';
import { startTestHost, type TestHost } from './helpers/host';
import { OWNER, setupOwnerViaApi, signIn } from './helpers/session';
import { scanLikeWedge } from './helpers/wedge';
import { codesOf, ean13, ownerApi, pairsFile, seedDrink, seedMainWarehouse } from './warehouse-seed';

const NAME = '农夫山泉 550ml';
const CODES = codesOf('6601');
const ITEM = CODES.item(1, 2);
let host: TestHost;
let browser: Browser;
let page: Page;
let errors: string[];

beforeAll(async () => {
  host = await startTestHost();
  await setupOwnerViaApi(host.url);
  const api = await ownerApi(host.url);
  const product = await seedDrink(api, 'NFSQ-550', NAME, ean13('690000002001'), ean13('690000002002'));
  const main = await seedMainWarehouse(api);
  const file = pairsFile('6601', 2, 3);
  const imported = await api.trace.import.mutate({
    source: { fileName: 'codes.csv', contentBase64: Buffer.from(file, 'utf8').toString('base64') },
    productId: product.id,
  });
  expect(imported).toMatchObject({ codes: 9, cases: 1 });
  // The receiving screens record these events when a case is scanned in; here the test writes them directly.
  transact(host.app.core.sqlite, () => {
    recordCodeEvents(host.app.core, null, [{ code: CODES.kase, kind: 'received', warehouseId: main.id, docType: 'receipt', docId: 'R1' }]);
    logDiversionAlerts(host.app.core, null, [
      { direction: 'in', reason: 'foreign_code', code: CODES.box(2), productId: product.id, registeredTo: 'D-HUBEI' },
    ]);
  });
  browser = await launchBrowser();
  ({ page, errors } = await openPage(browser, host.url));
  await signIn(page, OWNER.username, OWNER.password);
});
afterAll(async () => {
  await browser?.close();
  await host?.stop();
});

describe('trace', () => {
  it('looks up a scanned bottle code: product, where it is, the case around it and its history', async () => {
    await page.getByRole('link', { name: /追溯/ }).click();
    await expectVisible(page.getByRole('heading', { name: '追溯' }));
    // Focus away from the code field: a scan reaches the screen wherever the focus is.
    await page.getByRole('heading', { name: '追溯' }).focus();
    await scanLikeWedge(page, ITEM);

    const card = page.getByLabel(ITEM, { exact: true });
    await expectVisible(card.getByText(NAME, { exact: false }));
    await expectVisible(card.getByTestId('trace-status').getByText('在库'));
    await expectVisible(card.getByText('长沙总仓'));
    await expectVisible(page.getByRole('table', { name: '流转记录' }).getByText('收货入库'));

    // The case it came in: open it from the outer-code link and see its two boxes.
    await card.getByRole('button', { name: CODES.kase }).click();
    const kase = page.getByLabel(CODES.kase, { exact: true });
    await expectVisible(kase.getByText('箱码', { exact: true }).first());
    await expectVisible(kase.getByRole('button', { name: CODES.box(1) }));
    await expectVisible(kase.getByRole('button', { name: CODES.box(2) }));
    expect(await kase.getByText('内含 3 个').count()).toBe(2);
    await page.screenshot({ path: 'docs/screenshots/warehouse-trace.png' });
  });

  it('lists diversion alerts and opens an alert’s code', async () => {
    await page.getByRole('tab', { name: '窜货预警' }).click();
    const grid = page.getByRole('table', { name: '窜货预警' });
    await expectVisible(grid.getByText('他人经销商的码'));
    await expectVisible(grid.getByText('D-HUBEI'));
    await page.screenshot({ path: 'docs/screenshots/warehouse-trace-alerts.png' });
    await grid.getByText(CODES.box(2)).dblclick();
    await expectVisible(page.getByLabel(CODES.box(2), { exact: true }).getByText('盒码', { exact: true }).first());
    expect(errors).toEqual([]);
  });

  it('imports an association file in GBK from the screen: progress, result report; a broken file is refused whole', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dms-codes-'));
    const rows = ['箱码,盒码,瓶码,商品编码,批号'];
    for (let b = 1; b <= 2; b++) for (let i = 1; i <= 3; i++) rows.push(`7701000,770100${b},77010${b}${i},NFSQ-550,批次A`);
    const good = join(dir, '农夫山泉关联码.csv');
    writeFileSync(good, iconv.encode(rows.join('\r\n'), 'gbk'));
    const bad = join(dir, '坏文件.csv');
    writeFileSync(bad, iconv.encode(['箱码,盒码,瓶码,商品编码', '7702000,7702001,7702011,没有这个商品'].join('\r\n'), 'gbk'));

    await page.getByRole('tab', { name: '导入关联码' }).click();
    await page.locator('input[type="file"]').setInputFiles(good);
    await page.getByRole('button', { name: '开始导入' }).click();
    const result = page.getByTestId('trace-import-result');
    await expectText(result.getByRole('alert'), /“农夫山泉关联码\.csv”导入完成\s*共 9 个码（文件 7 行）/);
    const report = result.getByRole('table', { name: '导入结果' });
    await expectText(report.getByRole('row', { name: /箱码/ }), /箱码\s*1/);
    await expectText(report.getByRole('row', { name: /瓶码/ }), /瓶码\s*6/);
    await expectVisible(report.getByText('GB18030'));
    await page.screenshot({ path: 'docs/screenshots/warehouse-trace-import.png' });
    const imported = host.app.core.sqlite.prepare("SELECT count(*) AS n FROM trace_codes WHERE code LIKE '7701%' AND batch = '批次A'").get();
    expect(imported).toEqual({ n: 9 });

    await page.locator('input[type="file"]').setInputFiles(bad);
    await page.getByRole('button', { name: '开始导入' }).click();
    const refused = page.getByRole('alert').filter({ hasText: '导入失败，未导入任何码' });
    await expectVisible(refused);
    await refused.getByRole('button', { name: /查看出错的 \d+ 行/ }).click();
    await expectVisible(page.getByRole('dialog').getByText('没有这个商品', { exact: false }));
    await page.keyboard.press('Escape');
    expect(host.app.core.sqlite.prepare("SELECT count(*) AS n FROM trace_codes WHERE code LIKE '7702%'").get()).toEqual({ n: 0 });
    expect(errors).toEqual([]);
  });

  it('sets our distributor code and the territory (regions, a product group) as the owner', async () => {
    await page.getByRole('tab', { name: '追溯设置' }).click();
    await page.getByRole('textbox', { name: '本经销商编码' }).fill('D-HUNAN-CS01');
    const regions = page.getByLabel('允许的区域').first();
    await regions.fill('长沙市');
    await regions.press('Enter');
    await regions.fill('株洲市');
    await regions.press('Enter');
    await page.getByRole('button', { name: '添加分组' }).click();
    await page.getByRole('textbox', { name: '分组名称' }).fill('高端水');
    await page.getByRole('combobox', { name: '添加商品' }).fill('nfsq');
    await page.getByRole('option', { name: new RegExp(NAME) }).click();
    const groupRegions = page.getByLabel('允许的区域').nth(1);
    await groupRegions.fill('长沙市岳麓区');
    await groupRegions.press('Enter');
    await page.screenshot({ path: 'docs/screenshots/warehouse-trace-settings.png' });
    await page.getByRole('button', { name: '保存设置' }).click();
    await expectVisible(page.getByText('追溯设置已保存'));
    const saved = Object.fromEntries(
      (host.app.core.sqlite.prepare("SELECT key, value FROM settings WHERE key LIKE 'trace.%'").all() as { key: string; value: string }[]).map((r) => [r.key, JSON.parse(r.value)]),
    );
    expect(saved['trace.distributorCode']).toBe('D-HUNAN-CS01');
    expect(saved['trace.territory']).toMatchObject({ regions: ['长沙市', '株洲市'], groups: [{ name: '高端水', regions: ['长沙市岳麓区'], channels: [] }] });
    expect(saved['trace.territory'].groups[0].productIds).toHaveLength(1);
    expect(errors).toEqual([]);
  });
});
