// 报损/样品/核销 by scanner: a clerk scans a case into a write-off with a reason (it waits for the owner), the owner
// approves it and the stock drops; damage of more than is on hand is refused in Chinese and changes nothing; the
// owner reverses a posted adjustment and the goods come back.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage } from './helpers/browser';
import { expectText, expectVisible } from './helpers/expect-ui';
import { startTestHost, type TestHost } from './helpers/host';
import { apiAs, OWNER, setupOwnerViaApi, signIn } from './helpers/session';
import { scanLikeWedge } from './helpers/wedge';
import { ean13, ownerApi, seedDrink, seedMainWarehouse } from './warehouse-seed';

const NAME = '康师傅冰红茶 500ml';
const BOTTLE = ean13('690000007001');
const CASE = ean13('690000007002');
const CLERK = { username: 'kuguan', displayName: '赵库管', password: 'kuguan-pass-123', role: 'clerk' };

let host: TestHost;
let browser: Browser;
let clerk: Page;
let owner: Page;
const errors: string[][] = [];

const onHand = () =>
  (host.app.core.sqlite.prepare("SELECT coalesce(sum(s.qty), 0) AS qty FROM stock_balances s JOIN warehouses w ON w.id = s.warehouse_id WHERE w.code = 'ZC01'").get() as { qty: number }).qty;
const docCount = () => (host.app.core.sqlite.prepare("SELECT count(*) AS n FROM stock_documents WHERE type = 'adjustment'").get() as { n: number }).n;

beforeAll(async () => {
  host = await startTestHost();
  await setupOwnerViaApi(host.url);
  await (await apiAs(host.url, OWNER.username, OWNER.password)).mutate('users.create', CLERK);
  const api = await ownerApi(host.url);
  await seedDrink(api, 'KSF-BHC', NAME, BOTTLE, CASE);
  const main = await seedMainWarehouse(api);
  const receipt = await api.receiving.start.mutate({ warehouseId: main.id });
  for (let i = 0; i < 3; i++) await api.receiving.scan.mutate({ sessionId: receipt.id, raw: CASE });
  await api.receiving.post.mutate({ sessionId: receipt.id });
  browser = await launchBrowser();
  const c = await openPage(browser, host.url);
  const o = await openPage(browser, host.url);
  clerk = c.page;
  owner = o.page;
  errors.push(c.errors, o.errors);
  await signIn(clerk, CLERK.username, CLERK.password);
  await signIn(owner, OWNER.username, OWNER.password);
});
afterAll(async () => {
  await browser?.close();
  await host?.stop();
});

const open = async (page: Page) => {
  await page.getByRole('link', { name: /报损\/核销/ }).click();
  await expectVisible(page.getByRole('heading', { name: '报损/样品/核销', exact: true }));
};

const reason = (page: Page) => page.getByRole('combobox', { name: '原因', exact: true });

describe('adjustments by scanner', () => {
  it('a clerk scans a write-off with a reason; the owner approves it and the stock drops', async () => {
    expect(onHand()).toBe(72);
    await open(clerk);
    await clerk.getByText('报废核销', { exact: true }).click();
    await reason(clerk).fill('过期报废');
    await clerk.getByRole('heading', { name: '报损/样品/核销', exact: true }).focus();
    await scanLikeWedge(clerk, CASE);
    await expectText(clerk.getByTestId('last-scan'), `已加入：${NAME} 1箱`);
    await expectVisible(clerk.getByText('共 1 行，24 个基本单位'));
    await clerk.screenshot({ path: 'docs/screenshots/warehouse-adjustments.png' });
    await clerk.getByRole('button', { name: /提交/ }).click();
    await expectVisible(clerk.getByText(/报废单 TZ-\d{8}-\d{4} 已提交，等待店主审批/));
    const waiting = clerk.getByRole('table', { name: '待审批报废' });
    await expectVisible(waiting.getByText(`${NAME} 1箱`));
    // The clerk cannot approve; nothing has left yet.
    expect(await waiting.getByRole('button', { name: '批准' }).count()).toBe(0);
    expect(onHand()).toBe(72);

    await open(owner);
    const pending = owner.getByRole('table', { name: '待审批报废' });
    await expectVisible(pending.getByText('过期报废'));
    await pending.getByRole('button', { name: '批准' }).click();
    await expectVisible(owner.getByText(/调整单 TZ-\d{8}-\d{4} 已批准并过账/));
    await expectVisible(owner.getByText('没有待审批的报废单'));
    expect(onHand()).toBe(48);
    const recent = owner.getByRole('table', { name: '调整记录' });
    await expectVisible(recent.getByRole('row', { name: /报废核销.*过期报废.*已过账/ }));
  });

  it('refuses damage of more than is on hand in Chinese and changes nothing', async () => {
    await clerk.reload();
    await expectVisible(clerk.getByRole('heading', { name: '报损/样品/核销', exact: true }));
    await reason(clerk).fill('运输破损');
    await clerk.getByRole('heading', { name: '报损/样品/核销', exact: true }).focus();
    await scanLikeWedge(clerk, BOTTLE);
    const qty = clerk.getByRole('textbox', { name: `${NAME} 瓶 数量` });
    await expectVisible(qty);
    await qty.fill('50');
    const before = { stock: onHand(), docs: docCount() };
    await clerk.getByRole('button', { name: /提交/ }).click();
    await expectVisible(clerk.getByText(`长沙总仓的“${NAME}”库存不足：需要 50，可用 48（基本单位）`));
    expect({ stock: onHand(), docs: docCount() }).toEqual(before);
    // The lines stay for the clerk to correct: 2 bottles go through.
    await qty.fill('2');
    await clerk.getByRole('button', { name: /提交/ }).click();
    await expectVisible(clerk.getByText(/调整单 TZ-\d{8}-\d{4} 已过账/));
    expect(onHand()).toBe(46);
  });

  it('the owner reverses a posted damage and the goods come back', async () => {
    await owner.reload();
    const recent = owner.getByRole('table', { name: '调整记录' });
    const damage = recent.getByRole('row', { name: /报损.*运输破损/ });
    await damage.getByRole('button', { name: '冲销' }).click();
    await owner.getByRole('textbox', { name: '冲销原因' }).fill('录错数量');
    await owner.getByRole('button', { name: '确定' }).click();
    await expectVisible(owner.getByText(/已冲销，冲销单 CX-\d{8}-\d{4}/));
    await expectVisible(recent.getByRole('row', { name: /报损.*运输破损.*已冲销/ }));
    expect(onHand()).toBe(48);
    await owner.screenshot({ path: 'docs/screenshots/warehouse-adjustments-owner.png' });

    // The same screen in English.
    await owner.getByText('English', { exact: true }).click();
    await expectVisible(owner.getByRole('heading', { name: 'Damage, samples, write-offs', exact: true }));
    await expectVisible(owner.getByRole('table', { name: 'Adjustments' }).getByRole('row', { name: /Damage.*运输破损.*Reversed/ }));
    await owner.screenshot({ path: 'docs/screenshots/warehouse-adjustments-en.png' });
    for (const e of errors) expect(e).toEqual([]);
  });
});
