// Prices: a new price list, a product's price per unit on it, and the brand's limits: a minimum above the maximum
// is refused on screen, a price below the minimum is refused by the server, both in Chinese next to the box.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage } from './helpers/browser';
import { expectHidden, expectVisible } from './helpers/expect-ui';
import { startTestHost, type TestHost } from './helpers/host';
import { apiAs, OWNER, setupOwnerViaApi, signIn } from './helpers/session';

let host: TestHost;
let browser: Browser;
let page: Page;
let errors: string[];

const prices = () => host.app.core.sqlite.prepare('SELECT price FROM prices ORDER BY price').all();

beforeAll(async () => {
  host = await startTestHost();
  await setupOwnerViaApi(host.url);
  const api = await apiAs(host.url, OWNER.username, OWNER.password);
  await api.mutate('products.create', {
    sku: 'WLJ-310',
    name: '王老吉凉茶 310ml',
    units: [
      { name: '罐', factor: 1 },
      { name: '箱', factor: 24 },
    ],
  });
  browser = await launchBrowser();
  ({ page, errors } = await openPage(browser, host.url));
  await signIn(page, OWNER.username, OWNER.password);
  await page.getByRole('navigation').getByRole('link', { name: /价格/ }).click();
  await expectVisible(page.getByRole('heading', { name: '价格' }));
});
afterAll(async () => {
  await browser?.close();
  await host?.stop();
});

describe('prices', () => {
  it('creates a price list', async () => {
    await page.keyboard.press('Alt+KeyN');
    const form = page.getByRole('dialog', { name: '新建价格表' });
    await expectVisible(form);
    await form.getByRole('textbox', { name: '编号', exact: true }).fill('PF');
    await form.getByRole('textbox', { name: '名称', exact: true }).fill('批发价');
    await form.getByRole('textbox', { name: '名称', exact: true }).press('Enter');
    await expectVisible(page.getByText('价格表已创建'));
    await expectHidden(form);
  });

  it('sets a price per unit after picking the product with the keyboard', async () => {
    await page.getByRole('searchbox').fill('wlj');
    const products = page.getByRole('table', { name: '商品' });
    await expectVisible(products.getByRole('cell', { name: '王老吉凉茶 310ml' }));
    await products.focus();
    await page.keyboard.press('Enter');
    const each = page.getByRole('textbox', { name: '批发价 罐' });
    await expectVisible(each);
    // Picking the product put the cursor in its first price.
    expect(await each.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('3.50');
    await page.getByRole('textbox', { name: '批发价 箱' }).fill('80');
    await page.getByRole('button', { name: '保存价格' }).click();
    await expectVisible(page.getByText('价格已保存'));
    expect(prices()).toEqual([{ price: 350 }, { price: 8000 }]);
  });

  it('refuses a minimum above the maximum on screen, and a price under the minimum from the server', async () => {
    await page.getByRole('textbox', { name: '最低限价 罐' }).fill('4');
    await page.getByRole('textbox', { name: '最高限价 罐' }).fill('3');
    await page.getByRole('button', { name: '保存价格' }).click();
    await expectVisible(page.getByText('最低限价不能高于最高限价'));

    await page.getByRole('textbox', { name: '最高限价 罐' }).fill('6');
    await page.getByRole('textbox', { name: '批发价 罐' }).fill('3.80');
    await page.getByRole('button', { name: '保存价格' }).click();
    await expectVisible(page.getByText('价格 3.80 元低于品牌最低限价 4.00 元'));
    expect(prices()).toEqual([{ price: 350 }, { price: 8000 }]);
    expect(errors).toEqual([]);
  });
});
