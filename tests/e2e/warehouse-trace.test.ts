// 追溯 as a clerk uses it: scan a bottle's code anywhere on the trace screen and see its product, where it is (the
// case it came in was received into the main warehouse) and its history; open the case around it and see what it
// holds; and read the diversion alert log.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { transact } from '../../db/tx';
import { logDiversionAlerts, recordCodeEvents } from '../../electron/core/trace';
import { launchBrowser, openPage } from './helpers/browser';
import { expectVisible } from './helpers/expect-ui';
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
});
