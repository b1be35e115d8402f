// 调拨 by scanner: scan a case barcode into a transfer from the main warehouse to a second one, ship it (in
// transit), then receive it in full: the 24 bottles move. A second case arrives 4 bottles short: counted on
// arrival, the variance shows before confirming and is recorded as a variance report. A case scanned by its trace
// code goes with its transfer: the code's history shows the move from one warehouse to the other.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage } from './helpers/browser';
import { expectHidden, expectText, expectVisible } from './helpers/expect-ui';
import { startTestHost, type TestHost } from './helpers/host';
import { OWNER, setupOwnerViaApi, signIn } from './helpers/session';
import { scanLikeWedge } from './helpers/wedge';
import { codesOf, ean13, ownerApi, pairsFile, seedDrink, seedMainWarehouse } from './warehouse-seed';

const NAME = '娃哈哈纯净水 596ml';
const CASE = ean13('690000005002');

let host: TestHost;
let browser: Browser;
let page: Page;
let errors: string[];
let productId = '';

const qtyIn = (code: string) =>
  (host.app.core.sqlite.prepare('SELECT coalesce(sum(s.qty), 0) AS qty FROM stock_balances s JOIN warehouses w ON w.id = s.warehouse_id WHERE w.code = ? AND s.in_transit = 0').get(code) as { qty: number }).qty;

beforeAll(async () => {
  host = await startTestHost();
  await setupOwnerViaApi(host.url);
  const api = await ownerApi(host.url);
  productId = (await seedDrink(api, 'WHH-596', NAME, ean13('690000005001'), CASE)).id;
  const main = await seedMainWarehouse(api);
  await seedMainWarehouse(api, 'ZC02', '株洲分仓');
  const receipt = await api.receiving.start.mutate({ warehouseId: main.id });
  await api.receiving.scan.mutate({ sessionId: receipt.id, raw: CASE });
  await api.receiving.scan.mutate({ sessionId: receipt.id, raw: CASE });
  await api.receiving.post.mutate({ sessionId: receipt.id });
  browser = await launchBrowser();
  ({ page, errors } = await openPage(browser, host.url));
  await signIn(page, OWNER.username, OWNER.password);
});
afterAll(async () => {
  await browser?.close();
  await host?.stop();
});

describe('transfers by scanner', () => {
  it('ships a scanned case in transit and receives it in full', async () => {
    await page.getByRole('link', { name: /调拨/ }).click();
    await expectVisible(page.getByRole('heading', { name: '调拨', exact: true }));
    await page.getByRole('combobox', { name: '调出仓库' }).click();
    await page.getByRole('option', { name: /长沙总仓/ }).click();
    await page.getByRole('combobox', { name: '调入仓库' }).click();
    await page.getByRole('option', { name: /株洲分仓/ }).click();
    await page.getByRole('heading', { name: '调拨', exact: true }).focus();
    await scanLikeWedge(page, CASE);
    await expectVisible(page.getByRole('table', { name: '调拨' }).getByText(NAME));
    await page.getByRole('button', { name: '发出调拨（在途）' }).click();
    await expectVisible(page.getByText(/调拨单 .* 已发出，在途/));
    const transit = page.getByRole('table', { name: '在途调拨单' });
    await expectVisible(transit.getByText('株洲分仓'));
    expect(qtyIn('ZC01')).toBe(24);
    await page.screenshot({ path: 'docs/screenshots/warehouse-transfers.png' });

    await transit.getByRole('button', { name: '全部到货' }).click();
    await expectVisible(page.getByText(/调拨单 .* 已收货/));
    await expectHidden(transit);
    expect(qtyIn('ZC02')).toBe(24);
    expect(errors).toEqual([]);
  });

  it('receives a transfer that arrived short: the counted quantity, the variance shown and recorded', async () => {
    await page.getByRole('heading', { name: '调拨', exact: true }).focus();
    await scanLikeWedge(page, CASE);
    await expectVisible(page.getByRole('table', { name: '调拨' }).getByText(NAME));
    await page.getByRole('button', { name: '发出调拨（在途）' }).click();
    const transit = page.getByRole('table', { name: '在途调拨单' });
    await transit.getByRole('button', { name: '按实收数收货' }).click();
    const dialog = page.getByRole('dialog', { name: /调拨到货/ });
    await expectVisible(dialog.getByText('24（1 箱）'));
    await dialog.getByRole('textbox', { name: `${NAME} 实收` }).fill('20');
    await expectText(dialog.getByTestId('variance-1'), '-4');
    await page.screenshot({ path: 'docs/screenshots/warehouse-transfer-arrival.png' });
    await dialog.getByRole('button', { name: '确认收货（1 行有差异）' }).click();
    await expectText(dialog.getByTestId('transfer-variance'), /已记录差异报告：短少 4，多出 0，差异金额 -?[\d.,]+/);
    await dialog.getByRole('button', { name: '完成' }).click();
    await expectHidden(transit);
    expect(qtyIn('ZC01')).toBe(0);
    expect(qtyIn('ZC02')).toBe(24 + 20);
    const report = host.app.core.sqlite
      .prepare("SELECT l.expected_qty AS expected, l.actual_qty AS actual, l.diff_qty AS diff FROM variance_reports r JOIN variance_lines l ON l.report_id = r.id WHERE r.kind = 'transfer'")
      .all();
    expect(report).toEqual([{ expected: 24, actual: 20, diff: -4 }]);
    expect(errors).toEqual([]);
  });

  it('moves a case scanned by its trace code: the code goes with the transfer and its history shows the move', async () => {
    const api = await ownerApi(host.url);
    const codes = codesOf('8801');
    await api.trace.import.mutate({ source: { fileName: '关联码.csv', contentBase64: Buffer.from(pairsFile('8801', 4, 6), 'utf8').toString('base64') }, productId });
    const main = (await api.warehouses.list.query()).find((x) => x.code === 'ZC01')!;
    const receipt = await api.receiving.start.mutate({ warehouseId: main.id });
    await api.receiving.scan.mutate({ sessionId: receipt.id, raw: codes.kase });
    await api.receiving.post.mutate({ sessionId: receipt.id });

    await page.getByRole('heading', { name: '调拨', exact: true }).focus();
    await scanLikeWedge(page, codes.kase);
    await expectVisible(page.getByTestId('transfer-codes').getByText(codes.kase));
    await expectVisible(page.getByRole('table', { name: '调拨' }).getByText(NAME));
    await page.screenshot({ path: 'docs/screenshots/warehouse-transfer-codes.png' });
    await page.getByRole('button', { name: '发出调拨（在途）' }).click();
    await expectVisible(page.getByText(/调拨单 .* 已发出，在途/));
    const moved = host.app.core.sqlite
      .prepare(
        `SELECT e.kind, f.code AS fromCode, t.code AS toCode, e.doc_type AS docType FROM trace_events e
         JOIN warehouses f ON f.id = e.from_warehouse_id JOIN warehouses t ON t.id = e.warehouse_id WHERE e.code = ?`,
      )
      .all(codes.kase);
    expect(moved).toEqual([{ kind: 'moved', fromCode: 'ZC01', toCode: 'ZC02', docType: 'transfer' }]);

    await page.getByRole('link', { name: /追溯/ }).click();
    await page.getByRole('heading', { name: '追溯' }).focus();
    await scanLikeWedge(page, codes.item(2, 3));
    const history = page.getByRole('table', { name: '流转记录' });
    await expectVisible(history.getByText('长沙总仓 → 株洲分仓'));
    await page.screenshot({ path: 'docs/screenshots/warehouse-trace-moved.png' });
    expect(errors).toEqual([]);
  });
});
